"""Writing a finished PDF to its file object by object, instead of assembling the whole file
in memory first.

reportlab formats every object of the document into a list of strings and joins them before
anything is written: two more copies of the file at the very end, which for a catalog report
of tens of thousands of services is hundreds of megabytes. Its collector (``PDFFile``) sends
each string through the instance's ``write``; the document announces that collector in its
``__accum__`` attribute before formatting the first object. A document of the class below
catches that announcement and points ``write`` at the target file: the strings go out as they
are made, and the join at the end joins nothing. Offsets (for the cross-reference table) are
still counted by the collector itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import PDFDocument


class StreamingPDFDocument(PDFDocument):  # type: ignore[misc]  # reportlab has no type hints
    """A ``PDFDocument`` whose formatted objects go straight to ``stream_target``."""

    stream_target: BinaryIO | None = None
    stream_tick: Callable[[], None] | None = None

    def GetPDFData(self, canvas: Any) -> Any:  # noqa: N802 - reportlab's name
        if self.stream_tick is not None:
            fonts: list[Any] = getattr(self, "delayedFonts", [])
            self.delayedFonts = [_TickingFont(f, self.stream_tick) for f in fonts]
        return super().GetPDFData(canvas)

    @property
    def __accum__(self) -> Any:
        return self.__dict__.get("_streaming_accumulator")

    @__accum__.setter
    def __accum__(self, collector: Any) -> None:
        target = self.stream_target
        if target is not None and hasattr(collector, "strings"):
            for text in collector.strings:  # the header, written when it was made
                target.write(text)
            collector.strings = []
            collector.write = _ticking(target.write, self.stream_tick) if self.stream_tick else target.write
        self.__dict__["_streaming_accumulator"] = collector

    @__accum__.deleter
    def __accum__(self) -> None:
        # Every object is out; the cross-reference table comes next, one entry per object
        # (hundreds of thousands in a large catalog) formatted in one go: the lookups of the
        # objects' offsets keep the progress alive meanwhile.
        if self.stream_tick is not None and self.__dict__.get("_streaming_accumulator") is not None:
            offsets: dict[Any, int] = self.__dict__["idToOffset"]
            self.idToOffset = _TickingLookup(offsets, self.stream_tick)
        self.__dict__.pop("_streaming_accumulator", None)


class _TickingLookup(dict):  # type: ignore[type-arg]
    """A dictionary that ticks every few thousand lookups."""

    _EVERY = 4096

    def __init__(self, items: dict[Any, Any], tick: Callable[[], None]) -> None:
        super().__init__(items)
        self._tick = tick
        self._lookups = 0

    def __getitem__(self, key: Any) -> Any:
        self._lookups += 1
        if not self._lookups % self._EVERY:
            self._tick()
        return super().__getitem__(key)


class _TickingFont:
    """A font whose embedding (subsetting a TrueType font with the glyphs used: the last long
    step before the objects go out) is preceded by a tick."""

    def __init__(self, font: Any, tick: Callable[[], None]) -> None:
        self.font, self.tick = font, tick

    def addObjects(self, document: Any) -> None:  # noqa: N802 - reportlab's name
        self.tick()
        self.font.addObjects(document)


def _ticking(write: Callable[[bytes], Any], tick: Callable[[], None]) -> Callable[[bytes], Any]:
    def write_and_tick(data: bytes) -> Any:
        tick()
        return write(data)

    return write_and_tick


def stream_to(document: PDFDocument, target: Any, *, tick: Callable[[], None] | None = None) -> None:
    """Have ``document`` (a canvas's ``_doc``) write itself to ``target`` object by object
    when it is saved, calling ``tick`` before each (progress stays alive and a cancel is heard
    while a large file is written); nothing changes for a target that is not a binary file."""
    if callable(getattr(target, "write", None)) and type(document) is PDFDocument:
        document.__class__ = StreamingPDFDocument
        document.stream_target = target
        document.stream_tick = tick
