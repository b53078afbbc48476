"""The printed agreement, read back from the PDF: structure, data, fonts, metadata, outline,
watermark, page sizes and page flow."""

from __future__ import annotations

from dataclasses import replace

import pytest
from document_samples import demo_agreement_snapshot, large_agreement_snapshot

from itsm_desktop import __version__
from itsm_desktop.documents import SECTION_TITLES, render_agreement
from itsm_desktop.documents.layout import MARGIN_X
from itsm_desktop.documents.snapshot import AgreementSnapshot, AgreementTexts
from itsm_desktop.documents.targets import value_text
from itsm_desktop.domain.enums import AgreementStatus

A4_WIDTH, A4_HEIGHT = 595.28, 841.89
LETTER_WIDTH, LETTER_HEIGHT = 612.0, 792.0


def render(snapshot: AgreementSnapshot, read_pdf, **kwargs):
    return read_pdf(render_agreement(snapshot, **kwargs))


def test_every_section_heading_prints_in_order(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    # The contents (page 2) lists them too; the body starts on page 3.
    body = " ".join(" ".join(pdf.pages[2:]).split())
    position = 0
    for number, title in enumerate(SECTION_TITLES, start=1):
        heading = f"{number} {title}"
        found = body.find(heading, position)
        assert found >= 0, f"section heading {heading!r} missing or out of order"
        position = found + len(heading)
    assert body.find("Signatures", position) > 0, "signature blocks must come last"


def test_the_contents_lists_every_section_with_its_page(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    segments = pdf.segments(1)
    numbers = {round(s.y): int(s.text) for s in segments if s.text.isdigit() and s.x > 400}
    pages = pdf.outline_pages()
    for number, title in enumerate(SECTION_TITLES, start=1):
        line = next(s for s in segments if s.text == title)
        printed = numbers.get(round(line.y))
        assert printed == pages[f"{number} {title}"], f"{title}: contents says {printed}"
        assert title in pdf.page_flat(printed - 1), f"{title} is not on page {printed}"
    signatures = next(s for s in segments if s.text == "Signatures")
    assert numbers[round(signatures.y)] == pdf.page_count


def test_title_block_shows_kind_reference_revision_status_validity_and_parties(agreement, read_pdf):
    cover = render(agreement, read_pdf).page_flat(0)
    for expected in (
        "SERVICE LEVEL AGREEMENT",
        agreement.title,
        "SLA-2026-004",
        "REVISION 2",
        "STATUS Active",
        "1 January 2026",
        "31 December 2026",
        "Meridian IT Services",
        "Finance & Administration Division",
        "Sales & Customer Operations Division",
        "Hannah Okafor",
    ):
        assert expected in cover, expected


def test_services_customers_and_every_target_value_are_printed(agreement, read_pdf):
    text = render(agreement, read_pdf).flat
    for service in agreement.services:
        assert service.name in text
        assert service.code in text
    for customer in agreement.customers:
        assert customer.name in text
        assert customer.representative is not None
        assert customer.representative.name in text
    for target in agreement.targets:
        assert value_text(target.value, target.unit) in text, target
    for line in agreement.provider_responsibilities + agreement.customer_responsibilities:
        assert line in text
    assert "Northbridge Cloud Ltd" in text  # a supplier
    assert "Database cluster" in text  # a component
    assert "GBP 4,200.00" in text  # a charge


def test_response_and_resolution_form_a_priority_matrix(agreement, read_pdf):
    text = render(agreement, read_pdf).flat
    assert "Priority Response time Resolution time" in text
    for row in (
        "P1 15 minutes 4 hours",
        "P2 30 minutes 8 business hours",
        "P3 4 business hours 3 business days",
        "P4 1 business day 10 business days",
    ):
        assert row in text, row


def test_glossary_lists_only_terms_that_are_used(agreement, read_pdf):
    text = render(agreement, read_pdf).flat
    glossary = text[text.rindex("14 Glossary") :]
    assert "Availability" in glossary
    assert "Priority The class of an incident (P1, P2, P3, P4)" in glossary
    assert "First-contact resolution" in glossary
    bare = replace(agreement, targets=())
    glossary = render(bare, read_pdf).flat
    glossary = glossary[glossary.rindex("13 Glossary") :]
    assert "Availability" not in glossary
    assert "Priority P1" not in glossary
    assert "Service level agreement (SLA)" in glossary


INVENTED = (
    "No service level targets apply",
    "No limitations or constraints apply",
    "No service components, dependencies or suppliers apply",
    "No charges apply",
    "No particular responsibilities",
    "No contact points for support apply",
    "through the contact points above",
    "security or data protection requirements apply",
    "No regular",
    "No service hours apply",
    "No particular communication",
    "No escalation path",
)


def emptied(agreement: AgreementSnapshot, status: AgreementStatus) -> AgreementSnapshot:
    return replace(
        agreement,
        status=status,
        texts=AgreementTexts(),
        targets=(),
        provider_responsibilities=(),
        customer_responsibilities=(),
        contacts=(),
        review_interval_months=None,
        next_review=None,
        services=tuple(
            replace(
                s,
                components=(),
                dependencies=(),
                suppliers=(),
                charge=None,
                support_channels="",
                support_hours="",
                request_process="",
                hours=(),
                hours_exceptions="",
            )
            for s in agreement.services
        ),
    )


def test_empty_sections_are_left_out_of_an_agreement_in_force(agreement, read_pdf):
    pdf = render(emptied(agreement, AgreementStatus.ACTIVE), read_pdf)
    text = pdf.flat
    for sentence in (*INVENTED, "To be completed"):
        assert sentence not in text
    for title in SECTION_TITLES[2:13]:
        assert title not in text, f"{title} has nothing in it and is left out"
    assert "1 General" in text and "2 Scope and description of the services" in text
    assert "3 Glossary" in text, "the sections that print are numbered on"
    assert "[" not in text and "]" not in text, "no bracketed placeholders"


def test_empty_sections_of_a_draft_are_marked_to_be_completed(agreement, read_pdf):
    pdf = render(emptied(agreement, AgreementStatus.DRAFT), read_pdf)
    text = pdf.flat
    for sentence in INVENTED:
        assert sentence not in text
    for number, title in enumerate(SECTION_TITLES, start=1):
        assert f"{number} {title}" in text
    assert text.count("To be completed:") >= 11
    assert "To be completed: the limitations and constraints of the services." in text


def test_a_section_filled_in_part_leaves_out_only_what_is_missing(agreement, read_pdf):
    partial = replace(
        emptied(agreement, AgreementStatus.ACTIVE),
        texts=AgreementTexts(limitations="Only the head office network is covered."),
    )
    text = render(partial, read_pdf).flat
    assert "3 Limitations and constraints Only the head office network is covered." in text


def test_fonts_are_embedded_dejavu_only(agreement, read_pdf):
    fonts = render(agreement, read_pdf).fonts()
    assert fonts, "no fonts found"
    for name, font in fonts.items():
        assert "DejaVuSans" in name, f"{name} is not the embedded family"
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    assert any(name.endswith("DejaVuSans-Bold") for name in fonts)


def test_metadata(agreement, read_pdf):
    meta = render(agreement, read_pdf).reader.metadata
    assert meta.title == agreement.title
    assert meta.author == "Meridian IT Services"
    assert meta.subject == "Service level agreement SLA-2026-004 revision 2"
    assert meta.creator == f"ITSM Desktop {__version__}"


def test_outline_has_an_entry_per_section_pointing_at_it(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    top = [title for level, title in pdf.outline_titles() if level == 0]
    numbered = [t for t in top if t[0].isdigit()]
    assert numbered == [f"{n} {t}" for n, t in enumerate(SECTION_TITLES, start=1)]
    assert "Signatures" in top and "Document control" in top
    pages = pdf.outline_pages()
    assert pages["1 General"] <= pages["6 Service level targets"] <= pages["14 Glossary"]
    assert pages["Signatures"] == pdf.page_count
    subsections = [title for level, title in pdf.outline_titles() if level == 1]
    assert "2.1 E-mail and calendar (EMAIL)" in subsections


def test_header_and_footer_on_every_page(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    total = pdf.page_count
    assert total > 5
    for index, page in enumerate(pdf.pages):
        flat = " ".join(page.split())
        assert f"Page {index + 1} of {total}" in flat
        assert "SLA-2026-004 · Revision 2" in flat


@pytest.mark.parametrize(
    "status",
    [AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW],
)
def test_draft_watermark_on_every_page_when_not_active(status, read_pdf):
    pdf = render(demo_agreement_snapshot(status=status), read_pdf)
    for index in range(pdf.page_count):
        assert pdf.rotated_shapes(index) > 20, f"no diagonal DRAFT on page {index + 1}"


def test_the_watermark_is_not_part_of_the_extracted_text(read_pdf):
    pdf = render(demo_agreement_snapshot(status=AgreementStatus.DRAFT), read_pdf)
    assert "DRAFT" not in pdf.text
    assert not any(s.rotated for i in range(pdf.page_count) for s in pdf.segments(i))
    poppler = pdf.poppler_text()
    if poppler is not None:
        assert "DRAFT" not in poppler
        assert "Service level agreement" in poppler


def test_no_watermark_when_active(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    assert "DRAFT" not in pdf.text
    assert not any(pdf.rotated_shapes(i) for i in range(pdf.page_count))


@pytest.mark.parametrize(
    "status",
    [AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED],
)
def test_agreements_no_longer_in_force_are_marked_with_their_status(status, read_pdf):
    pdf = render(demo_agreement_snapshot(status=status), read_pdf)
    for index in range(pdf.page_count):
        assert pdf.rotated_shapes(index) > 20
    assert status.value.upper() not in pdf.text
    assert "for reference only" in pdf.page_flat(0)


def test_draft_cover_says_it_is_not_binding(read_pdf):
    cover = render(demo_agreement_snapshot(status=AgreementStatus.DRAFT), read_pdf).page_flat(0)
    assert "not binding until it has been signed" in cover
    assert "Not yet signed" in cover


def test_signature_blocks_for_provider_and_each_customer(agreement, read_pdf):
    pdf = render(agreement, read_pdf)
    last = pdf.page_flat(pdf.page_count - 1)
    assert last.count("FOR THE PROVIDER") == 1
    assert last.count("FOR THE CUSTOMER") == len(agreement.customers)
    for person in ("Hannah Okafor", "Lars Eriksen", "Sofia Márquez"):
        assert person in last
    # an executed copy: who signed and when, and no blank line to sign or to write a place on
    assert last.count("Signed on 12 December 2025.") == 3
    assert "Signature " not in last.replace("Signatures ", "") and "Place" not in last


def test_parties_without_a_chosen_signatory_get_a_blank_block_not_their_representative(agreement, read_pdf):
    unsigned = replace(agreement, signatures=(), status=AgreementStatus.DRAFT, signed_on=None)
    pdf = render(unsigned, read_pdf)
    last = pdf.flat[pdf.flat.rindex("Signatures Signed for the parties") :]
    assert last.count("FOR THE CUSTOMER") == 2
    assert "Lars Eriksen" not in last  # the representative need not be who signs
    assert last.count("Signature Name Title Place Date") == 3
    # a signing copy: a line to sign, name, title, place and date for each party, nothing signed
    assert last.count("Place Date") == 3 and "Signed on" not in last


@pytest.mark.parametrize(
    ("page_size", "width", "height"),
    [
        ("A4", A4_WIDTH, A4_HEIGHT),
        ("Letter", LETTER_WIDTH, LETTER_HEIGHT),
        ("letter", LETTER_WIDTH, LETTER_HEIGHT),
    ],
)
def test_page_sizes(agreement, read_pdf, page_size, width, height):
    pdf = render(agreement, read_pdf, page_size=page_size)
    for index in range(pdf.page_count):
        w, h = pdf.page_size(index)
        assert w == pytest.approx(width, abs=0.5)
        assert h == pytest.approx(height, abs=0.5)


def test_unknown_page_size_is_refused(agreement):
    with pytest.raises(ValueError, match="A4"):
        render_agreement(agreement, page_size="A3")


def test_a_large_agreement_flows_across_more_pages(agreement, read_pdf):
    small = render(agreement, read_pdf)
    big_snapshot = large_agreement_snapshot(services=20, targets=100)
    big = render(big_snapshot, read_pdf)
    assert big.page_count > small.page_count * 3
    text = big.flat
    for service in big_snapshot.services:
        assert service.name in text
    # Repeated table headers: the targets of 20 services need several pages, each table
    # starts with its header row.
    assert text.count("Metric Target Period Warning Notes") >= 20
    for index in range(big.page_count):
        assert f"Page {index + 1} of {big.page_count}" in big.page_flat(index)


def test_text_stays_inside_the_margins(read_pdf):
    snapshot = large_agreement_snapshot(services=3, targets=30)
    long_word = "Überlänge" * 400
    snapshot = replace(
        snapshot,
        title="A title " + long_word,
        texts=replace(snapshot.texts, scope=long_word, limitations="x" * 10_000),
        services=(replace(snapshot.services[0], name="Name" + long_word, summary=long_word),)
        + snapshot.services[1:],
    )
    pdf = render(snapshot, read_pdf)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    right = A4_WIDTH - MARGIN_X + 1.0
    checked = 0
    for index in range(pdf.page_count):
        for segment in pdf.segments(index):
            if segment.rotated:
                continue
            font = "DejaVuSans-Bold" if "Bold" in segment.font else "DejaVuSans"
            end = segment.x + stringWidth(segment.text, font, segment.size)
            # Paragraphs may shrink word spaces by up to 5 % to fit a line.
            slack = segment.text.count(" ") * stringWidth(" ", font, segment.size) * 0.05
            assert end - slack <= right, (
                f"page {index + 1}: {segment.text[:40]!r} ends at {end:.1f}"
            )
            assert segment.x >= MARGIN_X - 1.0
            checked += 1
    assert checked > 1000


def test_a_bare_new_draft_prints_without_gaps(read_pdf):
    from itsm_desktop.documents.snapshot import PartySnapshot
    from itsm_desktop.domain.enums import AgreementKind

    bare = AgreementSnapshot(
        reference="OLA-2026-001",
        revision=1,
        title="",
        kind=AgreementKind.OLA,
        status=AgreementStatus.DRAFT,
        provider=PartySnapshot("Service desk"),
    )
    pdf = render(bare, read_pdf)
    text = pdf.flat
    assert "OPERATIONAL LEVEL AGREEMENT" in text
    assert "The period of validity has not been set yet." in text
    assert "To be completed: the services this agreement covers and its scope." in text
    assert "Not yet signed" in text
    assert "None" not in text and "[" not in text
    assert pdf.reader.metadata.title == "OLA-2026-001"
