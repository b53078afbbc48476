"""Pausing the cyclic garbage collector while many objects pass through.

Reading, planning and writing tens of thousands of rows, or laying out a document, allocates
millions of small objects that reference counting frees anyway. Each allocation burst starts
a collection, and every third or so of those walks every long-lived object of the application
again (the names an import looks up, the rows already planned, a large catalog's rows): a
quarter of a large preview's time, a fifth of a layout's, a twentieth of an export's. What the
paused stretch leaves behind is collected as usual afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block (reference counting still frees everything)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
