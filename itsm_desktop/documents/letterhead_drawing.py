"""Drawing the letterhead: its colours, and its logo in the running header (see ``letterhead``)."""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from itsm_desktop.documents.letterhead import Letterhead
from itsm_desktop.documents.styles import ACCENT, PRIMARY

RUNNING_LOGO_HEIGHT = 7 * mm
RUNNING_LOGO_WIDTH = 30 * mm


def primary_colour(letterhead: Letterhead | None) -> Color:
    """The letterhead's main colour, or the documents' own."""
    return _colour(letterhead.primary_colour, PRIMARY) if letterhead is not None else PRIMARY


def accent_colour(letterhead: Letterhead | None) -> Color:
    """The letterhead's accent colour, or the documents' own."""
    return _colour(letterhead.accent_colour, ACCENT) if letterhead is not None else ACCENT


def logo_reader(letterhead: Letterhead | None) -> ImageReader | None:
    """The logo for drawing, read once per logo (None without one)."""
    return _reader(letterhead.logo_png) if letterhead is not None and letterhead.logo_png else None


def _colour(value: str, default: Color) -> Color:
    try:
        return HexColor(value) if value else default
    except ValueError:  # never stored (the form refuses it), but never crash a document
        return default


@lru_cache(maxsize=8)
def _reader(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def png_decodes(data: bytes) -> bool:
    """Whether ``data`` is an image the documents can draw (decoded whole, not only its header)."""
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getRGBData()
        width, height = reader.getSize()
    except Exception:  # any failure to decode means "not an image we can print"
        return False
    return width > 0 and height > 0


def fitted(reader: ImageReader, max_width: float, max_height: float) -> tuple[float, float]:
    """The (width, height) of an image scaled to fit the box, keeping its proportions."""
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


def running_logo_width(letterhead: Letterhead | None) -> float:
    """The width the logo takes in the running header (0 without one)."""
    reader = logo_reader(letterhead)
    return fitted(reader, RUNNING_LOGO_WIDTH, RUNNING_LOGO_HEIGHT)[0] if reader is not None else 0.0


def draw_running_logo(canvas: Any, letterhead: Letterhead, x: float, baseline: float) -> float:
    """Draw the logo with its foot on ``baseline`` at ``x``; return the width it took (0 without).

    The logo is drawn once into a form that every page then shows: reportlab reads and hashes
    an image's pixels at each ``drawImage`` (to find it was embedded before), which for a
    letterhead logo on every page of a long catalog would cost seconds."""
    reader = logo_reader(letterhead)
    if reader is None:
        return 0.0
    width, height = fitted(reader, RUNNING_LOGO_WIDTH, RUNNING_LOGO_HEIGHT)
    name = f"letterhead-{hashlib.sha1(letterhead.logo_png).hexdigest()[:16]}"
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        canvas.drawImage(reader, 0, 0, width, height, mask="auto")
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, baseline - 1)
    canvas.doForm(name)
    canvas.restoreState()
    return width
