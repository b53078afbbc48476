"""Spreadsheets in and out on both backends: a team server's driver converts some columns
(money, JSON, enumerations) on the way that a local file hands over raw."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from itsm_desktop.services import catalog
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.exchange.commit import commit_import, undo_import
from itsm_desktop.services.exchange.exporter import WORKBOOK_KINDS, export_list
from itsm_desktop.services.exchange.importer import Action, preview_file
from itsm_desktop.services.exchange.kinds import SERVICES
from itsm_desktop.store import Database


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_exported_catalog_imports_back_unchanged(db: Database, tmp_path: Path, suffix: str) -> None:
    load_demo(db)
    for kind in WORKBOOK_KINDS:
        path = tmp_path / f"{kind.name}.{suffix}"
        export_list(db, kind.name, path)
        preview = preview_file(db, kind, path)
        assert preview.messages() == [], kind.name
        assert {r.action for r in preview.rows} == {Action.UNCHANGED}, kind.name


def test_prices_hours_and_parts_are_written_as_stored(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    export_list(db, "services", tmp_path / "services.csv")
    with (tmp_path / "services.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Code"]: row for row in csv.DictReader(handle)}
    email = catalog.find_service_by_code(db, "EMAIL")
    assert email is not None
    form = catalog.load_service(db, email.id).form
    assert form.price is not None and float(rows["EMAIL"]["Price"]) == float(form.price)
    assert rows["BACKUP"]["Service hours"] == "24x7"
    assert rows["BACKUP"]["Components"].splitlines()[0] == "Backup software and media servers | server"


def test_an_import_commits_and_undoes_in_one_step(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    path = tmp_path / "new.csv"
    path.write_text("Code;Name;Family;Owner;Price;Depends on\r\n"
                    "NEWB;New B;Backup & data protection;hannah.brooks@northwind.example;12,50;NEWA\r\n"
                    "NEWA;New A;;;;EMAIL\r\n", encoding="utf-8")
    preview = preview_file(db, SERVICES, path)
    assert preview.messages() == [] and [r.action for r in preview.rows] == [Action.CREATE, Action.CREATE]
    result = commit_import(db, preview)
    new_b, new_a = catalog.find_service_by_code(db, "NEWB"), catalog.find_service_by_code(db, "NEWA")
    assert new_b is not None and new_a is not None
    form = catalog.load_service(db, new_b.id).form
    assert (str(form.price), form.depends_on) == ("12.50", [new_a.id])
    undo_import(db, result)
    assert catalog.find_service_by_code(db, "NEWB") is None and catalog.find_service_by_code(db, "NEWA") is None
