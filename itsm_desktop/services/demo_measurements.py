"""A year of believable incidents and outages for the sample portfolio's active SLAs.

Generated, not stored: a fixed random seed makes the same records for the same day, spread
over the twelve months before it, so that a new user's Service Levels page and report are
filled. Most records meet their targets; a few miss them, a few outages break an
availability target, and each month has a planned maintenance window (one announced late).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session, col, select

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    HistoryAction,
    Priority,
    RecordStream,
)
from itsm_desktop.domain.models import (
    Agreement,
    AgreementService,
    ImportBatch,
    IncidentRecordRow,
    OutageRow,
    Service,
    utcnow,
)
from itsm_desktop.domain.translatable import translatable

from .common import current_user, record_history

SEED = 2026
HOUR = 3600
# minutes to respond and hours to resolve: usual range, and the range of the few that run late
RESPONSE = {Priority.P1: ((2, 14), (16, 45)), Priority.P2: ((5, 28), (35, 120)),
            Priority.P3: ((10, 200), (260, 700)), Priority.P4: ((30, 480), (700, 1800))}
RESOLUTION = {Priority.P1: ((0.5, 3.5), (4.5, 9)), Priority.P2: ((1, 7), (9, 20)),
              Priority.P3: ((2, 30), (40, 90)), Priority.P4: ((4, 80), (100, 200))}
LATE_SHARE = {Priority.P1: 0.02, Priority.P2: 0.02, Priority.P3: 0.012, Priority.P4: 0.01}
PRIORITIES = (Priority.P1, Priority.P2, Priority.P3, Priority.P4)
PRIORITY_WEIGHTS = (4, 16, 50, 30)


def active_sla_services(session: Session) -> list[tuple[int, str]]:
    """The (id, code) of every service of an active SLA."""
    rows = session.exec(
        select(Service.id, Service.code)
        .join(AgreementService, col(AgreementService.service_id) == col(Service.id))
        .join(Agreement, col(Agreement.id) == col(AgreementService.agreement_id))
        .where(Agreement.kind == AgreementKind.SLA, Agreement.status == AgreementStatus.ACTIVE)
        .distinct().order_by(col(Service.code))).all()
    return [(int(i), str(c)) for i, c in rows if i is not None]


def add_demo_measurements(session: Session, *, today: date | None = None) -> dict[str, int]:
    """Add the sample incidents and outages in ``session``; how many of each."""
    today = today or datetime.now(UTC).date()
    now = int(datetime(today.year, today.month, today.day, tzinfo=UTC).timestamp())
    start = now - 365 * 24 * HOUR
    rng = random.Random(SEED)
    services = active_sla_services(session)
    incidents, outages = [], []
    for service_id, code in services:
        incidents += _incidents(rng, service_id, code, start, now)
        outages += _outages(rng, service_id, code, start, now)
    counts = {}
    for stream, model, rows in ((RecordStream.INCIDENTS, IncidentRecordRow, incidents),
                                (RecordStream.OUTAGES, OutageRow, outages)):
        batch = ImportBatch(stream=stream, fingerprint=f"sample-{today.isoformat()}", file_name="sample data",
                            imported_at=utcnow(), who=current_user(), records=len(rows))
        session.add(batch)
        session.flush()
        assert batch.id is not None
        if rows:
            session.execute(insert(model), [{**r, "batch_id": batch.id} for r in rows])  # type: ignore[arg-type]
        record_history(session, entity="import_batch", entity_id=batch.id, action=HistoryAction.CREATED,
                       summary=translatable("Sample records added ({stream}): {count:,}", stream=stream.label,
                                            count=len(rows)))
        counts[f"sample {stream.label.lower()}"] = len(rows)
    return counts


def _working_moment(rng: random.Random, start: int, end: int) -> int:
    """A moment, four times in five on a weekday between 08:00 and 17:00 (UTC)."""
    while True:
        at = rng.randrange(start, end)
        moment = datetime.fromtimestamp(at, UTC)
        if rng.random() < 0.2 or (moment.weekday() < 5 and 8 <= moment.hour < 17):
            return at


def _spread(rng: random.Random, ranges: tuple[tuple[float, float], tuple[float, float]], late: float) -> float:
    usual, slow = ranges
    low, high = slow if rng.random() < late else usual
    return rng.uniform(low, high)


def _incidents(rng: random.Random, service_id: int, code: str, start: int, now: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    month = 30 * 24 * HOUR
    for month_start in range(start, now, month):
        for _ in range(rng.randint(6, 16)):
            opened = _working_moment(rng, month_start, min(month_start + month, now))
            priority = rng.choices(PRIORITIES, PRIORITY_WEIGHTS)[0]
            late = LATE_SHARE[priority]
            responded = opened + int(_spread(rng, RESPONSE[priority], late) * 60)
            resolved = max(responded, opened + int(_spread(rng, RESOLUTION[priority], late) * HOUR))
            out.append({"reference": f"INC-{code}-{len(out) + 1:04d}", "service_id": service_id,
                        "priority": priority.value, "opened_at": opened,
                        "responded_at": responded if responded < now else None,
                        "resolved_at": resolved if resolved < now else None, "paused": None})
    return out


def _outages(rng: random.Random, service_id: int, code: str, start: int, now: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    day = datetime.fromtimestamp(start, UTC).date().replace(day=1) + timedelta(days=32)
    day = day.replace(day=1)
    month = 0
    while True:
        saturday = day + timedelta(days=(5 - day.weekday()) % 7)
        window = int(datetime(saturday.year, saturday.month, saturday.day, 6, tzinfo=UTC).timestamp())
        if window + 2 * HOUR >= now:
            break
        notice = 1 if month == 7 else 10  # one window announced a day ahead only: it counts as downtime
        out.append({"reference": f"MNT-{code}-{saturday:%Y-%m}", "service_id": service_id,
                    "starts_at": window, "ends_at": window + 2 * HOUR, "planned": True,
                    "announced_at": window - notice * 24 * HOUR})
        month_end = int(datetime(day.year + day.month // 12, day.month % 12 + 1, 1, tzinfo=UTC).timestamp())
        for n in range(rng.choice((0, 0, 0, 1, 1, 2))):
            begin = _working_moment(rng, int(datetime(day.year, day.month, 1, tzinfo=UTC).timestamp()),
                                    min(month_end, now) - HOUR)
            length = rng.choice((5, 10, 15, 25, 40, 60, 95)) * 60
            out.append({"reference": f"OUT-{code}-{day:%Y-%m}-{n + 1}", "service_id": service_id,
                        "starts_at": begin, "ends_at": begin + length, "planned": False, "announced_at": None})
        day = (day + timedelta(days=32)).replace(day=1)
        month += 1
    return out
