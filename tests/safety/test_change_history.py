"""Change history: every create, update, delete and lifecycle step says who, when and what."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction, ServiceStatus
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.models import HistoryEntry
from itsm_desktop.services import agreements, catalog, lifecycle, stakeholders
from itsm_desktop.services.common import current_user
from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.maintenance import check_database, history_of
from itsm_desktop.store import Database

from .safety_helpers import KINDS, Kind


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _check_who_and_when(entries: list[HistoryEntry], start: datetime) -> None:
    end = datetime.now(UTC) + timedelta(seconds=1)
    moments = [_utc(e.at) for e in entries]
    assert all(start - timedelta(seconds=1) <= m <= end for m in moments)
    assert moments == sorted(moments)
    assert {e.who for e in entries} == {current_user()} and current_user()
    assert all(e.summary for e in entries)


@pytest.mark.parametrize("kind", KINDS, ids=[k.entity for k in KINDS])
def test_create_update_delete_each_leave_who_when_what(db: Database, make, kind: Kind) -> None:
    start = datetime.now(UTC)
    record = kind.make(make)
    version, form = kind.load(db, record.id)
    old = getattr(form, kind.field)
    setattr(form, kind.field, "changed by the test")
    kind.save(db, record.id, version, form)
    kind.delete(db, record.id)
    entries = history_of(db, kind.entity, record.id)  # the history outlives the record
    assert [e.action for e in entries] == [HistoryAction.CREATED, HistoryAction.UPDATED, HistoryAction.DELETED]
    created, updated, deleted = entries
    assert created.changes and all(before is None for before, _after in created.changes.values())
    assert updated.changes == {kind.field: [old, "changed by the test"]}
    assert kind.field in updated.summary
    assert deleted.changes and deleted.changes[kind.field] == ["changed by the test", None]
    assert all(after is None for _before, after in deleted.changes.values())
    _check_who_and_when(entries, start)
    assert check_database(db.path)[0] == []


@pytest.mark.parametrize("kind", KINDS, ids=[k.entity for k in KINDS])
def test_a_refused_save_leaves_no_history(db: Database, make, kind: Kind) -> None:
    record = kind.make(make)
    version, form = kind.load(db, record.id)
    setattr(form, kind.field, "bad\x00text")
    with pytest.raises(ValidationError):
        kind.save(db, record.id, version, form)
    assert [e.action for e in history_of(db, kind.entity, record.id)] == [HistoryAction.CREATED]


def test_undoing_a_delete_is_recorded_too(db: Database, make) -> None:
    org = make.customer("Comes back")
    form = stakeholders.organization_form(org)
    stakeholders.delete_organization(db, organization_id=org.id)
    stakeholders.create_organization(db, form=form, restore_id=org.id)
    actions = [e.action for e in history_of(db, "organization", org.id)]
    assert actions == [HistoryAction.CREATED, HistoryAction.DELETED, HistoryAction.CREATED]
    assert check_database(db.path)[0] == []


def test_service_lifecycle_steps_are_recorded(db: Database, make) -> None:
    service = make.service(status=ServiceStatus.LIVE)
    catalog.set_service_status(db, service_id=service.id, version=service.version,
                               status=ServiceStatus.RETIRING)
    last = history_of(db, "service", service.id)[-1]
    assert last.action == HistoryAction.UPDATED and last.changes == {"status": ["live", "retiring"]}


def _status_changes(entries: list[HistoryEntry]) -> list[tuple[int, list[Any] | None]]:
    return [(e.entity_id, (e.changes or {}).get("status")) for e in entries
            if e.action == HistoryAction.STATUS]


def test_agreement_history_survives_revisions(db: Database, make) -> None:
    start = datetime.now(UTC)
    first = make.agreement()
    submitted = make.submit(first)
    back = lifecycle.return_to_draft(db, agreement_id=first.id, version=submitted.version)
    active = make.activate(back)
    second = agreements.revise_agreement(db, agreement_id=active.id)
    detail = agreements.load_agreement(db, second.id)
    detail.form.scope = "Revised scope."
    edited = agreements.update_agreement(db, agreement_id=second.id, version=detail.agreement.version,
                                         form=detail.form)
    active2 = make.activate(edited)
    ended = lifecycle.terminate(db, agreement_id=second.id, version=active2.version, reason="Moved away")

    entries = history_of(db, "agreement", second.id)
    assert history_of(db, "agreement", first.id) == entries  # one history for all revisions
    assert [(e.entity_id, e.action) for e in entries] == [
        (first.id, HistoryAction.CREATED),
        (first.id, HistoryAction.STATUS), (first.id, HistoryAction.STATUS),
        (first.id, HistoryAction.STATUS), (first.id, HistoryAction.STATUS),
        (second.id, HistoryAction.REVISED), (second.id, HistoryAction.UPDATED),
        (second.id, HistoryAction.STATUS), (second.id, HistoryAction.STATUS),
        (first.id, HistoryAction.STATUS), (second.id, HistoryAction.STATUS),
    ]
    assert _status_changes(entries) == [
        (first.id, ["draft", "in_review"]), (first.id, ["in_review", "draft"]),
        (first.id, ["draft", "in_review"]), (first.id, ["in_review", "active"]),
        (second.id, ["draft", "in_review"]), (second.id, ["in_review", "active"]),
        (first.id, ["active", "superseded"]), (second.id, ["active", "terminated"]),
    ]
    assert entries[6].changes == {"scope": ["", "Revised scope."]}
    assert "Moved away" in entries[-1].summary
    assert ended.status == AgreementStatus.TERMINATED
    _check_who_and_when(entries, start)
    assert check_database(db.path)[0] == []


def test_expiry_and_duplicates_are_recorded(db: Database, make) -> None:
    active = make.active_agreement(valid_to=date(2026, 6, 30))
    assert lifecycle.expire_due(db, today=date(2026, 7, 1))
    last = history_of(db, "agreement", active.id)[-1]
    assert last.action == HistoryAction.STATUS and last.changes == {"status": ["active", "expired"]}
    copy = agreements.duplicate_agreement(db, agreement_id=active.id)
    assert [e.action for e in history_of(db, "agreement", copy.id)] == [HistoryAction.CREATED]


# --- the health check looks at the history too --------------------------------------------


def _sql(db: Database, *statements: str) -> None:
    with closing(sqlite3.connect(db.path)) as con:
        for statement in statements:
            con.execute(statement)
        con.commit()


def _entry(entity: str, entity_id: int, action: str = "updated", changes: str = "null") -> str:
    return ("INSERT INTO history_entry (entity, entity_id, action, at, who, summary, changes) VALUES "
            f"('{entity}', {entity_id}, '{action}', '2026-01-01 00:00:00', 'someone', 'x', '{changes}')")


def test_a_healthy_history_passes(db: Database, make) -> None:
    org = make.customer()
    make.active_agreement()
    stakeholders.delete_organization(db, organization_id=org.id)
    problems, summary = check_database(db.path)
    assert problems == [] and summary.endswith("healthy.")


def test_the_sample_portfolio_passes(db: Database) -> None:
    load_demo(db)
    assert check_database(db.path)[0] == []


@pytest.mark.parametrize(("damage", "expected"), [
    ("DELETE FROM contact", "History: contact"),
    ("gone-agreement", "History: agreement"),
    ("deleted-but-here", "is recorded as deleted but still exists"),
    ("bad-json", "unreadable change details"),
    ("unknown-entity", "unknown kind of record"),
    ("unknown-action", "unknown action"),
])
def test_history_problems_are_found(db: Database, make, damage: str, expected: str) -> None:
    contact = make.contact()
    agreement = make.agreement()
    statements = {
        "gone-agreement": [f"DELETE FROM agreement WHERE id = {agreement.id}"],
        "deleted-but-here": [_entry("contact", contact.id, "deleted")],
        "bad-json": [_entry("contact", contact.id, changes="{not json")],
        "unknown-entity": [_entry("invoice", 1)],
        "unknown-action": [_entry("contact", contact.id, "teleported")],
    }.get(damage, [damage])
    _sql(db, *statements)
    problems, _summary = check_database(db.path)
    assert [p for p in problems if expected in p], problems
    assert all("\n" not in p for p in problems)


def test_history_changes_are_plain_json(db: Database, make) -> None:
    make.active_agreement()
    with closing(sqlite3.connect(db.path)) as con:
        for (changes,) in con.execute("SELECT changes FROM history_entry"):
            value = json.loads(changes) if changes is not None else None
            assert value is None or isinstance(value, dict)
