"""Copies no longer in force print the day their validity really ended, and a revision's
history lists only its own events and its predecessors'."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pypdf

from itsm_desktop.documents import render_agreement
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.services.snapshots import agreement_snapshot
from itsm_desktop.store import Database


def pdf_text(db: Database, agreement_id: int) -> str:
    reader = pypdf.PdfReader(io.BytesIO(render_agreement(agreement_snapshot(db, agreement_id))))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_a_superseded_copy_prints_when_it_was_replaced_not_its_planned_end(db: Database, make: Any) -> None:
    first = make.active_agreement(valid_from=date(2025, 1, 1), valid_to=date(2027, 3, 31),
                                  next_review=date(2026, 3, 24))
    second = agreements.revise_agreement(db, agreement_id=first.id)
    make.activate(second, signed_on=date(2026, 6, 1))

    snapshot = agreement_snapshot(db, first.id)
    assert snapshot.ended_on == date.today()  # the day the second revision was activated
    text = pdf_text(db, first.id)
    ended = f"{date.today().day} {date.today():%B %Y}"
    assert f"ENDED ON {ended}" in text
    assert f"ended on {ended}, when a later revision replaced it" in text
    assert "31 March 2027" not in text and "24 March 2026" not in text
    assert "Revision 2:" not in text  # the later revision's events belong to its own copy
    assert "Revision 2:" in pdf_text(db, second.id)


def test_an_expired_copy_ends_on_its_last_valid_day_and_a_terminated_one_on_termination(
        db: Database, make: Any) -> None:
    expired = make.activate(make.agreement(valid_from=date(2024, 1, 1), valid_to=date(2024, 12, 31)),
                            signed_on=date(2023, 12, 1))
    lifecycle.expire_due(db, today=date(2025, 2, 1))
    assert agreement_snapshot(db, expired.id).ended_on == date(2024, 12, 31)
    assert "ended on 31 December 2024, at the end of its validity" in pdf_text(db, expired.id)

    active = make.active_agreement(valid_from=date(2025, 1, 1), valid_to=date(2030, 12, 31))
    ended = lifecycle.terminate(db, agreement_id=active.id, version=active.version, reason="Merged")
    assert agreement_snapshot(db, ended.id).ended_on == date.today()
    text = pdf_text(db, ended.id)
    assert "when it was terminated" in text and "31 December 2030" not in text


def test_an_agreement_in_force_has_no_end_date_yet(db: Database, make: Any) -> None:
    assert agreement_snapshot(db, make.active_agreement().id).ended_on is None
