"""Creating many new services at once, for imports of thousands of rows.

Saving a service through its use case costs some fifteen statements (checks, child rows,
snapshots, history); at 10,000 rows that is minutes. New services of an import are instead
written with a handful of multi-row statements. Their rules are those of the use case: each
form has passed ``service_problems`` and the preview resolved every reference against the
database exactly as ``check_service_form`` demands (codes unique, provider an internal unit,
suppliers of kind supplier, contacts and services existing, no cycles among the new rows).
So that the preview's findings still hold, the commit first checks that none of the tables
the preview read has changed since; otherwise the import is refused and nothing is written.
The record and history written are those of ``create_service``: a test compares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.forms import ServiceForm
from itsm_desktop.domain.models import (
    AgreementService,
    Contact,
    HistoryEntry,
    Organization,
    Service,
    ServiceComponent,
    ServiceConsumer,
    ServiceDependency,
    ServiceFamily,
    ServiceSupplier,
    utcnow,
)
from itsm_desktop.services.common import current_user, plain
from itsm_desktop.store import search_sources

from .operations import SERVICE

_LISTS = ("components", "depends_on", "suppliers", "consumers")
STATE_TABLES = (Service, ServiceFamily, Organization, Contact)
"""The tables whose records an import of services names."""

State = tuple[tuple[Any, ...], ...]
CHUNK = 500


def database_state(session: Session) -> State:
    """A fingerprint of the tables an import reads: any insert, update or delete changes it."""
    out = []
    for model in STATE_TABLES:
        out.append(tuple(session.execute(sa.select(
            sa.func.count(), sa.func.max(col(model.id)), sa.func.sum(col(model.version)))).one()))
    return tuple(out)


def create_services(session: Session, forms: Sequence[ServiceForm],
                    later: Sequence[Sequence[str]]) -> list[int]:
    """Insert new services (``later``: codes of other new services each depends on)."""
    now = utcnow()
    records = []
    for form in forms:
        values = {k: v for k, v in vars(form).items() if k not in _LISTS}
        values.update(code=form.code.strip(), name=form.name.strip(), created_at=now, updated_at=now, version=1,
                      search_text="")  # composed below, once the rows it names are in
        records.append(values)
    table = Service.__table__  # type: ignore[attr-defined]
    inserted = session.execute(sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), records)
    ids = [row[0] for row in inserted]
    by_code = {form.code.strip(): sid for form, sid in zip(forms, ids, strict=True)}
    for form, names in zip(forms, later, strict=True):
        form.depends_on = sorted({*form.depends_on, *(by_code[n] for n in names)})
    _children(session, forms, ids)
    search_sources.refresh(session.connection(), "service", ids)
    _history(session, forms, ids, now)
    return ids


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(sa.insert(model.__table__), rows)


def _children(session: Session, forms: Sequence[ServiceForm], ids: Sequence[int]) -> None:
    components, dependencies, suppliers, consumers = [], [], [], []
    for form, sid in zip(forms, ids, strict=True):
        components += [{"service_id": sid, "name": c.name.strip(), "kind": c.kind, "notes": c.notes,
                        "position": pos} for pos, c in enumerate(form.components)]
        dependencies += [{"service_id": sid, "depends_on_id": dep, "notes": ""} for dep in form.depends_on]
        suppliers += [{"service_id": sid, "supplier_id": s.supplier_id, "supplies": s.supplies,
                       "contract_reference": s.contract_reference} for s in form.suppliers]
        consumers += [{"service_id": sid, "organization_id": c.organization_id, "role": c.role,
                       "users": c.users} for c in form.consumers]
    _insert(session, ServiceComponent, components)
    _insert(session, ServiceDependency, dependencies)
    _insert(session, ServiceSupplier, suppliers)
    _insert(session, ServiceConsumer, consumers)


def _history(session: Session, forms: Sequence[ServiceForm], ids: Sequence[int], now: Any) -> None:
    who = current_user()
    rows = []
    for form, sid in zip(forms, ids, strict=True):
        label = SERVICE.describe(Service(code=form.code.strip(), name=form.name.strip()))
        changes = {k: [None, plain(v)] for k, v in vars(form).items() if v not in (None, "", [], {})}
        rows.append({"entity": str(Service.__tablename__), "entity_id": sid, "action": HistoryAction.CREATED,
                     "at": now, "who": who, "summary": f"Created {label}", "changes": changes})
    _insert(session, HistoryEntry, rows)


def delete_created_services(session: Session, forms: dict[int, ServiceForm]) -> bool:
    """Delete services an import created, unchanged since (version 1), in a few statements.

    Returns False — having changed nothing — when any of them was edited since or is now
    named by another service or an agreement: the caller then deletes them one by one
    through the use case, whose guard explains what holds each one.
    """
    ids = list(forms)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        edited = session.execute(sa.select(sa.func.count()).where(
            col(Service.id).in_(chunk), col(Service.version) != 1)).scalar_one()
        held = session.execute(sa.select(sa.func.count()).select_from(ServiceDependency).where(
            col(ServiceDependency.depends_on_id).in_(chunk), col(ServiceDependency.service_id).not_in(ids))
        ).scalar_one()
        covered = session.execute(sa.select(sa.func.count()).select_from(AgreementService).where(
            col(AgreementService.service_id).in_(chunk))).scalar_one()
        if edited or held or covered:
            return False
    now, who = utcnow(), current_user()
    chunks = [ids[start:start + CHUNK] for start in range(0, len(ids), CHUNK)]
    for table in (ServiceComponent, ServiceDependency, ServiceSupplier, ServiceConsumer):
        rows = table.__table__  # type: ignore[union-attr]
        for chunk in chunks:  # every row naming them first: they may depend on each other
            session.execute(sa.delete(rows).where(rows.c.service_id.in_(chunk)))
    for chunk in chunks:
        session.execute(sa.delete(Service.__table__).where(col(Service.id).in_(chunk)))  # type: ignore[attr-defined]
    _insert(session, HistoryEntry, [
        {"entity": str(Service.__tablename__), "entity_id": sid, "action": HistoryAction.DELETED, "at": now,
         "who": who, "summary": f"Deleted {SERVICE.describe(Service(code=form.code, name=form.name))}",
         "changes": {k: [plain(v), None] for k, v in vars(form).items()}}
        for sid, form in forms.items()])
    return True
