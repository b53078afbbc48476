"""What needs attention in the agreements: the lists the Home page shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import col, func, select

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    HistoryAction,
    ServiceStatus,
    ServiceType,
)
from itsm_desktop.domain.models import Agreement, AgreementService, HistoryEntry, Service
from itsm_desktop.domain.translatable import Days, translatable
from itsm_desktop.store import Database

EXPIRY_WINDOW_DAYS = 60
REVIEW_WINDOW_DAYS = 30


@dataclass(frozen=True)
class AttentionItem:
    """One line of a Home page list: which record it opens, what it says, how urgent it is."""

    entity: str
    record_id: int
    title: str
    detail: str
    urgent: bool = False


def _agreement_title(a: Agreement) -> str:
    revision = f" rev. {a.revision}" if a.revision > 1 else ""
    return f"{a.reference}{revision} — {a.title}"


def expiring_agreements(db: Database, *, today: date | None = None, within_days: int = EXPIRY_WINDOW_DAYS,
                        limit: int | None = None) -> list[AttentionItem]:
    """Active agreements whose validity ends within ``within_days`` days, soonest first."""
    today = today or date.today()
    with db.read() as session:
        rows = session.exec(select(Agreement).where(
            Agreement.status == AgreementStatus.ACTIVE, col(Agreement.valid_to).is_not(None),
            col(Agreement.valid_to) >= today,
            col(Agreement.valid_to) <= today + timedelta(days=within_days))
            .order_by(col(Agreement.valid_to), col(Agreement.reference)).limit(limit)).all()
    items = []
    for a in rows:
        assert a.id is not None and a.valid_to is not None
        left = (a.valid_to - today).days
        detail = (translatable("Valid to {date} (ends today)", date=a.valid_to) if left == 0 else
                  translatable("Valid to {date} (ends in {days})", date=a.valid_to, days=Days(left)))
        items.append(AttentionItem("agreement", a.id, _agreement_title(a), detail, urgent=left <= 14))
    return items


def reviews_due(db: Database, *, today: date | None = None, within_days: int = REVIEW_WINDOW_DAYS,
                limit: int | None = None) -> list[AttentionItem]:
    """Active agreements whose next review is overdue or due within ``within_days`` days."""
    today = today or date.today()
    with db.read() as session:
        rows = session.exec(select(Agreement).where(
            Agreement.status == AgreementStatus.ACTIVE, col(Agreement.next_review).is_not(None),
            col(Agreement.next_review) <= today + timedelta(days=within_days))
            .order_by(col(Agreement.next_review), col(Agreement.reference)).limit(limit)).all()
    items = []
    for a in rows:
        assert a.id is not None and a.next_review is not None
        left = (a.next_review - today).days
        if left < 0:
            detail = translatable("Review overdue since {date} ({days})", date=a.next_review, days=Days(-left))
        elif left == 0:
            detail = translatable("Review due today")
        else:
            detail = translatable("Review due on {date} (in {days})", date=a.next_review, days=Days(left))
        items.append(AttentionItem("agreement", a.id, _agreement_title(a), detail, urgent=left <= 0))
    return items


def waiting_in_review(db: Database, *, limit: int | None = None) -> list[AttentionItem]:
    """Agreements submitted for review and not yet activated or returned, longest waiting first.

    They wait since their last status change (the submission), else since their last change.
    """
    submitted = (select(HistoryEntry.entity_id, func.max(HistoryEntry.at).label("at"))
                 .where(HistoryEntry.entity == "agreement", HistoryEntry.action == HistoryAction.STATUS)
                 .group_by(col(HistoryEntry.entity_id)).subquery())
    since = func.coalesce(submitted.c.at, Agreement.updated_at)
    with db.read() as session:
        rows = session.exec(select(Agreement, since)
                            .outerjoin(submitted, submitted.c.entity_id == Agreement.id)
                            .where(Agreement.status == AgreementStatus.IN_REVIEW)
                            .order_by(since, col(Agreement.reference)).limit(limit)).all()
    items = []
    for a, moment in rows:
        assert a.id is not None
        day = _utc(moment).astimezone().date() if isinstance(moment, datetime) else str(moment)[:10]
        items.append(AttentionItem("agreement", a.id, _agreement_title(a),
                                   translatable("{kind} in review since {date}", kind=a.kind.value, date=day)))
    return items


def _utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def services_without_active_sla(db: Database, *, limit: int | None = None) -> list[AttentionItem]:
    """Live business-facing services that no active SLA covers, by code.

    Supporting services are left out: other teams rely on them through OLAs, not SLAs.
    """
    covered = (select(AgreementService.service_id)
               .join(Agreement, col(Agreement.id) == col(AgreementService.agreement_id))
               .where(Agreement.status == AgreementStatus.ACTIVE, Agreement.kind == AgreementKind.SLA))
    with db.read() as session:
        rows = session.exec(select(Service).where(
            Service.status == ServiceStatus.LIVE, Service.service_type == ServiceType.BUSINESS,
            sa.not_(col(Service.id).in_(covered))).order_by(col(Service.code)).limit(limit)).all()
    return [AttentionItem("service", s.id, f"{s.code} — {s.name}", translatable("Live, but no active SLA covers it"))
            for s in rows if s.id is not None]


def thin_underpinning(db: Database, *, limit: int | None = None) -> list[AttentionItem]:
    """SLA targets whose OLA and UC targets leave no margin for the team's own work."""
    from itsm_desktop.domain.underpinning import MarginState, shortfall_text

    from .underpinning import thin_chains

    items = []
    for a, chain in thin_chains(db, limit=limit):
        assert a.id is not None
        binding = chain.binding_target
        if chain.margin.state is MarginState.NO_MARGIN:
            short = shortfall_text(chain.margin)
            over = binding.reference if binding else translatable("its OLAs and UCs")
            detail = (translatable("{target}: no margin left over {over} ({short})", target=chain.description,
                                   over=over, short=short) if short else
                      translatable("{target}: no margin left over {over}", target=chain.description, over=over))
        else:
            detail = translatable("{target}: {reason}", target=chain.description, reason=chain.margin.reason)
        items.append(AttentionItem("agreement", a.id, _agreement_title(a), detail, urgent=True))
    return items
