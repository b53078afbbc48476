"""Page geometry and the machinery shared by every document: page templates, running header
and footer with "Page X of Y", watermark, metadata, bookmarks and contents page numbers.

Pages are kept in memory until the document is complete (the "numbered canvas" pattern), so
the total page count, the outline destinations and the page numbers in the contents are all
known in one layout pass instead of two.
"""

from __future__ import annotations

import contextlib
import copy
import io
import locale
import math
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, BinaryIO, Literal, NamedTuple

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from itsm_desktop import APP_NAME
from itsm_desktop.documents import fonts
from itsm_desktop.documents.language import _
from itsm_desktop.documents.letterhead import Letterhead
from itsm_desktop.documents.letterhead_drawing import (
    draw_running_logo,
    primary_colour,
    running_logo_width,
)
from itsm_desktop.documents.outlines import draw_word
from itsm_desktop.documents.pdf_stream import stream_to
from itsm_desktop.documents.progress import Monitor
from itsm_desktop.documents.styles import INK, MUTED, RULE, WATERMARK, stylesheet
from itsm_desktop.documents.text import clean_line, fit_text

PageSizeName = Literal["A4", "Letter"]
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
# Countries whose paper is US Letter (by locale region code).
_LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH"})

MARGIN_X = 22 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
_HEADER_Y = 14 * mm  # from the top edge
_FOOTER_Y = 11 * mm  # from the bottom edge
_RUNNING_SIZE = 7.5
_IMPRINT_SIZE = 6.5
_IMPRINT_LEADING = 8.0
"""The letterhead's legal name, address and registration, under the footer line."""


def default_page_size(locale_name: str | None = None) -> PageSizeName:
    """``Letter`` for the United States, Canada, Mexico and the Philippines, else ``A4``.

    Without an argument the paper locale of the environment decides (``LC_PAPER``, then
    ``LC_ALL`` and ``LANG``, then the process locale).
    """
    candidates = [locale_name] if locale_name is not None else _environment_locales()
    for name in candidates:
        if not name:
            continue
        region = _region(name)
        if region:
            return "Letter" if region in _LETTER_REGIONS else "A4"
    return "A4"


def _environment_locales() -> list[str | None]:
    names: list[str | None] = [os.environ.get(k) for k in ("LC_PAPER", "LC_ALL", "LANG")]
    with contextlib.suppress(ValueError):  # an unknown locale in the environment
        names.append(locale.getlocale()[0])
    return names


def _region(name: str) -> str:
    """``en_US.UTF-8`` → ``US``; ``English_United States`` (Windows) → ``US``."""
    base = name.split(".")[0].split("@")[0]
    for sep in ("_", "-"):
        if sep in base:
            region = base.split(sep, 1)[1]
            if len(region) == 2:
                return region.upper()
            windows = {"United States": "US", "Canada": "CA", "Mexico": "MX", "Philippines": "PH"}
            return windows.get(region, "ZZ")
    return ""


def page_dimensions(page_size: str) -> tuple[float, float]:
    """The (width, height) in points of ``"A4"`` or ``"Letter"`` (case does not matter)."""
    for name, size in PAGE_SIZES.items():
        if name.lower() == str(page_size).lower():
            return size
    raise ValueError(f"Unknown page size {page_size!r}; use 'A4' or 'Letter'.")


def frame_width(page_size: str) -> float:
    """The width of the text column on the given page size."""
    return page_dimensions(page_size)[0] - 2 * MARGIN_X


