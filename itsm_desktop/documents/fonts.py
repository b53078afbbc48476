"""The embedded DejaVu Sans family, registered with reportlab once per process."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from itsm_desktop.resources import FONTS

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False
_CACHE_LIMIT = 200_000


class _MeasuredFont(TTFont):
    """A TrueType font that remembers the widths it measured.

    Line breaking measures the same words again and again, and without reportlab's optional
    C accelerator each measurement walks the string in Python.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[object, float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        widths = self._widths
        unit = widths.get(text)
        if unit is None:
            unit = super().stringWidth(text, 1000, encoding) / 1000
            if len(widths) >= _CACHE_LIMIT:
                widths.clear()
            widths[text] = unit
        return unit * size


def register_fonts() -> str:
    """Register the four faces as one family (so ``<b>`` and ``<i>`` map) and return its name.

    Loading a TrueType file costs a few milliseconds, so it happens once per process; later
    calls return at once.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(_MeasuredFont(name, str(FONTS / filename)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY
