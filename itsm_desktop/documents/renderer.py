"""The base of the document renderers: page geometry and styles as attributes, a story that
the subclass fills one method per section, numbered and bookmarked headings, and the build."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from itsm_desktop.collector import collector_paused
from itsm_desktop.documents import fonts, language
from itsm_desktop.documents.flowables import (
    Cell,
    Contents,
    ContentsEntry,
    Heading,
    Para,
    data_table,
    heading,
    key_value_table,
    text_flowables,
)
from itsm_desktop.documents.layout import (
    DocumentInfo,
    PageSizeName,
    build_pdf,
    frame_height,
    frame_width,
    page_dimensions,
)
from itsm_desktop.documents.pagination import RoomFor, link_rooms
from itsm_desktop.documents.progress import Monitor
from itsm_desktop.documents.styles import stylesheet
from itsm_desktop.documents.text import inline
from itsm_desktop.domain.languages import DocumentLanguage

# A heading never starts at a page foot: there must be room for it, the headings and
# sentences right after it, and the first lines or rows of what it introduces (see
# ``pagination``); at least this much below a section heading.
SECTION_ROOM = 40 * mm

class DocumentRenderer:
    """Collects the flowables of one document and lays them out.

    Subclasses add one method per part of the document and call them from ``story()``.
    """

    def __init__(self, *, page_size: PageSizeName | str = "A4") -> None:
        page_dimensions(page_size)  # refuse an unknown size before any work is done
        self.page_size = page_size
        self.language: DocumentLanguage = DocumentLanguage.ENGLISH
        """The language the document prints in (the snapshot's)."""
        self.styles = stylesheet()
        self.width = frame_width(page_size)
        self.frame_height = frame_height(page_size)
        self.story: list[Flowable] = []
        self.monitor: Monitor | None = None
        """Progress and cancellation of a long rendering, if anyone watches."""
        self.contents: list[ContentsEntry] = []
        self._section = 0
        self._subsection = 0
        self._keys = 0

    # -- headings ---------------------------------------------------------------------
    def _key(self, prefix: str) -> str:
        self._keys += 1
        return f"{prefix}-{self._keys}"

    def section(
        self, title: str, *, numbered: bool = True, in_contents: bool = True, key: str = ""
    ) -> str:
        """Start a top-level section; returns its number ("" when unnumbered). ``key`` names
        its bookmark when a contents entry was made for it beforehand."""
        number = ""
        if numbered:
            self._section += 1
            number = str(self._section)
        self._subsection = 0
        key = key or self._key("section")
        style = self.styles.h1_numbered if number else self.styles.h1
        outline = f"{number} {title}" if number else title
        self.story.append(RoomFor(SECTION_ROOM))
        self.story.append(
            heading(inline(title), style, key=key, title=outline, level=0, number=number)
        )
        if in_contents:
            self.contents.append(ContentsEntry(0, number, title, key))
        return number

    def subsection(self, title: str, *, in_contents: bool = False, level: int = 1) -> str:
        """A numbered heading within the current section (``2.3``)."""
        self._subsection += 1
        number = f"{self._section}.{self._subsection}" if self._section else ""
        key = self._key("sub")
        style = self.styles.h2_numbered if number else self.styles.h2
        outline = f"{number} {title}" if number else title
        if not (self.story and isinstance(self.story[-1], Heading)):
            # right after a section heading the two keep together by themselves
            self.story.append(RoomFor())
        self.story.append(
            heading(inline(title), style, key=key, title=outline, level=level, number=number)
        )
        if in_contents:
            self.contents.append(ContentsEntry(1, number, title, key))
        return number

    def minor_heading(self, title: str) -> None:
        """A small unnumbered heading that is not bookmarked."""
        self.story += [RoomFor(), Heading(inline(title), self.styles.h3)]

    def contents_flowable(self) -> Contents:
        """The contents list; it fills with the headings added after it, before the build."""
        return Contents(self.contents)

    # -- body ----------------------------------------------------------------------------
    def text(self, value: str | None, *, otherwise: str | None = None) -> bool:
        """Add user text as paragraphs; if there is none, add ``otherwise`` (a plain sentence
        of ours) when given. Returns whether user text was added."""
        flowables = text_flowables(value, self.styles)
        if flowables:
            self.story.extend(flowables)
            return True
        if otherwise:
            self.sentence(otherwise)
        return False

    def sentence(self, plain: str, *, style: Any = None) -> None:
        """A paragraph from plain text we composed (user values inside are escaped here)."""
        self.story.append(Para(inline(plain), style or self.styles.body))

    def markup(self, markup: str, *, style: Any = None) -> None:
        """A paragraph from markup whose user parts are already escaped."""
        self.story.append(Para(markup, style or self.styles.body))

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        fractions: Sequence[float],
        *,
        gap: float = 6,
        **kwargs: Any,
    ) -> None:
        """A data table across the text width, then ``gap`` points of space."""
        self.story.append(data_table(header, rows, fractions, self.width, self.styles, **kwargs))
        self.space(gap)

    def facts(self, rows: Sequence[tuple[str, Cell]], **kwargs: Any) -> None:
        self.story.append(key_value_table(rows, self.width, self.styles, **kwargs))
        self.space(6)

    def space(self, points: float) -> None:
        self.story.append(Spacer(1, points))

    # -- output --------------------------------------------------------------------------
    def info(self) -> DocumentInfo:
        raise NotImplementedError

    def build_story(self) -> None:
        raise NotImplementedError

    def render(self) -> bytes:
        """Build the story and return the PDF."""
        return self.render_document().pdf

    def layout_story(self) -> list[Flowable]:
        """The story to lay out: built whole here; a renderer may stream it instead."""
        self.build_story()
        while self.story and type(self.story[-1]) is Spacer:
            self.story.pop()  # space after the last table would start a blank last page
        link_rooms(self.story)
        return self.story

    def render_document(self, target: BinaryIO | None = None) -> RenderedDocument:
        """Build the story and return the PDF with the characters no font could print; with
        a ``target`` file the PDF is written there instead (``pdf`` is then empty)."""
        with collector_paused(), _shape_checks_off(), fonts.coverage_report() as missing, \
                language.speaking(self.language):
            story = self.layout_story()
            pdf = build_pdf(
                story,
                page_size=self.page_size,
                info=self.info(),
                monitor=self.monitor,
                target=target,
            )
        if self.monitor is not None:
            self.monitor.finished()
        return RenderedDocument(pdf, "".join(sorted(missing)))


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A rendered PDF and what it could not print."""

    pdf: bytes
    unprintable: str = ""
    """The distinct characters that no shipped font has (they print as empty boxes)."""

    @property
    def warnings(self) -> tuple[str, ...]:
        """Sentences for the user; empty when everything printed."""
        if not self.unprintable:
            return ()
        return (unprintable_warning(self.unprintable),)


def unprintable_warning(characters: str) -> str:
    """One sentence naming characters that no shipped font can print."""
    shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in characters[:12])
    more = f" and {len(characters) - 12} more" if len(characters) > 12 else ""
    return (
        f"Some characters cannot be printed with the fonts that come with ITSM Desktop and "
        f"print as empty boxes: {shown}{more}."
    )


_shape_lock = threading.Lock()
_shape_renderings = 0
_shape_checking = 1


@contextmanager
def _shape_checks_off() -> Iterator[None]:
    """Skip reportlab's check of every attribute set on a chart's shapes while documents are
    rendered (its own setting for code past debugging: the charts are ours, their values
    typed): a chart sets thousands, and the checks took a fifth of a report with charts."""
    global _shape_renderings, _shape_checking
    with _shape_lock:
        if not _shape_renderings:
            _shape_checking = rl_config.shapeChecking
        _shape_renderings += 1
        rl_config.shapeChecking = 0
    try:
        yield
    finally:
        with _shape_lock:
            _shape_renderings -= 1
            if not _shape_renderings:
                rl_config.shapeChecking = _shape_checking
