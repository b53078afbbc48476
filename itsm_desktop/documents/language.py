"""The language a document prints in: its wording from GNU gettext catalogues, its dates,
numbers and money formatted by Babel for that language.

A renderer speaks the language of its snapshot for the whole of its work (``speaking``); the
document modules look their sentences up with ``_`` (``ngettext`` for counts) and mark the
tables of words they define at import with ``N_``, translating them where they print them.
The catalogues (``.po`` in the repository, ``.mo`` in the package) are made and checked by
``packaging/document_translations.py``. Qt is never loaded here.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from itsm_desktop.domain.languages import DocumentLanguage

if TYPE_CHECKING:
    from babel import Locale

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations" / "documents"
"""``<language>/LC_MESSAGES/documents.mo`` for each language but English (the source)."""
DOMAIN = "documents"

LOCALES = {
    DocumentLanguage.ENGLISH: "en_GB",
    DocumentLanguage.GERMAN: "de_DE",
    DocumentLanguage.FRENCH: "fr_FR",
}
"""The Babel locale each language formats dates and numbers in (day before month in English)."""


@dataclass(frozen=True, slots=True)
class Wording:
    """One language's catalogue and locale."""

    language: DocumentLanguage
    catalogue: gettext.NullTranslations

    @property
    def locale(self) -> str:
        return LOCALES[self.language]


@cache
def wording(language: DocumentLanguage | str) -> Wording:
    """The wording of ``language`` (a missing catalogue prints English, never a key)."""
    language = DocumentLanguage.parse(language)
    catalogue: gettext.NullTranslations = gettext.NullTranslations()
    if language is not DocumentLanguage.ENGLISH:
        path = CATALOGUES / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            with path.open("rb") as file:
                catalogue = gettext.GNUTranslations(file)
    return Wording(language, catalogue)


_current: ContextVar[Wording | None] = ContextVar("document_wording", default=None)


def current() -> Wording:
    """The wording in force (English outside ``speaking``)."""
    return _current.get() or wording(DocumentLanguage.ENGLISH)


@contextmanager
def speaking(language: DocumentLanguage | str) -> Iterator[Wording]:
    """Everything inside looks its words up, and formats, in ``language``."""
    token = _current.set(wording(language))
    try:
        yield current()
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """``message`` in the current document language (a text nobody catalogued, such as a
    user's own, stays as it is)."""
    return current().catalogue.gettext(message) if message else message



def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence for ``count`` in the current language."""
    return current().catalogue.ngettext(singular, plural, count)


def plural_count(value: float) -> int:
    """The count to look up the form of a measured ``value`` with (``ngettext``): the value
    itself when whole; for a fraction, by the language's rule for it ("1,5 heure" in French,
    "1.5 hours", "1,5 Stunden")."""
    if float(value).is_integer():
        return int(value)
    return 1 if takes_singular(value) else 2


def takes_singular(value: float) -> bool:
    """Whether a noun counted ``value`` times is in the singular in the current language (its
    CLDR plural rule: 0, 1 and 1.5 in French; only 1 in English and German)."""
    return _plural_rule(current().locale).plural_form(abs(value)) == "one"


@cache
def _plural_rule(locale: str) -> Locale:
    from babel import Locale

    return Locale.parse(locale)


def pgettext(context: str, message: str) -> str:
    """``message`` where one English word has two meanings (``pgettext("report section",
    "Summary")`` beside a table's "Summary" of a service)."""
    return current().catalogue.pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for a marker
    """Mark ``message`` for the catalogue; translated later where it prints."""
    return message


def label(member: StrEnum) -> str:
    """An enumeration's label (``Live``, ``Service level agreement``) in the current language."""
    return _(str(getattr(member, "label", member)))


# -- formats -------------------------------------------------------------------------------


def long_date(value: date) -> str:
    """``1 July 2026``, ``1. Juli 2026``, ``1 juillet 2026``."""
    from babel.dates import format_date

    return format_date(value, format="long", locale=current().locale)


def time_of_day(value: datetime) -> str:
    """``14:05`` in every language of ours."""
    from babel.dates import format_time

    return format_time(value, format="HH:mm", locale=current().locale)


def decimal_text(value: float | Decimal, *, decimals: int = 3) -> str:
    """A number with the language's separators and no needless decimals: ``1.234,5``."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=current().locale)


def money_text(amount: Decimal, currency: str) -> str:
    """``€1,450.00``, ``1.450,00 €``, ``1 450,00 €`` (Babel's narrow no-break space in French:
    the French rule); a currency Babel does not know is written after the amount."""
    from babel.numbers import UnknownCurrencyError, format_currency, format_decimal

    code = currency.strip().upper()
    if len(code) == 3 and code.isalpha():
        try:
            return format_currency(amount, code, locale=current().locale)
        except UnknownCurrencyError:
            pass
    number = format_decimal(amount, format="#,##0.00", locale=current().locale)
    return f"{number} {currency.strip()}".strip()


def percent_sign() -> str:
    """What separates a number from ``%``: a no-break space in German and French."""
    return "" if current().language is DocumentLanguage.ENGLISH else "\u00a0"


def in_sentence(word: str) -> str:
    """A label as it reads inside a sentence: lower case, except German nouns."""
    return word if current().language is DocumentLanguage.GERMAN else word.lower()


def colon() -> str:
    """``:`` after a word; French sets a narrow no-break space before it."""
    return "\u202f:" if current().language is DocumentLanguage.FRENCH else ":"
