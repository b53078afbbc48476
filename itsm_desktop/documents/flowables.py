"""Flowables and table builders shared by the renderers: bookmarked headings, the contents
list, paragraphs from user text, data tables and label/value tables."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser
from reportlab.platypus.tables import CellStyle
from reportlab.platypus.tables import _setCellStyle as set_cell_style

from itsm_desktop.documents import fonts
from itsm_desktop.documents.layout import DocumentCanvas
from itsm_desktop.documents.pagination import Rows
from itsm_desktop.documents.scripts import (
    embedding_levels,
    has_rtl,
    paragraph_is_rtl,
    visual_indices,
    visual_line,
)
from itsm_desktop.documents.styles import HEADER_BG, INK, PANEL, PRIMARY, RULE, StyleSheet
from itsm_desktop.documents.text import blocks, clean_line, fit_text
from itsm_desktop.documents.wordbreak import install as install_word_breaking

install_word_breaking()

Cell: TypeAlias = "str | Flowable"
"""A table cell: markup (already escaped) or a ready flowable."""


class Para(Paragraph):
    """A paragraph that remembers its last line breaking: tables wrap every cell once to
    measure it and again to draw it, and breaking lines is the costliest step of a layout.

    Right-to-left text (Hebrew, Arabic) is put in visual order line by line once the lines
    are broken, and a paragraph that starts in a right-to-left script is aligned right.
    """

    _wrapped_at: float | None = None
    _rtl: bool | None = None
    """None for text without right-to-left characters, else the paragraph's direction."""

    def __init__(self, text: str, style: Any = None, *args: Any, **kwargs: Any) -> None:
        rtl: bool | None = None
        if text and has_rtl(text):
            rtl = paragraph_is_rtl(_TAG.sub("", text))
            if rtl and style is not None:
                style = _right_aligned(style)
        if (
            style is not None
            and not args
            and "frags" not in kwargs
            and "<" not in text
            and "&" not in text
        ):
            text = rl_paragraph.cleanBlockQuotedText(text)
            kwargs["frags"] = _plain_frags(text, style)
        super().__init__(text, style, *args, **kwargs)
        self._rtl = rtl

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = super().breakLines(width)
        if self._rtl is not None:
            reorder_lines(lines, self._rtl)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() drops blPara when it gives up; then the lines must be broken again.
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


_PLAIN: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _plain_frags(text: str, style: ParagraphStyle) -> list[Any]:
    """What reportlab's markup parser makes of text without tags or entities: one fragment in
    the style's font (none for no text). The parser, an HTML parser in Python, is the
    costliest part of making a paragraph; the style's fragment is parsed once."""
    if not text:
        return []
    plain = _PLAIN.get(style)
    if plain is None:
        _, frags, _ = ParaParser().parse("x", style)
        plain = _PLAIN[style] = frags[0]
    frag = copy.copy(plain)
    frag.text = text
    return [frag]


class Heading(Para):
    """A heading that becomes a bookmark (outline entry) where it is drawn (minor headings
    have none)."""

    outline: tuple[str, str, int] | None = None
    is_heading = True

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        # Only the first part carries the bookmark; it is where the heading starts.
        for index, part in enumerate(parts):
            if isinstance(part, Heading):
                part.outline = self.outline if index == 0 else None
        return parts


_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=64)
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """The style aligned right, for paragraphs in a right-to-left script."""
    if style.alignment != TA_LEFT:
        return style
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def reorder_lines(para_lines: Any, rtl: bool) -> None:
    """Put each broken line of a paragraph in visual order (in place)."""
    if para_lines.kind == 0:
        para_lines.lines = [
            (extra, visual_line(" ".join(words), rtl).split(" "))
            for extra, words in para_lines.lines
        ]
        return
    for line in para_lines.lines:
        pieces = [f for f in line.words if not hasattr(f, "cbDefn")]
        if not any(has_rtl(f.text) for f in pieces):
            continue
        owners = [i for i, f in enumerate(pieces) for _ in f.text]
        text = "".join(f.text for f in pieces)
        visual = visual_line(text, rtl)
        order = visual_indices(embedding_levels(text, rtl))
        words: list[Any] = [f for f in line.words if hasattr(f, "cbDefn")]
        for position, index in enumerate(order):
            owner = owners[index]
            if words and getattr(words[-1], "_owner", None) == owner:
                words[-1].text += visual[position]
                continue
            piece = pieces[owner].clone()
            piece.text = visual[position]
            piece._owner = owner
            words.append(piece)
        line.words = words


def heading(
    markup: str, style: Any, *, key: str, title: str, level: int = 0, number: str = ""
) -> Heading:
    """A heading with its outline entry (``title`` is plain text, ``markup`` is escaped); a
    ``number`` hangs to the left of the title."""
    para = Heading(markup, style, bulletText=number or None)
    para.outline = (key, clean_line(title)[:200] or key, level)
    return para


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    """A line of the contents: level 0 (section) or 1 (subsection)."""

    level: int
    number: str
    title: str
    key: str


