"""Render the application icon SVG to the PNG sizes desktops and installers expect.

Run from the repository root (no display needed)::

    python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "itsm_desktop" / "resources" / "icons"
SOURCE = ICONS / "itsm-desktop.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the rendition of ``size`` pixels is written."""
    return ICONS / f"itsm-desktop-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Paint the icon onto a transparent square image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every PNG size; exit non-zero if the SVG cannot be read or a file written."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = png_path(size)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"Cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
