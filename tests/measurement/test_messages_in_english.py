"""What is wrong with support hours, calendars and records is a marked sentence (the screens
say it in their language) that reads, as the command line prints it, in English."""

from __future__ import annotations

import pytest

from itsm_desktop.domain.enums import Priority
from itsm_desktop.domain.measurement.calendar import CalendarError, seconds_of_day
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.records import IncidentBatch, RecordError
from itsm_desktop.domain.measurement.support_hours import SupportHoursError, parse_support_hours
from itsm_desktop.domain.measurement.zones import UnknownZoneError, zone_named
from itsm_desktop.domain.translatable import Message


@pytest.mark.parametrize(("text", "english"), [
    ("", "No support hours are written."),
    ("Whenever the desk is staffed", "“Whenever the desk is staffed” gives no hours; write them as in “Monday to "
                                     "Friday 07:30–18:30 UK time, except bank holidays in England”."),
    ("Someday 08:00-18:00", "“Someday” is not a day of the week; write e.g. Monday to Friday."),
    ("Monday to Friday 08:00-18:00 Mars/Phobos", "“Mars/Phobos” is not a time zone; write e.g. UK time or "
                                                 "Europe/Berlin."),
    ("Monday to Friday 07:30-25:30", "'25:30' is not a time of day written HH:MM, e.g. 08:00."),
    ("Monday 09:00-09:00", "09:00–09:00 is no time at all; give a start and a later end."),
    ("Monday to Friday 08:00-18:00, except 2026-02-30", "2026-02-30 is not a date that exists."),
    ("Monday to Friday 08:00-18:00; also open 2026-12-27", "Give the hours open on 2026-12-27, e.g. 2026-12-27 "
                                                           "09:00–13:00."),
])
def test_support_hours_errors_read_in_english(text: str, english: str) -> None:
    with pytest.raises(SupportHoursError) as refused:
        parse_support_hours(text)
    assert str(refused.value) == english
    assert isinstance(refused.value.args[0], Message)


def test_calendar_zone_period_and_record_errors_read_in_english() -> None:
    with pytest.raises(CalendarError) as calendar:
        seconds_of_day("7")
    assert str(calendar.value) == "'7' is not a time of day written HH:MM, e.g. 08:00."
    with pytest.raises(UnknownZoneError) as zone:
        zone_named("Mars/Olympus")
    assert str(zone.value) == "'Mars/Olympus' is not a known time zone."
    with pytest.raises(ValueError) as period:
        Period.parse("Nov")
    assert str(period.value) == "'Nov' is not a period: write 2026-11, 2026-Q4 or 2026."
    with pytest.raises(ValueError) as month:
        Period(2026, 13)
    assert str(month.value) == "There is no month number 13 in a year."
    with pytest.raises(RecordError) as record:
        IncidentBatch().add(service="MAIL", priority=Priority.P1, opened=100, resolved=50)
    assert str(record.value) == "It was resolved before it was opened."
    assert all(isinstance(e.value.args[0], Message) for e in (calendar, zone, period, month, record))
