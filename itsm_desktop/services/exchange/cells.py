"""Cell values to field values and back: text, numbers with a decimal comma, yes/no,
enumerations by value or label, weekly hours as text, and safe text for spreadsheets."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from itsm_desktop.domain.translatable import translatable
from itsm_desktop.domain.values import WEEKDAYS, WeeklyHours, fold

E = TypeVar("E", bound=Enum)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""Text a spreadsheet would run as a formula when it begins a cell (CSV injection)."""

ITEM_SEPARATOR = ";"
PART_SEPARATOR = "|"
_TRUE = {"yes", "y", "true", "1", "x", "ja", "j", "oui", "o", "vrai", "wahr", "active", "aktiv", "actif"}
_FALSE = {"no", "n", "false", "0", "nein", "non", "faux", "falsch", "inactive", "inaktiv", "inactif", "-"}
_DAY_NAMES = {
    **{d: d for d in WEEKDAYS},
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun",
    "mo": "mon", "di": "tue", "mi": "wed", "do": "thu", "fr": "fri", "sa": "sat", "so": "sun",
    "lu": "mon", "ma": "tue", "me": "wed", "je": "thu", "ve": "fri",
}
_ALWAYS = {"24x7", "24/7", "24×7", "24 x 7", "always", "24/7/365", "rund um die uhr", "24h/24"}
_HOURS_ITEM = re.compile(
    r"^\s*(?P<first>[^\W\d]+\.?)\s*(?:[-–]\s*(?P<last>[^\W\d]+\.?))?\s+"
    r"(?P<start>\d{1,2}[:.]\d{2})\s*[-–]\s*(?P<end>\d{1,2}[:.]\d{2})\s*$")


def key(text: str) -> str:
    """``fold(text)``, quicker for plain ASCII (most names): an import folds every name it knows."""
    return text.lower() if text.isascii() else fold(text)


class CellProblem(ValueError):
    """A cell whose value cannot be used; the message is one sentence for the user."""


def text(value: Any) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raw = str(value)
    if raw.startswith("'") and raw[1:2] and raw[1] in FORMULA_START:
        return raw[1:]  # made inert by an export (see neutralised): the value itself follows
    return raw


def line(value: Any) -> str:
    """A one-line cell as text, without the spaces around it."""
    return text(value).strip()


def is_blank(value: Any) -> bool:
    return text(value).strip() == ""


def amount(value: Any) -> Decimal | None:
    """A money amount; ``9,80``, ``1.250,50`` and ``1 250.50`` are all understood."""
    if isinstance(value, bool):
        raise CellProblem(translatable("Enter an amount such as 12.50."))
    if isinstance(value, int | float):
        return Decimal(str(value))
    raw = line(value).replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not raw:
        return None
    if "," in raw and "." in raw:  # the last separator is the decimal one
        thousands = "." if raw.rfind(",") > raw.rfind(".") else ","
        raw = raw.replace(thousands, "")
    if raw.count(",") == 1:
        raw = raw.replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise CellProblem(translatable("“{value}” is not an amount; enter e.g. 12.50.", value=text(value))) from None
    if not number.is_finite():
        raise CellProblem(translatable("“{value}” is not an amount; enter e.g. 12.50.", value=text(value)))
    return number


def whole(value: Any) -> int | None:
    """A whole number (a spreadsheet's ``12.0`` is 12)."""
    if isinstance(value, bool):
        raise CellProblem(translatable("Enter a whole number."))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raw = text(value).replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise CellProblem(translatable("“{value}” is not a whole number.", value=text(value))) from None


def flag(value: Any) -> bool | None:
    """Yes or no, in English, German or French."""
    if isinstance(value, bool):
        return value
    raw = fold(line(value))
    if not raw:
        return None
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise CellProblem(translatable("“{value}” is neither yes nor no.", value=text(value)))


def _choice_key(text: str) -> str:
    return key(text).replace("-", " ").replace("_", " ")


@functools.cache
def _choices(enum: type[Enum]) -> dict[str, Enum]:
    """Each member of ``enum`` by its folded value, label and name."""
    out: dict[str, Enum] = {}
    for member in enum:
        for name in (str(member.value), str(getattr(member, "label", member.value)), member.name):
            out.setdefault(_choice_key(name), member)
    return out


