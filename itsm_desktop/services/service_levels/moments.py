"""Reading dates and times from spreadsheet cells, in the zone the file was written in.

A cell is a date-time value (XLSX) or text: ISO 8601 (with or without an offset such as
``+01:00`` or ``Z``), ``03.11.2026 09:15`` (German), ``03/11/2026 09:15`` (day first, as in
French and British files); a date alone is midnight. A time without an offset is read in the
file's zone; one with an offset keeps it. The result is an instant (seconds since the epoch).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from itsm_desktop.domain.measurement.zones import zone_named
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.exchange.cells import CellProblem, line

_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)
_BLOCK = 900  # every offset change of the time zone database falls on a quarter hour
_OFFSETS: dict[tuple[str, int], int] = {}


def _local_instant(wall: datetime, zone: str) -> int:
    """A naive wall time read in ``zone`` (as ``replace(tzinfo=…).timestamp()`` reads it), with
    the zone's offset remembered per quarter hour: a million cells, a few thousand look-ups."""
    seconds = (wall - _EPOCH) // _SECOND
    if zone == "UTC":
        return seconds
    key = (zone, seconds // _BLOCK)
    offset = _OFFSETS.get(key)
    if offset is None:
        if len(_OFFSETS) > 500_000:
            _OFFSETS.clear()
        offset = _OFFSETS[key] = int(wall.replace(tzinfo=zone_named(zone)).timestamp()) - seconds
    return seconds + offset


def _aware(moment: datetime, zone: str) -> datetime:
    if moment.tzinfo is None:
        # the earlier of two readings of a repeated hour, the later side of a skipped one
        return moment.replace(tzinfo=zone_named(zone))
    return moment


def instant_of(value: Any, zone: str) -> int | None:
    """The instant a cell names (``None`` when blank); ``CellProblem`` when it names none."""
    if type(value) is str:  # the usual cell of a CSV file: the quick way first
        raw = value.strip()
        if not raw:
            return None
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            return _from_text(raw, zone)
        if parsed.tzinfo is None:
            return _local_instant(parsed, zone)
        return int(parsed.timestamp())
    if isinstance(value, datetime):
        return int(_aware(value, zone).timestamp())
    if isinstance(value, date):
        return int(_aware(datetime.combine(value, time()), zone).timestamp())
    raw = line(value)
    return _from_text(raw, zone) if raw else None


def moment_reader(zone: str) -> Callable[[Any], int | None]:
    """:func:`instant_of` for the cells of one zone, quicker on the usual one (ISO text as a
    service desk tool writes it): a million rows have three each."""
    parse, utc = datetime.fromisoformat, zone == "UTC"

    def read(value: Any) -> int | None:
        if type(value) is str and value:
            try:
                parsed = parse(value)
            except ValueError:
                return instant_of(value, zone)
            if parsed.tzinfo is None:
                return (parsed - _EPOCH) // _SECOND if utc else _local_instant(parsed, zone)
            return int(parsed.timestamp())
        return instant_of(value, zone)

    return read


def _from_text(raw: str, zone: str) -> int:
    try:
        parsed = datetime.fromisoformat(raw.replace(" Z", "Z"))
    except ValueError:
        match = _DAY_FIRST.match(raw)
        if match is None:
            raise CellProblem(translatable("“{raw}” is not a date and time; write 2026-11-03 09:15 or 03.11.2026 09:15.", raw=raw)) from None
        day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        try:
            parsed = datetime(year, month, day, hour, minute, second)
        except ValueError:
            raise CellProblem(translatable("“{raw}” is not a date that exists.", raw=raw)) from None
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
            raise CellProblem(translatable("“{part}” is not an interval; write start/end.", part=part))
        start, end = instant_of(ends[0], zone), instant_of(ends[1], zone)
        if start is None or end is None or end <= start:
            raise CellProblem(translatable("The paused interval “{part}” ends before it starts.", part=part))
        out.append([start, end])
    return out


_DURATION_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*(d|days?|tage?|jours?|h|hours?|std|stunden?|heures?|"
                            r"m|min|mins|minutes?|minuten?|s|sec|secs|seconds?|sekunden?|secondes?)\b")
_UNIT_SECONDS = {"d": 86_400, "h": 3600, "s": 1, "m": 60}


def duration_of(value: Any) -> int | None:
    """Whole seconds a cell names (``None`` when blank): ``45 min``, ``2 h 30 min``, ``1:30``
    (hours and minutes), ``1:30:15``, or a plain number of minutes."""
    if isinstance(value, bool):
        raise CellProblem(translatable("Write a duration such as 45 min, 2 h or 1:30."))
    if isinstance(value, int | float):
        minutes = float(value)
    else:
        raw = line(value).lower()
        if not raw:
            return None
        if re.fullmatch(r"\d+:\d{2}(:\d{2})?", raw):
            parts = [int(p) for p in raw.split(":")] + [0]
            return parts[0] * 3600 + parts[1] * 60 + parts[2]
        found = _DURATION_PART.findall(raw)
        if found and _DURATION_PART.sub("", raw).strip(" ,") == "":
            return round(sum(float(n.replace(",", ".")) * _unit_seconds(u) for n, u in found))
        try:
            minutes = float(raw.replace(",", "."))
        except ValueError:
            raise CellProblem(translatable("“{raw}” is not a duration; write e.g. 45 min, 2 h or 1:30.", raw=raw)) from None
    if minutes < 0 or minutes != minutes or minutes == float("inf"):
        raise CellProblem(translatable("A duration cannot be negative."))
    return round(minutes * 60)


def _unit_seconds(unit: str) -> int:
    first = unit[0]
    if unit.startswith(("std", "stu")):
        return 3600
    if unit in ("min", "mins") or unit.startswith(("minute", "minuten")):
        return 60
    if unit.startswith(("sec", "sek")):
        return 1
    if unit.startswith(("tag", "jour")):
        return 86_400
    return _UNIT_SECONDS.get(first, 60)
