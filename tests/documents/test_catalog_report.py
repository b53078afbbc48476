"""The catalog report read from a real database, streamed in batches while it prints."""

from __future__ import annotations

import pytest

from itsm_desktop.documents.progress import RenderCancelled
from itsm_desktop.services import catalog_report
from itsm_desktop.services.catalog_report import catalog_stream, export_catalog_report
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.snapshots import catalog_snapshot


@pytest.fixture
def demo_db(db):
    load_demo(db)
    return db


def test_the_streamed_report_holds_every_live_service_in_family_order(
    demo_db, tmp_path, read_pdf, monkeypatch
):
    monkeypatch.setattr(catalog_report, "BATCH", 3)  # several database rounds
    snapshot = catalog_snapshot(demo_db)
    stream = catalog_stream(demo_db)
    assert stream.outline.service_count == snapshot.service_count == len(stream.order) > 3
    reports: list[float] = []
    path, warnings = export_catalog_report(
        demo_db, output=tmp_path / "catalog.pdf", progress=reports.append
    )
    assert warnings == ()
    text = read_pdf(path.read_bytes()).flat
    position = 0
    for family in snapshot.families:
        for entry in family.entries:
            found = text.find(f"{entry.service.name} ({entry.service.code})", position)
            assert found > 0, entry.service.code
            position = found
    assert reports and reports == sorted(reports) and reports[-1] == 1.0


def test_the_provider_is_the_department_its_teams_belong_to(demo_db, db):
    assert catalog_stream(demo_db).outline.organization == "IT Services"


def test_an_empty_catalog_names_no_provider(db, read_pdf, tmp_path):
    assert catalog_stream(db).outline.organization == ""
    path, _ = export_catalog_report(db, output=tmp_path / "empty.pdf")
    text = read_pdf(path.read_bytes()).flat
    assert "The catalog holds no services yet." in text
    assert "the services  provides" not in text and "IT services" not in text


def test_a_cancelled_export_stops_and_writes_nothing(demo_db, tmp_path):
    output = tmp_path / "catalog.pdf"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(RenderCancelled):
        export_catalog_report(demo_db, output=output, cancelled=cancelled)
    assert calls == 4, "it stops at the first check after the request"
    assert not output.exists()


def test_every_key_target_prints_or_the_report_says_how_many_more(catalog, read_pdf):
    from dataclasses import replace

    from itsm_desktop.documents import render_catalog
    from itsm_desktop.documents.catalog_pdf import KEY_TARGETS_SHOWN

    family = catalog.families[0]
    first = family.entries[0]
    many = tuple(f"Target number {i} 99.{i} %" for i in range(KEY_TARGETS_SHOWN + 5))
    entries = (replace(first, key_targets=many), *family.entries[1:])
    snapshot = replace(catalog, families=(replace(family, entries=entries),))
    text = read_pdf(render_catalog(snapshot)).flat
    for target in many[:KEY_TARGETS_SHOWN]:
        assert target in text
    assert many[KEY_TARGETS_SHOWN] not in text
    assert "and 5 more targets in the agreements above" in text


def test_a_streamed_rendering_stops_at_the_first_check_after_cancel():
    from document_samples import large_catalog_snapshot

    from itsm_desktop.documents.catalog_pdf import render_catalog_stream

    catalog = large_catalog_snapshot(services=400, families=4)
    consumed = 0

    def entries():
        nonlocal consumed
        for item in catalog.entries():
            consumed += 1
            yield item

    with pytest.raises(RenderCancelled):
        render_catalog_stream(catalog.outline(), entries(), cancelled=lambda: consumed >= 50)
    assert consumed == 50, "no service is read after the cancel"


def test_an_export_into_a_missing_folder_is_refused_in_one_sentence(db, tmp_path):
    from itsm_desktop.domain.errors import ItsmError

    with pytest.raises(ItsmError, match="the folder .* does not exist"):
        export_catalog_report(db, output=tmp_path / "missing" / "catalog.pdf")
