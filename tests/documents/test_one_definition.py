"""No term defined twice in any sample agreement: every glossary definition, priority level
and support-hours definition prints once, and each term has one row."""

from __future__ import annotations

import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.documents.glossary import glossary_terms
from itsm_desktop.documents.targets import priority_meaning
from itsm_desktop.services import agreements
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.snapshots import agreement_snapshot

SAMPLES = ("SLA-2026-001", "SLA-2025-004", "SLA-2026-002", "SLA-2026-003", "OLA-2026-001", "UC-2025-002",
           "UC-2026-001")


@pytest.fixture
def demo(db):
    load_demo(db)
    return db


@pytest.mark.parametrize("reference", SAMPLES)
def test_no_term_is_defined_twice(demo, read_pdf, reference):
    snapshot = agreement_snapshot(demo, agreements.find_agreement(demo, reference).id)
    text = read_pdf(render_agreement(snapshot)).flat
    glossary = text[text.rindex("Glossary Term Meaning"):]
    # the glossary's own rows, as it would print them wherever the priorities are defined
    terms = glossary_terms(snapshot, priorities_in="section 5.2", support_hours_in="section 3.1")
    names = [term for term, _ in terms]
    assert len(names) == len(set(names))
    for term, meaning in terms:
        opening = " ".join(meaning.split())
        if "as defined in" not in meaning:
            assert text.count(opening) == 1, (term, opening)
        assert glossary.count(f"{term} ") >= 1, term
    for level in snapshot.priorities:
        if f"{level.priority} " in text:
            assert text.count(priority_meaning(level)) <= 1, level
    if snapshot.support_hours:  # defined once, by name; tables may quote the catalog's own hours
        assert text.count(f"{snapshot.support_hours_name}: {snapshot.support_hours}") == 1
        assert glossary.count(snapshot.support_hours) == 0
    # notes are notes: never a glossary entry
    for target in snapshot.targets:
        if target.notes.strip():
            assert target.notes.strip() not in glossary
