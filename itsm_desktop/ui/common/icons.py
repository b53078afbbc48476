"""Icons shipped in ``resources/icons``, drawn in the colour of the text around them.

The icons are one-colour line drawings (SVG). Each is painted with the current palette's text
colour (the highlighted-text colour when selected, the disabled text colour when disabled), so
they follow the theme, and change with it without a restart.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from itsm_desktop.resources import ICONS

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)
DRAWN_COLOUR = "#37474f"  # the stroke colour the shipped SVGs are drawn in


def icon_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is painted in, in ``mode``, with ``palette`` (the application's)."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class PaletteIconEngine(QIconEngine):
    """Paints an SVG with its drawing colour replaced by the palette's text colour."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[str, int, int], QPixmap] = {}  # drawn once per colour and size

    def renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name()
        found = self._renderers.get(key)
        if found is None:
            data = self._svg.replace(DRAWN_COLOUR.encode(), key.encode())
            found = self._renderers[key] = QSvgRenderer(QByteArray(data))
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # drawn from the pixmap kept for this size: a field's icons repaint on every keystroke
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        painter.drawPixmap(rect, self.pixmap(size, mode, state))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size  # an SVG is drawn at any size (older Qt answers an empty size by default)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        colour = icon_colour(mode)
        key = (colour.name(), size.width(), size.height())
        image = self._pixmaps.get(key)
        if image is None:
            image = QPixmap(size)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            self.renderer(colour).render(painter, QRect(QPoint(0, 0), size))
            painter.end()
            self._pixmaps[key] = image
        return image

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._svg)

    def key(self) -> str:
        return "itsm_palette_svg"


def colour_icon_file(name: str) -> bytes | None:
    """The SVG text of ``resources/icons/<name>.svg``; None if it is not shipped."""
    path = ICONS / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the palette's colours (empty if not shipped)."""
    svg = colour_icon_file(name) if name else None
    return QIcon(PaletteIconEngine(svg)) if svg is not None else QIcon()


@cache
def app_icon() -> QIcon:
    """The application icon, with the pre-rendered PNG sizes and the SVG (its own colours)."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = ICONS / f"itsm-desktop-{size}.png"
        if png.exists():
            result.addFile(str(png))
    svg = ICONS / "itsm-desktop.svg"
    if svg.exists():
        result.addFile(str(svg))
    return result
