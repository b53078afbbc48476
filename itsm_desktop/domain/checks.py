"""The checks every rule is made of: text, numbers, ids, and the kind of value in each field.

Each check adds one sentence for a field key to a problems dict (the first problem found for
a key wins). ``shape_problems`` walks a whole form by its type hints, so that a value of the
wrong kind (a set where a number belongs, a string for a date, an id beyond what a database
can hold) is refused with a sentence before any other rule or the database sees it.
"""

from __future__ import annotations

import math
import re
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache, lru_cache
from typing import Any, Union

from .translatable import translatable

Problems = dict[str, str]

NAME_MAX = 200
LINE_MAX = 300
TEXT_MAX = 200_000
WHOLE_MAX = 10**9
"""Bound of positions and counts: far beyond any real value, well inside a database integer."""
ID_MAX = 2**63 - 1
"""The largest id a database integer holds (SQLite's INTEGER, PostgreSQL's BIGINT)."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # half a character: cannot be stored as UTF-8


def check_text(problems: Problems, key: str, value: str, *, label: str, required: bool = False,
               max_length: int = TEXT_MAX, single_line: bool = False) -> None:
    """Add a message for ``key`` if the text is missing, too long or has control characters."""
    if not isinstance(value, str):
        problems.setdefault(key, translatable("{label} must be text.", label=label))
        return
    if required and not value.strip():
        problems.setdefault(key, translatable("{label} is required.", label=label))
        return
    if len(value) > max_length:
        problems.setdefault(key, translatable("{label} is too long (at most {limit:,} characters).",
                                               label=label, limit=max_length))
    elif _CONTROL.search(value):
        problems.setdefault(key, translatable("{label} contains control characters; remove them.", label=label))
    elif _SURROGATE.search(value):
        problems.setdefault(key, translatable("{label} contains characters that cannot be stored; remove them.",
                                               label=label))
    elif single_line and _LINE_BREAK.search(value):
        problems.setdefault(key, translatable("{label} must fit on one line.", label=label))


def finite(value: Any) -> bool:
    """Whether ``value`` is a finite number (an integer too large for a float is not)."""
    if isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except (OverflowError, TypeError):
        return False


def check_number(problems: Problems, key: str, value: float | None, *, label: str,
                 low: float | None = None, high: float | None = None,
                 positive: bool = False) -> None:
    if value is None:
        return
    if not finite(value):
        problems.setdefault(key, translatable("{label} must be a number.", label=label))
    elif positive and value <= 0:
        problems.setdefault(key, translatable("{label} must be greater than zero.", label=label))
    elif low is not None and value < low or high is not None and value > high:
        problems.setdefault(key, translatable("{label} must be between {low:g} and {high:g}.",
                                               label=label, low=low, high=high))


def check_whole_number(problems: Problems, key: str, value: int | None, *, label: str,
                       low: int = -WHOLE_MAX, high: int = WHOLE_MAX) -> None:
    """Add a message for ``key`` unless the value is a whole number within ``low`` … ``high``."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        problems.setdefault(key, translatable("{label} must be a whole number.", label=label))
    elif not low <= value <= high:
        problems.setdefault(key, translatable("{label} must be between {low:,} and {high:,}.",
                                               label=label, low=low, high=high))


def valid_id(value: Any) -> bool:
    """Whether ``value`` can be the id of a stored record."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= ID_MAX


def check_id(problems: Problems, key: str, value: Any) -> None:
    """Add a message for ``key`` unless ``value`` is None or can be a record's id."""
    if value is not None and not valid_id(value):
        problems.setdefault(key, translatable("{value} is not the id of a record: ids are whole numbers "
                                              "from 1 to {high:,}.", value=_shown(value), high=ID_MAX))


def _shown(value: Any) -> str:
    text = repr(value)
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"


# --- the kind of value in each field ---------------------------------------------------------


