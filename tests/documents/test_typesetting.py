"""Typesetting that holds at any size: where lines and pages break."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.documents.snapshot import PersonSnapshot, SupplierSnapshot
from itsm_desktop.documents.wordbreak import SEPARATORS, break_points

IDENTIFIERS = (
    "SCS-ENT-2024-1187",
    "enterprise.support@meridiantelecom.example",
    "https://portal.meridian-freight.example/servicedesk/requests/new",
    "UC-2026-000017/AMENDMENT-0003",
)


def breaks_inside(text: str, identifier: str) -> list[str]:
    """The characters just before each line break inside an occurrence of ``identifier``
    (``[]`` when it is never broken); fails when the identifier does not appear at all."""
    pattern = r"\n?".join(re.escape(c) for c in identifier)
    matches = list(re.finditer(pattern, text))
    assert matches, f"{identifier} is not in the text"
    return [m.group()[i - 1] for m in matches for i, c in enumerate(m.group()) if c == "\n"]


def test_long_words_are_cut_after_their_separators():
    assert break_points("SCS-ENT-2024-1187") == ["SCS-", "ENT-", "2024-", "1187"]
    assert break_points("a.b@c.example") == ["a.", "b@", "c.", "example"]
    assert break_points("plainword") == ["plainword"]


def test_identifiers_break_only_at_their_separators(agreement, read_pdf):
    first = agreement.services[0]
    suppliers = tuple(
        SupplierSnapshot(f"Supplier {i}", ident, ident) for i, ident in enumerate(IDENTIFIERS)
    )
    person = PersonSnapshot("Richard Hughes", "Account manager", IDENTIFIERS[1], IDENTIFIERS[2])
    services = (replace(first, suppliers=suppliers, support_channels=" ".join(IDENTIFIERS)),)
    rep = replace(agreement.customers[0], representative=person)
    snapshot = replace(agreement, services=services + agreement.services[1:], customers=(rep,))
    pdf = read_pdf(render_agreement(snapshot))
    broken = 0
    for identifier in IDENTIFIERS:
        before = breaks_inside(pdf.text, identifier)
        broken += len(before)
        assert all(c in SEPARATORS for c in before), f"{identifier} broken inside a token"
    assert broken, "the narrow columns do make some identifier wrap"


def test_a_word_without_separators_wider_than_the_line_still_wraps(agreement, read_pdf):
    word = "x" * 300
    snapshot = replace(agreement, texts=replace(agreement.texts, limitations=word))
    pdf = read_pdf(render_agreement(snapshot))
    assert word in pdf.text.replace("\n", "")


@pytest.mark.parametrize("width", [90.0, 120.0, 200.0])
def test_paragraph_lines_of_identifiers_at_any_width(width):
    from itsm_desktop.documents.flowables import Para
    from itsm_desktop.documents.styles import stylesheet

    para = Para(" ".join(IDENTIFIERS), stylesheet().cell)
    para.wrap(width, 10_000)
    lines = ["".join(words) for _, words in para.blPara.lines]
    joined = "\n".join(lines)
    for identifier in IDENTIFIERS:
        assert all(c in SEPARATORS for c in breaks_inside(joined, identifier))


FRAME_BOTTOM, FRAME_TOP = 62.0, 771.0  # A4 text column, in points from the page foot


def body_segments(pdf, index: int):
    return [
        s for s in pdf.segments(index) if FRAME_BOTTOM - 5 < s.y < FRAME_TOP + 5 and not s.rotated
    ]


@pytest.fixture(scope="module")
def thirty_by_forty():
    """The 30-service agreement with 40 targets per service, and how its tables split."""
    from document_samples import large_agreement_snapshot

    from itsm_desktop.documents import pagination

    splits: list[tuple[int, int]] = []
    original = pagination.Rows.split

    def spy(self, width, height):
        parts = original(self, width, height)
        if len(parts) == 2:
            splits.append((len(parts[0]._cellvalues) - 1, len(parts[1]._cellvalues) - 1))
        return parts

    pagination.Rows.split = spy
    try:
        pdf = render_agreement(large_agreement_snapshot(services=30, targets=1200))
    finally:
        pagination.Rows.split = original
    return pdf, splits


def test_no_page_carries_a_lone_header_or_a_row_or_two_of_a_table(thirty_by_forty, read_pdf):
    data, splits = thirty_by_forty
    assert splits, "the long target tables do split across pages"
    for first, rest in splits:
        assert first >= 4 and rest >= 4, f"a table split into {first} + {rest} rows"


def test_headings_never_end_a_page(thirty_by_forty, read_pdf):
    pdf = read_pdf(thirty_by_forty[0])
    for index in range(1, pdf.page_count):
        segments = body_segments(pdf, index)
        lowest = min(segments, key=lambda s: s.y)
        heading = "Bold" in lowest.font and lowest.size >= 9.4
        assert not heading, f"page {index + 1} ends with the heading {lowest.text!r}"


def test_no_page_is_left_half_empty_except_before_a_section(thirty_by_forty, read_pdf):
    pdf = read_pdf(thirty_by_forty[0])
    middle = (FRAME_BOTTOM + FRAME_TOP) / 2
    for index in range(1, pdf.page_count - 1):
        if min(s.y for s in body_segments(pdf, index)) < middle:
            continue
        top = max(body_segments(pdf, index + 1), key=lambda s: s.y)
        assert top.size >= 13, f"page {index + 1} is half empty before {top.text!r}"


def test_a_heading_and_its_introduction_move_on_with_the_table_they_introduce(agreement, read_pdf):
    """The introduction of 5.2 and its priority table are never parted by a page break."""
    from itsm_desktop.documents.pagination import room_needed
    from itsm_desktop.documents.renderer import DocumentRenderer

    renderer = DocumentRenderer()
    renderer.subsection("Incident handling")
    renderer.sentence("Each incident is given a priority, as defined below.")
    renderer.table(["Priority", "Meaning"], [["P1", "Critical"], ["P2", "High"]], [0.2, 0.8])
    flowables = renderer.story[1:]
    table = flowables[2]
    whole = sum(f.wrap(renderer.width, 1000)[1] for f in flowables[:3])
    assert room_needed(flowables, renderer.width, 1000) >= whole - 1
    assert table.wrap(renderer.width, 1000)[1] > 0
