"""Named support hours as an agreement defines them: weekly hours, time zone, holidays and
exceptions — one structure that prints as one sentence and measures as one calendar.

The sentence is also how the hours are written: :func:`parse_support_hours` reads it and
:meth:`SupportHours.describe` writes it back, so what an agreement prints reads back as
exactly what is measured. For example::

    Monday to Friday 07:30–18:30 UK time, except bank holidays in England
    Monday to Friday 08:00–12:00 and 13:00–17:00; Saturday 09:00–12:00 Europe/Berlin time,
        except 2026-12-24, 2026-12-31 12:00–17:00; also open 2026-12-27 09:00–13:00
    24 hours a day, 7 days a week

Days are written as ranges (``Monday to Friday``, ``Mon–Fri``), lists (``Monday, Wednesday``)
or ``weekdays``/``every day``; times as ``HH:MM`` (a shift ending at or before its start runs
past midnight); the zone after the last times, as an IANA name or ``UK time``; no zone means
the zone the team measures in. After ``except``: whole days closed (a date or ``bank holidays
in England``), or hours closed on a date; after ``also open``: extra hours on a date.

``bank holidays in England`` are the days of the standing rules for England and Wales (New
Year, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of
August, Christmas and Boxing Day, with substitute days); one-off days proclaimed for a single
year are added as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..translatable import translatable
from .calendar import Calendar, CalendarError, DateException, shift
from .zones import UnknownZoneError, zone_named

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLAND = "england"
HOLIDAY_SETS = {ENGLAND: "bank holidays in England"}
"""Holiday rules known by name, and how the sentence names them."""
HOLIDAY_YEARS = range(2000, 2076)
"""The years a named set of holidays is worked out for."""
EXAMPLE = "Monday to Friday 07:30–18:30 UK time, except bank holidays in England"
ALL_WEEK = "24 hours a day, 7 days a week"
_WEEK_EXAMPLE = "Monday to Friday 08:00–18:00"

_ZONE_WORDS = {"uk": "Europe/London", "british": "Europe/London", "london": "Europe/London",
               "utc": "UTC"}
_ZONE_WORDING = {"Europe/London": "UK time", "UTC": "UTC"}
_DAY_WORDS = {name.lower()[:3]: n for n, name in enumerate(DAY_NAMES)} | {
    name.lower(): n for n, name in enumerate(DAY_NAMES)} | {"tues": 1, "thur": 3, "thurs": 3}
_DAY_GROUPS = {"weekdays": range(5), "working days": range(5), "every day": range(7), "daily": range(7),
               "weekends": range(5, 7)}
_ALL_WEEK_WORDS = ("24×7", "24x7", "24/7", ALL_WEEK.lower(), "around the clock")
_DASH = r"\s*(?:[-–—]|to)\s*"
_TIME = r"\d{1,2}:\d{2}"
_SPAN = re.compile(rf"({_TIME}){_DASH}({_TIME})")
_DATE = r"\d{4}-\d{2}-\d{2}"
_DATED_SPAN = re.compile(rf"^({_DATE})(?:\s+(?:from\s+)?({_TIME}){_DASH}({_TIME}))?$")
_HOLIDAY_SET_WORDS = re.compile(r"(?:english\s+bank\s+holidays|bank\s+holidays\s+(?:in|of)\s+england"
                                r"(?:\s+and\s+wales)?)", re.IGNORECASE)
_EXCEPT = re.compile(r",?\s+(?:except|excluding)\s+", re.IGNORECASE)
_ALSO_OPEN = re.compile(r"[;,]?\s*also\s+open\s+", re.IGNORECASE)
_LIST = re.compile(r"\s*,\s*|\s+and\s+", re.IGNORECASE)

Span = tuple[str, str]


class SupportHoursError(ValueError):
    """Support hours written in a way that cannot be measured, with a sentence saying why (a
    marked sentence: the screens say it in their language; the examples in it stay as the
    hours are written)."""


@dataclass(frozen=True)
class DatedHours:
    """Hours on one date: closed (an exception to the week) or open (extra hours)."""

    day: date
    start: str
    end: str


@dataclass(frozen=True)
class SupportHours:
    """Weekly shifts (Monday first), zone (``None``: the team's), holidays and exceptions."""

    week: tuple[tuple[Span, ...], ...]
    zone: str | None = None
    holiday_sets: tuple[str, ...] = ()
    holidays: tuple[date, ...] = ()
    closed: tuple[DatedHours, ...] = ()
    opened: tuple[DatedHours, ...] = ()

    # --- stored form ----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {"week": [[list(s) for s in day] for day in self.week], "zone": self.zone,
                "holiday_sets": list(self.holiday_sets), "holidays": [d.isoformat() for d in self.holidays],
                "closed": [[h.day.isoformat(), h.start, h.end] for h in self.closed],
                "opened": [[h.day.isoformat(), h.start, h.end] for h in self.opened]}

    @classmethod
    def from_json(cls, data: Any) -> SupportHours | None:
        """The stored structure; ``None`` for nothing stored (not measurable until defined)."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(tuple(tuple((str(a), str(b)) for a, b in day) for day in data["week"]),
                       data.get("zone"), tuple(data.get("holiday_sets", ())),
                       tuple(date.fromisoformat(d) for d in data.get("holidays", ())),
                       tuple(DatedHours(date.fromisoformat(d), a, b) for d, a, b in data.get("closed", ())),
                       tuple(DatedHours(date.fromisoformat(d), a, b) for d, a, b in data.get("opened", ())))
        except (KeyError, TypeError, ValueError):
            return None

    # --- what it measures -----------------------------------------------------------------

    def calendar(self, *, zone: str, name: str = "") -> Calendar:
        """The calendar these hours measure in (in ``zone`` when they name none)."""
        holidays = set(self.holidays)
        for rules in self.holiday_sets:
            holidays |= _named_holidays(rules)
        exceptions = [DateException.hours(h.day, h.start, h.end, open=False) for h in self.closed]
        exceptions += [DateException.hours(h.day, h.start, h.end, open=True) for h in self.opened]
        return Calendar.weekly({d: list(spans) for d, spans in enumerate(self.week)}, zone=self.zone or zone,
                               holidays=holidays, exceptions=exceptions, name=name)

    # --- what it prints -------------------------------------------------------------------

    def describe(self) -> str:
        """The one sentence these hours print as (and are read back from)."""
        if all(day == (("00:00", "24:00"),) for day in self.week):
            text = ALL_WEEK
        else:
            text = "; ".join(f"{_days_text(days)} {' and '.join(f'{a}–{b}' for a, b in spans)}"
                             for days, spans in _runs(self.week))
        if self.zone:
            text += f" {_ZONE_WORDING.get(self.zone, f'{self.zone} time')}"
        closed = [HOLIDAY_SETS[s] for s in self.holiday_sets] + [d.isoformat() for d in self.holidays]
        closed += [f"{h.day.isoformat()} {h.start}–{h.end}" for h in self.closed]
        if closed:
            text += ", except " + ", ".join(closed)
        if self.opened:
            text += "; also open " + ", ".join(f"{h.day.isoformat()} {h.start}–{h.end}" for h in self.opened)
        return text


def support_hours_of(text: str) -> SupportHours | None:
    """The hours ``text`` writes, or ``None`` when it is empty or cannot be read."""
    try:
        return parse_support_hours(text) if text.strip() else None
    except SupportHoursError:
        return None


def parse_support_hours(text: str) -> SupportHours:
    """Read support hours written as :meth:`SupportHours.describe` writes them (see the module);
    ``SupportHoursError`` with a sentence when they cannot be measured."""
    body = " ".join(text.split()).rstrip(".")
    if not body:
        raise SupportHoursError(translatable("No support hours are written."))
    body, _, extra = _split(_ALSO_OPEN, body)
    body, _, excepted = _split(_EXCEPT, body)
    week, zone = _week(body)
    holiday_sets: list[str] = []
    if excepted and _HOLIDAY_SET_WORDS.search(excepted):
        holiday_sets.append(ENGLAND)
        excepted = _HOLIDAY_SET_WORDS.sub("", excepted)
    holidays, closed = [], []
    for item in _items(excepted):
        day, hours = _dated(item, "except")
        if hours is None:
            holidays.append(day)
        else:
            closed.append(DatedHours(day, *hours))
    opened = []
    for item in _items(extra):
        day, hours = _dated(item, "also open")
        if hours is None:
            raise SupportHoursError(translatable("Give the hours open on {day}, e.g. {example}.", day=day.isoformat(),
                                                 example=f"{day.isoformat()} 09:00–13:00"))
        opened.append(DatedHours(day, *hours))
    return SupportHours(week, zone, tuple(holiday_sets), tuple(holidays), tuple(closed), tuple(opened))


def _split(pattern: re.Pattern[str], text: str) -> tuple[str, str, str]:
    found = pattern.search(text)
    return (text, "", "") if found is None else (text[:found.start()], found.group(), text[found.end():])


def _items(text: str) -> list[str]:
    return [item.strip() for item in _LIST.split(text) if item.strip()]


def _week(text: str) -> tuple[tuple[tuple[Span, ...], ...], str | None]:
    lowered = text.lower()
    for words in _ALL_WEEK_WORDS:
        if lowered.startswith(words):
            return ((("00:00", "24:00"),),) * 7, _zone(text[len(words):])
    spans = list(_SPAN.finditer(text))
    if not spans:
        raise SupportHoursError(translatable("“{given}” gives no hours; write them as in “{example}”.", given=text,
                                             example=EXAMPLE))
    zone = _zone(text[spans[-1].end():])
    week: list[list[Span]] = [[] for _ in range(7)]
    for group in text[:spans[-1].end()].split(";"):
        found = list(_SPAN.finditer(group))
        if not found:
            raise SupportHoursError(translatable("“{given}” gives no hours; write e.g. {example}.", given=group.strip(),
                                                 example=_WEEK_EXAMPLE))
        days = _days(group[:found[0].start()])
        for match in found:
            hours = _checked(match.group(1), match.group(2))
            for day in days:
                week[day].append(hours)
    return tuple(tuple(sorted(day)) for day in week), zone


def _days(text: str) -> list[int]:
    words = re.sub(r"\s+from$", "", text.strip().strip(",:").strip(), flags=re.IGNORECASE)
    if not words:
        raise SupportHoursError(translatable("Say on which days the hours apply, e.g. {example}.",
                                             example=_WEEK_EXAMPLE))
    if words.lower() in _DAY_GROUPS:
        return list(_DAY_GROUPS[words.lower()])
    out: list[int] = []
    for part in _items(words):
        ends = re.split(_DASH, part)
        if len(ends) == 2:
            first, last = _day(ends[0]), _day(ends[1])
            out += [d % 7 for d in range(first, last + 1 if last >= first else last + 8)]
        else:
            out.append(_day(part))
    return sorted(set(out))


def _day(word: str) -> int:
    found = _DAY_WORDS.get(word.strip().rstrip(".").lower())
    if found is None:
        raise SupportHoursError(translatable("“{word}” is not a day of the week; write e.g. {example}.",
                                             word=word.strip(), example="Monday to Friday"))
    return found


def _zone(text: str) -> str | None:
    words = text.strip().strip("()").strip().strip(",").strip()
    words = re.sub(r"^in\s+", "", words, flags=re.IGNORECASE)
    words = re.sub(r"\s+time$", "", words, flags=re.IGNORECASE).strip()
    if not words:
        return None
    name = _ZONE_WORDS.get(words.lower(), words)
    try:
        zone_named(name)
    except UnknownZoneError:
        raise SupportHoursError(translatable("“{words}” is not a time zone; write e.g. {example} or {other}.",
                                             words=words, example="UK time", other="Europe/Berlin")) from None
    return name


def _checked(start: str, end: str) -> Span:
    start, end = start.zfill(5), end.zfill(5)
    try:
        first, last = shift(start, end)
    except CalendarError as exc:
        raise SupportHoursError(exc.args[0] if exc.args else str(exc)) from None
    if start == end and start != "00:00":
        raise SupportHoursError(translatable("{start}–{end} is no time at all; give a start and a later end.",
                                             start=start, end=end))
    return start, end


def _dated(item: str, where: str) -> tuple[date, Span | None]:
    match = _DATED_SPAN.match(item)
    if match is None:
        raise SupportHoursError(translatable("“{item}” after “{where}” is not a date ({date}), a date with hours "
                                             "({hours}) or {holidays}.", item=item, where=where, date="2026-12-24",
                                             hours="2026-12-24 12:00–18:30", holidays=HOLIDAY_SETS[ENGLAND]))
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        raise SupportHoursError(translatable("{day} is not a date that exists.", day=match.group(1))) from None
    return day, (_checked(match.group(2), match.group(3)) if match.group(2) else None)


def _runs(week: tuple[tuple[Span, ...], ...]) -> list[tuple[list[int], tuple[Span, ...]]]:
    """Consecutive days with the same hours, Monday first; closed days left out."""
    runs: list[tuple[list[int], tuple[Span, ...]]] = []
    for day, spans in enumerate(week):
        if not spans:
            continue
        if runs and runs[-1][1] == spans and runs[-1][0][-1] == day - 1:
            runs[-1][0].append(day)
        else:
            runs.append(([day], spans))
    return runs


def _days_text(days: list[int]) -> str:
    if len(days) == 1:
        return DAY_NAMES[days[0]]
    return f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}"


@lru_cache(maxsize=8)
def _named_holidays(rules: str) -> frozenset[date]:
    if rules != ENGLAND:
        raise SupportHoursError(translatable("No holidays are known as “{rules}”.", rules=rules))
    return frozenset(d for year in HOLIDAY_YEARS for d in england_bank_holidays(year))


def england_bank_holidays(year: int) -> list[date]:
    """The bank holidays of England and Wales in ``year`` under the standing rules."""
    easter = _easter(year)
    may = date(year, 5, 1)
    early_may = may + timedelta(days=(7 - may.weekday()) % 7)
    spring = _last_monday(year, 5)
    summer = _last_monday(year, 8)
    new_year = _next_weekday(date(year, 1, 1))
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday instead
        christmas, boxing = date(year, 12, 27), date(year, 12, 28)
    elif christmas.weekday() == 6:  # Sunday: Boxing Day Monday, Christmas on Tuesday
        christmas = date(year, 12, 27)
    elif christmas.weekday() == 4:  # Friday: Boxing Day falls on Saturday, moved to Monday
        boxing = date(year, 12, 28)
    return sorted({new_year, easter - timedelta(days=2), easter + timedelta(days=1), early_may, spring, summer,
                   christmas, boxing})


def _next_weekday(day: date) -> date:
    return day + timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


def _last_monday(year: int, month: int) -> date:
    last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def support_hours_json(text: str) -> dict[str, Any] | None:
    """What an agreement stores as the structure of its support hours sentence (``None``: not
    measurable until the sentence reads as support hours)."""
    hours = support_hours_of(text)
    return None if hours is None else hours.to_json()
