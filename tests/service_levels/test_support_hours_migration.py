"""Upgrading a database whose agreements hold support hours only as a sentence: the structure is
read from the sentence where it reads as support hours, and left empty (not measurable until
defined) where it does not — on a local file and on a team server."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import URL

from itsm_desktop.domain.enums import OrganizationKind, UnitType
from itsm_desktop.domain.forms import AgreementForm, CustomerRow, OrganizationForm, ServiceForm
from itsm_desktop.domain.measurement.support_hours import SupportHours, parse_support_hours
from itsm_desktop.services import agreements, catalog, stakeholders, team_server
from itsm_desktop.store import Database, migrate

BEFORE = "0012"
TEXTS = {"Desk": "Monday to Friday 07:30–18:30 UK time, except bank holidays in England",
         "Vague": "When the desk is staffed", "None": ""}


def _upgrade_from_before(url: Path | URL, make_agreements) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with Database.open(url) as db:
        make_agreements(db)
    engine = sa.create_engine(f"sqlite:///{url}" if isinstance(url, Path) else url, poolclass=sa.NullPool)
    with engine.connect() as connection, connection.begin():
        command.downgrade(migrate.alembic_config(connection), BEFORE)
        columns = {c["name"] for c in sa.inspect(connection).get_columns("agreement")}
        assert "support_calendar" not in columns
        command.upgrade(migrate.alembic_config(connection), "head")
        rows = connection.execute(sa.text("SELECT title, support_calendar FROM agreement")).all()
    engine.dispose()
    return {title: value for title, value in rows}


def _agreements(db: Database) -> None:
    it = stakeholders.create_organization(db, form=OrganizationForm(
        name="IT", kind=OrganizationKind.INTERNAL, unit_type=UnitType.TEAM))
    customer = stakeholders.create_organization(db, form=OrganizationForm(name="Customer",
                                                                          kind=OrganizationKind.CUSTOMER))
    service = catalog.create_service(db, form=ServiceForm(code="MAIL", name="Mail"))
    for title, text in TEXTS.items():
        agreements.create_agreement(db, form=AgreementForm(
            title=title, provider_id=it.id, service_ids=[service.id], customers=[CustomerRow(organization_id=customer.id)],
            support_hours_name="Desk hours" if text else "", support_hours=text))


def _check(stored: dict[str, object]) -> None:
    def structure(value: object) -> SupportHours | None:
        if isinstance(value, str):
            import json

            value = json.loads(value)
        return SupportHours.from_json(value)

    assert structure(stored["Desk"]) == parse_support_hours(TEXTS["Desk"])
    assert stored["Vague"] is None and stored["None"] is None


def test_a_local_file_gets_the_structure_of_its_support_hours(tmp_path: Path) -> None:
    _check(_upgrade_from_before(tmp_path / "old.db", _agreements))


def test_a_team_server_gets_the_structure_of_its_support_hours(postgresql_url: URL) -> None:
    team_server.upgrade_server(postgresql_url)
    _check(_upgrade_from_before(postgresql_url, _agreements))