def choice(value: Any, enum: type[E]) -> E | None:
    """An enumeration member named by its value or its label, in any case."""
    raw = _choice_key(line(value))
    if not raw:
        return None
    found = _choices(enum).get(raw)
    if found is None:
        allowed = ", ".join(str(m.value) for m in enum)
        raise CellProblem(translatable("“{value}” is not one of: {allowed}.", value=text(value), allowed=allowed))
    return found  # type: ignore[return-value]


def items(value: Any) -> list[list[str]]:
    """A list cell: one item a line (or, in a one-line cell, items separated by ``;``),
    parts of an item separated by ``|``."""
    raw = text(value).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for item in raw.split("\n") if "\n" in raw else raw.split(ITEM_SEPARATOR):
        if item.strip():
            out.append([part.strip() for part in item.split(PART_SEPARATOR)])
    return out


def join_items(rows: Iterable[Iterable[Any]]) -> str:
    """The inverse of :func:`items`; trailing empty parts are left out."""
    return "\n".join([join_parts(parts) for parts in rows])


def join_parts(parts: Iterable[Any]) -> str:
    """One item of a list cell (see :func:`join_items`)."""
    texts = [p if type(p) is str else text(p) for p in parts]
    while len(texts) > 1 and not texts[-1]:
        texts.pop()
    return PART_JOINER.join(texts)


PART_JOINER = f" {PART_SEPARATOR} "


def hours(value: Any) -> dict[str, Any] | None:
    """Weekly hours written as ``24x7`` or ``Mon-Fri 08:00-18:00; Sat 09:00-12:00``."""
    raw = line(value)
    if not raw:
        return None
    read = _hours_read(raw)  # most rows of a file share a few hours: each is read once
    return {"always": read["always"], "days": {day: list(span) for day, span in read["days"].items()}}


@functools.lru_cache(maxsize=1024)
def _hours_read(raw: str) -> dict[str, Any]:
    if fold(raw).replace(" ", "") in {a.replace(" ", "") for a in _ALWAYS}:
        return WeeklyHours(always=True).to_json()
    days: dict[str, list[str]] = {}
    for item in re.split(r"[;,\n]", raw):
        if not item.strip():
            continue
        match = _HOURS_ITEM.match(item)
        first = _DAY_NAMES.get(fold(match["first"]).rstrip(".")) if match else None
        last = _DAY_NAMES.get(fold(match["last"] or match["first"]).rstrip(".")) if match else None
        if match is None or first is None or last is None:
            raise CellProblem(translatable("“{item}” is not understood; write hours like “Mon-Fri 08:00-18:00; Sat 09:00-12:00” or “24x7”.", item=item.strip()))
        span = WEEKDAYS[WEEKDAYS.index(first):WEEKDAYS.index(last) + 1]
        start, end = (_clock(match["start"]), _clock(match["end"]))
        for day in span or (first,):
            days[day] = [start, end]
    return WeeklyHours.from_json({"always": False, "days": days}).to_json()


def _clock(raw: str) -> str:
    hh, mm = re.split(r"[:.]", raw)
    return f"{int(hh):02d}:{mm}"


def hours_text(data: dict[str, Any] | None) -> str:
    """Weekly hours as :func:`hours` reads them."""
    if not data:
        return ""
    weekly = WeeklyHours.from_json(data)
    if weekly.always:
        return "24x7"
    parts: list[str] = []
    run: list[str] = []
    for day in (*WEEKDAYS, None):
        span = weekly.days.get(day) if day else None
        if run and (span is None or span != weekly.days[run[0]]):
            head = weekly.days[run[0]]
            label = run[0].capitalize() + (f"-{run[-1].capitalize()}" if len(run) > 1 else "")
            parts.append(f"{label} {head.start}-{head.end}")
            run = []
        if day and span is not None:
            run.append(day)
    return "; ".join(parts)


def neutralised(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


FORMULA_FIRST = frozenset(c[0] for c in FORMULA_START)


def csv_value(value: Any) -> Any:
    """A value as a CSV cell holds it: plain (see plain_value) and inert (see neutralised)."""
    kind = type(value)
    if kind is str:  # the common cases first: an export writes millions of cells
        return "'" + value if value and value[0] in FORMULA_FIRST else value
    if value is None or kind is int or kind is float:
        return value
    return neutralised(plain_value(value))


def plain_value(value: Any) -> Any:
    """A value a CSV or XLSX writer takes as it is: enums as their value, money as a number."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value) if value == value.quantize(Decimal("0.01")) else str(value)
    return value
