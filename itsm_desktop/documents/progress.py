"""Progress and cancellation of a long rendering (a catalog report of many thousands of
services): a fraction from 0 to 1 that only grows, reported a few times a second, and a
cancel request honoured at the next service laid out or page written."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

ProgressCallback = Callable[[float], None]
"""Called with the share of the work done, 0.0 to 1.0, never decreasing."""
CancelCheck = Callable[[], bool]
"""Returns True once the user has asked to stop."""

_LAYOUT_SHARE = 0.9  # laying out the pages; writing them out is the rest
_INTERVAL = 0.2  # seconds between two reports


class RenderCancelled(Exception):
    """The rendering was stopped on request; nothing was produced."""


@dataclass
class Monitor:
    """Reports progress and raises :class:`RenderCancelled` when cancellation is asked."""

    progress: ProgressCallback | None = None
    cancelled: CancelCheck | None = None
    _last_fraction: float = 0.0
    _last_time: float = field(default=0.0)
    _read_share: float = 0.0  # of the layout share, taken by reading the parts beforehand

    def read(self, done: int, total: int) -> None:
        """``done`` of ``total`` parts are read before any is laid out (a document that holds
        them all): reading then takes the first half of the layout's share."""
        self._read_share = 0.5
        self._report(_LAYOUT_SHARE * self._read_share * done / max(1, total))

    def laid_out(self, done: int, total: int) -> None:
        """``done`` of ``total`` parts (services) are laid out."""
        start = _LAYOUT_SHARE * self._read_share
        self._report(start + (_LAYOUT_SHARE - start) * done / max(1, total))

    def written(self, page: int, pages: int) -> None:
        """``page`` of ``pages`` pages are written out."""
        self._report(_LAYOUT_SHARE + (1 - _LAYOUT_SHARE) * page / max(1, pages))

    def tick(self) -> None:
        """Still at work on the last share reported (writing the file out): the share is
        reported again now and then, and a cancel is heard."""
        self._report(self._last_fraction)

    def finished(self) -> None:
        if self.progress is not None:
            self.progress(1.0)

    def _report(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled("The document was not made: it was cancelled.")
        if self.progress is None:
            return
        now = time.monotonic()
        fraction = min(1.0, max(fraction, self._last_fraction))
        if now - self._last_time >= _INTERVAL:
            self._last_time = now
            self._last_fraction = fraction
            self.progress(fraction)
