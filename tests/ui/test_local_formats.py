"""Dates, numbers, money and percentages in the user's locale: shown, and typed into fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from language_helpers import speaking
from PySide6.QtCore import QLocale

from itsm_desktop.domain.enums import ChargeModel
from itsm_desktop.services import catalog
from itsm_desktop.ui.catalog.page import CatalogPage
from itsm_desktop.ui.common.local_formats import (
    NumberNotUnderstood,
    parse_date,
    parse_decimal,
    parse_percent,
    show_date,
    show_datetime,
    show_money,
    show_percent,
    show_whole,
)
from itsm_desktop.ui.common.table_model import display_value
from itsm_desktop.ui.languages import locale_for
from itsm_desktop.ui.main_window import MainWindow

GERMAN, FRENCH, ENGLISH, BARE = QLocale("de_DE"), QLocale("fr_FR"), QLocale("en_US"), QLocale.c()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("1.250,50", GERMAN, "1250.50"), ("1 250,50", GERMAN, "1250.50"), ("1250,5", GERMAN, "1250.5"),
    ("1.250", GERMAN, "1250"), ("-12,5", GERMAN, "-12.5"),
    ("1 250,50", FRENCH, "1250.50"), ("1\u202f250,50", FRENCH, "1250.50"), ("1.250,50", FRENCH, "1250.50"),
    ("1,250.50", ENGLISH, "1250.50"), ("1250.5", ENGLISH, "1250.5"), ("1 250.50", ENGLISH, "1250.50"),
    ("1250.50", BARE, "1250.50"), ("0,5", GERMAN, "0.5"), (",5", GERMAN, "0.5"),
])
def test_numbers_are_read_as_the_locale_writes_them(text: str, locale: QLocale, value: str) -> None:
    assert parse_decimal(text, locale) == Decimal(value)


@pytest.mark.parametrize(("text", "locale"), [
    ("1,250.50", GERMAN), ("1250.50", GERMAN), ("12.5", GERMAN), ("1,250.50", FRENCH),
    ("1.250,50", ENGLISH), ("1250,50", ENGLISH), ("1,5", ENGLISH),
])
def test_a_number_in_the_other_convention_is_refused_not_misread(text: str, locale: QLocale) -> None:
    with pytest.raises(NumberNotUnderstood, match="another number format"):
        parse_decimal(text, locale)


@pytest.mark.parametrize("text", ["twelve", "", "1,2,3", "12..5", "-", "1e5"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(NumberNotUnderstood, match="is not a number"):
        parse_decimal(text, GERMAN)


def test_values_are_shown_as_the_locale_writes_them() -> None:
    amount = Decimal("1450.00")
    assert show_money(amount, "EUR", GERMAN) == "1.450,00\u00a0EUR"
    assert show_money(amount, "EUR", FRENCH) == "1\u202f450,00\u00a0EUR"
    assert show_money(amount, "EUR", ENGLISH) == "1,450.00\u00a0EUR"
    assert show_money(Decimal("12345678901.23"), "", GERMAN) == "12.345.678.901,23"  # exact, no float
    assert show_percent(99.95, GERMAN) == "99,95\u202f%"
    assert show_percent(Decimal("12.5"), ENGLISH) == "12.5 %"
    assert parse_percent("12,5 %", GERMAN) == Decimal("12.5")
    assert show_whole(12345, FRENCH) == "12\u202f345"
    day = date(2026, 7, 1)
    assert show_date(day, GERMAN) == "01.07.2026"
    assert show_date(day, FRENCH) == "01/07/2026"
    assert show_date(day, ENGLISH) == "7/1/2026"
    assert show_date(day, BARE) == "2026-07-01"
    assert show_datetime(datetime(2026, 7, 1, 14, 5), GERMAN) == "01.07.2026 14:05"


def test_dates_are_read_in_the_locale_or_as_iso_dates() -> None:
    assert parse_date("01.07.2026", GERMAN) == date(2026, 7, 1)
    assert parse_date("1.7.26", GERMAN) == date(2026, 7, 1)
    assert parse_date("01/07/2026", FRENCH) == date(2026, 7, 1)
    assert parse_date("2026-07-01", FRENCH) == date(2026, 7, 1)
    assert parse_date("31.02.2026", GERMAN) is None
    assert parse_date("01.07.2026", BARE) is None


def test_the_locale_follows_the_system_where_it_speaks_the_language() -> None:
    assert locale_for("de", QLocale("de_CH")).name() == "de_CH"  # the Swiss keep 1'250.50
    assert locale_for("de", QLocale("en_GB")).name() == "de_DE"
    assert locale_for("fr", QLocale("de_DE")).name() == "fr_FR"
    assert locale_for("xx", QLocale("de_DE")).name() == "en_US"


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_lists_show_dates_and_amounts_in_the_locale(language: str) -> None:
    assert display_value(date(2026, 7, 1)) == {"de": "01.07.2026", "fr": "01/07/2026"}[language]
    assert display_value(Decimal("1250.5")) == {"de": "1.250,50", "fr": "1\u202f250,50"}[language]
    assert display_value(True) == {"de": "Ja", "fr": "Oui"}[language]


def _price_form(window: MainWindow, qtbot: Any, typed: str) -> CatalogPage:
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    window.window_actions.new.trigger()
    qtbot.keyClicks(page.editor.code, "MAIL")
    qtbot.keyClicks(page.editor.name, "Mail")
    page.editor.charge_model.set_value(ChargeModel.FIXED)
    qtbot.keyClicks(page.editor.price, typed)
    window.window_actions.save.trigger()
    return page


@pytest.mark.parametrize(("language", "typed"), [("de", "1.250,50"), ("de", "1 250,50"), ("fr", "1 250,50")],
                         indirect=["language"])
def test_a_price_typed_in_the_locale_is_saved_as_meant(language: str, typed: str, make_window: Any,
                                                        db: Any, qtbot: Any) -> None:
    page = _price_form(make_window(db), qtbot, typed)
    assert page.editor.errors.text("price") == ""
    stored = catalog.find_service_by_code(db, "MAIL")
    assert stored is not None and stored.price == Decimal("1250.50")
    assert page.editor.price.text() == {"de": "1.250,50", "fr": "1\u202f250,50"}[language]


@pytest.mark.parametrize(("language", "typed"), [("de", "1,250.50"), ("fr", "1,250.50"), ("de", "1250.50")],
                         indirect=["language"])
def test_a_price_in_the_wrong_convention_gets_a_field_message(language: str, typed: str, make_window: Any,
                                                               db: Any, qtbot: Any) -> None:
    page = _price_form(make_window(db), qtbot, typed)
    message = page.editor.errors.text("price")
    assert message == {
        "de": f"„{typed}“ ist in einem anderen Zahlenformat geschrieben; schreiben Sie hier z. B. 1.250,50.",
        "fr": f"« {typed} » est écrit dans un autre format de nombre ; écrivez-le ici comme 1\u202f250,50.",
    }[language]
    assert catalog.find_service_by_code(db, "MAIL") is None  # nothing saved, nothing changed
    assert page.editor.price.text() == typed
