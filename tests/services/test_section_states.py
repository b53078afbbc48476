"""Nothing printed that nobody wrote: unfilled sections keep an agreement from review; sections
marked not applicable print one agreed sentence."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

import pypdf
import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.domain.enums import AgreementStatus, BillingPeriod, ChargeModel
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import AGREEMENT_TEXT_FIELDS
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store import Database

NOT_APPLICABLE = "This section does not apply to this agreement."
WRITTEN = {k: f"Agreed {k.replace('_', ' ')} wording." for k in AGREEMENT_TEXT_FIELDS}


def write_behind_the_services(db: Database, query: str, *params: Any) -> None:
    """Change the database as an older release or another tool might have left it."""
    if db.engine.dialect.name == "postgresql":
        query = query.replace("?", "%s")  # the driver's own placeholders
    with db.engine.begin() as connection:
        connection.exec_driver_sql(query, params)


def pdf_text(db: Database, agreement_id: int) -> str:
    data = render_agreement(agreement_snapshot(db, agreement_id))
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_an_unfilled_section_keeps_the_agreement_from_review_and_names_the_section(db: Database, make: Any) -> None:
    texts = {k: v for k, v in WRITTEN.items() if k != "security"}
    draft = make.agreement(not_applicable=["limitations"], **{**texts, "limitations": ""})
    with pytest.raises(ValidationError) as refused:
        make.submit(draft)
    assert refused.value.fields == {"not_applicable": "Write this section or mark it not applicable: "
                                                      "“Security and data protection”."}
    assert agreements.load_agreement(db, draft.id).agreement.status is AgreementStatus.DRAFT


def test_activation_checks_the_sections_again(db: Database, make: Any) -> None:
    reviewed = make.submit(make.agreement(**WRITTEN, not_applicable=[]))
    write_behind_the_services(db, "UPDATE agreement SET security = '' WHERE id = ?", reviewed.id)
    with pytest.raises(ValidationError) as refused:
        make.activate(agreements.load_agreement(db, reviewed.id).agreement)
    assert "“Security and data protection”" in refused.value.fields["not_applicable"]


def test_an_agreement_without_a_reference_is_refused(db: Database, make: Any) -> None:
    draft = make.agreement()
    write_behind_the_services(db, "UPDATE agreement SET reference = '' WHERE id = ?", draft.id)
    with pytest.raises(ValidationError) as refused:
        lifecycle.submit_for_review(db, agreement_id=draft.id, version=draft.version)
    assert refused.value.fields == {"reference": "Give the agreement a reference before submitting it for review."}


def test_sections_marked_not_applicable_print_the_agreed_sentence_in_force(db: Database, make: Any) -> None:
    texts = {**WRITTEN, "limitations": "", "charges": ""}
    priced = make.service(charge_model=ChargeModel.PER_USER, price=Decimal("4.20"),
                          billing_period=BillingPeriod.MONTH)
    active = make.activate(make.agreement(**texts, services=[priced], not_applicable=["limitations", "charges"]))
    text = pdf_text(db, active.id)
    assert text.count(NOT_APPLICABLE) == 2
    assert re.search(r"\d+ Limitations and constraints This section does not apply to this agreement\.", text)
    assert re.search(r"\d+ Charges This section does not apply to this agreement\. \d+ Glossary", text)
    assert "4.20" not in text  # the sentence alone: no catalog price below it
    assert "Agreed security wording." in text
    assert "To be completed" not in text


def test_written_text_is_printed_even_where_a_mark_was_left(db: Database, make: Any) -> None:
    active = make.activate(make.agreement(**WRITTEN, not_applicable=["limitations"]))
    text = pdf_text(db, active.id)
    assert "Agreed limitations wording." in text
    assert NOT_APPLICABLE not in text
