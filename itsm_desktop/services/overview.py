"""The at-a-glance read model of the home page: catalog by status, gaps, recent changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction, ServiceStatus
from itsm_desktop.domain.models import (
    Agreement,
    AgreementService,
    Contact,
    HistoryEntry,
    Organization,
    Record,
    Service,
    ServiceFamily,
)
from itsm_desktop.domain.translatable import message_from_data
from itsm_desktop.store import Database

LIVE_WITHOUT_AGREEMENT_LIMIT = 50
RECENT_LIMIT = 15


@dataclass(frozen=True)
class RecentChange:
    """One line of the history: what happened to which record, when and by whom."""

    entity: str
    entity_id: int
    label: str  # the record's name (or reference) now, or when it was deleted
    action: HistoryAction
    summary: str
    at: datetime
    who: str
    exists: bool  # False once the record was deleted
    fields: tuple[str, ...] = ()  # the keys of the fields an edit changed


@dataclass(frozen=True)
class Overview:
    """What the home page shows."""

    services_by_status: dict[ServiceStatus, int]
    live_without_agreement: list[tuple[int, str, str]]  # id, code, name
    live_without_agreement_total: int
    recent: list[RecentChange]

    @property
    def service_count(self) -> int:
        return sum(self.services_by_status.values())


_MODELS: dict[str, type[Record]] = {"service": Service, "agreement": Agreement, "organization": Organization,
                                    "contact": Contact, "service_family": ServiceFamily}


def _label(record: Record | None, entry: HistoryEntry) -> str:
    """How a changed record is named: reference and revision, code, or name."""
    if isinstance(record, Agreement):
        return f"{record.reference} rev. {record.revision}" if record.revision > 1 else record.reference
    if isinstance(record, Service):
        return f"{record.code} — {record.name}"
    name = getattr(record, "name", None)
    if name:
        return str(name)
    old = (entry.changes or {}).get("name") or (entry.changes or {}).get("reference")
    if isinstance(old, list) and any(old):  # [before, after]: a deletion has the first, a creation the second
        return str(next(v for v in old if v))
    return f"#{entry.entity_id}"


def _records(session: Session, entries: Sequence[HistoryEntry]) -> dict[tuple[str, int], Record]:
    """The records the history entries are about (those that still exist), one query a kind."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.entity in _MODELS:
            wanted.setdefault(entry.entity, set()).add(entry.entity_id)
    found: dict[tuple[str, int], Record] = {}
    for entity, ids in wanted.items():
        model = _MODELS[entity]
        for record in session.exec(select(model).where(col(model.id).in_(sorted(ids)))).all():
            if record.id is not None:
                found[entity, record.id] = record
    return found


def overview(db: Database, *, recent_limit: int = RECENT_LIMIT) -> Overview:
    """Counts per lifecycle status, live services no current agreement covers, latest changes.

    A service counts as covered by any agreement that is not expired, terminated or superseded.

    Cheap at 100,000 services: the counts read the index on (status, code) alone, the uncovered
    live services are counted as the live ones less the covered ones (SQLite answers that a
    third quicker than counting them directly), and the first of them are read in code order
    from that index.
    """
    with db.read() as session:
        counts = {status: 0 for status in ServiceStatus}
        for status, n in session.exec(select(Service.status, func.count()).group_by(Service.status)).all():
            counts[ServiceStatus(status)] = int(n)
        current = (select(AgreementService.service_id)
                   .join(Agreement, col(Agreement.id) == AgreementService.agreement_id)
                   .where(col(Agreement.status).in_([AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW,
                                                     AgreementStatus.ACTIVE])))
        live = col(Service.status) == ServiceStatus.LIVE
        covered = int(session.exec(select(func.count()).select_from(Service)
                                   .where(live, col(Service.id).in_(current))).one())
        total = counts[ServiceStatus.LIVE] - covered
        uncovered = sa.and_(live, col(Service.id).not_in(current))
        rows = session.exec(select(Service.id, Service.code, Service.name).where(uncovered)
                            .order_by(col(Service.status), col(Service.code))
                            .limit(LIVE_WITHOUT_AGREEMENT_LIMIT)).all() if total else []
        # the records a user edits: not the bookkeeping of imports and computed service levels
        entries = session.exec(select(HistoryEntry).where(col(HistoryEntry.entity).in_(list(_MODELS)))
                               .order_by(col(HistoryEntry.at).desc(),
                                                             col(HistoryEntry.id).desc())
                               .limit(recent_limit)).all()
        records = _records(session, entries)
        recent = []
        for entry in entries:
            record = records.get((entry.entity, entry.entity_id))
            recent.append(RecentChange(entity=entry.entity, entity_id=entry.entity_id,
                                       label=_label(record, entry), action=entry.action,
                                       summary=message_from_data(entry.summary_message, entry.summary), at=entry.at, who=entry.who,
                                       exists=record is not None,
                                       fields=tuple(entry.changes or ()) if entry.action == HistoryAction.UPDATED
                                       else ()))
        return Overview(services_by_status=counts,
                        live_without_agreement=[(i, c, n) for i, c, n in rows if i is not None],
                        live_without_agreement_total=total, recent=recent)
