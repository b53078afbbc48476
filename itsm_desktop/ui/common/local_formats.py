"""Dates, numbers, money and percentages as the user's locale writes them, shown and typed.

The locale is Qt's default (``QLocale()``), set at start from the language of the screens
(``languages.apply_locale``). Without any locale (the "C" locale of a bare system) numbers
are grouped the English way and dates read as ISO dates (2026-07-01), which no reader
misreads.

Amounts stay exact: a ``Decimal`` is written digit by digit with the locale's separators,
never through a float. Reading a typed number is strict: a number written in another
convention ("1,250.50" where a German writes "1.250,50") is refused with a sentence saying
how to write it here, never read as a different value.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from .translate import tr

ISO_DATE = "yyyy-MM-dd"
SPACES = (" ", "\u00a0", "\u202f", "'", "\u2019")  # typed or shown between groups of digits
_EXAMPLE = Decimal("1250.50")


def _bare(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def number_locale(locale: QLocale | None = None) -> QLocale:
    """The locale numbers are written in: the given (or default) one; English for "C"."""
    locale = locale if locale is not None else QLocale()
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) if _bare(locale) else locale


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy``); ISO for "C"."""
    locale = locale if locale is not None else QLocale()
    if _bare(locale):
        return ISO_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def show_date(value: date | None, locale: QLocale | None = None) -> str:
    """``01.07.2026`` in German, ``01/07/2026`` in French; "" for no date."""
    if value is None:
        return ""
    locale = locale if locale is not None else QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A typed date in the locale's short format (4- or 2-digit year) or as an ISO date;
    None when it is not one."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale if locale is not None else QLocale()
    if _bare(locale):
        return None
    for written in (date_format(locale), locale.dateFormat(QLocale.FormatType.ShortFormat)):
        pattern = written.replace("dd", "d").replace("MM", "M")  # "d" reads one or two digits
        parsed = locale.toDate(text, pattern)
        if parsed.isValid():
            year = parsed.year() + (100 if parsed.year() < 1950 and "yyyy" not in pattern else 0)
            return date(year, parsed.month(), parsed.day())
    return None


def show_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """A moment in local time: ``01.07.2026 14:05``; "" for none."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    locale = locale if locale is not None else QLocale()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{date_format(locale)} HH:mm")


def day_name(index: int, locale: QLocale | None = None) -> str:
    """The name of a day of the week (0 for Monday) as the locale writes it standing alone,
    with a capital as a label has it: "Montag", "Lundi", "Monday"."""
    name = (locale or QLocale()).standaloneDayName(index + 1, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def show_whole(value: int, locale: QLocale | None = None) -> str:
    """A count with the locale's grouping: ``12.345`` in German, ``12 345`` in French."""
    return show_decimal(Decimal(value), 0, locale)


def show_decimal(value: Decimal | float, decimals: int = 2, locale: QLocale | None = None) -> str:
    """``value`` rounded to ``decimals`` places, in the locale's digits grouping and decimal
    point (exact for a ``Decimal``: no float on the way)."""
    numbers = number_locale(locale)
    english = f"{Decimal(str(value)) if isinstance(value, float) else value:,.{decimals}f}"
    group, point = numbers.groupSeparator(), numbers.decimalPoint()
    return english.replace(",", "\0").replace(".", point).replace("\0", group)


def show_number(value: float | Decimal, locale: QLocale | None = None) -> str:
    """A measured or target value: as many decimals as it has (at most six), none for whole."""
    exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    places = max(0, min(6, -exact.normalize().as_tuple().exponent))  # type: ignore[operator]
    return show_decimal(exact, places, locale)


def show_money(amount: Decimal | None, currency: str = "", locale: QLocale | None = None) -> str:
    """``1.450,00 EUR`` in German, ``1 450,00 EUR`` in French, ``1,450.00 EUR`` in English."""
    if amount is None:
        return ""
    number = show_decimal(amount, 2, locale)
    return f"{number}\u00a0{currency}" if currency else number


def show_percent(value: float | Decimal | None, locale: QLocale | None = None) -> str:
    """``99,9 %`` in German and French (a narrow space before the sign), ``99.9 %`` in English
    as the agreements print it."""
    if value is None:
        return ""
    number = show_number(value, locale)
    numbers = number_locale(locale)
    space = " " if numbers.language() == QLocale.Language.English else "\u202f"
    return f"{number}{space}%"


class NumberNotUnderstood(ValueError):
    """A typed number that is not one in the user's locale; the message says how to write it."""


def _read(core: str, point: str, group: str) -> tuple[str, str] | None:
    """(whole digits, decimals) of ``core`` written with ``point`` and ``group``; None if it
    is no number written so (groups of three digits only)."""
    whole, _, fraction = core.partition(point)
    if not (whole or fraction) or not re.fullmatch(r"\d*", fraction):
        return None
    if group in whole:
        if not re.fullmatch(rf"\d{{1,3}}(\{group}\d{{3}})+", whole):
            return None
        whole = whole.replace(group, "")
    return (whole, fraction) if re.fullmatch(r"\d*", whole) else None


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal:
    """The number typed in ``text`` as the locale writes numbers ("1.250,50" or "1 250,50" in
    German, "1,250.50" in English; spaces may always group the digits).

    Raises ``NumberNotUnderstood`` with a sentence for the field when the text is no number,
    or is written in another convention (so "1,250.50" is never read as 1.25 in German).
    """
    numbers = number_locale(locale)
    point = numbers.decimalPoint()
    other = "," if point == "." else "."  # groups digits where it is not the point
    core = text.strip()
    for space in SPACES:
        core = core.replace(space, "")
    sign = ""
    if core[:1] in ("-", "\u2212", numbers.negativeSign()):
        sign, core = "-", core[1:]
    read = _read(core, point, other)
    if read is None:
        example = show_decimal(_EXAMPLE, 2, numbers)
        if _read(core, other, point) is not None:
            raise NumberNotUnderstood(tr("“{text}” is written in another number format; here write it like "
                                         "{example}.").format(text=text.strip(), example=example))
        raise NumberNotUnderstood(tr("“{text}” is not a number; write it like {example}.").format(
            text=text.strip(), example=example))
    whole, fraction = read
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")


def parse_percent(text: str, locale: QLocale | None = None) -> Decimal:
    """A typed percentage ("12,5 %", "12.5%" in English); as ``parse_decimal``."""
    return parse_decimal(text.replace("%", ""), locale)
