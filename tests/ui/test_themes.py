"""Light, Dark and System themes: chosen in Preferences, applied at once, icons that stay legible."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolButton
from sqlmodel import select
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.models import Agreement
from itsm_desktop.resources import ICONS
from itsm_desktop.ui.common.icons import icon
from itsm_desktop.ui.common.theme import (
    BACKGROUNDS,
    THEME_KEY,
    TONES,
    apply_theme,
    contrast,
    dark_palette,
    light_palette,
    tone_background,
    tone_colour,
)
from itsm_desktop.ui.main_window import MainWindow
from itsm_desktop.ui.preferences import PreferencesDialog

UI_ICONS = sorted(p.stem for p in ICONS.glob("*.svg") if p.stem != "itsm-desktop")  # not the logo
Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    apply_theme("system")


def drawn_colours(image_icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The colours of the fully drawn pixels of an icon at 48 px."""
    image = image_icon.pixmap(48, 48, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_icon_contrasts_with_the_window_on_both_palettes(qapp: QApplication, theme: str) -> None:
    apply_theme(theme)
    palette = light_palette() if theme == "light" else dark_palette()
    assert len(UI_ICONS) > 30
    for background in (palette.color(Role.Window), palette.color(Role.Base), palette.color(Role.Button)):
        for name in UI_ICONS:
            colours = drawn_colours(icon(name))
            assert colours, f"{name} draws nothing"
            worst = min(contrast(QColor(c), background) for c in colours)
            assert worst >= 4.5, f"{name} on {background.name()} ({theme}): {worst:.2f} : 1"
    selected = palette.color(Role.Highlight)
    for name in UI_ICONS:
        worst = min(contrast(QColor(c), selected) for c in drawn_colours(icon(name), QIcon.Mode.Selected))
        assert worst >= 4.5, f"{name} selected ({theme}): {worst:.2f} : 1"


def test_text_meets_the_contrast_of_the_palettes() -> None:
    for palette in (light_palette(), dark_palette()):
        for fore, back in ((Role.WindowText, Role.Window), (Role.Text, Role.Base),
                           (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
                           (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base)):
            assert contrast(palette.color(fore), palette.color(back)) >= 4.5, (fore, back)


def test_dark_theme_from_preferences_applies_at_once_and_is_remembered(
        main_window: MainWindow, settings: Any, fake_dialogs: FakeDialogs, qtbot: Any) -> None:
    def choose(theme: str) -> Any:
        def run(_parent: Any, dialog: PreferencesDialog) -> int:
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
            return QDialog.DialogCode.Accepted.value
        return run

    fake_dialogs.answer("run_dialog", choose("dark"))
    main_window.window_actions.preferences.trigger()
    assert settings.value(THEME_KEY) == "dark"
    qtbot.waitUntil(lambda: main_window.palette().color(Role.Window).lightnessF() < 0.3)
    button = main_window.toolbar.widgetForAction(main_window.window_actions.new)
    assert isinstance(button, QToolButton)
    assert drawn_colours(button.icon()) == {QApplication.palette().color(Role.WindowText).name()}
    assert QColor(next(iter(drawn_colours(button.icon())))).lightnessF() > 0.7  # light strokes

    fake_dialogs.answer("run_dialog", choose("light"))
    main_window.window_actions.preferences.trigger()
    assert settings.value(THEME_KEY) == "light"
    qtbot.waitUntil(lambda: main_window.palette().color(Role.Window).lightnessF() > 0.8)
    assert QColor(next(iter(drawn_colours(button.icon())))).lightnessF() < 0.3


def test_error_and_warning_text_is_legible_on_both_palettes() -> None:
    for palette in (light_palette(), dark_palette()):
        for tone in TONES:
            for back in (Role.Window, Role.Base):
                ratio = contrast(tone_colour(tone, palette), palette.color(back))
                assert ratio >= 4.5, (tone, palette.color(back).name(), ratio)
        for tone in BACKGROUNDS:  # a problem cell of the import preview, a read-only banner
            for fore in (Role.Text, Role.WindowText):
                assert contrast(palette.color(fore), tone_background(tone, palette)) >= 4.5, (tone, fore)


def test_field_errors_and_unsaved_changes_follow_the_theme(main_window: MainWindow, qtbot: Any) -> None:
    main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.trigger_action("new")
    page.trigger_action("save")
    shown = [label for label in page.findChildren(QLabel) if label.objectName().startswith("error_")
             and not label.isHidden()]
    assert shown, "saving an empty service shows a message beside a field"
    dirty = page.findChild(QLabel, "dirty_label")
    assert dirty is not None
    for theme in ("dark", "light"):
        apply_theme(theme)
        palette = dark_palette() if theme == "dark" else light_palette()
        error, warning = tone_colour("error", palette).name(), tone_colour("warning", palette).name()
        qtbot.waitUntil(lambda e=error: all(e in label.styleSheet() for label in shown))
        assert warning in dirty.styleSheet()


def test_a_read_only_agreement_editor_takes_the_new_theme_whole(make_window: Any, demo_db: Any,
                                                                qtbot: Any) -> None:
    """The editor of an active agreement carries a style sheet: its fields and labels must
    still follow a theme chosen while it is open."""
    window = make_window(demo_db)
    window.show_page("agreements")
    page = window.pages["agreements"]
    with demo_db.read() as session:
        record = session.exec(select(Agreement).where(Agreement.status == AgreementStatus.ACTIVE)).first()
    page.show_record(record.id)
    assert page.editor.styleSheet(), "the read-only look comes from a style sheet"
    labels = [label for label in page.editor.findChildren(QLabel)
              if label.isVisible() and label.text() and not label.styleSheet()]
    assert len(labels) > 5
    for theme in ("light", "dark", "light"):
        apply_theme(theme)
        text = (dark_palette() if theme == "dark" else light_palette()).color(Role.WindowText)
        qtbot.waitUntil(lambda t=text: all(label.palette().color(Role.WindowText) == t for label in labels))