def frame_height(page_size: str) -> float:
    """The height of the text column on the given page size."""
    return page_dimensions(page_size)[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """PDF metadata and the running texts printed on every page."""

    title: str
    author: str
    subject: str
    header_left: str
    header_right: str
    footer_left: str
    keywords: tuple[str, ...] = ()
    watermark: str | None = None
    """A word printed diagonally across every page (e.g. ``DRAFT``), or None."""
    version: str = ""
    header_on_cover: bool = False
    """Whether the first page (the cover) has the running header too; the footer, with the
    page number, is on every page."""
    letterhead: Letterhead | None = None
    """The provider's logo and colour in the running header, its legal name, address and
    registration at the foot of every page."""


class _Slot(NamedTuple):
    """Where the contents wants the page number of ``key``: right-aligned at ``right``."""

    page_index: int
    left: float
    right: float
    baseline: float
    key: str
    font: str
    size: float


@dataclass(slots=True)
class _Ledger:
    """What the canvas remembers across pages until the document is saved."""

    info: DocumentInfo
    bookmarks: list[tuple[int, str, float]] = field(default_factory=list)
    outline: list[tuple[str, str, int]] = field(default_factory=list)
    contents: list[_Slot] = field(default_factory=list)
    running: tuple[str, str, str, tuple[str, ...]] | None = None


_MISSING = object()
_OWN = frozenset(("_held", "_base", "_ledger", "_monitor"))
"""The canvas's own bookkeeping, never restored with a held page."""


class DocumentCanvas(Canvas):
    """A canvas that holds finished pages back until ``save`` to draw what needs the whole
    document: "Page X of Y", bookmarks of the outline, and page numbers in the contents."""

    def __init__(
        self, *args: Any, info: DocumentInfo, monitor: Monitor | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # the finished file is never held whole in memory
        stream_to(self._doc, self._filename, tick=monitor.tick if monitor is not None else None)
        self._ledger = _Ledger(info)
        self._held: list[dict[str, Any]] = []
        self._base: dict[str, Any] | None = None
        self._monitor = monitor

    @property
    def page_index(self) -> int:
        """The 0-based index of the page being drawn."""
        return len(self._held)

    def mark(self, key: str, title: str, level: int, top: float) -> None:
        """Record a destination on the current page and its entry in the outline."""
        self._ledger.bookmarks.append((self.page_index, key, top))
        self._ledger.outline.append((title, key, level))

    def contents_slot(
        self, key: str, *, left: float, right: float, baseline: float, font: str, size: float
    ) -> None:
        """Reserve a place for the page number of ``key`` on the current page (absolute
        coordinates; the line from ``left`` to ``right`` becomes a link to the heading)."""
        self._ledger.contents.append(_Slot(self.page_index, left, right, baseline, key, font, size))

    def drawString(  # noqa: N802 - reportlab's name
        self,
        x: float,
        y: float,
        text: str,
        mode: Any = None,
        charSpace: float = 0,  # noqa: N803
        direction: Any = None,
        wordSpace: Any = None,  # noqa: N803
        shaping: bool = False,
    ) -> None:
        """reportlab's ``drawString``, the same operators written without the text object it
        builds for one line: table cells and running texts draw tens of thousands of lines."""
        font = pdfmetrics.getFont(self._fontname)
        if not (
            isinstance(font, fonts.MeasuredFont)
            and type(text) is str  # not a shaped string, which carries its own positions
            and mode is None
            and not charSpace
            and direction is None
            and not wordSpace
            and not shaping
            and self.bottomup
        ):
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
            return
        doc = self._doc
        parts = []
        current = -1
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL")
                current = subset
            parts.append(f"({escapePDF(chunk)}) Tj")
        self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(parts)} T* ET")

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        # A page is held small: its content compressed, and only the parts of the canvas's
        # state that differ from the first page's (a catalog of many thousands of services
        # has tens of thousands of pages).
        if self._base is None:
            self._base = {k: v for k, v in self.__dict__.items() if k not in _OWN}
        base = self._base
        state = {
            k: v
            for k, v in self.__dict__.items()
            if k not in _OWN and base.get(k, _MISSING) is not v
        }
        state["_code"] = zlib.compress("\n".join(self._code).encode("utf-8"), 1)
        self._held.append(state)
        self._startPage()

    def save(self) -> None:
        ledger = self._ledger
        total = len(self._held)
        page_of: dict[str, int] = {}
        marks: dict[int, list[tuple[str, float]]] = {}
        for index, key, top in ledger.bookmarks:
            if key not in page_of:
                page_of[key] = index + 1
                marks.setdefault(index, []).append((key, top))
        slots: dict[int, list[tuple[int, _Slot]]] = {}
        for number, slot in enumerate(ledger.contents):
            slots.setdefault(slot.page_index, []).append((number, slot))
        monitor = self._monitor
        for index in range(total):
            state = self._held[index]
            self._held[index] = {}
            state["_code"] = [zlib.decompress(state["_code"]).decode("utf-8")]
            self.__dict__.update(self._base or {})
            self.__dict__.update(state)
            for key, top in marks.get(index, ()):
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
            for number, slot in slots.get(index, ()):
                self._draw_contents_number(slot, page_of.get(slot.key), f"contents.{number}")
            if ledger.info.watermark:
                _draw_watermark(self, ledger.info.watermark)
            self._draw_running(index + 1, total)
            Canvas.showPage(self)
            _compress_last_page(self)
            if monitor is not None:
                monitor.written(index + 1, total)
        self._held.clear()
        self._add_outline(page_of)
        Canvas.save(self)
        _release_objects(self._doc, monitor.tick if monitor is not None else None)

    def _draw_contents_number(self, slot: _Slot, page: int | None, name: str) -> None:
        if page is None:  # the heading was never drawn (it cannot happen, but never crash)
            return
        self.setFont(slot.font, slot.size)
        self.setFillColor(INK)
        self.drawRightString(slot.right, slot.baseline, str(page))
        rect = (slot.left, slot.baseline - 3, slot.right, slot.baseline + slot.size)
        # Named explicitly: reportlab numbers unnamed annotations per canvas state, and the
        # held pages are restored from earlier states, so its numbers would repeat.
        self.linkRect("", slot.key, rect, relative=0, name=name)

    def _add_outline(self, page_of: dict[str, int]) -> None:
        previous = -1
        for title, key, level in self._ledger.outline:
            if key not in page_of:
                continue
            level = min(level, previous + 1)
            self.addOutlineEntry(title, key, level=level, closed=level > 0)
            previous = level
        if previous >= 0:
            self.showOutline()

    def _draw_running(self, page: int, total: int) -> None:
        width, height = self._pagesize
        regular, bold = fonts.REGULAR, fonts.BOLD
        usable = width - 2 * MARGIN_X
        letterhead = self._ledger.info.letterhead
        if self._ledger.running is None:
            info = self._ledger.info
            logo = running_logo_width(letterhead)
            logo_room = logo + 6 if logo else 0.0
            left = fit_text(info.header_left, bold, _RUNNING_SIZE, usable * 0.45 - logo_room)
            rest = usable - logo_room - fonts.string_width(left, bold, _RUNNING_SIZE) - 24
            imprint = _imprint_lines(letterhead, regular, usable)
            self._ledger.running = (
                left,
                fit_text(info.header_right, regular, _RUNNING_SIZE, rest),
                fit_text(info.footer_left, regular, _RUNNING_SIZE, usable - 70),
                imprint,
            )
        header_left, header_right, footer_left, imprint = self._ledger.running
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if page > 1 or self._ledger.info.header_on_cover:
            top = height - _HEADER_Y
            x = MARGIN_X
            if letterhead is not None:
                drawn = draw_running_logo(self, letterhead, x, top)
                x += drawn + 6 if drawn else 0
            self.setFillColor(primary_colour(letterhead))
            fonts.draw_string(self, x, top, header_left, bold, _RUNNING_SIZE)
            self.setFillColor(MUTED)
            fonts.draw_string(
                self, width - MARGIN_X, top, header_right, regular, _RUNNING_SIZE, align="right"
            )
            self.line(MARGIN_X, top - 4, width - MARGIN_X, top - 4)
        # the letterhead's imprint goes under the footer, which moves up a line to make room
        footer_y = _FOOTER_Y + (_IMPRINT_LEADING * (len(imprint) - 1) if imprint else 0)
        self.setFillColor(MUTED)
        self.line(MARGIN_X, footer_y + 9, width - MARGIN_X, footer_y + 9)
        fonts.draw_string(self, MARGIN_X, footer_y, footer_left, regular, _RUNNING_SIZE)
        self.setFillColor(INK)
        self.setFont(regular, _RUNNING_SIZE)
        self.drawRightString(width - MARGIN_X, footer_y, _("Page {page} of {total}").format(page=page, total=total))
        self.setFillColor(MUTED)
        for number, line in enumerate(imprint, start=1):
            fonts.draw_string(self, width / 2, footer_y - 3 - _IMPRINT_LEADING * number, line, regular,
                              _IMPRINT_SIZE, align="centre")
        self.restoreState()


def _release_objects(document: Any, tick: Callable[[], None] | None) -> None:
    """Let go of the document's objects once the file is written, a few thousand at a time.

    The objects of a large document (tens of thousands of pages, hundreds of thousands of
    objects) refer to each other through the document; left as they are, they wait for the
    garbage collector's next full pass, which then stops the program for as long as it takes
    to walk them all, after the last progress report. Dropped here, they are freed as they
    go, and the progress stays alive while they are.
    """
    pages = getattr(getattr(document, "Pages", None), "pages", None)
    if isinstance(pages, list):
        pages.clear()
    for name in ("idToObject", "idToObjectNumberAndVersion", "idToOffset", "numberToId"):
        table = getattr(document, name, None)
        if not isinstance(table, dict):
            continue
        while table:
            for _count in range(min(_RELEASE_BATCH, len(table))):
                table.popitem()
            if tick is not None:
                tick()


_RELEASE_BATCH = 5000


def _imprint_lines(letterhead: Letterhead | None, font: str, width: float) -> tuple[str, ...]:
    """The letterhead's legal name, address and registration for the page foot: on one line
    when it fits, else the registration on a line of its own."""
    if letterhead is None:
        return ()
    whole = letterhead.footer_text()
    if not whole or fonts.string_width(whole, font, _IMPRINT_SIZE) <= width:
        return (whole,) if whole else ()
    lines = (letterhead.footer_text(registration=False), letterhead.registration_text())
    return tuple(fit_text(line, font, _IMPRINT_SIZE, width) for line in lines if line)


def _compress_last_page(canvas: Canvas) -> None:
    """Compress the content of the page just finished now rather than when the file is
    written, so that finished pages take little memory until then."""
    page = canvas._doc.Pages.pages[-1]
    stream = page.stream
    if not stream:
        return
    text = stream if isinstance(stream, str) else "\n".join(stream)
    data = zlib.compress(text.encode("utf-8"))
    contents = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}),
        data,
        filters=[],
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