def shape_problems(form: Any, prefix: str = "") -> Problems:
    """A message for every field of the form (and of its rows) holding the wrong kind of value.

    Fields named ``id``, ``…_id``, ``…_ids`` and ``depends_on`` hold record ids.
    """
    problems: Problems = {}
    for shape in _shapes(type(form)):  # type: ignore[arg-type]  # every dataclass type is hashable
        _check_kind(problems, f"{prefix}{shape.name}", getattr(form, shape.name), shape)
    return problems


@dataclass(frozen=True)
class _Shape:
    """A field's type hint taken apart once per form type: an import checks thousands of rows."""

    name: str
    hint: Any  # without its ``| None``
    origin: Any
    args: tuple[Any, ...]
    optional: bool
    is_id: bool
    item: _Shape | None = None  # a list's items, unless they are rows (dataclasses)


def _shape(name: str, hint: Any, *, is_id: bool) -> _Shape:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    optional = False
    if origin in (Union, types.UnionType):
        optional = type(None) in args
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    item = None
    if origin is list and not (isinstance(args[0], type) and is_dataclass(args[0])):
        item = _shape(name, args[0], is_id=is_id)
    return _Shape(name, hint, origin, args, optional, is_id, item)


@cache
def _shapes(form_type: type) -> tuple[_Shape, ...]:
    hints = typing.get_type_hints(form_type)
    return tuple(_shape(f.name, hints[f.name], is_id=f.name == "id" or f.name.endswith(("_id", "_ids"))
                        or f.name == "depends_on") for f in fields(form_type))


@lru_cache(maxsize=4096)
def _label(key: str) -> str:
    name = key.rsplit(".", 1)[-1].replace("_", " ")
    return name[:1].upper() + name[1:]


def _check_kind(problems: Problems, key: str, value: Any, shape: _Shape) -> None:
    if value is None and shape.optional:
        return
    hint, origin, args, is_id = shape.hint, shape.origin, shape.args, shape.is_id
    label = _label(key)
    if value is None and not is_id:
        problems.setdefault(key, translatable("{label} must be given.", label=label))
        return
    if origin is list:
        if not isinstance(value, list):
            problems.setdefault(key, translatable("{label} must be a list.", label=label))
            return
        row_type = args[0]
        for i, item in enumerate(value):
            if isinstance(row_type, type) and is_dataclass(row_type):
                if not isinstance(item, row_type):
                    problems.setdefault(f"{key}.{i}", translatable("{label}: row {row} is not a row of this list.",
                                                                    label=label, row=i + 1))
                else:
                    for k, message in shape_problems(item, f"{key}.{i}.").items():
                        problems.setdefault(k, message)
            else:
                assert shape.item is not None
                _check_kind(problems, key, item, shape.item)
        return
    if origin is dict:
        if not isinstance(value, dict):
            problems.setdefault(key, translatable("{label} must be a structure of named values.", label=label))
        return  # what a structure may hold is the rule of its own field
    if is_id:
        if value is None:
            problems.setdefault(key, translatable("Choose a record."))
        else:
            check_id(problems, key, value)
    elif isinstance(hint, type) and issubclass(hint, Enum):
        if not isinstance(value, hint):
            choices = ", ".join(str(m.value) for m in hint)
            problems.setdefault(key, translatable("{label} must be one of: {choices}.", label=label, choices=choices))
    elif hint is bool:
        if not isinstance(value, bool):
            problems.setdefault(key, translatable("{label} must be yes or no.", label=label))
    elif hint is int:
        check_whole_number(problems, key, value, label=label, low=-ID_MAX, high=ID_MAX)
    elif hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.setdefault(key, translatable("{label} must be a number.", label=label))
    elif hint is Decimal:
        if not isinstance(value, Decimal):
            problems.setdefault(key, translatable("{label} must be an exact amount.", label=label))
    elif hint is date:
        if not isinstance(value, date) or isinstance(value, datetime):
            problems.setdefault(key, translatable("{label} must be a date.", label=label))
    elif hint is str and not isinstance(value, str):
        problems.setdefault(key, translatable("{label} must be text.", label=label))
