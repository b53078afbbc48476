"""A translation marker for strings defined apart from where they are shown.

Below the ui layer Qt cannot be imported; in the ui layer, tables of labels (headings, steps,
page titles) are marked the same way, as Qt's own ``QT_TR_NOOP`` is typed as returning object.

``translatable("Internal unit")`` returns its argument unchanged; ``pyside6-lupdate`` is told
(``-tr-function-alias QT_TR_NOOP+=translatable``) to extract it like ``QT_TR_NOOP``, and the
screens translate the string where they show it (``ui.common.translate.tr``).

A sentence with values — a rule's message, a conflict — is marked with its named placeholders
and the values: ``translatable("{label} is required.", label=translatable("Name"))`` is a
``Message``, a ``str`` that reads in English (the command line, logs and tests read it so) and
keeps its template and values, so that the screens can say it in their language
(``ui.common.translate.say``). A value that is itself a marked word is translated with it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


class Message(str):
    """A sentence in English that remembers its template and values for the screens."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any] | None = None) -> Message:
        values = dict(values or {})
        english = template.format(**values) if values else template
        message = super().__new__(cls, english)
        message.template, message.values = template, values
        return message


def translatable(text: str, **values: Any) -> str:
    """Mark ``text`` for the translators: the text itself, untranslated (with ``values``, a
    ``Message`` that reads as the filled-in English sentence)."""
    return Message(text, values) if values else Word(text)


def joined(parts: list[str], separator: str = ", ") -> Message:
    """Marked sentences side by side (``services (3), agreements (1)``): each said in the
    reader's language, the separator as it is in every language of ours."""
    template = separator.join(f"{{part{i}}}" for i in range(len(parts)))
    return Message(template, {f"part{i}": part for i, part in enumerate(parts)})


class Weekday(str):
    """A day of the week in a sentence: "Monday" in English; the screens and the documents
    name it as their locale does (QLocale's or Babel's names, "Montag", "lundi")."""

    position: int
    """0 for Monday … 6 for Sunday."""

    _ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

    def __new__(cls, position: int) -> Weekday:
        day = super().__new__(cls, cls._ENGLISH[position])
        day.position = position
        return day

    def __getnewargs__(self) -> tuple[int]:  # type: ignore[override]  # copies keep the position
        return (self.position,)


class Days(int):
    """A number of days in a sentence: "1 day", "5 days" in English; the screens say it in
    their language with its plural form."""

    def __format__(self, spec: str) -> str:
        return f"{int(self)} day" if self == 1 else f"{int(self)} days"


class Quantity(str):
    """A number with its noun in a sentence: "1 hour", "1.5 business days" in English; the
    screens and the documents say it in their language, the noun in the singular or plural its
    plural rule gives the number ("1,5 jour ouvré" in French). ``one`` and ``other`` are marked
    nouns (``translatable("hour")``, ``translatable("hours")``)."""

    number: float
    one: str
    other: str

    def __new__(cls, number: float, one: str, other: str) -> Quantity:
        english = str(int(number)) if float(number).is_integer() else f"{number:g}"  # 1500000, not 1.5e+06
        quantity = super().__new__(cls, f"{english} {one if number == 1 else other}")
        quantity.number, quantity.one, quantity.other = number, one, other
        return quantity

    def __getnewargs__(self) -> tuple[float, str, str]:  # type: ignore[override]  # copies keep the parts
        return self.number, self.one, self.other


class Word(Message):
    """A marked word or sentence without values ("Name", "Internal unit"): a value of a
    ``Message`` that is translated along with it."""

    def __new__(cls, text: str, values: dict[str, Any] | None = None) -> Word:
        return super().__new__(cls, text)  # type: ignore[return-value]


def message_data(text: str) -> dict[str, Any] | None:
    """A marked sentence as JSON-ready data (stored beside its English text, so that a
    history summary can be said in the reader's language); None for a plain string."""
    if not isinstance(text, Message):
        return None
    return {"template": text.template, "values": {key: _value_data(v) for key, v in text.values.items()}}


def _value_data(value: Any) -> Any:
    if isinstance(value, Word):
        return {"word": str(value)}
    if isinstance(value, Message):
        return {"message": message_data(value)}
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, date) and not isinstance(value, datetime):
        return {"date": value.isoformat()}
    return str(value)


def message_from_data(data: Any, english: str) -> str:
    """The sentence ``message_data`` stored, reading as ``english``; ``english`` itself when
    the data is missing or not of that shape (a summary written before sentences were kept)."""
    try:
        template, values = data["template"], data["values"]
        if not isinstance(template, str) or not isinstance(values, dict):
            return english
        message = Message(template, {key: _value_from_data(v) for key, v in values.items()}) if values \
            else Word(template)
    except (KeyError, TypeError, ValueError, IndexError):
        return english
    return message if message == english else english  # the stored text stays the authority


def _value_from_data(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("word"), str):
        return Word(value["word"])
    if isinstance(value, dict) and isinstance(value.get("date"), str):
        return date.fromisoformat(value["date"])
    if isinstance(value, dict) and "message" in value:
        inner = value["message"]
        english = Message(inner["template"], {k: _value_from_data(v) for k, v in inner["values"].items()})
        return english
    return value
