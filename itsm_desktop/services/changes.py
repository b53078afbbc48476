"""What a use case changed: the kinds and ids of the records it created, updated or deleted.

The unit of work records it by itself: every session flush reports its new, changed and deleted
rows, and what a committed transaction wrote is handed to the collector the caller opened
around the use case (``collect_changes``). A rolled-back transaction reports nothing. Child
rows (a service's components, an agreement's targets …) count as a change of their parent.
The use-case functions keep their return values; nobody reports changes by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

__all__ = ["Action", "Change", "ChangeCollector", "Changes", "collect_changes"]

_PENDING = "itsm_pending_changes"


class Action(StrEnum):
    """What happened to a record."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """One record of one kind ("service", "agreement" …) was created, updated or deleted."""

    kind: str
    id: int
    action: Action


@dataclass(frozen=True)
class Changes:
    """Everything one use case changed (empty when it only read, or was refused)."""

    items: frozenset[Change] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.items)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.items | other.items)

    def kinds(self) -> list[str]:
        """The kinds of record that changed, in a stable order."""
        return sorted({c.kind for c in self.items})

    def ids(self, kind: str, action: Action | None = None) -> tuple[int, ...]:
        """The ids of ``kind`` that changed (in ``action`` only, when given), ascending."""
        return tuple(sorted({c.id for c in self.items
                             if c.kind == kind and (action is None or c.action == action)}))

    def touches(self, kind: str, record_id: int) -> bool:
        return any(c.kind == kind and c.id == record_id for c in self.items)


# table → (kind, the column naming the record); a child row changes its parent record
_OWN_TABLES = {
    "organization": "organization",
    "contact": "contact",
    "service_family": "family",
    "service": "service",
    "agreement": "agreement",
    "clause": "clause",
    "achieved_value": "achieved_value",
    "import_batch": "import_batch",
}
_CHILD_TABLES = {
    "service_component": ("service", "service_id"),
    "service_dependency": ("service", "service_id"),
    "service_supplier": ("service", "service_id"),
    "service_consumer": ("service", "service_id"),
    "agreement_customer": ("agreement", "agreement_id"),
    "agreement_service": ("agreement", "agreement_id"),
    "service_level_target": ("agreement", "agreement_id"),
    "responsibility": ("agreement", "agreement_id"),
    "agreement_contact": ("agreement", "agreement_id"),
    "signature": ("agreement", "agreement_id"),
    "provider_profile": ("organization", "organization_id"),
    "user_profile": ("contact", "contact_id"),
    "clause_version": ("clause", "clause_id"),
    "agreement_clause": ("agreement", "agreement_id"),
    "underpinning_link": ("underpinning", "target_id"),  # the SLA target resting on another
}


def _change_of(row: Any, action: Action) -> Change | None:
    table = getattr(row, "__tablename__", None)
    if not isinstance(table, str):
        return None
    kind = _OWN_TABLES.get(table)
    if kind is not None:
        record_id = getattr(row, "id", None)
        return Change(kind, record_id, action) if isinstance(record_id, int) else None
    child = _CHILD_TABLES.get(table)
    if child is None:
        return None  # history entries and other bookkeeping rows are no record of their own
    kind, column = child
    parent_id = getattr(row, column, None)
    return Change(kind, parent_id, Action.UPDATED) if isinstance(parent_id, int) else None


@dataclass
class ChangeCollector:
    """Gathers what the committed transactions of one use case changed."""

    _items: set[Change] = field(default_factory=set)

    def add(self, changes: Iterable[Change]) -> None:
        self._items.update(changes)

    def result(self) -> Changes:
        """What was changed; a record created and changed again counts as created only."""
        created = {(c.kind, c.id) for c in self._items if c.action == Action.CREATED}
        deleted = {(c.kind, c.id) for c in self._items if c.action == Action.DELETED}
        kept = {c for c in self._items
                if c.action != Action.UPDATED or ((c.kind, c.id) not in created | deleted)}
        return Changes(frozenset(kept))


_collector: ContextVar[ChangeCollector | None] = ContextVar("itsm_change_collector", default=None)


@contextmanager
def collect_changes(collector: ChangeCollector | None = None) -> Iterator[ChangeCollector]:
    """Collect what the use cases called inside the block (in this thread) change."""
    collector = collector if collector is not None else ChangeCollector()
    token = _collector.set(collector)
    try:
        yield collector
    finally:
        _collector.reset(token)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    if _collector.get() is None:
        return
    pending: set[Change] = session.info.setdefault(_PENDING, set())
    for rows, action in ((session.new, Action.CREATED), (session.deleted, Action.DELETED)):
        pending.update(c for c in (_change_of(row, action) for row in rows) if c is not None)
    changed = (row for row in session.dirty if session.is_modified(row))
    pending.update(c for c in (_change_of(row, Action.UPDATED) for row in changed) if c is not None)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    collector = _collector.get()
    if pending and collector is not None:
        collector.add(pending)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
