"""Icons shipped in ``resources/icons``, loaded once and cached by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from itsm_desktop.resources import ICONS

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is not shipped)."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def app_icon() -> QIcon:
    """The application icon, with the pre-rendered PNG sizes and the SVG."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = ICONS / f"itsm-desktop-{size}.png"
        if png.exists():
            result.addFile(str(png))
    svg = ICONS / "itsm-desktop.svg"
    if svg.exists():
        result.addFile(str(svg))
    return result
