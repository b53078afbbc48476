"""Value objects: search folding, weekly hours, money, enum labels."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa

from itsm_desktop.domain.column_types import Money
from itsm_desktop.domain.enums import (
    AgreementKind,
    Metric,
    OrganizationKind,
    ServiceStatus,
    TargetUnit,
)
from itsm_desktop.domain.values import DayHours, WeeklyHours, fold, parse_money, search_blob


@pytest.mark.parametrize(("a", "b"), [
    ("Почта", "почта"),
    ("ПОЧТА", "почта"),
    ("Équipe", "equipe"),
    ("ÉQUIPE", "équipe"),
    ("Straße", "STRASSE"),
    ("Ελληνικά", "ΕΛΛΗΝΙΚΆ"),
    ("naïve café", "NAIVE CAFE"),
    ("ﬁle", "file"),
])
def test_fold_is_case_and_accent_insensitive(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_different_words_apart() -> None:
    assert fold("почта") != fold("почти")
    assert fold("") == fold(None) == ""
    assert fold("Équipe") == "equipe"


def test_search_blob_joins_folded_parts_and_skips_blanks() -> None:
    blob = search_blob("EMAIL", None, "", "Почта")
    assert blob == "email\x1fпочта"


def test_weekly_hours_office_and_describe() -> None:
    hours = WeeklyHours.office()
    assert set(hours.days) == {"mon", "tue", "wed", "thu", "fri"}
    assert hours.describe() == [("Monday – Friday", "08:00 – 18:00")]
    assert hours.summary() == "Monday – Friday 08:00 – 18:00"
    assert hours.problems() == []


def test_weekly_hours_describe_splits_runs() -> None:
    hours = WeeklyHours(days={"mon": DayHours("08:00", "17:00"), "tue": DayHours("08:00", "17:00"),
                              "thu": DayHours("08:00", "17:00"), "sat": DayHours("09:00", "12:00")})
    assert hours.describe() == [("Monday – Tuesday", "08:00 – 17:00"), ("Thursday", "08:00 – 17:00"),
                                ("Saturday", "09:00 – 12:00")]
    assert WeeklyHours(always=True).describe() == [("Every day", "24 hours (24×7)")]
    assert WeeklyHours().summary() == "No hours set"


def test_weekly_hours_from_json_ignores_unknown_days_and_empty_input() -> None:
    assert WeeklyHours.from_json(None) == WeeklyHours()
    assert WeeklyHours.from_json({}) == WeeklyHours()
    hours = WeeklyHours.from_json({"days": {"mon": ["08:00", "12:00"], "funday": ["1", "2"], "tue": None}})
    assert hours.days == {"mon": DayHours("08:00", "12:00")}


@pytest.mark.parametrize(("start", "end", "ok"), [
    ("08:00", "18:00", True), ("00:00", "24:00", True), ("18:00", "08:00", False),
    ("08:00", "08:00", False), ("8:00", "18:00", False), ("08:00", "25:00", False),
    ("24:00", "24:00", False), ("08:60", "09:00", False),
])
def test_weekly_hours_problems(start: str, end: str, ok: bool) -> None:
    assert (WeeklyHours(days={"fri": DayHours(start, end)}).problems() == []) is ok


def test_parse_time() -> None:
    assert WeeklyHours.parse_time("24:00").hour == 0
    assert WeeklyHours.parse_time("07:45").minute == 45


@pytest.mark.parametrize(("text", "value"), [
    ("1250.50", Decimal("1250.50")), ("1 250,5", Decimal("1250.5")), ("1'000", Decimal("1000")),
    ("\u00a012", Decimal("12")), ("0", Decimal("0")),
])
def test_parse_money(text: str, value: Decimal) -> None:
    assert parse_money(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "NaN", "Infinity", "1.2.3"])
def test_parse_money_refuses_non_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text)


def test_money_column_round_trips_exact_cents() -> None:
    engine = sa.create_engine("sqlite://")
    table = sa.Table("t", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("m", Money))
    table.create(engine)
    with engine.begin() as con:
        con.execute(table.insert(), [{"id": 1, "m": Decimal("19.999")}, {"id": 2, "m": Decimal("0.10")},
                                     {"id": 3, "m": None}])
        raw = con.execute(sa.text("SELECT m FROM t ORDER BY id")).scalars().all()
        back = con.execute(sa.select(table.c.m).order_by(table.c.id)).scalars().all()
    assert raw == [2000, 10, None]
    assert back == [Decimal("20.00"), Decimal("0.10"), None]


def test_enum_labels() -> None:
    assert OrganizationKind.INTERNAL.label == "Internal unit"
    assert ServiceStatus.IN_DESIGN.label == "In design"
    assert ServiceStatus.LIVE.label == "Live"
    assert AgreementKind.UC.label == "Underpinning contract"
    assert TargetUnit.PERCENT.label == "%"
    assert ("rto", "Recovery time objective (RTO)") in Metric.choices()
