"""A list exported from a team server says what the same list says from a local file: the
server's streamed rows come converted (amounts, JSON), a file's as stored."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from itsm_desktop.domain.enums import ChargeModel
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.services.exchange.exporter import export_list
from itsm_desktop.store import Database


def test_exported_services_keep_their_price_and_hours(db: Database, make, tmp_path: Path) -> None:
    hours = WeeklyHours.office("07:30", "18:30").to_json()
    make.service("MAIL", charge_model=ChargeModel.PER_USER, price=Decimal("6.50"), currency="EUR", hours=hours)
    make.service("WEB", charge_model=ChargeModel.PER_USER, price=Decimal("1200.00"), currency="EUR",
                 hours=hours)  # the same hours again: converted once, shown twice
    assert export_list(db, "services", tmp_path / "services.csv") == 2
    rows = list(csv.DictReader((tmp_path / "services.csv").read_text(encoding="utf-8-sig").splitlines()))
    by_code = {row["Code"]: row for row in rows}
    assert Decimal(by_code["MAIL"]["Price"]) == Decimal("6.50")
    assert Decimal(by_code["WEB"]["Price"]) == Decimal("1200.00")
    assert by_code["MAIL"]["Service hours"] == by_code["WEB"]["Service hours"] == "Mon-Fri 07:30-18:30"