class Contents(Flowable):
    """A table of contents with dot leaders; page numbers are filled in when the document is
    saved, so it needs no second layout pass. ``entries`` may grow until the build starts."""

    _ROW = {0: 15.0, 1: 13.0}
    _SIZE = {0: 9.5, 1: 8.5}
    _NUMBER_WIDTH = 26.0

    def __init__(self, entries: list[ContentsEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.width = 0.0
        self.height = 0.0

    def _height(self, entries: Sequence[ContentsEntry]) -> float:
        return sum(self._ROW[min(e.level, 1)] for e in entries)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self._height(self.entries)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        used, count = 0.0, 0
        for entry in self.entries:
            row = self._ROW[min(entry.level, 1)]
            if used + row > availHeight:
                break
            used += row
            count += 1
        if count == 0 or count == len(self.entries):
            return []
        return [Contents(self.entries[:count]), Contents(self.entries[count:])]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        width = self.width
        for entry in self.entries:
            level = min(entry.level, 1)
            y -= self._ROW[level]
            font = fonts.BOLD if level == 0 else fonts.REGULAR
            size = self._SIZE[level]
            indent = 0.0 if level == 0 else 20.0
            number_col = 20.0 if level == 0 else 30.0
            baseline = y + 4
            canvas.setFillColor(PRIMARY if level == 0 else INK)
            if entry.number:
                canvas.setFont(font, size)
                canvas.drawString(indent, baseline, entry.number)
            text_x = indent + (number_col if entry.number else 0)
            avail = width - text_x - self._NUMBER_WIDTH - 8
            text = fit_text(entry.title, font, size, avail)
            end = text_x + fonts.draw_string(canvas, text_x, baseline, text, font, size) + 4
            if end < width - self._NUMBER_WIDTH:
                canvas.saveState()
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.7)
                canvas.setDash(0.5, 2.5)
                canvas.line(end, baseline + 1, width - self._NUMBER_WIDTH + 4, baseline + 1)
                canvas.restoreState()
            if isinstance(canvas, DocumentCanvas):
                right_x, base_y = canvas.absolutePosition(width, baseline)
                left_x, _ = canvas.absolutePosition(0, baseline)
                canvas.contents_slot(
                    entry.key, left=left_x, right=right_x, baseline=base_y, font=font, size=size
                )


class KeepTogetherWithin(KeepTogether):
    """Flowables kept on one page when they fit on the next, unless moving them would leave
    more than ``limit`` points of this page empty: then they flow on from here."""

    def __init__(self, flowables: list[Flowable], limit: float) -> None:
        super().__init__(flowables)
        self._limit = limit

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if aH > self._limit:
            return list(self._content)
        parts: list[Flowable] = super().split(aW, aH)
        return parts


def keep_together(flowables: list[Flowable], frame_height: float) -> Flowable:
    """Keep the flowables on one page when they fit on the next, but never leave more than
    half a page empty for them: then they flow on."""
    return KeepTogetherWithin(flowables, frame_height / 2)


def text_flowables(text: str | None, styles: StyleSheet, *, style: Any = None) -> list[Flowable]:
    """Paragraphs (and bullet items) from user text; an empty list when there is none."""
    body = style or styles.body
    return [
        Para(markup, styles.bullet, bulletText="•") if bullet else Para(markup, body)
        for bullet, markup in blocks(text)
    ]


_PAD_X = 5
# What every cell of a table shares; set once on a style object that the cells share (see
# ``_cell_style``) rather than cell by cell by the table.
_CELL_COMMANDS = (
    ("VALIGN", "TOP"),
    ("LEFTPADDING", _PAD_X),
    ("RIGHTPADDING", _PAD_X),
    ("TOPPADDING", 3.5),
    ("BOTTOMPADDING", 4),
)
_DATA_STYLE = [
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
]
_KEY_VALUE_STYLE = [
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ("LINEABOVE", (0, 0), (-1, 0), 0.3, RULE),
    ("BACKGROUND", (0, 0), (0, -1), PANEL),
]
_PER_CELL = frozenset(
    (
        "FONT", "FONTNAME", "FACE", "SIZE", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN",
        "ALIGNMENT", "VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING",
        "HREF", "DESTINATION", "DIRECTION", "SHAPING",
    )
)  # fmt: skip


def _cell_style(style: Any) -> CellStyle:
    """The style of a table cell set in the paragraph style ``style``: its font, colour,
    alignment at the top and paddings.

    The cells of a row kind share one such object: reportlab otherwise makes a style object
    per cell and sets each command on each cell in turn, a tenth of a long document's time.
    The table only reads them (a row split across pages copies its styles first).
    """
    cell = CellStyle(style.name)
    grid = [[cell]]
    commands = (
        ("FONT", style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", style.textColor),
    )
    for op, *values in (*_CELL_COMMANDS, *commands):
        set_cell_style(grid, 0, 0, op, values)
    return cell


def _styled_table(
    data: list[list[Any]],
    row_styles: list[list[CellStyle]],
    commands: Sequence[tuple[Any, ...]],
    **kwargs: Any,
) -> Rows:
    """A table whose cells share the styles of their row kinds; a command of ``commands``
    that styles single cells gets copies for them, so that it styles only those."""
    table = Rows(data, cellStyles=row_styles, **kwargs)
    own: set[tuple[int, int]] = set()
    for command in commands:
        if command[0] not in _PER_CELL:
            continue
        (sc, sr), (ec, er) = command[1], command[2]
        sc, ec, sr, er = table.normCellRange(sc, ec, sr, er)
        for i in range(sr, er + 1):
            for j in range(sc, ec + 1):
                if (i, j) not in own:
                    row_styles[i][j] = row_styles[i][j].copy()
                    own.add((i, j))
    table.setStyle(TableStyle(list(commands)))
    return table


def _cell(value: Cell, style: Any, room: float) -> Flowable | str:
    """A cell's content. Text without markup whose lines each fit is drawn as plain strings
    (with the table's font commands), which is much cheaper than a paragraph."""
    if not isinstance(value, str):
        return value
    lines = value.split("<br/>")
    if any("<" in line or "&" in line for line in lines) or has_rtl(value):
        return Para(value, style)
    size = style.fontSize
    for line in lines:
        # No glyph of the font is wider than 1.25 em, none narrower than 0.25 em: most
        # lines are decided without measuring them.
        if len(line) * size * 1.25 <= room:
            continue
        if len(line) * size * 0.25 > room or stringWidth(line, style.fontName, size) > room:
            return Para(value, style)
    return "\n".join(lines)


# A row taller than this may be split across pages; shorter rows move to the next page whole,
# so no row continues overleaf without the cells that say what it is about.
_MOVABLE_ROW_HEIGHT = 120 * mm


def _split_rows(data: Sequence[Sequence[Any]], widths: Sequence[float]) -> int:
    """1 when some row is too tall to be moved whole to the next page, else 0."""
    for row in data:
        height = 0.0
        for cell, col_width in zip(row, widths, strict=True):
            if isinstance(cell, Flowable):
                height = max(height, cell.wrap(col_width - 2 * _PAD_X, _MOVABLE_ROW_HEIGHT * 10)[1])
        if height > _MOVABLE_ROW_HEIGHT:
            return 1
    return 0


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    width: float,
    styles: StyleSheet,
    *,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with a shaded header row that repeats on every page it spans.

    ``header`` is plain text; body cells are markup or flowables. ``fractions`` share the
    available width out among the columns. Rows may split across pages, so a huge cell never
    stops the layout.
    """
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    rooms = [w - 2 * _PAD_X - 0.5 for w in widths]
    data: list[list[Flowable | str]] = [
        [
            _cell(escape(clean_line(h)), styles.cell_head, r)
            for h, r in zip(header, rooms, strict=True)
        ]
    ]
    data.extend([_cell(c, styles.cell, r) for c, r in zip(row, rooms, strict=True)] for row in rows)
    head, body = (
        [_cell_style(styles.cell_head)] * len(widths),
        [_cell_style(styles.cell)] * len(widths),
    )
    return _styled_table(
        data,
        [head[:], *(body[:] for _ in rows)],
        [*_DATA_STYLE, *extra_style],
        colWidths=widths,
        repeatRows=1,
        splitInRow=_split_rows(data, widths),
        hAlign="LEFT",
    )


@lru_cache(maxsize=512)
def _label_width(label: str, font: str, size: float) -> float:
    """The width of a label of ours (a handful of words, the same on every service)."""
    return fonts.string_width(label, font, size)


def key_value_table(
    rows: Sequence[tuple[str, Cell]],
    width: float,
    styles: StyleSheet,
    *,
    label_width: float | None = None,
) -> Table:
    """Label/value pairs in two columns (labels are short plain text of ours, values markup
    or flowables). The label column is 36 mm, or as wide as the longest label needs (a
    French "Responsable du service"), up to two fifths of the width."""
    if label_width is None:
        bold = styles.cell_bold
        needed = max((_label_width(clean_line(label), bold.fontName, bold.fontSize)
                      for label, _value in rows), default=0.0) + 2 * _PAD_X + 1
        label_width = min(max(36 * mm, needed), 0.4 * width)
    room = width - label_width - 2 * _PAD_X - 0.5
    data = [[clean_line(label), _cell(value, styles.cell, room)] for label, value in rows]
    widths = [label_width, width - label_width]
    label, value = _cell_style(styles.cell_bold), _cell_style(styles.cell)
    return _styled_table(
        data,
        [[label, value] for _ in rows],
        _KEY_VALUE_STYLE,
        colWidths=widths,
        splitInRow=_split_rows(data, widths),
        hAlign="LEFT",
    )
