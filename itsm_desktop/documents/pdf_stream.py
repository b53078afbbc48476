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

from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import PDFDocument


class StreamingPDFDocument(PDFDocument):  # type: ignore[misc]  # reportlab has no type hints
    """A ``PDFDocument`` whose formatted objects go straight to ``stream_target``."""

    stream_target: BinaryIO | None = None

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
            collector.write = target.write
        self.__dict__["_streaming_accumulator"] = collector

    @__accum__.deleter
    def __accum__(self) -> None:
        self.__dict__.pop("_streaming_accumulator", None)


def stream_to(document: PDFDocument, target: Any) -> None:
    """Have ``document`` (a canvas's ``_doc``) write itself to ``target`` object by object
    when it is saved; nothing changes for a target that is not a binary file object."""
    if callable(getattr(target, "write", None)) and type(document) is PDFDocument:
        document.__class__ = StreamingPDFDocument
        document.stream_target = target
