"""A writer for the crash test: saves through the use cases, in a loop, until it is killed.

Usage: ``python writer.py DATABASE LOG RUN SEED``. After each save has committed, it appends
``committed <kind> <id> [<version>]`` to LOG and fsyncs it, so a line in the log proves that
the save returned; before each save it writes ``begin <step>``. It prints ``ready`` once the database is open.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlmodel import select

from itsm_desktop.domain.enums import (
    AgreementStatus,
    ComponentKind,
    Metric,
    OrganizationKind,
    Priority,
    ServiceStatus,
    Side,
    TargetUnit,
    UnitType,
)
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementForm,
    ComponentRow,
    CustomerRow,
    OrganizationForm,
    ResponsibilityRow,
    ServiceForm,
    SignatureRow,
    TargetRow,
)
from itsm_desktop.domain.models import Agreement, Organization, Service
from itsm_desktop.services import agreements, catalog, lifecycle, stakeholders
from itsm_desktop.store import Database

COMPONENTS = 4
REFERENCE = "SLA-CRASH-001"
LONG_TEXT = "A paragraph of service description that makes each save write a few pages. " * 200


class Writer:
    def __init__(self, db: Database, log: TextIO, run: str, rng: random.Random) -> None:
        self.db, self.log, self.run, self.rng = db, log, run, rng
        self.n = 0

    def _line(self, text: str) -> None:
        self.log.write(f"{text}\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def committed(self, what: str) -> None:
        self._line(f"committed {what}")

    def _org(self, name: str, kind: OrganizationKind) -> Organization:
        with self.db.read() as session:
            found = session.exec(select(Organization).where(Organization.name == name)).first()
        if found is not None:
            return found
        org = stakeholders.create_organization(self.db, form=OrganizationForm(
            name=name, kind=kind, unit_type=UnitType.TEAM if kind == OrganizationKind.INTERNAL else None))
        self.committed(f"org {org.id}")
        return org

    def _service(self, code: str, status: ServiceStatus = ServiceStatus.LIVE) -> Service:
        found = catalog.find_service_by_code(self.db, code)
        if found is not None:
            return found
        service = catalog.create_service(self.db, form=ServiceForm(
            code=code, name=f"Service {code}", status=status, description=LONG_TEXT,
            components=[ComponentRow(name=f"Part {i}", kind=ComponentKind.SERVER, notes=LONG_TEXT[:500])
                        for i in range(COMPONENTS)]))
        self.committed(f"service {service.id}")
        return service

    def setup(self) -> None:
        self.it = self._org("IT Operations", OrganizationKind.INTERNAL)
        self.customer = self._org("Crash Customer", OrganizationKind.CUSTOMER)
        self.base = self._service("BASE")
        with self.db.read() as session:
            exists = session.exec(select(Agreement.id).where(Agreement.reference == REFERENCE)).first()
        if exists is None:
            form = AgreementForm(
                title="Crash test agreement", reference=REFERENCE, provider_id=self.it.id,
                valid_from=date(2026, 1, 1), valid_to=date(2030, 12, 31), scope=LONG_TEXT,
                not_applicable=list(AGREEMENT_TEXT_FIELDS[1:]),
                customers=[CustomerRow(organization_id=self.customer.id)], service_ids=[self.base.id],
                targets=[TargetRow(metric=Metric.AVAILABILITY, value=99.5),
                         TargetRow(metric=Metric.RESPONSE_TIME, value=30, unit=TargetUnit.MINUTES,
                                   priority=Priority.P1),
                         TargetRow(metric=Metric.RESOLUTION_TIME, value=4, unit=TargetUnit.HOURS,
                                   priority=Priority.P1)],
                responsibilities=[ResponsibilityRow(side=Side.PROVIDER, text="Keep it running."),
                                  ResponsibilityRow(side=Side.CUSTOMER, text="Report incidents.")])
            agreement = agreements.create_agreement(self.db, form=form)
            self.committed(f"agreement {agreement.id}")

    # --- the saves, one transaction each ------------------------------------------------

    def create_org(self) -> None:
        org = stakeholders.create_organization(self.db, form=OrganizationForm(
            name=f"Org {self.run}-{self.n}", notes=LONG_TEXT[: self.rng.randrange(10, 5000)]))
        self.committed(f"org {org.id}")

    def create_service(self) -> None:
        self._service(f"S{self.run}-{self.n}", status=ServiceStatus.PROPOSED)

    def update_org(self) -> None:
        orgs = stakeholders.list_organizations(self.db, kinds=(OrganizationKind.CUSTOMER,))
        org = self.rng.choice(orgs)
        assert org.id is not None
        form = stakeholders.organization_form(org)
        form.notes = f"edited in run {self.run}, step {self.n}"
        saved = stakeholders.update_organization(self.db, organization_id=org.id, version=org.version,
                                                 form=form)
        self.committed(f"org-update {saved.id} {saved.version}")

    def agreement_step(self) -> None:
        with self.db.read() as session:
            chain = list(session.exec(select(Agreement).where(Agreement.reference == REFERENCE)
                                      .order_by(Agreement.revision)).all())
        newest = chain[-1]
        assert newest.id is not None
        if newest.status == AgreementStatus.ACTIVE:
            new = agreements.revise_agreement(self.db, agreement_id=newest.id)
            self.committed(f"revise {new.id}")
        elif newest.status == AgreementStatus.DRAFT:
            if self.rng.random() < 0.5:
                form = agreements.load_agreement(self.db, newest.id).form
                form.title = f"Crash test agreement, step {self.run}-{self.n}"
                saved = agreements.update_agreement(self.db, agreement_id=newest.id,
                                                    version=newest.version, form=form)
                self.committed(f"agreement-update {saved.id} {saved.version}")
            else:
                saved = lifecycle.submit_for_review(self.db, agreement_id=newest.id, version=newest.version)
                self.committed(f"submit {saved.id}")
        elif newest.status == AgreementStatus.IN_REVIEW:
            saved = lifecycle.activate(self.db, agreement_id=newest.id, version=newest.version,
                                       signed_on=date(2025, 12, 1),
                                       signatures=[SignatureRow(signatory_name="Ann Signer")])
            self.committed(f"activate {saved.id}")

    def loop(self) -> None:
        steps = (self.create_org, self.create_service, self.update_org, self.agreement_step)
        while True:
            self.n += 1
            step = self.rng.choice(steps)
            self._line(f"begin {step.__name__}")  # the last line if the kill lands in this save
            step()


def main(argv: list[str]) -> int:
    db_path, log_path, run, seed = argv
    rng = random.Random(f"{seed}-{run}")
    db = Database.open(Path(db_path))
    with open(log_path, "a", encoding="utf-8") as log:
        writer = Writer(db, log, run, rng)
        writer.setup()
        print("ready", flush=True)
        writer.loop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
