"""Build a large database quickly (bulk inserts) for the benchmark."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ComponentKind,
    Criticality,
    MeasurementPeriod,
    Metric,
    OrganizationKind,
    Priority,
    ServiceStatus,
    ServiceType,
    TargetUnit,
    UnitType,
)
from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    AgreementService,
    Contact,
    Organization,
    Service,
    ServiceComponent,
    ServiceFamily,
    ServiceLevelTarget,
    ServiceSupplier,
)
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.store import Database, search_sources


@dataclass(frozen=True)
class Scale:
    services: int
    organizations: int
    contacts: int
    agreements: int
    targets_per_agreement: int = 10

    @classmethod
    def named(cls, name: str) -> Scale:
        return {
            "large": cls(100_000, 20_000, 100_000, 20_000),
            "small": cls(1_000, 200, 1_000, 200),
            "tiny": cls(60, 12, 60, 12),
        }[name]


WORDS = ("mail", "archive", "payroll", "network", "print", "backup", "portal", "ledger", "Почта",
         "Équipe", "directory", "voice", "storage", "analytics", "identity", "kiosk", "scanner")
BATCH = 5_000


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    for i in range(0, len(rows), BATCH):
        conn.execute(table.insert(), rows[i:i + BATCH])


def build(path: Path, scale: Scale, seed: int = 7) -> None:
    """Create ``path`` (which must not exist) filled to ``scale``."""
    rnd = random.Random(seed)
    db = Database.open(path)
    now = datetime.now(UTC)
    hours = WeeklyHours.office().to_json()
    with db.engine.begin() as conn:
        families = [{"id": i + 1, "name": f"Family {i + 1:02d}", "description": "", "position": i,
                     "created_at": now, "updated_at": now, "version": 1} for i in range(12)]
        _insert(conn, ServiceFamily.__table__, families)  # type: ignore[attr-defined]
        orgs = []
        for i in range(scale.organizations):
            kind = (OrganizationKind.INTERNAL if i % 10 == 0 else
                    OrganizationKind.SUPPLIER if i % 10 == 1 else OrganizationKind.CUSTOMER)
            name = f"{rnd.choice(WORDS).capitalize()} {kind.value} {i + 1:06d}"
            orgs.append({"id": i + 1, "name": name, "code": f"O{i + 1}", "kind": kind.value,
                         "unit_type": UnitType.TEAM.value if kind == OrganizationKind.INTERNAL else None,
                         "parent_id": None, "email": "", "phone": "", "website": "", "address": "",
                         "notes": "", "active": True, "search_text": "",
                         "created_at": now, "updated_at": now, "version": 1})
        _insert(conn, Organization.__table__, orgs)  # type: ignore[attr-defined]
        contacts = []
        for i in range(scale.contacts):
            name = f"Person {i + 1:06d} {rnd.choice(WORDS)}"
            org = orgs[i % len(orgs)]
            contacts.append({"id": i + 1, "organization_id": org["id"], "name": name, "job_title": "Manager",
                             "email": f"p{i + 1}@example.org", "phone": "", "notes": "", "active": True,
                             "search_text": "", "created_at": now,
                             "updated_at": now, "version": 1})
        _insert(conn, Contact.__table__, contacts)  # type: ignore[attr-defined]
        internal = [o["id"] for o in orgs if o["kind"] == OrganizationKind.INTERNAL.value]
        customers = [o["id"] for o in orgs if o["kind"] == OrganizationKind.CUSTOMER.value]
        suppliers = [o["id"] for o in orgs if o["kind"] == OrganizationKind.SUPPLIER.value]
        statuses = [ServiceStatus.LIVE] * 6 + [ServiceStatus.PROPOSED, ServiceStatus.IN_DESIGN,
                                               ServiceStatus.RETIRING, ServiceStatus.RETIRED]
        services, components, supplied = [], [], []
        for i in range(scale.services):
            code = f"SVC-{i + 1:06d}"
            name = f"{rnd.choice(WORDS).capitalize()} {rnd.choice(WORDS)} service {i + 1}"
            fam = families[i % len(families)]
            summary = f"Provides {rnd.choice(WORDS)} for {rnd.choice(WORDS)} teams."
            services.append({
                "id": i + 1, "code": code, "name": name, "family_id": fam["id"], "summary": summary,
                "description": "A catalog service generated for the benchmark.", "outcomes": "",
                "service_type": ServiceType.BUSINESS.value, "status": statuses[i % len(statuses)].value,
                "provider_id": internal[i % len(internal)], "owner_id": (i % len(contacts)) + 1,
                "manager_id": ((i + 1) % len(contacts)) + 1,
                "criticality": list(Criticality)[i % 4].value, "hours": hours, "hours_exceptions": "",
                "support_channels": "Service desk", "support_hours": "Business hours",
                "request_process": "", "charge_model": "none", "price": None, "currency": "EUR",
                "billing_period": None, "search_text": "",
                "created_at": now, "updated_at": now, "version": 1})
            components.append({"service_id": i + 1, "name": f"App server {i + 1}",
                               "kind": ComponentKind.SERVER.value, "notes": "", "position": 0})
            supplied.append({"service_id": i + 1, "supplier_id": suppliers[i % len(suppliers)],
                             "supplies": "Hosting", "contract_reference": f"C-{i + 1}"})
        _insert(conn, Service.__table__, services)  # type: ignore[attr-defined]
        _insert(conn, ServiceComponent.__table__, components)  # type: ignore[attr-defined]
        _insert(conn, ServiceSupplier.__table__, supplied)  # type: ignore[attr-defined]
        live = [s["id"] for s in services if s["status"] == ServiceStatus.LIVE.value]
        agreements, links, parties, targets = [], [], [], []
        metrics = [(Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT, None)] + [
            (m, v, u, p) for p, (v1, v2) in zip(Priority, ((15, 4), (60, 8), (240, 24), (480, 72)), strict=True)
            for m, v, u in ((Metric.RESPONSE_TIME, v1, TargetUnit.MINUTES),
                            (Metric.RESOLUTION_TIME, v2, TargetUnit.HOURS))]
        for i in range(scale.agreements):
            aid = i + 1
            start = date(2025, 1, 1) + timedelta(days=i % 365)
            cust = customers[i % len(customers)]
            reference = f"SLA-{start.year}-{aid:05d}"
            agreements.append({
                "id": aid, "reference": reference, "revision": 1, "title": f"Agreement {aid}",
                "kind": AgreementKind.SLA.value,
                "provider_id": internal[i % len(internal)],
                "status": (AgreementStatus.ACTIVE if i % 3 else AgreementStatus.DRAFT).value,
                "previous_id": None, "valid_from": start, "valid_to": start + timedelta(days=730),
                "review_interval_months": 12, "next_review": start + timedelta(days=365), "signed_on": None,
                "scope": "Scope text.", "hours_text": "", "support_text": "", "limitations": "",
                "reporting": "", "escalation": "", "security": "", "charges": "",
                "search_text": "",
                "created_at": now, "updated_at": now, "version": 1})
            sid = live[i % len(live)]
            links.append({"agreement_id": aid, "service_id": sid, "position": 0})
            parties.append({"agreement_id": aid, "organization_id": cust, "representative_id": None,
                            "position": 0})
            for pos in range(scale.targets_per_agreement):
                metric, value, unit, prio = metrics[pos % len(metrics)]
                targets.append({"agreement_id": aid, "metric": metric.value, "custom_metric": "",
                                "service_id": sid if metric == Metric.AVAILABILITY else None,
                                "priority": prio.value if prio else None, "value": value, "unit": unit.value,
                                "warning_threshold": None, "period": MeasurementPeriod.MONTH.value,
                                "notes": "", "position": pos})
        _insert(conn, Agreement.__table__, agreements)  # type: ignore[attr-defined]
        _insert(conn, AgreementService.__table__, links)  # type: ignore[attr-defined]
        _insert(conn, AgreementCustomer.__table__, parties)  # type: ignore[attr-defined]
        _insert(conn, ServiceLevelTarget.__table__, targets)  # type: ignore[attr-defined]
        search_sources.rebuild_all(conn)  # the texts the application composes, names of related records and all
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()
