"""Exporting lists to CSV and XLSX: every list, the search and order shown, inert formulas."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from itsm_desktop.domain.enums import OrganizationKind
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.exchange.exporter import (
    EXPORT_KINDS,
    ListQuery,
    export_list,
    export_workbook,
)
from itsm_desktop.services.exchange.importer import Action, preview_file
from itsm_desktop.services.exchange.kinds import KINDS
from itsm_desktop.services.exchange.sources import read_table
from itsm_desktop.services.listing import SERVICES
from itsm_desktop.store import Database


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read accents right
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def read_xlsx(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [list(r) for r in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_every_list_exports_to_csv_and_xlsx_alike(demo: Database, tmp_path: Path, kind: str) -> None:
    csv_rows = read_csv(tmp_path / "out.csv") if export_list(demo, kind, tmp_path / "out.csv") else []
    count = export_list(demo, kind, tmp_path / "out.xlsx")
    xlsx_rows = read_xlsx(tmp_path / "out.xlsx")
    assert count > 0 and len(csv_rows) == len(xlsx_rows) == count + 1
    assert csv_rows[0] == xlsx_rows[0]


def test_search_filter_and_order_are_those_of_the_list(demo: Database, tmp_path: Path) -> None:
    query = ListQuery(search="mail", sort="name", descending=True, filters={"status": "live"})
    export_list(demo, "services", tmp_path / "live.csv", query=query)
    codes = [row[0] for row in read_csv(tmp_path / "live.csv")[1:]]
    expected = SERVICES.ids(demo, search="mail", sort="name", descending=True, filters={"status": "live"})
    names = SERVICES.rows(demo, expected)
    assert codes == [names[i][0] for i in expected] and codes


def test_text_that_a_spreadsheet_would_run_is_written_inert(db: Database, tmp_path: Path) -> None:
    hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd", "-2+3", "@SUM(A1)"]
    for name in hostile:
        stakeholders.create_organization(db, form=OrganizationForm(name=name, kind=OrganizationKind.CUSTOMER,
                                                                   notes="\tleading tab"))
    export_list(db, "organizations", tmp_path / "orgs.csv")
    export_list(db, "organizations", tmp_path / "orgs.xlsx")
    csv_names = sorted(row[0] for row in read_csv(tmp_path / "orgs.csv")[1:])
    assert csv_names == sorted("'" + n for n in hostile)
    sheet = load_workbook(tmp_path / "orgs.xlsx").active
    assert sheet is not None
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(hostile)
    assert {c.data_type for c in cells} == {"s"}  # text, not formulas
    # and an export imports back as the same values: nothing to change
    for suffix in ("csv", "xlsx"):
        preview = preview_file(db, KINDS["organizations"], tmp_path / f"orgs.{suffix}")
        assert {r.action for r in preview.rows} == {Action.UNCHANGED}, preview.messages()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_exported_list_imports_back_unchanged(demo: Database, tmp_path: Path, suffix: str) -> None:
    for kind in ("families", "organizations", "contacts", "services"):
        path = tmp_path / f"{kind}.{suffix}"
        export_list(demo, kind, path)
        preview = preview_file(demo, KINDS[kind], path)
        assert preview.messages() == []
        assert {r.action for r in preview.rows} == {Action.UNCHANGED}, kind


def test_a_workbook_holds_every_importable_kind(demo: Database, tmp_path: Path) -> None:
    counts = export_workbook(demo, tmp_path / "book.xlsx")
    assert counts == {"Service families": 7, "Organizations": 15, "Contacts": 32, "Services": 27}
    assert len(read_table(tmp_path / "book.xlsx", sheet="Services").rows) == 27


def test_bad_output_paths(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="name the file .csv or .xlsx"):
        export_list(demo, "services", tmp_path / "out.pdf")
    with pytest.raises(ExchangeError, match="does not exist"):
        export_list(demo, "services", tmp_path / "missing" / "out.csv")
    with pytest.raises(ExchangeError, match="Unknown list"):
        export_list(demo, "tickets", tmp_path / "out.csv")
    assert list(tmp_path.glob("*.partial")) == []


@pytest.mark.parametrize("sort", ["provider", "owner", "family", "status"])
def test_every_service_keeps_its_own_parts_in_any_order(demo: Database, tmp_path: Path, sort: str) -> None:
    """Parts are read in step with the services: in every order each row carries its own."""
    export_list(demo, "services", tmp_path / "all.csv")
    own = {row[0]: row for row in read_csv(tmp_path / "all.csv")[1:]}
    assert any(row[-4] for row in own.values()) and any(row[-2] for row in own.values())  # components, suppliers
    for descending in (False, True):
        query = ListQuery(sort=sort, descending=descending)
        export_list(demo, "services", tmp_path / "sorted.csv", query=query)
        rows = read_csv(tmp_path / "sorted.csv")[1:]
        expected = SERVICES.ids(demo, sort=sort, descending=descending)
        names = SERVICES.rows(demo, expected)
        assert [row[0] for row in rows] == [names[i][0] for i in expected]
        assert all(row == own[row[0]] for row in rows)
