"""Reading a logo file for a letterhead: checked, and an SVG drawn once into the PNG that the
documents print.

Why Qt draws the SVG here rather than an SVG library in the documents: Qt's SVG renderer comes
with the toolkit the application already ships, so the documents need no further dependency
(svglib would bring lxml, tinycss2 and cssselect2 into the package) and never parse SVG at
all; the PNG is drawn once, at a size sharp in print, and every copy printed afterwards shows
the same picture. The file is checked first (``domain.letterhead.logo_problem``): no
references outside it, no scripts, no entities, so the renderer never fetches anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from itsm_desktop.domain.letterhead import (
    PNG,
    SVG,
    LogoImage,
    logo_kind,
    logo_problem,
    logo_size_problem,
)

from ..common.translate import tr

PRINT_HEIGHT = 480
"""Height in pixels of the PNG drawn from an SVG logo: over 700 dpi at the cover's 16 mm."""
PRINT_MAX_WIDTH = 2400


class LogoRefused(ValueError):
    """A file that cannot be a logo; the message is one sentence for the user."""


def read_logo(path: Path) -> LogoImage:
    """The logo in ``path``, checked and ready to print; ``LogoRefused`` says why not."""
    try:
        too_large = logo_size_problem(path.stat().st_size)  # not read at all then
        if too_large:
            raise LogoRefused(too_large)
        data = path.read_bytes()
    except OSError as exc:
        raise LogoRefused(tr("The file could not be read: {reason}.").format(reason=exc.strerror or exc)) from exc
    return logo_from_bytes(data)


def logo_from_bytes(data: bytes) -> LogoImage:
    """A logo from a file's content; ``LogoRefused`` says why it cannot be one."""
    problem = logo_problem(data)
    if problem:
        raise LogoRefused(problem)
    if logo_kind(data) == PNG:
        if QImage.fromData(data).isNull():
            raise LogoRefused(tr("The logo is not a readable PNG image."))
        return LogoImage(PNG, data, data)
    return LogoImage(SVG, data, _draw_svg(data))


def _draw_svg(data: bytes) -> bytes:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise LogoRefused(tr("The SVG logo could not be drawn; check that it opens in a browser."))
    box = renderer.viewBoxF()
    width, height = (box.width(), box.height()) if not box.isEmpty() else (
        float(renderer.defaultSize().width()), float(renderer.defaultSize().height()))
    if width <= 0 or height <= 0:
        raise LogoRefused(tr("The SVG logo has no size; give it a viewBox or a width and height."))
    scale = min(PRINT_HEIGHT / height, PRINT_MAX_WIDTH / width)
    image = QImage(QSize(max(1, round(width * scale)), max(1, round(height * scale))),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    return bytes(buffer.data().data())
