"""The whole portfolio through one portable file: lossless, into an empty database only."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from itsm_desktop.services import catalog
from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.exchange.portfolio import export_portfolio, import_portfolio, tables
from itsm_desktop.store import Database

from .conftest import dump


@pytest.fixture
def empty(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "empty.db"
    shutil.copy2(migrated_template, path)
    database = Database.open(path)
    yield database
    database.close()


def test_round_trip_keeps_every_field_of_every_table(demo: Database, empty: Database, tmp_path: Path) -> None:
    service = catalog.find_service_by_code(demo, "EMAIL")
    catalog.set_service_status(demo, service_id=service.id, version=service.version,
                               status=catalog.ServiceStatus.RETIRING)  # history with changes
    counts = export_portfolio(demo, tmp_path / "portfolio.zip")
    assert counts == {t: len(rows) for t, rows in dump(demo).items()}
    assert counts["history_entry"] > 0 and counts["service_level_target"] > 0
    assert import_portfolio(empty, tmp_path / "portfolio.zip") == counts
    before, after = dump(demo), dump(empty)
    assert set(after) == {t.name for t in tables()}
    for table in before:
        assert after[table] == before[table], table


def test_the_file_is_readable_text_with_a_manifest(demo: Database, tmp_path: Path) -> None:
    export_portfolio(demo, tmp_path / "p.zip")
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        first = json.loads(archive.read("tables/service.jsonl").splitlines()[0])
    assert manifest["format"] == "itsm-desktop-portfolio" and manifest["schema_revision"]
    assert manifest["tables"]["service"]["rows"] == 27
    assert set(first) == set(manifest["tables"]["service"]["columns"])
    assert first["code"] == "EMAIL" and first["price"] == "9.80" and first["hours"]["always"] is True


def test_only_into_an_empty_database(demo: Database, tmp_path: Path) -> None:
    export_portfolio(demo, tmp_path / "p.zip")
    before = dump(demo)
    with pytest.raises(ExchangeError, match="already holds records"):
        import_portfolio(demo, tmp_path / "p.zip")
    assert dump(demo) == before


def test_a_damaged_file_changes_nothing(demo: Database, empty: Database, tmp_path: Path) -> None:
    export_portfolio(demo, tmp_path / "p.zip")
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(tmp_path / "p.zip") as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "tables/service_component.jsonl":
                data += b'{"id": "not json\n'
            target.writestr(item, data)
    with pytest.raises(ExchangeError, match="damaged: record .* of service_component"):
        import_portfolio(empty, broken)
    assert all(not rows for rows in dump(empty).values())


def test_files_that_are_not_portfolios(empty: Database, tmp_path: Path) -> None:
    (tmp_path / "text.zip").write_text("hello")
    with pytest.raises(ExchangeError, match="not a zip archive"):
        import_portfolio(empty, tmp_path / "text.zip")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(ExchangeError, match="has no manifest"):
        import_portfolio(empty, tmp_path / "other.zip")
    with zipfile.ZipFile(tmp_path / "newer.zip", "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "itsm-desktop-portfolio", "format_version": 1,
                                                      "schema_revision": "9999", "tables": {}}))
    with pytest.raises(ExchangeError, match="newer version"):
        import_portfolio(empty, tmp_path / "newer.zip")
    with zipfile.ZipFile(tmp_path / "column.zip", "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "itsm-desktop-portfolio", "format_version": 1,
                                                      "tables": {"service": {"columns": ["id", "warp"]}}}))
    with pytest.raises(ExchangeError, match=r"columns this version does not know \(warp\)"):
        import_portfolio(empty, tmp_path / "column.zip")


def test_the_output_is_never_the_database(demo: Database) -> None:
    with pytest.raises(ExchangeError, match="cannot be the database itself"):
        export_portfolio(demo, demo.path)
