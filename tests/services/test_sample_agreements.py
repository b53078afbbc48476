"""The sample portfolio's agreements read as a customer would sign them: each kind names its
parties by their role everywhere, real names instead of logins, the team's letterhead on
internal agreements and chosen signatories on the drafts. Read back from the PDFs."""

from __future__ import annotations

import io

import pypdf
import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.services import agreements
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store.database import Database


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Every sample agreement's pages as extracted text (words joined by single spaces)."""
    db = Database.open(tmp_path_factory.mktemp("sample") / "sample.db")
    load_demo(db)
    printed: dict[str, list[str]] = {}
    for reference in ("SLA-2026-001", "SLA-2025-004", "OLA-2026-001", "UC-2025-002", "UC-2026-001",
                      "SLA-2026-002", "SLA-2026-003", "SLA-2025-004 r1"):
        ref, _, revision = reference.partition(" r")  # "SLA-2025-004 r1": a superseded revision
        found = agreements.find_agreement(db, ref, int(revision) if revision else None)
        reader = pypdf.PdfReader(io.BytesIO(render_agreement(agreement_snapshot(db, found.id))))
        printed[reference] = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    db.close()
    return printed


@pytest.mark.parametrize("reference", ["UC-2025-002", "UC-2026-001"])
def test_a_uc_names_its_supplier_as_supplier_in_every_section(sample, reference):
    text = " ".join(sample[reference])
    for wrong in ("FOR THE PROVIDER", "Responsibilities of the provider", "The provider is responsible",
                  "Provider representative", "Party Organization Signatory Signed on Provider",
                  "standard clauses of the provider", ".."):
        assert wrong not in text, wrong
    for right in ("FOR THE SUPPLIER", "Responsibilities of the supplier", "The supplier is responsible for:",
                  "(the supplier, also called the provider)", "Supplier representative"):
        assert right in text, right


def test_the_current_version_is_held_by_us(sample):
    assert "The current version is held by Business Applications." in " ".join(sample["UC-2026-001"])
    assert "held by IT Services." in " ".join(sample["SLA-2026-001"])


@pytest.mark.parametrize("reference", ["OLA-2026-001", "UC-2026-001", "SLA-2025-004"])
def test_revision_history_names_people_not_logins(sample, reference):
    control = sample[reference][1]
    assert "Revision history" in control
    for login in ("zmuller", "twhitfield", "rpatel", "mellison"):
        assert login not in control, login


def test_an_ola_prints_on_the_letterhead_of_the_unit_above_its_provider(sample):
    assert sample["OLA-2026-001"][0].startswith("Northwind Logistics Ltd")


@pytest.mark.parametrize(("reference", "signatories"), [
    ("SLA-2026-002", ["Margaret Ellison", "Amanda Foster"]),
    ("SLA-2026-003", ["Margaret Ellison", "José Álvarez", "Catherine Hale"]),
])
def test_the_sample_drafts_print_their_chosen_signatories_with_blank_dates(sample, reference, signatories):
    text = " ".join(sample[reference])
    signing = text[text.rindex("Signatures Signed for the parties"):]
    for name in signatories:
        assert f"Name {name}" in signing, name
    assert "Signed on" not in signing.split("who agree to its terms.")[1]  # a blank to sign, not executed


def test_the_annex_says_how_many_targets_lack_margin_on_its_first_page(sample):
    pages = sample["SLA-2026-001"]
    annex = next(p for p in pages if "Annex: Underpinning chain For each" in p)
    assert "leaves no assured margin for the provider's own work: 1 of 15." in annex
    body = pages[-1].split("United Kingdom Registered")[0]  # the footer's letterhead lines aside
    assert "Not underpinned" in pages[-1], body  # neither a lone sentence nor a blank last page


def test_a_superseded_copy_says_plainly_that_no_review_is_due(sample):
    cover = sample["SLA-2025-004 r1"][0]
    assert "None (no longer in force)" in cover and "None:" not in cover
    assert "Superseded. A later revision replaces this one" in cover


def test_the_sample_drafts_choose_signatories_as_a_user_would(db):
    """Chosen on the agreement as contacts in the Signatory role: no signature is recorded
    before activation, which records one per party."""
    load_demo(db)
    for reference in ("SLA-2026-002", "SLA-2026-003"):
        detail = agreements.load_agreement(db, agreements.find_agreement(db, reference).id)
        assert detail.signatures == []
        chosen = [c for c in detail.form.contacts if c.role.value == "signatory"]
        assert len(chosen) == 1 + len(detail.form.customers)
