"""The embedded fonts, registered with reportlab once per process.

Text is set in DejaVu Sans. Characters it has no glyph for, such as emoji, are set in Noto
Emoji (a monochrome font) where that has them; see :func:`with_fallback`.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from itsm_desktop.resources import FONTS

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FALLBACK = "NotoEmoji"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_FALLBACK_FILE = "NotoEmoji-Regular.ttf"
_lock = threading.Lock()
_registered = False
_fallback_registered = False
_main_chars: frozenset[int] = frozenset()
_fallback_chars: frozenset[int] = frozenset()
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

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        """Add the font's PDF objects, with text extraction fixed for emoji and the like.

        reportlab writes a character beyond U+FFFF into the ToUnicode map as its bare code
        point (``<1F680>``) instead of UTF-16, which PDF readers cannot decode.
        """
        state = self.state.get(doc)
        subsets = list(state.subsets) if state is not None else []
        super().addObjects(doc)  # forgets the document's state
        for n, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject["toUnicodeCMap:" + base.decode("pdfdoc")]
            stream.content = _ASTRAL_ENTRY.sub(_utf16_entry, stream.content)


_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_entry(match: re.Match[str]) -> str:
    """A ToUnicode entry with its code point written as a UTF-16 surrogate pair."""
    utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"{match.group(1)}<{utf16}>"


def register_fonts() -> str:
    """Register the four faces as one family (so ``<b>`` and ``<i>`` map) and return its name.

    Loading a TrueType file costs a few milliseconds, so it happens once per process; later
    calls return at once.
    """
    global _registered, _main_chars
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                font = _MeasuredFont(name, str(FONTS / filename))
                pdfmetrics.registerFont(font)
                if name == REGULAR:
                    _main_chars = frozenset(font.face.charToGlyph)
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY


def _register_fallback() -> None:
    """Register the fallback font on first need; every style of its family maps to it."""
    global _fallback_registered, _fallback_chars
    register_fonts()
    with _lock:
        if not _fallback_registered:
            font = _MeasuredFont(FALLBACK, str(FONTS / _FALLBACK_FILE))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK
            )
            _fallback_chars = frozenset(font.face.charToGlyph)
            _fallback_registered = True


# Joiners and variation selectors the main font has, but that belong with the emoji they join.
_JOINERS = frozenset((0x200D, 0xFE0E, 0xFE0F, 0x20E3))
_OPEN = f'<font name="{FALLBACK}">'


def with_fallback(markup: str) -> str:
    """Paragraph markup with runs of characters DejaVu Sans lacks set in the fallback font.

    Only characters the fallback font has are wrapped; anything neither font has is left as
    it is. ``markup`` must already be escaped: entities and tags are ASCII and never wrapped.
    """
    if markup.isascii():
        return markup
    register_fonts()
    main = _main_chars
    if all(ord(c) in main for c in markup):
        return markup
    if not _fallback_registered:
        _register_fallback()
    extra = _fallback_chars
    out: list[str] = []
    in_run = False
    for c in markup:
        code = ord(c)
        wanted = code in extra and (code not in main or (in_run and code in _JOINERS))
        if wanted != in_run:
            out.append(_OPEN if wanted else "</font>")
            in_run = wanted
        out.append(c)
    if in_run:
        out.append("</font>")
    return "".join(out)
