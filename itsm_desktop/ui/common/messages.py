"""Sentences made below the ui layer, said in the language and locale of the screens.

Rules, conflicts and integrity checks build ``Message`` sentences (``domain.translatable``):
English text that keeps its template and values. Here the template is translated, its values
written in the user's locale (numbers, dates) and marked words among them translated too; a
plain string (user text, or a message nobody marked) is shown as it is.
"""

from __future__ import annotations

import string
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.translatable import Days, Message, Quantity, Weekday, Word

from .local_formats import day_name, show_date, show_datetime, show_number, show_whole
from .translate import counted_noun, tr


class _Formatter(string.Formatter):
    """Fills a translated template with values already written for the locale: a format
    specification of the English template ("{limit:,}") is for the English number only."""

    def format_field(self, value: Any, format_spec: str) -> str:
        return value if isinstance(value, str) else super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def _local(value: Any) -> Any:
    if isinstance(value, Message):
        return say(value)
    if isinstance(value, Days):
        return tr("%Ln day(s)", "", int(value))
    if isinstance(value, Weekday):
        return day_name(value.position)
    if isinstance(value, Quantity):
        noun = counted_noun(value.number, value.one, value.other)
        return f"{show_number(value.number)}\u00a0{noun}"
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | date):
        return value
    if isinstance(value, int):
        return show_whole(value)
    if isinstance(value, datetime):
        return show_datetime(value)
    if isinstance(value, date):
        return show_date(value)
    return show_number(value)


def say(text: str) -> str:
    """``text`` in the screens' language when it is a marked sentence; else as it is."""
    if not isinstance(text, Message):
        return text
    if isinstance(text, Word):
        return tr(text)
    template = tr(text.template)
    try:
        return _FORMATTER.vformat(template, (), {key: _local(v) for key, v in text.values.items()})
    except (KeyError, IndexError, ValueError):  # a catalogue that broke a placeholder: say it in English
        return str(text)


def say_error(error: BaseException) -> str:
    """The sentence of an error for a message box or a status line, in the screens' language."""
    if isinstance(error, ValidationError) and error.fields:
        return "; ".join(say(message) for message in error.fields.values())
    first = error.args[0] if error.args else None
    return say(first) if isinstance(first, Message) else str(error)
