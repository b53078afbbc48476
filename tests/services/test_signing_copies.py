"""A signing copy leaves lines to sign, name, title, place and date; an executed copy says who
signed and when, and no blank line."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pypdf
import pytest

from itsm_desktop.documents import render_agreement
from itsm_desktop.domain.enums import AgreementContactRole, AgreementStatus, Side
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import AgreementContactRow, CustomerRow, SignatureRow
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store import Database


def signatures_page(db: Database, agreement_id: int) -> str:
    reader = pypdf.PdfReader(io.BytesIO(render_agreement(agreement_snapshot(db, agreement_id))))
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    return text[text.rindex("Signatures Signed for the parties"):]


def test_the_signing_copy_has_every_line_and_the_executed_copy_who_signed_and_when(db: Database, make: Any) -> None:
    finance = make.customer("Finance")
    cfo = make.contact(finance, "Catherine Hale", job_title="Finance Director")
    draft = make.agreement(customers=[finance])
    form = agreements.load_agreement(db, draft.id).form
    form.customers = [CustomerRow(organization_id=finance.id, representative_id=cfo.id)]
    draft = agreements.update_agreement(db, agreement_id=draft.id, version=draft.version, form=form)

    unchosen = signatures_page(db, draft.id)  # the representative is not assumed to sign
    assert re.search(r"FOR THE CUSTOMER Finance Signature Name Title Place Date", unchosen)
    assert "Catherine Hale" not in unchosen

    form = agreements.load_agreement(db, draft.id).form
    form.contacts = [AgreementContactRow(contact_id=cfo.id, role=AgreementContactRole.SIGNATORY)]
    draft = agreements.update_agreement(db, agreement_id=draft.id, version=draft.version, form=form)
    signing = signatures_page(db, draft.id)
    assert re.search(r"FOR THE CUSTOMER Finance Signature Name Catherine Hale Title Finance Director Place Date", signing)
    assert "Signed on" not in signing

    reviewed = make.submit(draft)
    lifecycle.activate(db, agreement_id=reviewed.id, version=reviewed.version, signed_on=date(2026, 1, 12),
                       signatures=[SignatureRow(side=Side.CUSTOMER, organization_id=finance.id,
                                                signatory_name="Catherine Hale", signatory_title="Finance Director",
                                                place=" Leeds ")])
    executed = signatures_page(db, draft.id)
    assert ("FOR THE CUSTOMER Finance Signed on 12 January 2026. Name Catherine Hale Title Finance Director "
            "Place Leeds Date 12 January 2026") in executed


def test_a_place_on_two_lines_is_refused_and_nothing_is_signed(db: Database, make: Any) -> None:
    reviewed = make.submit(make.agreement())
    with pytest.raises(ValidationError) as refused:
        lifecycle.activate(db, agreement_id=reviewed.id, version=reviewed.version, signed_on=date(2026, 1, 12),
                           signatures=[SignatureRow(signatory_name="Ann", place="Leeds\nYorkshire")])
    assert list(refused.value.fields) == ["signatures.0.place"]
    assert agreements.load_agreement(db, reviewed.id).agreement.status is AgreementStatus.IN_REVIEW
