"""The clause library: editing a clause's wording makes a new version, agreements keep the
version they carry, a new agreement starts with its kind's defaults, and the printed
agreement says which clause version it carries."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pypdf
import pytest

from itsm_desktop.domain.clauses import ClauseForm, CreditRow
from itsm_desktop.domain.enums import AgreementKind, ClauseTopic
from itsm_desktop.domain.errors import InUseError, ValidationError
from itsm_desktop.services import agreements, clauses, printing
from itsm_desktop.store import Database


def credits_form(**fields: Any) -> ClauseForm:
    fields.setdefault("title", "Service credits for availability")
    fields.setdefault("text", "Missed availability earns a credit against the next charge.")
    fields.setdefault("credits", [CreditRow("Below target by less than 0.5 points", Decimal("5")),
                                  CreditRow("Below target by 0.5 points or more", Decimal("10"))])
    fields.setdefault("credit_cap_percent", Decimal("25"))
    fields.setdefault("default_for", [AgreementKind.SLA])
    return ClauseForm(topic=ClauseTopic.SERVICE_CREDITS, **fields)


def liability_form(text: str = "Neither party is liable for indirect loss.") -> ClauseForm:
    return ClauseForm(topic=ClauseTopic.LIABILITY, title="Limits of liability", text=text,
                      default_for=[AgreementKind.SLA, AgreementKind.UC])


def pdf_text(db: Database, agreement_id: int) -> str:
    reader = pypdf.PdfReader(io.BytesIO(printing.agreement_pdf(db, agreement_id, page_size="A4")))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_editing_a_clause_makes_a_new_version_and_agreements_keep_theirs(db: Database, make: Any) -> None:
    liability = clauses.create_clause(db, form=liability_form())
    old = make.agreement()
    assert [v.label for v in clauses.agreement_clauses(db, old.id)] == ["Limits of liability, version 1"]

    clause, form = clauses.load_clause(db, liability.id)
    form.text = "Neither party is liable for indirect or consequential loss."
    clauses.update_clause(db, clause_id=liability.id, version=clause.version, form=form)
    clause, form = clauses.load_clause(db, liability.id)
    form.default_for = [AgreementKind.SLA]  # no new wording: no new version
    clauses.update_clause(db, clause_id=liability.id, version=clause.version, form=form)

    history = clauses.clause_history(db, liability.id)
    assert [(v.number, v.text) for v in history] == [
        (2, "Neither party is liable for indirect or consequential loss."),
        (1, "Neither party is liable for indirect loss.")]
    carried = clauses.agreement_clauses(db, old.id)
    assert [(v.number, v.latest) for v in carried] == [(1, 2)]
    text = pdf_text(db, old.id)
    assert "Neither party is liable for indirect loss." in text
    assert "Standard clause “Limits of liability”, version 1." in text

    new = make.agreement()
    assert [v.label for v in clauses.agreement_clauses(db, new.id)] == ["Limits of liability, version 2"]
    assert "Standard clause “Limits of liability”, version 2." in pdf_text(db, new.id)


def test_each_kind_starts_with_its_own_defaults_in_library_order(db: Database, make: Any) -> None:
    clauses.create_clause(db, form=credits_form())
    clauses.create_clause(db, form=liability_form())
    sla = make.agreement(kind=AgreementKind.SLA)
    uc = make.agreement(kind=AgreementKind.UC)
    ola = make.agreement(kind=AgreementKind.OLA)
    assert [v.topic for v in clauses.agreement_clauses(db, sla.id)] == [ClauseTopic.LIABILITY,
                                                                       ClauseTopic.SERVICE_CREDITS]
    assert [v.topic for v in clauses.agreement_clauses(db, uc.id)] == [ClauseTopic.LIABILITY]
    assert clauses.agreement_clauses(db, ola.id) == []
    assert "Standard terms" not in pdf_text(db, ola.id)


def test_service_credits_print_as_a_table_with_their_cap(db: Database, make: Any) -> None:
    clauses.create_clause(db, form=credits_form())
    text = pdf_text(db, make.agreement().id)
    assert ("When Service credit Below target by less than 0.5 points 5 % Below target by 0.5 points or more 10 %"
            in text)
    assert "together they amount to at most 25 % of it in any month" in text


def test_a_revision_carries_the_clause_versions_of_the_one_it_revises(db: Database, make: Any) -> None:
    liability = clauses.create_clause(db, form=liability_form())
    active = make.active_agreement()
    clause, form = clauses.load_clause(db, liability.id)
    form.text = "A newer wording."
    clauses.update_clause(db, clause_id=liability.id, version=clause.version, form=form)

    revision = agreements.revise_agreement(db, agreement_id=active.id)

    assert [v.number for v in clauses.agreement_clauses(db, revision.id)] == [1]
    newest = clauses.clause_history(db, liability.id)[0]
    moved = clauses.set_agreement_clauses(db, agreement_id=revision.id, version=revision.version,
                                          clause_version_ids=[newest.id])
    assert [v.number for v in clauses.agreement_clauses(db, revision.id)] == [2]
    assert [v.number for v in clauses.agreement_clauses(db, active.id)] == [1]
    assert moved.version == revision.version  # an editor open on the revision saves on


def test_an_active_agreement_keeps_its_clauses(db: Database, make: Any) -> None:
    clauses.create_clause(db, form=liability_form())
    active = make.active_agreement()
    with pytest.raises(ValidationError) as refused:
        clauses.set_agreement_clauses(db, agreement_id=active.id, version=active.version, clause_version_ids=[])
    assert "can no longer be changed" in refused.value.fields["clauses"]
    assert len(clauses.agreement_clauses(db, active.id)) == 1


def test_two_versions_of_one_clause_are_refused(db: Database, make: Any) -> None:
    liability = clauses.create_clause(db, form=liability_form())
    clause, form = clauses.load_clause(db, liability.id)
    form.text = "Another wording."
    clauses.update_clause(db, clause_id=liability.id, version=clause.version, form=form)
    draft = make.agreement()
    ids = [v.id for v in clauses.clause_history(db, liability.id)]
    with pytest.raises(ValidationError) as refused:
        clauses.set_agreement_clauses(db, agreement_id=draft.id, version=draft.version, clause_version_ids=ids)
    assert refused.value.fields == {"clauses": "An agreement carries one version of each clause."}


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"credit_cap_percent": None}, "credit_cap_percent", "the cap"),
    ({"credit_cap_percent": Decimal("8")}, "credit_cap_percent", "at least as large as every credit"),
    ({"credits": []}, "credits", "at least one step"),
    ({"credits": [CreditRow("Below target", Decimal("120"))]}, "credits.0.credit_percent", "at most 100 %"),
    ({"credits": [CreditRow("", Decimal("5"))]}, "credits.0.shortfall", "The condition is required."),
    ({"text": "  "}, "text", "The text is required."),
    ({"title": "Two\nlines"}, "title", "one line"),
])
def test_a_bad_clause_is_refused_with_its_field(db: Database, changes: dict[str, Any], field: str,
                                                message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clauses.create_clause(db, form=credits_form(**changes))
    assert message in refused.value.fields[field]
    assert clauses.list_clauses(db) == []


def test_a_credit_table_belongs_to_service_credits_only(db: Database) -> None:
    form = liability_form()
    form.credits = [CreditRow("Below target", Decimal("5"))]
    with pytest.raises(ValidationError) as refused:
        clauses.create_clause(db, form=form)
    assert list(refused.value.fields) == ["credits"]


def test_a_clause_an_agreement_carries_stays_in_the_library(db: Database, make: Any) -> None:
    liability = clauses.create_clause(db, form=liability_form())
    spare = clauses.create_clause(db, form=credits_form(default_for=[]))
    agreement = make.agreement()
    refusal = clauses.clause_deletion_refusal(db, clause_id=liability.id)
    assert refusal is not None and str(refusal) == (
        f"“Limits of liability” is carried by {agreement.reference}; it stays in the library for them.")
    with pytest.raises(InUseError):
        clauses.delete_clause(db, clause_id=liability.id, version=liability.version)
    clauses.delete_clause(db, clause_id=spare.id, version=spare.version)
    assert [c.title for c in clauses.list_clauses(db)] == ["Limits of liability"]
