"""Value objects: weekly service hours, money, and text folding for search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal, InvalidOperation
from typing import Any

from .translatable import Weekday, translatable

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


def fold(text: str | None) -> str:
    """Fold text for search: case-insensitive and accent-insensitive, for any script.

    ``Équipe``, ``equipe`` and ``ÉQUIPE`` fold alike; so do ``Почта`` and ``почта``.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def search_blob(*parts: str | None) -> str:
    """The folded text a record is found by: its parts joined by a separator."""
    return "\x1f".join(fold(p) for p in parts if p)


@dataclass(frozen=True)
class DayHours:
    """Opening hours of one weekday, as ``HH:MM`` strings (``24:00`` allowed as an end)."""

    start: str
    end: str


@dataclass(frozen=True)
class WeeklyHours:
    """Structured weekly hours: 24×7, or a span per weekday (missing day = closed)."""

    always: bool = False
    days: dict[str, DayHours] = field(default_factory=dict)

    @classmethod
    def office(cls, start: str = "08:00", end: str = "18:00") -> WeeklyHours:
        return cls(days={d: DayHours(start, end) for d in WEEKDAYS[:5]})

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> WeeklyHours:
        if not data:
            return cls()
        days = {
            d: DayHours(str(v[0]), str(v[1]))
            for d, v in (data.get("days") or {}).items()
            if d in WEEKDAYS and v
        }
        return cls(always=bool(data.get("always")), days=days)

    def to_json(self) -> dict[str, Any]:
        return {
            "always": self.always,
            "days": {d: [h.start, h.end] for d, h in self.days.items()},
        }

    def problems(self) -> list[str]:
        """Human sentences for every day whose hours are not valid."""
        out = []
        for d, h in self.days.items():
            name = Weekday(WEEKDAYS.index(d)) if d in WEEKDAYS else d
            if not _TIME.match(h.start) or not _TIME.match(h.end) or h.start == "24:00":
                out.append(translatable("{day}: times must be written HH:MM, e.g. 08:00.", day=name))
            elif h.end <= h.start:
                out.append(translatable("{day}: the end time must be after the start time.", day=name))
        return out

    def describe(self, day_names: Mapping[str, str] = WEEKDAY_NAMES,
                 every_day: tuple[str, str] = ("Every day", "24 hours (24×7)")) -> list[tuple[str, str]]:
        """Rows of (days, hours) for display, merging consecutive days with equal hours
        (a printed document passes the names of its own language)."""
        if self.always:
            return [every_day]
        rows: list[tuple[str, str]] = []
        run: list[str] = []
        current: DayHours | None = None

        def flush() -> None:
            if run and current is not None:
                label = day_names[run[0]]
                if len(run) > 1:
                    label += f" – {day_names[run[-1]]}"

                rows.append((label, f"{current.start} – {current.end}"))

        for d in WEEKDAYS:
            h = self.days.get(d)
            if h is not None and h == current:
                run.append(d)
                continue
            flush()
            run, current = ([d], h) if h is not None else ([], None)
        flush()
        return rows

    def summary(self) -> str:
        rows = self.describe()
        return "; ".join(f"{d} {h}" for d, h in rows) if rows else "No hours set"

    @staticmethod
    def parse_time(text: str) -> time:
        hh, mm = text.split(":")
        return time(0, 0) if hh == "24" else time(int(hh), int(mm))


_HOURS_SHAPE = "Service hours are not in a form the application understands"


def hours_problems(data: Any) -> list[str]:
    """Sentences for what is wrong with service hours as stored (JSON), empty if nothing.

    The structure is exactly what ``WeeklyHours.to_json`` writes: ``always`` (yes or no) and
    ``days`` mapping weekday keys to ``[start, end]`` times; nothing else is stored, so that
    what is saved reads back as given and the history stays valid JSON.
    """
    if data is None or data == {}:
        return []
    if not isinstance(data, dict):
        return [f"{_HOURS_SHAPE}: expected weekly hours."]
    extra = sorted(str(k)[:40] for k in data if k not in ("always", "days"))
    if extra:
        return [f"{_HOURS_SHAPE}: unexpected {', '.join(map(repr, extra))}."]
    if not isinstance(data.get("always", False), bool):
        return [f"{_HOURS_SHAPE}: “always” must be yes or no."]
    days = data.get("days", {})
    if not isinstance(days, dict) or any(d not in WEEKDAYS for d in days):
        return [f"{_HOURS_SHAPE}: days must be named {', '.join(WEEKDAYS)}."]
    for d, span in days.items():
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(t, str) for t in span)):
            return [translatable("{day}: give a start and an end time, e.g. 08:00 and 18:00.",
                                 day=Weekday(WEEKDAYS.index(d)))]
    return WeeklyHours.from_json(data).problems()


def parse_money(text: str) -> Decimal:
    """Parse a user-typed amount ("1 250.50", "1250,5"); raise ValueError if it is not one."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not an amount") from exc
    if not value.is_finite():
        raise ValueError(f"{text!r} is not an amount")
    return value
