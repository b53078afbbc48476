"""The catalog report at any size: written object by object, bookmarks by family once it
streams, progress from the first moment, and no provider named that is not the only one."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pytest
from document_samples import large_catalog_snapshot
from reportlab.pdfbase import pdfdoc

from itsm_desktop.documents import catalog_pdf
from itsm_desktop.documents.catalog_pdf import CONTENTS_LISTS_SERVICES_UP_TO, render_catalog_stream
from itsm_desktop.documents.progress import RenderCancelled
from itsm_desktop.services import catalog_report
from itsm_desktop.services.catalog_report import catalog_stream


class Recording(io.BytesIO):
    """A file that counts how often it was written to."""

    writes = 0

    def write(self, data: Any) -> int:
        self.writes += 1
        return super().write(data)


def test_the_file_is_written_object_by_object_never_joined_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    joined: list[int] = []
    original = pdfdoc.PDFFile.format

    def format_spy(self: Any, document: Any) -> bytes:
        data: bytes = original(self, document)
        joined.append(len(data))
        return data

    monkeypatch.setattr(pdfdoc.PDFFile, "format", format_spy)
    snapshot = large_catalog_snapshot(services=CONTENTS_LISTS_SERVICES_UP_TO + 50, families=4)
    target = Recording()
    render_catalog_stream(snapshot.outline(), snapshot.entries(), target=target)
    assert joined == [0], "the collector held nothing to join at the end"
    reader = pypdf.PdfReader(io.BytesIO(target.getvalue()))
    assert target.writes > len(reader.pages) > 20
    text = " ".join(p.extract_text() for p in reader.pages[-3:])
    assert snapshot.families[-1].entries[-1].service.name in text


def test_a_huge_catalog_is_bookmarked_by_family_only(read_pdf: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_pdf, "BOOKMARKS_SERVICES_UP_TO", 100)
    snapshot = large_catalog_snapshot(services=CONTENTS_LISTS_SERVICES_UP_TO + 50, families=4)
    data = catalog_pdf.render_catalog(snapshot)
    outline = pypdf.PdfReader(io.BytesIO(data)).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert len(titles) == 4 and [t.split(" ", 1)[-1] for t in titles] == [f.name for f in snapshot.families]
    assert not any(isinstance(item, list) for item in outline), "no service is bookmarked"
    smaller = large_catalog_snapshot(services=90, families=2)
    nested = pypdf.PdfReader(io.BytesIO(catalog_pdf.render_catalog(smaller))).outline
    assert any(isinstance(item, list) for item in nested), "a smaller catalog bookmarks its services"


def test_progress_starts_before_the_first_service_is_read_and_cancel_is_heard_there(
        db: Any, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    make.service("MAIL", name="Mail")
    events: list[str] = []
    original = catalog_report.catalog_entries

    def entries(*args: Any, **kwargs: Any) -> Any:
        events.append("entries")
        return original(*args, **kwargs)

    monkeypatch.setattr(catalog_report, "catalog_entries", entries)
    catalog_report.catalog_report(db, progress=lambda share: events.append(f"{share:.1f}"))
    assert events[:3] == ["0.0", "0.0", "0.0"] and events.index("entries") >= 3
    events.clear()
    asked: list[int] = []

    def cancel_second_time() -> bool:
        asked.append(1)
        return len(asked) == 2

    with pytest.raises(RenderCancelled):
        catalog_report.catalog_report(db, cancelled=cancel_second_time)
    assert "entries" not in events


def test_a_catalog_of_several_providers_names_none_of_them_in_its_sentences(db: Any, make: Any,
                                                                          read_pdf: Any) -> None:
    first, second = make.internal("Northwind IT"), make.internal("Fabrikam Shared Services")
    make.service("MAIL", name="Mail", provider_id=first.id)
    make.service("ERP", name="ERP", provider_id=second.id)
    assert catalog_stream(db).outline.organization == ""
    text = read_pdf(catalog_report.catalog_report(db, page_size="A4").pdf).flat
    assert "This catalog describes each service" in text
    assert "Northwind IT" not in text.split("Contents")[0]


def test_cancel_is_heard_while_the_finished_file_is_made(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from itsm_desktop.documents import progress

    pages_written = [False]
    original = progress.Monitor.written

    def written(self: Any, page: int, pages: int) -> None:
        original(self, page, pages)
        pages_written[0] = page == pages

    monkeypatch.setattr(progress.Monitor, "written", written)
    snapshot = large_catalog_snapshot(services=40, families=2)
    target = Recording()
    with pytest.raises(RenderCancelled):
        render_catalog_stream(snapshot.outline(), snapshot.entries(), target=target,
                              cancelled=lambda: pages_written[0])
    # it stopped once every page was laid out, before the file was complete
    assert pages_written[0] and not target.getvalue().rstrip().endswith(b"%%EOF")
