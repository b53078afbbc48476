"""Hypothesis strategies: calendars, instants near daylight-saving changes, paused intervals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

from itsm_desktop.domain.measurement.calendar import Calendar, DateException

ZONES = ("Europe/Berlin", "America/New_York", "UTC", "Australia/Lord_Howe", "America/Santiago")
# days around the 2026 daylight-saving changes of those zones (and of Havana and Santiago,
# whose clocks skip or repeat midnight), a weekend and a new year
ANCHORS = (date(2026, 3, 8), date(2026, 3, 29), date(2026, 4, 5), date(2026, 9, 6),
           date(2026, 10, 4), date(2026, 10, 25), date(2026, 11, 1), date(2026, 12, 31),
           date(2026, 6, 12))
MINUTE = 60


def _clock(quarter_hours: int) -> str:
    return f"{quarter_hours // 4:02d}:{quarter_hours % 4 * 15:02d}"


shifts = st.tuples(st.integers(0, 95), st.integers(1, 96)).map(
    lambda se: (_clock(se[0]), _clock((se[0] + se[1]) % 96) if (se[0] + se[1]) % 96 else "24:00")
)
# the end is the start plus 15 minutes to 24 hours: some shifts run past midnight


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    zone = draw(st.sampled_from(ZONES))
    hours = {d: draw(st.lists(shifts, max_size=2)) for d in range(7)}
    if draw(st.booleans()):
        hours = {d: [("00:00", "24:00")] for d in range(7)}
    anchor = draw(st.sampled_from(ANCHORS))
    near = st.integers(-3, 4).map(lambda n: anchor + timedelta(days=n))
    holidays = draw(st.lists(near, max_size=2))
    exceptions = draw(st.lists(
        st.builds(lambda day, s, length, opening: DateException(day, s * 900, s * 900 + length * 900, opening),
                  near, st.integers(0, 95), st.integers(1, 96), st.booleans()),
        max_size=3))
    return Calendar.weekly(hours, zone=zone, holidays=holidays, exceptions=exceptions)


def _instant(day: date, minutes: int) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()) + minutes * MINUTE


@st.composite
def spans(draw: st.DrawFn, max_days: int = 4) -> tuple[int, int]:
    """Two whole-minute instants ``start <= end`` near one of the anchor days."""
    anchor = draw(st.sampled_from(ANCHORS))
    start = _instant(anchor, draw(st.integers(-2 * 1440, 2 * 1440)))
    return start, start + draw(st.integers(0, max_days * 1440)) * MINUTE


@st.composite
def pauses(draw: st.DrawFn, start: int, end: int) -> list[tuple[int, int]]:
    """Up to three paused intervals, possibly overlapping and partly outside ``[start, end)``."""
    out = []
    for _ in range(draw(st.integers(0, 3))):
        a = start + draw(st.integers(-600, max(0, (end - start) // MINUTE) + 600)) * MINUTE
        out.append((a, a + draw(st.integers(1, 2000)) * MINUTE))
    return out
