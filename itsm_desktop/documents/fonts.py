"""The embedded fonts, registered with reportlab once per process.

Text is set in DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic …). Characters it has no
glyph for are set in the first fallback font that has them: Noto Emoji (monochrome emoji),
then Droid Sans Fallback (Chinese, Japanese, Korean); see :func:`with_fallback`. A
character no font has is noted in the coverage report of the document being rendered
(:func:`coverage_report`) instead of printing silently as a box.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
CJK = "DroidSansFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_FALLBACK_FILES = {FALLBACK: "NotoEmoji-Regular.ttf", CJK: "DroidSansFallback.ttf"}
"""The fallback fonts, in the order they are tried."""
_lock = threading.Lock()
_registered = False
_fallback_registered = False
_main_chars: frozenset[int] = frozenset()
_fallback_chars: dict[str, frozenset[int]] = {}
_uncovered: ContextVar[set[str] | None] = ContextVar("uncovered", default=None)
_CACHE_LIMIT = 200_000


class MeasuredFont(TTFont):
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

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
        """The text as (subset, bytes) chunks of the document ``doc``, remembered per
        document: a character keeps its code in a subset once given one, and the same labels
        and values are drawn again on every page, each character looked up in Python."""
        state = self.state.get(doc)
        splits: dict[str, Any] | None = getattr(state, "itsm_splits", None)
        if splits is None:
            chunks = super().splitString(text, doc, encoding)
            state = self.state[doc]
            splits = state.itsm_splits = {}
        else:
            chunks = splits.get(text)
            if chunks is not None:
                return chunks
            chunks = super().splitString(text, doc, encoding)
        if len(splits) >= _CACHE_LIMIT:
            splits.clear()
        splits[text] = chunks
        return chunks

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        """Add the font's PDF objects, with text extraction fixed for emoji and the like.

        reportlab writes a character beyond U+FFFF into the ToUnicode map as its bare code
        point (``<1F680>``) instead of UTF-16, which PDF readers cannot decode.
        """
        state = self.state.get(doc)
        subsets = list(state.subsets) if state is not None else []
        super().addObjects(doc)  # forgets the document's state
        for n, subset in enumerate(subsets):
            astral = max(subset, default=0) > 0xFFFF
            forms = any(_is_presentation_form(code) for code in subset)
            if not (astral or forms):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject["toUnicodeCMap:" + base.decode("pdfdoc")]
            stream.content = _ENTRY.sub(_utf16_entry, stream.content)


_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{4,6})>$", re.MULTILINE)


def _is_presentation_form(code: int) -> bool:
    """Arabic presentation forms: the joined letters drawn for Arabic text."""
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE


def _utf16_entry(match: re.Match[str]) -> str:
    """A ToUnicode entry in UTF-16: a character beyond U+FFFF as a surrogate pair, and a
    joined Arabic letter as the letter (or letters, for a ligature) it stands for, so that
    extraction gives back what was typed."""
    code = int(match.group(2), 16)
    text = chr(code)
    if _is_presentation_form(code):
        text = unicodedata.normalize("NFKC", text)
    utf16 = text.encode("utf-16-be").hex().upper()
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
                font = MeasuredFont(name, str(FONTS / filename))
                pdfmetrics.registerFont(font)
                if name == REGULAR:
                    _main_chars = frozenset(font.face.charToGlyph)
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY


def _register_fallback() -> None:
    """Register the fallback fonts on first need; every style of their families maps to
    them."""
    global _fallback_registered
    register_fonts()
    with _lock:
        if not _fallback_registered:
            for name, filename in _FALLBACK_FILES.items():
                font = MeasuredFont(name, str(FONTS / filename))
                pdfmetrics.registerFont(font)
                pdfmetrics.registerFontFamily(
                    name, normal=name, bold=name, italic=name, boldItalic=name
                )
                _fallback_chars[name] = frozenset(font.face.charToGlyph)
            _fallback_registered = True


# Joiners and variation selectors the main font has, but that belong with the emoji they join.
_JOINERS = frozenset((0x200D, 0xFE0E, 0xFE0F, 0x20E3))


def _needs_no_glyph(char: str) -> bool:
    """Format characters (joiners, direction marks) and spaces print as nothing anyway."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc")


def font_runs(text: str) -> Iterator[tuple[str | None, str]]:
    """Split plain text into runs of (font name, text); None is the main font.

    A character no font has stays in the main font's run (it prints as the font's empty
    box) and is noted in the current coverage report.
    """
    if text.isascii():
        yield None, text
        return
    register_fonts()
    main = _main_chars
    if all(ord(c) in main for c in text):
        yield None, text
        return
    if not _fallback_registered:
        _register_fallback()
    current: str | None = None
    run: list[str] = []
    for c in text:
        code = ord(c)
        font: str | None = None
        if code not in main or (current is not None and code in _JOINERS):
            font = next((name for name, chars in _fallback_chars.items() if code in chars), None)
            if font is None and code not in main and not _needs_no_glyph(c):
                _note_uncovered(c)
        if font != current and run:
            yield current, "".join(run)
            run = []
        current = font
        run.append(c)
    if run:
        yield current, "".join(run)


def with_fallback(markup: str) -> str:
    """Paragraph markup with runs of characters DejaVu Sans lacks set in a fallback font.

    ``markup`` must already be escaped: entities and tags are ASCII and never wrapped.
    Arabic letters are joined here (see ``scripts``), before lines are measured.
    """
    if markup.isascii():
        return markup
    from itsm_desktop.documents.scripts import join_arabic

    markup = join_arabic(markup)
    return "".join(
        f'<font name="{font}">{run}</font>' if font else run for font, run in font_runs(markup)
    )


def uncovered_characters(text: str) -> str:
    """The distinct characters of ``text`` that no shipped font can print, in order of
    appearance (empty when every character prints)."""
    found: set[str] = set()
    token = _uncovered.set(found)
    try:
        for _ in font_runs(text):
            pass
    finally:
        _uncovered.reset(token)
    return "".join(dict.fromkeys(c for c in text if c in found))


def _note_uncovered(char: str) -> None:
    found = _uncovered.get()
    if found is not None:
        found.add(char)


@contextmanager
def coverage_report() -> Iterator[set[str]]:
    """Collect, while the block runs, the characters that no font could print."""
    found: set[str] = set()
    token = _uncovered.set(found)
    try:
        yield found
    finally:
        _uncovered.reset(token)


def draw_string(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, *, align: str = "left"
) -> float:
    """Draw one line of plain text on the canvas with the fallback fonts and right-to-left
    text in visual order; ``align`` is ``left``, ``right`` or ``centre`` about ``x``.
    Returns the width drawn."""
    from itsm_desktop.documents.scripts import for_canvas

    runs = list(font_runs(for_canvas(text)))
    widths = [canvas.stringWidth(run, name or font, size) for name, run in runs]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    for (name, run), width in zip(runs, widths, strict=True):
        canvas.setFont(name or font, size)
        canvas.drawString(x, y, run)
        x += width
    return total


def string_width(text: str, font: str, size: float) -> float:
    """The printed width of one line of plain text, fallback fonts included."""
    from itsm_desktop.documents.scripts import for_canvas

    return sum(
        pdfmetrics.stringWidth(run, name or font, size)
        for name, run in font_runs(for_canvas(text))
    )
