"""Turning user text into safe Paragraph markup, and formatting dates, numbers and money.

Everything a user typed is cleaned (control characters removed, line breaks normalised) and
escaped before it reaches reportlab's mini-markup, so ``<b>``, ``&amp;`` or ``</para>`` print
literally instead of being interpreted.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from itsm_desktop.documents import language
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.translatable import Message, Quantity, Weekday, Word

# C0/C1 controls except tab and newline, lone surrogates (they cannot be encoded) and the two
# non-characters U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[ \t]+")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]\s+)")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def clean(text: str | None) -> str:
    """Remove control characters; keep line breaks as ``\\n`` and turn tabs into spaces."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():  # most values: nothing to remove
        return text
    text = _BREAKS.sub("\n", text)
    text = _UNPRINTABLE.sub("", text)
    return text.replace("\t", " ")


def clean_line(text: str | None) -> str:
    """Clean text meant for one line (a name, a title, metadata): line breaks become spaces."""
    if text and text.isascii() and text.isprintable():  # spaces are its only white space
        return " ".join(text.split())
    return _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()


def _markup(text: str) -> str:
    """Escaped markup; characters the main font lacks are set in the fallback font."""
    text = escape(text)
    if text.isascii():
        return text
    # Imported here: the rest of this module (used to build snapshots) needs no reportlab.
    from itsm_desktop.documents.fonts import with_fallback

    return with_fallback(text)


def inline(text: str | None) -> str:
    """Markup for a one-line value: cleaned, on one line, escaped."""
    return _markup(clean_line(text))


def multiline(text: str | None) -> str:
    """Markup for a short value whose line breaks are kept (``<br/>``), e.g. an address."""
    lines = [_markup(_SPACES.sub(" ", line).strip()) for line in clean(text).split("\n")]
    return "<br/>".join(line for line in lines if line)


def blocks(text: str | None) -> list[tuple[bool, str]]:
    """Split text into paragraphs, one per non-empty line, as ``(is_bullet, markup)``.

    A line starting with ``-``, ``*`` or ``•`` followed by a space is a bullet item; the
    marker itself is dropped (the stylesheet draws its own bullet).
    """
    out: list[tuple[bool, str]] = []
    for line in clean(text).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        bullet = _BULLET.match(line)
        if bullet:
            line = line[bullet.end() :].strip()
            if not line:
                continue
        out.append((bullet is not None, _markup(line)))
    return out


def has_text(text: str | None) -> bool:
    """Whether the text holds anything printable."""
    return bool(clean(text).strip())


def join_names(names: Iterable[str], conjunction: str | None = None) -> str:
    """``a``, ``a and b``, ``a, b and c`` (plain text; escape afterwards), with the
    document language's "and" unless told another word."""
    items = [n for n in (clean_line(x) for x in names) if n]
    if len(items) <= 1:
        return "".join(items)
    conjunction = conjunction or language._("and")

    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text shortened with an ellipsis so that it fits ``width`` points on one line."""
    # Imported here: the rest of this module (used to build snapshots) needs no reportlab.
    from itsm_desktop.documents.fonts import string_width as stringWidth

    text = clean_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    # Characters are at least ~0.25 em wide; never measure more than can fit.
    text = text[: max(1, int(width / (size * 0.25)) + 1)]
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def format_date(value: date | datetime | None) -> str:
    """``3 March 2026`` (``3 March 2026, 14:05`` for a datetime) in the document's language
    (``1. Juli 2026``, ``1 juillet 2026``); empty for None."""
    if value is None:
        return ""
    if language.current().language is not DocumentLanguage.ENGLISH:
        text = language.long_date(value)
    else:  # Babel's English is American ("July 1, 2026"); our English is British
        text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, datetime):
        text += f", {value:%H:%M}"
    return text


def format_number(value: float | Decimal) -> str:
    """A number without needless decimals in the document's language: ``99.5``, ``30``,
    ``1,000``, ``99.95`` (``99,95`` and ``1.000`` in German)."""
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return str(number)
    if language.current().language is not DocumentLanguage.ENGLISH:
        whole = abs(number - round(number)) < 1e-9
        return language.decimal_text(round(number) if whole else round(number, 3), decimals=0 if whole else 3)
    if abs(number - round(number)) < 1e-9:
        return f"{round(number):,}"
    return f"{number:,.3f}".rstrip("0").rstrip(".")


def format_money(amount: Decimal | None, currency: str) -> str:
    """``EUR 1,250.00`` in English, ``1.450,00 €`` in German, ``1 450,00 €`` in French;
    empty when there is no amount."""
    if amount is None:
        return ""
    if not amount.is_finite():
        return clean_line(currency)
    if language.current().language is DocumentLanguage.ENGLISH:
        return f"{clean_line(currency)} {amount:,.2f}".strip()
    return language.money_text(amount, clean_line(currency))


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``1 service``, ``3 services`` (English: the wording translates whole sentences with
    ``language.ngettext``)."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def percent(value: float | Decimal) -> str:
    """``99.5 %`` (``99,5 %`` in German and French, with a no-break space)."""
    return f"{format_number(value)}\u00a0%"


class _Filler(string.Formatter):
    """Fills a translated template with values already written for the language: a format
    specification of the English template is for the English number only."""

    def format_field(self, value: object, format_spec: str) -> str:
        return value if isinstance(value, str) else super().format_field(value, format_spec)


_FILLER = _Filler()


def said(text: str) -> str:
    """A sentence marked below the documents (``domain.translatable``: a margin, a reason) in
    the document's language, its numbers written for it; a plain string as it is."""
    if isinstance(text, Weekday):
        from babel.dates import get_day_names

        name = str(get_day_names("wide", context="stand-alone", locale=language.current().locale)[text.position])
        return name[:1].upper() + name[1:]
    if isinstance(text, Quantity):
        noun = text.one if language.takes_singular(text.number) else text.other
        return f"{format_number(text.number)}\u00a0{language._(noun)}"
    if not isinstance(text, Message):
        return text
    if isinstance(text, Word):
        return language._(text)
    values = {key: _said_value(value) for key, value in text.values.items()}
    try:
        return _FILLER.vformat(language._(text.template), (), values)
    except (KeyError, IndexError, ValueError):  # a catalogue that broke a placeholder: English
        return str(text)


def _said_value(value: object) -> object:
    if isinstance(value, str):
        return said(value)
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    return format_number(value)
