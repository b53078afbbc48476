"""Reading dates and times from spreadsheet cells, in the zone the file was written in.

A cell is a date-time value (XLSX) or text: ISO 8601 (with or without an offset such as
``+01:00`` or ``Z``), ``03.11.2026 09:15`` (German), ``03/11/2026 09:15`` (day first, as in
French and British files); a date alone is midnight. A time without an offset is read in the
file's zone; one with an offset keeps it. The result is an instant (seconds since the epoch).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from itsm_desktop.domain.measurement.zones import zone_named
from itsm_desktop.services.exchange.cells import CellProblem, line

_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def _aware(moment: datetime, zone: str) -> datetime:
    if moment.tzinfo is None:
        # the earlier of two readings of a repeated hour, the later side of a skipped one
        return moment.replace(tzinfo=zone_named(zone))
    return moment


def instant_of(value: Any, zone: str) -> int | None:
    """The instant a cell names (``None`` when blank); ``CellProblem`` when it names none."""
    if isinstance(value, datetime):
        return int(_aware(value, zone).timestamp())
    if isinstance(value, date):
        return int(_aware(datetime.combine(value, time()), zone).timestamp())
    raw = line(value)
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace(" Z", "Z"))
    except ValueError:
        match = _DAY_FIRST.match(raw)
        if match is None:
            raise CellProblem(f"“{raw}” is not a date and time; write 2026-11-03 09:15 "
                              "or 03.11.2026 09:15.") from None
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        try:
            parsed = datetime(year, month, day, hour, minute, second)
        except ValueError:
            raise CellProblem(f"“{raw}” is not a date that exists.") from None
    return int(_aware(parsed, zone).timestamp())


def intervals_of(value: Any, zone: str) -> list[list[int]]:
    """Paused intervals: ``start/end`` pairs separated by ``;`` or line breaks."""
    raw = line(value).replace("\n", ";")
    out = []
    for part in (p.strip() for p in raw.split(";")):
        if not part:
            continue
        ends = part.split("/") if part.count("/") == 1 else re.split(r"\s+-\s+|\s*–\s*", part)
        if len(ends) != 2:
            raise CellProblem(f"“{part}” is not an interval; write start/end.")
        start, end = instant_of(ends[0], zone), instant_of(ends[1], zone)
        if start is None or end is None or end <= start:
            raise CellProblem(f"The paused interval “{part}” ends before it starts.")
        out.append([start, end])
    return out
