"""The shipped sample workbook and the import templates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from itsm_desktop.services import catalog, stakeholders
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.exchange.commit import commit_import
from itsm_desktop.services.exchange.exporter import WORKBOOK_KINDS, kind_rows
from itsm_desktop.services.exchange.importer import Action, preview_file
from itsm_desktop.services.exchange.kinds import KINDS
from itsm_desktop.services.exchange.sample import SAMPLE_WORKBOOK, write_sample_workbook
from itsm_desktop.services.exchange.sources import read_table
from itsm_desktop.services.exchange.templates import write_template
from itsm_desktop.store import Database


def test_the_shipped_sample_is_the_demo_portfolio_as_the_exporter_writes_it(tmp_path: Path) -> None:
    write_sample_workbook(tmp_path / "fresh.xlsx")
    for kind in WORKBOOK_KINDS:
        shipped = read_table(SAMPLE_WORKBOOK, sheet=kind.title)
        fresh = read_table(tmp_path / "fresh.xlsx", sheet=kind.title)
        assert (shipped.headers, shipped.rows) == (fresh.headers, fresh.rows), (
            f"{kind.title}: regenerate with python -m itsm_desktop.services.exchange.sample")


def test_a_new_user_imports_the_sample_sheet_by_sheet_into_an_empty_database(
        db: Database, tmp_path: Path, migrated_template: Path) -> None:
    for kind in WORKBOOK_KINDS:
        preview = preview_file(db, kind, SAMPLE_WORKBOOK, sheet=kind.title)
        assert preview.messages() == [], kind.title
        assert {r.action for r in preview.rows} == {Action.CREATE}
        commit_import(db, preview)
    shutil.copy2(migrated_template, tmp_path / "demo.db")
    with Database.open(tmp_path / "demo.db") as demo:
        load_demo(demo)
        for kind in WORKBOOK_KINDS:  # every importable field of every record, by name
            assert sorted(map(repr, kind_rows(db, kind))) == sorted(map(repr, kind_rows(demo, kind))), kind.title
    assert len(stakeholders.list_contacts(db)) == 32 and len(catalog.service_choices(db)) == 27


@pytest.mark.parametrize("name", list(KINDS))
def test_templates_have_headers_a_sample_row_and_drop_downs(tmp_path: Path, name: str) -> None:
    kind = KINDS[name]
    path = write_template(kind, tmp_path / f"{name}.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    assert headers == [c.heading for c in kind.columns]
    assert any(c.value for c in sheet[2])
    lists = {str(v.sqref).split(":")[0][:-1]: v.formula1 for v in sheet.data_validations.dataValidation}
    letters = {c.key: sheet.cell(row=1, column=i + 1).column_letter for i, c in enumerate(kind.columns)}
    for column in kind.columns:
        if column.enum is not None:
            assert lists[letters[column.key]] == '"' + ",".join(m.value for m in column.enum) + '"'
    assert preview_is_readable(path, kind.name)


def preview_is_readable(path: Path, kind: str) -> bool:
    table = read_table(path)
    return table.headers == [c.heading for c in KINDS[kind].columns] and len(table.rows) == 1
