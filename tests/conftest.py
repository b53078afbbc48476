"""Shared fixtures: a real database file per test and factories that go through the use cases."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from postgresql_server import postgresql_server, postgresql_template, postgresql_url, server_sql  # noqa: F401

from itsm_desktop.domain.enums import (
    AgreementKind,
    Metric,
    OrganizationKind,
    ServiceStatus,
    Side,
    TargetUnit,
    UnitType,
)
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementForm,
    ContactForm,
    CustomerRow,
    FamilyForm,
    OrganizationForm,
    ServiceForm,
    ServiceTermsRow,
    SignatureRow,
    TargetRow,
)
from itsm_desktop.domain.models import Agreement, Contact, Organization, Service, ServiceFamily
from itsm_desktop.services import agreements, catalog, lifecycle, stakeholders
from itsm_desktop.store import Database

VALID_FROM = date(2026, 1, 1)
VALID_TO = date(2026, 12, 31)
SIGNED_ON = date(2025, 12, 15)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "itsm.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database, migrated once per run and closed cleanly (a single self-contained file)."""
    path = tmp_path_factory.mktemp("template") / "itsm.db"
    Database.open(path).close()
    return path


@pytest.fixture
def backend() -> str:
    """Which backend ``db`` opens: a local SQLite file, unless a folder's ``conftest`` runs its
    tests on both (``postgresql_server.both_backends``)."""
    return "sqlite"


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open, empty database at the newest schema: a copy of the migrated template (fast),
    a file in the test's own folder or a fresh database on the test server."""
    if backend == "postgresql":
        server = request.getfixturevalue("postgresql_template")
        url = server.create()
        database = Database.open(url)
    else:
        db_path, template = request.getfixturevalue("db_path"), request.getfixturevalue("migrated_template")
        shutil.copy2(template, db_path)
        database = Database.open(db_path)
    try:
        yield database
    finally:
        database.close()
        if backend == "postgresql":
            server.drop(url)


Sql = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture
def sql(db: Database, backend: str) -> Sql:
    """Run a query (``?`` placeholders) on a separate plain connection: what is really stored."""
    if backend == "postgresql":
        return server_sql(db)

    def run(query: str, *params: Any) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(db.path)) as con:
            return con.execute(query, params).fetchall()

    return run


class Factory:
    """Builds valid records through the services layer, with unique names by default."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._n = itertools.count(1)
        self._it: Organization | None = None

    def _next(self) -> int:
        return next(self._n)

    # --- stakeholders ---------------------------------------------------------------

    def org(self, name: str | None = None, kind: OrganizationKind = OrganizationKind.CUSTOMER,
            **fields: Any) -> Organization:
        if kind == OrganizationKind.INTERNAL:
            fields.setdefault("unit_type", UnitType.TEAM)
        form = OrganizationForm(name=name or f"{kind.value.title()} {self._next()}", kind=kind, **fields)
        return stakeholders.create_organization(self.db, form=form)

    def internal(self, name: str | None = None, **fields: Any) -> Organization:
        return self.org(name, OrganizationKind.INTERNAL, **fields)

    def customer(self, name: str | None = None, **fields: Any) -> Organization:
        return self.org(name, OrganizationKind.CUSTOMER, **fields)

    def supplier(self, name: str | None = None, **fields: Any) -> Organization:
        return self.org(name, OrganizationKind.SUPPLIER, **fields)

    @property
    def it(self) -> Organization:
        """The internal IT unit that provides services and SLAs."""
        if self._it is None:
            self._it = self.internal("IT Operations")
        return self._it

    def contact(self, organization: Organization | None = None, name: str | None = None,
                **fields: Any) -> Contact:
        org = organization or self.customer()
        form = ContactForm(name=name or f"Person {self._next()}", organization_id=org.id, **fields)
        return stakeholders.create_contact(self.db, form=form)

    # --- catalog --------------------------------------------------------------------

    def family(self, name: str | None = None, **fields: Any) -> ServiceFamily:
        return catalog.create_family(self.db, form=FamilyForm(name=name or f"Family {self._next()}", **fields))

    def service(self, code: str | None = None, status: ServiceStatus = ServiceStatus.LIVE,
                **fields: Any) -> Service:
        n = self._next()
        fields.setdefault("name", f"Service {n}")
        form = ServiceForm(code=code or f"SVC{n}", status=status, **fields)
        return catalog.create_service(self.db, form=form)

    # --- agreements -----------------------------------------------------------------

    def agreement_form(self, *, kind: AgreementKind = AgreementKind.SLA,
                       services: list[Service] | None = None,
                       customers: list[Organization] | None = None,
                       provider: Organization | None = None, **fields: Any) -> AgreementForm:
        if services is None:
            services = [self.service()]
        if customers is None:
            customers = [self.internal() if kind == AgreementKind.OLA else self.customer()]
        if provider is None:
            provider = self.supplier() if kind == AgreementKind.UC else self.it
        fields.setdefault("title", f"{kind.value} {self._next()}")
        fields.setdefault("valid_from", VALID_FROM)
        fields.setdefault("valid_to", VALID_TO)
        # sections a test does not write are marked not applicable, so that it may go to review
        fields.setdefault("not_applicable", [k for k in AGREEMENT_TEXT_FIELDS if not fields.get(k)])
        fields.setdefault("targets", [TargetRow(metric=Metric.AVAILABILITY, value=99.5,
                                                unit=TargetUnit.PERCENT, service_id=services[0].id)]
                          if services else [])
        if kind != AgreementKind.SLA:  # an OLA or UC describes its services itself
            fields.setdefault("service_terms", [ServiceTermsRow(service_id=s.id, description=f"{s.name} as agreed.")
                                                for s in services])
        return AgreementForm(kind=kind, provider_id=provider.id,
                             service_ids=[s.id for s in services if s.id is not None],
                             customers=[CustomerRow(organization_id=c.id) for c in customers],
                             **fields)

    def agreement(self, **kwargs: Any) -> Agreement:
        return agreements.create_agreement(self.db, form=self.agreement_form(**kwargs))

    def submit(self, agreement: Agreement) -> Agreement:
        assert agreement.id is not None
        return lifecycle.submit_for_review(self.db, agreement_id=agreement.id, version=agreement.version)

    def activate(self, agreement: Agreement, signed_on: date = SIGNED_ON) -> Agreement:
        assert agreement.id is not None
        if agreement.status.value == "draft":
            agreement = self.submit(agreement)
        assert agreement.id is not None
        return lifecycle.activate(self.db, agreement_id=agreement.id, version=agreement.version,
                                  signed_on=signed_on,
                                  signatures=[SignatureRow(side=Side.CUSTOMER, signatory_name="Ann Signer")])

    def active_agreement(self, **kwargs: Any) -> Agreement:
        return self.activate(self.agreement(**kwargs))


@pytest.fixture
def make(db: Database) -> Factory:
    return Factory(db)
