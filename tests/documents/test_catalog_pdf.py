"""The catalog report, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from document_samples import large_catalog_snapshot

from itsm_desktop import __version__
from itsm_desktop.documents import render_catalog
from itsm_desktop.documents.catalog_pdf import CONTENTS_LISTS_SERVICES_UP_TO, charge_text
from itsm_desktop.documents.snapshot import CatalogSnapshot, ChargeSnapshot
from itsm_desktop.domain.enums import BillingPeriod, ChargeModel


def test_services_are_listed_under_their_family_in_order(catalog, read_pdf):
    pdf = read_pdf(render_catalog(catalog))
    body = " ".join(" ".join(pdf.pages[1:]).split())
    position = 0
    for number, family in enumerate(catalog.families, start=1):
        heading = f"{number} {family.name}"
        found = body.find(heading, position)
        assert found >= 0, heading
        position = found
        for index, entry in enumerate(family.entries, start=1):
            service = entry.service
            sub = f"{number}.{index} {service.name} ({service.code})"
            found = body.find(sub, position)
            assert found >= 0, sub
            position = found


def test_each_service_shows_owner_hours_support_criticality_cost_agreements_targets(
    catalog, read_pdf
):
    text = read_pdf(render_catalog(catalog)).flat
    email = catalog.families[0].entries[0]
    assert email.service.summary in text
    for label in (
        "Service owner",
        "Service hours",
        "Support",
        "Criticality",
        "Cost",
        "Agreements",
        "Key targets",
    ):
        assert label in text
    assert "Hannah Okafor, Head of IT Services" in text
    assert "Every day: 24 hours (24×7)" in text
    assert "GBP 6.50 per user per month" in text
    assert "SLA-2026-004 revision 2 · Service level agreement · Active" in text
    for target in email.key_targets:
        assert target in text
    assert "Not covered by an agreement" in text
    assert "No charge" in text


def test_cover_contents_and_outline(catalog, read_pdf):
    pdf = read_pdf(render_catalog(catalog))
    cover = pdf.page_flat(0)
    assert "SERVICE CATALOG" in cover
    assert "11 services in 4 families" in cover
    assert "Contents" in cover
    pages = pdf.outline_pages()
    for number, family in enumerate(catalog.families, start=1):
        assert f"{number} {family.name}" in cover
        assert family.name in pdf.page_flat(pages[f"{number} {family.name}"] - 1)
    top = [title for level, title in pdf.outline_titles() if level == 0]
    assert top == [f"{n} {f.name}" for n, f in enumerate(catalog.families, start=1)]
    services = [title for level, title in pdf.outline_titles() if level == 1]
    assert len(services) == catalog.service_count


def test_metadata_fonts_and_page_numbers(catalog, read_pdf):
    pdf = read_pdf(render_catalog(catalog, page_size="Letter"))
    meta = pdf.reader.metadata
    assert meta.title == "Service catalog"
    assert meta.author == "Meridian IT Services"
    assert meta.subject == "Service catalog of Meridian IT Services, 15 December 2025"
    assert meta.creator == f"ITSM Desktop {__version__}"
    assert all("DejaVuSans" in name for name in pdf.fonts())
    assert pdf.page_size() == pytest.approx((612.0, 792.0), abs=0.5)
    for index in range(pdf.page_count):
        assert f"Page {index + 1} of {pdf.page_count}" in pdf.page_flat(index)
    assert "DRAFT" not in pdf.text


def test_a_big_catalog_lists_only_families_in_the_contents(read_pdf):
    big = large_catalog_snapshot(services=CONTENTS_LISTS_SERVICES_UP_TO + 10, families=4)
    pdf = read_pdf(render_catalog(big))
    cover = pdf.page_flat(0)
    assert "1 Family 1" in cover
    assert "1.1 " not in cover
    assert len([t for level, t in pdf.outline_titles() if level == 1]) == big.service_count


def test_an_empty_catalog_still_prints(read_pdf):
    pdf = read_pdf(render_catalog(CatalogSnapshot("Service catalog", "IT")))
    assert "The catalog holds no services yet." in pdf.flat
    assert pdf.page_count == 1


def test_a_family_without_services_says_so(catalog, read_pdf):
    empty = replace(catalog.families[0], entries=())
    pdf = read_pdf(render_catalog(replace(catalog, families=(empty,))))
    assert "This family holds no services." in pdf.flat


@pytest.mark.parametrize(
    ("charge", "text"),
    [
        (None, "Not set"),
        (ChargeSnapshot(), "No charge"),
        (ChargeSnapshot(ChargeModel.FIXED, None, "EUR"), "Fixed"),
        (ChargeSnapshot(ChargeModel.PER_DEVICE, None, "EUR", BillingPeriod.MONTH), "Per device"),
    ],
)
def test_charge_text(charge, text):
    assert charge_text(charge) == text


def test_contents_over_several_pages_point_at_the_right_pages(read_pdf):
    snapshot = large_catalog_snapshot(services=120, families=6)
    pdf = read_pdf(render_catalog(snapshot))
    pages = {title.split(" ", 1)[1]: page for title, page in pdf.outline_pages().items()}
    checked = 0
    for index in range(6):  # the contents starts on the cover and runs on
        segments = pdf.segments(index)
        numbers = {round(s.y): int(s.text) for s in segments if s.text.isdigit() and s.x > 450}
        for segment in segments:
            if segment.text in pages and round(segment.y) in numbers:
                assert numbers[round(segment.y)] == pages[segment.text], segment.text
                checked += 1
    assert checked == snapshot.service_count + len(snapshot.families)
