"""Support hours written as one sentence: read, written back, and measured as written."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itsm_desktop.domain.measurement.clock import clock_for
from itsm_desktop.domain.measurement.support_hours import (
    DatedHours,
    SupportHours,
    SupportHoursError,
    england_bank_holidays,
    parse_support_hours,
    support_hours_of,
)


def _instant(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


@pytest.mark.parametrize("text", ["Monday to Friday 07:30–18:30 UK time, except bank holidays in England",
                                  "Mon–Fri 07:30-18:30 UK time, except English bank holidays",
                                  "Weekdays 07:30 to 18:30 (UK time), excluding bank holidays in England and Wales."])
def test_ways_of_writing_the_same_hours_read_alike(text: str) -> None:
    hours = parse_support_hours(text)
    assert hours.describe() == "Monday to Friday 07:30–18:30 UK time, except bank holidays in England"
    assert hours.zone == "Europe/London" and hours.week[5] == () and hours.week[0] == (("07:30", "18:30"),)


def test_split_shifts_dates_and_extra_hours() -> None:
    hours = parse_support_hours("Mon-Fri 08:00-12:00 and 13:00-17:00; Sat 09:00-12:00 Europe/Berlin, except "
                                "2026-12-24, 2026-12-31 12:00-17:00; also open 2026-12-27 09:00-13:00")
    assert hours.week[0] == (("08:00", "12:00"), ("13:00", "17:00")) and hours.week[5] == (("09:00", "12:00"),)
    assert hours.holidays == (date(2026, 12, 24),)
    assert hours.closed == (DatedHours(date(2026, 12, 31), "12:00", "17:00"),)
    assert hours.opened == (DatedHours(date(2026, 12, 27), "09:00", "13:00"),)
    calendar = hours.calendar(zone="UTC")
    clock = clock_for(calendar, _instant("2026-12-20 00:00"), _instant("2027-01-03 00:00"))
    # Christmas Eve closed; Sunday 27th open 09:00–13:00 Berlin (08:00–12:00 UTC)
    assert clock.seconds(_instant("2026-12-24 00:00"), _instant("2026-12-25 00:00")) == 0
    assert clock.seconds(_instant("2026-12-27 00:00"), _instant("2026-12-28 00:00")) == 4 * 3600
    assert clock.seconds(_instant("2026-12-31 00:00"), _instant("2027-01-01 00:00")) == 4 * 3600  # mornings only


def test_round_the_clock() -> None:
    assert parse_support_hours("24/7").calendar(zone="UTC").is_clock
    assert parse_support_hours("24×7").describe() == "24 hours a day, 7 days a week"


@pytest.mark.parametrize(("text", "says"), [
    ("Whenever the desk is staffed", "gives no hours"),
    ("Service desk staffed Monday to Friday 07:30–18:30", "is not a day of the week"),
    ("Monday to Friday 07:30–18:30 Mars/Phobos", "is not a time zone"),
    ("Monday to Friday 07:30–25:30", "is not a time of day"),
    ("Monday to Friday 08:00–18:00, except Christmas", "is not a date"),
    ("Monday to Friday 08:00–18:00, except 2026-02-30", "is not a date that exists"),
    ("Monday to Friday 08:00–18:00; also open 2026-12-27", "Give the hours open"),
])
def test_hours_that_cannot_be_measured_say_why_in_one_sentence(text: str, says: str) -> None:
    with pytest.raises(SupportHoursError, match=says):
        parse_support_hours(text)
    assert support_hours_of(text) is None


def test_bank_holidays_in_england_follow_the_standing_rules() -> None:
    assert england_bank_holidays(2026) == [date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4),
                                           date(2026, 5, 25), date(2026, 8, 31), date(2026, 12, 25),
                                           date(2026, 12, 28)]
    # Christmas on a Saturday (2021) and New Year on a Saturday (2022): substitute days
    assert england_bank_holidays(2021)[-2:] == [date(2021, 12, 27), date(2021, 12, 28)]
    assert england_bank_holidays(2022)[0] == date(2022, 1, 3)


_TIMES = st.sampled_from(["00:00", "06:30", "07:30", "08:00", "12:00", "13:00", "18:30", "22:00", "24:00"])
_DAY = st.lists(st.tuples(_TIMES, _TIMES).filter(lambda s: s[0] != "24:00" and s[0] != s[1]), max_size=2)


@given(week=st.lists(_DAY, min_size=7, max_size=7).filter(lambda w: any(w)),
       zone=st.sampled_from([None, "Europe/London", "Europe/Berlin", "America/New_York", "UTC"]),
       holidays=st.lists(st.dates(date(2025, 1, 1), date(2027, 12, 31)), max_size=3, unique=True),
       england=st.booleans())
def test_what_is_written_reads_back_as_the_same_hours(week: list[list[tuple[str, str]]], zone: str | None,
                                                      holidays: list[date], england: bool) -> None:
    hours = SupportHours(tuple(tuple(sorted(day)) for day in week), zone, ("england",) if england else (),
                         tuple(holidays))
    assert parse_support_hours(hours.describe()) == hours
    assert SupportHours.from_json(hours.to_json()) == hours
