"""Light, Dark and System appearance, chosen in Preferences and applied without a restart.

Light and Dark are our own palettes on the Fusion style, so they look the same on every
platform; System gives back the style and palette the application started with.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEME_KEY = "appearance/theme"
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (role, colour, disabled colour); text on every background meets 4.5 : 1
_LIGHT = {Role.Window: ("#f3f3f3", None), Role.WindowText: ("#1b1b1b", "#6b6b6b"),
          Role.Base: ("#ffffff", "#f3f3f3"), Role.AlternateBase: ("#f5f7fa", None),
          Role.Text: ("#1b1b1b", "#6b6b6b"), Role.Button: ("#e9e9e9", None),
          Role.ButtonText: ("#1b1b1b", "#6b6b6b"), Role.Highlight: ("#1f5f9e", "#9a9a9a"),
          Role.HighlightedText: ("#ffffff", None), Role.ToolTipBase: ("#ffffdc", None),
          Role.ToolTipText: ("#1b1b1b", None), Role.PlaceholderText: ("#62666a", None),
          Role.Link: ("#1a5aa0", None), Role.BrightText: ("#ffffff", None),
          Role.Light: ("#ffffff", None), Role.Midlight: ("#e3e3e3", None),
          Role.Mid: ("#b8b8b8", None), Role.Dark: ("#9f9f9f", None), Role.Shadow: ("#767676", None)}
_DARK = {Role.Window: ("#232629", None), Role.WindowText: ("#e8e8e8", "#9a9a9a"),
         Role.Base: ("#1b1e20", "#232629"), Role.AlternateBase: ("#262a2d", None),
         Role.Text: ("#e8e8e8", "#9a9a9a"), Role.Button: ("#31363b", None),
         Role.ButtonText: ("#e8e8e8", "#9a9a9a"), Role.Highlight: ("#2f6aa3", "#4d4d4d"),
         Role.HighlightedText: ("#ffffff", None), Role.ToolTipBase: ("#31363b", None),
         Role.ToolTipText: ("#e8e8e8", None), Role.PlaceholderText: ("#a3a7ab", None),
         Role.Link: ("#7cb6ef", None), Role.BrightText: ("#ffffff", None),
         Role.Light: ("#454a4f", None), Role.Midlight: ("#3a3f44", None),
         Role.Mid: ("#2b2f33", None), Role.Dark: ("#161819", None), Role.Shadow: ("#000000", None)}


def _palette(colours: dict[QPalette.ColorRole, tuple[str, str | None]]) -> QPalette:
    palette = QPalette()
    for role, (colour, disabled) in colours.items():
        palette.setColor(role, QColor(colour))
        palette.setColor(Group.Disabled, role, QColor(disabled or colour))
    return palette


def light_palette() -> QPalette:
    """The Light theme's palette."""
    return _palette(_LIGHT)


def dark_palette() -> QPalette:
    """The Dark theme's palette."""
    return _palette(_DARK)


def saved_theme(settings: QSettings) -> str:
    """The theme chosen in Preferences (``system`` until one is chosen)."""
    value = str(settings.value(THEME_KEY, DEFAULT_THEME))
    return value if value in THEMES else DEFAULT_THEME


def save_theme(settings: QSettings, theme: str) -> None:
    settings.setValue(THEME_KEY, theme if theme in THEMES else DEFAULT_THEME)


_started_with: tuple[str, QPalette] | None = None


def apply_theme(theme: str) -> None:
    """Switch the running application to ``theme``; every window repaints with it."""
    global _started_with
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _started_with is None:
        _started_with = (app.style().name(), QPalette(app.palette()))
    if theme not in ("light", "dark") and app.property("itsm_theme") in (None, theme):
        app.setProperty("itsm_theme", theme)  # the system's look, untouched: nothing to redo
        return
    if theme == "light" or theme == "dark":
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(light_palette() if theme == "light" else dark_palette())
    else:
        style, palette = _started_with
        if app.style().name().lower() != style.lower():
            app.setStyle(style)
        app.setPalette(palette)
    app.setProperty("itsm_theme", theme)
    # the new palette reaches the widgets through posted events; then the style sheets that
    # name palette colours read them again
    QTimer.singleShot(0, _repolish_style_sheets)


# text that must stand out: (on a light window, on a dark one); each meets 4.5 : 1 on the
# window and base colours of its palette
TONES = {"error": ("#b3261e", "#ffb4ab"), "warning": ("#8a5a00", "#f2c14e")}
BACKGROUNDS = {"error": ("#fde2e1", "#5c1f1b"), "warning": ("#fff8e1", "#3d3417")}  # behind the
# palette's text: 4.5 : 1 and more
_TONE = "itsm_tone"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window (our Dark theme, or a dark system one)."""
    return palette.color(Role.Window).lightnessF() < 0.5


def tone_colour(tone: str, palette: QPalette | None = None) -> QColor:
    """The colour of error or warning text on ``palette`` (the application's by default)."""
    return _for_palette(TONES[tone], palette)


def tone_background(tone: str, palette: QPalette | None = None) -> QColor:
    """A background that marks a cell or a banner, behind the palette's text colour."""
    return _for_palette(BACKGROUNDS[tone], palette)


def _for_palette(light_and_dark: tuple[str, str], palette: QPalette | None) -> QColor:
    light, dark = light_and_dark
    return QColor(dark if is_dark(palette if palette is not None else QApplication.palette()) else light)


def set_tone(widget: QWidget, tone: str, *, bold: bool = False) -> None:
    """Draw ``widget``'s text in the ``tone`` colour ("error", "warning") of the current theme,
    and again in the new theme's when the theme changes."""
    set_toned_style(widget, f"color: {{{tone}}};" + (" font-weight: bold;" if bold else ""))


def set_toned_style(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` with ``{error}``, ``{warning}`` (text) and
    ``{error_background}``, ``{warning_background}`` filled from the current theme, and
    filled again when the theme changes."""
    widget.setProperty(_TONE, template)
    _apply_tone(widget)


def _apply_tone(widget: QWidget) -> None:
    colours = {tone: tone_colour(tone).name() for tone in TONES}
    colours.update({f"{tone}_background": tone_background(tone).name() for tone in BACKGROUNDS})
    widget.setStyleSheet(str(widget.property(_TONE)).format(**colours))


def _repolish_style_sheets() -> None:
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if not sheet and not widget.property(_TONE):
            continue
        # a widget with a style sheet resolves its own and its children's palettes through it:
        # setting the sheet again makes the whole subtree take the new palette's colours
        widget.setStyleSheet("")
        if widget.property(_TONE):
            _apply_tone(widget)  # a colour of the new palette, not a palette role
        else:
            widget.setStyleSheet(sheet)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    a, b = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)