def _draw_watermark(canvas: Canvas, word: str) -> None:
    """The status word, large, light and translucent, across the page diagonal; drawn over
    the page so that shaded table cells cannot hide it, and as outlines rather than text so
    that extracting or copying the page's text does not pick it up."""
    width, height = canvas._pagesize
    diagonal = math.hypot(width, height)
    size = min(120.0, diagonal * 0.62 / max(1.0, canvas.stringWidth(word, fonts.BOLD, 1)))
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    advance = canvas.stringWidth(word, fonts.BOLD, size)
    draw_word(canvas, word, fonts.BOLD, size, -advance / 2, -size * 0.35)
    canvas.restoreState()


class _BodyFrame(Frame):
    """The text frame. reportlab deep-copies the current frame each time it measures a group
    kept together (to catch content the group might generate, which ours never does); a frame
    holds only numbers and flags, so a shallow copy is as good and far cheaper."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Frame:
        return copy.copy(self)


class DocumentTemplate(BaseDocTemplate):
    """One frame per page between the running header and footer; headings carrying an
    ``outline`` attribute become bookmarks."""

    def __init__(self, buffer: BinaryIO, *, page_size: str, info: DocumentInfo) -> None:
        width, height = page_dimensions(page_size)
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean_line(info.title),
            author=clean_line(info.author),
            subject=clean_line(info.subject),
            creator=f"{APP_NAME} {info.version}".strip(),
            keywords=[clean_line(k) for k in info.keywords if clean_line(k)],
            lang="en",
            initialFontName=fonts.register_fonts(),
        )
        frame = _BodyFrame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        outline = getattr(flowable, "outline", None)
        if outline is None or not isinstance(self.canv, DocumentCanvas):
            return
        key, title, level = outline
        top = self.frame._y + getattr(flowable, "height", 0) + 8
        self.canv.mark(key, title, level, min(top, self.pagesize[1]))


def build_pdf(
    story: list[Flowable],
    *,
    page_size: str,
    info: DocumentInfo,
    monitor: Monitor | None = None,
    target: BinaryIO | None = None,
) -> bytes:
    """Lay out the story and return the finished PDF (the story is consumed: a streaming
    story fills itself as the layout goes). With a ``target`` file the PDF is written there
    instead (and nothing is returned): a very large document is then not copied in memory."""
    stylesheet()  # registers the fonts before any flowable is measured
    buffer = io.BytesIO() if target is None else target
    doc = DocumentTemplate(buffer, page_size=page_size, info=info)
    # Binary (only deflated) streams: ASCII85 makes the file a quarter larger and, without
    # reportlab's optional C accelerator, costs a tenth of the rendering time.
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=partial(DocumentCanvas, info=info, monitor=monitor))
    finally:
        rl_config.useA85 = use_a85
    return buffer.getvalue() if isinstance(buffer, io.BytesIO) else b""
