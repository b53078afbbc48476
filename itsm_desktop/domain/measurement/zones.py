"""Instants, local wall-clock time and the UTC offsets of a time zone between two instants.

An *instant* is a whole number of seconds since 1970-01-01 00:00 UTC. A *wall time* is the
same count for a local calendar date and clock reading, as if the zone had no offset: what a
clock on the wall shows, written as one number so that intervals of it can be compared.

Daylight-saving changes make the wall clock jump: forward (a local time that never happens,
such as 02:30 in Berlin on the last Sunday of March) and backward (a local time that happens
twice). The rule used throughout: **an instant belongs to whatever its wall clock shows.** A
local time that never happens covers no instant; a local time that happens twice covers both.
A boundary written as a local time (the start of a period, of a shift) is the first instant at
which the wall clock shows that time or later.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itsm_desktop.domain.translatable import translatable

DAY = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_SAMPLE_STEP = 6 * 3600  # no zone changes its offset twice within six hours


class NaiveTimeError(ValueError):
    """A date and time without a time zone was given where an instant is needed."""


def instant(moment: datetime) -> int:
    """Seconds since the epoch of an aware datetime (fractions of a second dropped)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveTimeError(translatable("{moment} has no time zone.", moment=moment.isoformat(sep=" ")))
    return int((moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(seconds=1))


def moment(seconds: int, zone: ZoneInfo | None = None) -> datetime:
    """The aware datetime of an instant, in ``zone`` (UTC when none is given)."""
    return datetime.fromtimestamp(seconds, tz=zone or UTC)


def wall_of_date(day: date) -> int:
    """The wall time of local midnight at the start of ``day``."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY


def date_of_wall(wall: int) -> date:
    """The local date a wall time falls on."""
    return date.fromordinal(wall // DAY + _EPOCH_ORDINAL)


class UnknownZoneError(ValueError):
    """A time zone name the time zone database does not know."""


@lru_cache(maxsize=64)
def zone_named(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (``Europe/Berlin``)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise UnknownZoneError(translatable("{name} is not a known time zone.", name=repr(name))) from exc


def offset_at(zone: ZoneInfo, at: int) -> int:
    """The zone's UTC offset in seconds at an instant."""
    offset = datetime.fromtimestamp(at, tz=zone).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


@dataclass(frozen=True)
class Offsets:
    """The zone's offsets over ``[start, end)``: from ``changes[k]`` on, ``offsets[k]`` applies.

    ``changes[0]`` is ``start``; the others are the instants of each offset change.
    """

    start: int
    end: int
    changes: tuple[int, ...]
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, zone: ZoneInfo, start: int, end: int) -> Offsets:
        changes, offsets = [start], [offset_at(zone, start)]
        probe = start
        while probe < end:
            nxt = min(probe + _SAMPLE_STEP, end)
            after = offset_at(zone, nxt)
            if after != offsets[-1]:
                low, high = probe, nxt  # offset(low) is the old one, offset(high) the new one
                while high - low > 1:
                    mid = (low + high) // 2
                    if offset_at(zone, mid) == offsets[-1]:
                        low = mid
                    else:
                        high = mid
                changes.append(high)
                offsets.append(after)
            probe = nxt
        return cls(start, end, tuple(changes), tuple(offsets))

    def instants_showing(self, wall_start: int, wall_end: int) -> list[tuple[int, int]]:
        """The instants in this range whose wall clock shows a time in ``[wall_start, wall_end)``.

        One interval, or two when the clock turns back inside it (the repeated hour counts
        twice); none when the whole span is skipped by a jump forward.
        """
        out: list[tuple[int, int]] = []
        low, high = min(self.offsets), max(self.offsets)
        k = max(0, bisect.bisect_right(self.changes, wall_start - high) - 1)
        while k < len(self.changes) and self.changes[k] < wall_end - low:
            seg_end = self.changes[k + 1] if k + 1 < len(self.changes) else self.end
            start = max(wall_start - self.offsets[k], self.changes[k])
            end = min(wall_end - self.offsets[k], seg_end)
            if start < end:
                out.append((start, end))
            k += 1
        return out

    def first_instant_showing(self, wall: int) -> int:
        """The first instant in this range at which the wall clock shows ``wall`` or later."""
        for k, change in enumerate(self.changes):
            seg_end = self.changes[k + 1] if k + 1 < len(self.changes) else self.end
            candidate = wall - self.offsets[k]
            if candidate < change:
                if k == 0:
                    break
                return change  # the time was skipped: the clock jumped past it here
            if candidate < seg_end:
                return candidate
        raise ValueError("The local time lies outside the range these offsets cover.")


def first_instant_at(zone: ZoneInfo, day: date, seconds: int = 0) -> int:
    """The first instant at which the zone's clock shows ``day`` at ``seconds`` past midnight, or
    later (a skipped time maps to the moment the clock jumped past it)."""
    wall = wall_of_date(day) + seconds
    offsets = Offsets.of(zone, wall - 2 * DAY, wall + 2 * DAY)
    return offsets.first_instant_showing(wall)


def local_date(zone: ZoneInfo, at: int) -> date:
    """The local date the zone's clock shows at an instant."""
    return date_of_wall(at + offset_at(zone, at))
