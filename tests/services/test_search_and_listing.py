"""Search (case- and accent-insensitive, any script) and the id-first listings."""

from __future__ import annotations

import pytest

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
    ServiceStatus,
    UnitType,
)
from itsm_desktop.services import catalog, listing, stakeholders
from itsm_desktop.store import Database


@pytest.fixture
def catalog_data(make):
    collab = make.family("Collaboration")
    network = make.family("Réseau")
    email = make.service("EMAIL", name="Почта", summary="Электронная почта для всех", family_id=collab.id)
    wifi = make.service("WIFI", name="Wi-Fi", summary="Wireless for guests", family_id=network.id,
                        status=ServiceStatus.PROPOSED)
    team = make.service("TEAM", name="Équipe chat", summary="Chat for teams", family_id=collab.id,
                        description="Messagerie d'équipe", status=ServiceStatus.IN_DESIGN)
    plain = make.service("PLAIN", name="equipe board", summary="50% off_peak", family_id=None)
    return {"email": email, "wifi": wifi, "team": team, "plain": plain, "collab": collab, "network": network}


def _codes(db: Database, ids: list[int]) -> list[str]:
    rows = listing.SERVICES.rows(db, ids)
    return [rows[i][0] for i in ids]


@pytest.mark.parametrize(("query", "codes"), [
    ("почта", ["EMAIL"]),
    ("ПОЧТА", ["EMAIL"]),
    ("Почта", ["EMAIL"]),
    ("электронная", ["EMAIL"]),
    ("équipe", ["PLAIN", "TEAM"]),
    ("EQUIPE", ["PLAIN", "TEAM"]),
    ("Equipe", ["PLAIN", "TEAM"]),
    ("email", ["EMAIL"]),
    ("reseau", ["WIFI"]),           # by family name, accent-insensitive
    ("messagerie", ["TEAM"]),       # by description
    ("50%", ["PLAIN"]),             # LIKE wildcards are literal
    ("off_peak", ["PLAIN"]),
    ("_", ["PLAIN"]),
    ("%", ["PLAIN"]),
    ("  ", ["EMAIL", "PLAIN", "TEAM", "WIFI"]),
    ("nothing like it", []),
])
def test_service_search(db: Database, catalog_data, query: str, codes: list[str]) -> None:
    ids = listing.SERVICES.ids(db, search=query, sort="code")
    assert _codes(db, ids) == codes


def test_organization_and_contact_search_any_script(db: Database, make) -> None:
    make.customer("Équipe commerciale")
    make.customer("equipe technique")
    make.customer("Отдел почты")
    make.customer("Sales")
    assert [o.name for o in stakeholders.list_organizations(db, search="équipe")] == [
        "equipe technique", "Équipe commerciale"]
    assert [o.name for o in stakeholders.list_organizations(db, search="ПОЧТЫ")] == ["Отдел почты"]
    ids = listing.ORGANIZATIONS.ids(db, search="EQUIPE")
    assert len(ids) == 2
    person = make.contact(make.customer("Société Générale"), "Zoë Ñúñez")
    assert [c.id for c in stakeholders.list_contacts(db, search="zoe nunez")] == [person.id]
    assert [c.id for c in stakeholders.list_contacts(db, search="societe")] == [person.id]


def test_service_listing_sort_and_filters(db: Database, catalog_data) -> None:
    svc = listing.SERVICES
    assert _codes(db, svc.ids(db, sort="code")) == ["EMAIL", "PLAIN", "TEAM", "WIFI"]
    assert _codes(db, svc.ids(db, sort="code", descending=True)) == ["WIFI", "TEAM", "PLAIN", "EMAIL"]
    assert _codes(db, svc.ids(db, sort="status")) == ["TEAM", "EMAIL", "PLAIN", "WIFI"]
    assert _codes(db, svc.ids(db, sort="code", filters={"status": ServiceStatus.LIVE})) == ["EMAIL", "PLAIN"]
    assert _codes(db, svc.ids(db, sort="code", filters={"family_id": catalog_data["collab"].id})) == [
        "EMAIL", "TEAM"]
    statuses = {ServiceStatus.PROPOSED, ServiceStatus.IN_DESIGN}
    assert _codes(db, svc.ids(db, sort="code", filters={"statuses": statuses})) == ["TEAM", "WIFI"]
    # filters that are unset or unknown do not narrow the list
    assert len(svc.ids(db, filters={"status": None, "colour": "red"})) == 4
    assert svc.count(db) == 4
    assert svc.rows(db, []) == {}


def test_service_listing_rows(db: Database, make, catalog_data) -> None:
    owner = make.contact(make.it, "Olga")
    service = make.service("ERP", name="ERP", family_id=catalog_data["network"].id, provider_id=make.it.id,
                           owner_id=owner.id)
    row = listing.SERVICES.rows(db, [service.id])[service.id]
    keys = [c.key for c in listing.SERVICES.columns]
    values = dict(zip(keys, row, strict=True))
    assert values["code"] == "ERP" and values["family"] == "Réseau"
    assert values["provider"] == "IT Operations" and values["owner"] == "Olga"
    assert values["status"] == "live"


def test_organization_listing(db: Database, make) -> None:
    division = make.internal("Operations", unit_type=UnitType.DIVISION)
    team = make.internal("Network team", parent_id=division.id)
    make.contact(team, "A")
    make.contact(team, "B")
    make.supplier("Telco", active=False)
    org = listing.ORGANIZATIONS
    ids = org.ids(db)
    rows = org.rows(db, ids)
    assert [rows[i][0] for i in ids] == ["Network team", "Operations", "Telco"]
    keys = [c.key for c in org.columns]
    team_row = dict(zip(keys, rows[team.id], strict=True))
    assert team_row["parent"] == "Operations" and team_row["contacts"] == 2
    assert org.ids(db, filters={"kind": OrganizationKind.SUPPLIER}) == [ids[2]]
    assert org.ids(db, filters={"active": False}) == [ids[2]]
    assert org.ids(db, sort="contacts", descending=True)[0] == team.id


def test_contact_listing(db: Database, make) -> None:
    a, b = make.customer("Alpha"), make.customer("Beta")
    make.contact(b, "Zed")
    make.contact(a, "Amy", active=False)
    con = listing.CONTACTS
    ids = con.ids(db, sort="organization")
    rows = con.rows(db, ids)
    assert [(rows[i][0], rows[i][1]) for i in ids] == [("Amy", "Alpha"), ("Zed", "Beta")]
    assert [rows[i][0] for i in con.ids(db, filters={"organization_id": b.id})] == ["Zed"]
    assert [rows[i][0] for i in con.ids(db, filters={"active": True})] == ["Zed"]


def test_agreement_listing_and_search(db: Database, make) -> None:
    email, chat = make.service("EMAIL"), make.service("CHAT")
    finance, hr = make.customer("Finance"), make.customer("Ressources humaines")
    sla = make.active_agreement(services=[email, chat], customers=[finance, hr], title="Collaboration SLA")
    ola = make.agreement(kind=AgreementKind.OLA, services=[email], title="Mail operations")
    ag = listing.AGREEMENTS
    ids = ag.ids(db)
    assert ids == [ola.id, sla.id]  # OLA-2026-001 before SLA-2026-001
    rows = ag.rows(db, ids)
    keys = [c.key for c in ag.columns]
    sla_row = dict(zip(keys, rows[sla.id], strict=True))
    assert sla_row["reference"] == "SLA-2026-001" and sla_row["revision"] == 1
    assert sorted(sla_row["customers"].split(", ")) == ["Finance", "Ressources humaines"]
    assert sorted(sla_row["services"].split(", ")) == ["CHAT", "EMAIL"]
    assert ag.ids(db, filters={"kind": AgreementKind.OLA}) == [ola.id]
    assert ag.ids(db, filters={"status": AgreementStatus.ACTIVE}) == [sla.id]
    assert ag.ids(db, filters={"customer_id": hr.id}) == [sla.id]
    assert sorted(ag.ids(db, filters={"service_id": email.id})) == sorted([sla.id, ola.id])
    assert ag.ids(db, filters={"service_id": chat.id}) == [sla.id]
    assert ag.ids(db, search="RESSOURCES") == [sla.id]   # by customer name
    assert ag.ids(db, search="sla-2026-001") == [sla.id]  # by reference
    assert ag.ids(db, search="mail op") == [ola.id]       # by title
    assert ag.ids(db, sort="title", descending=True) == [ola.id, sla.id]


def test_renamed_service_is_found_by_its_new_name(db: Database, make) -> None:
    service = make.service("MAIL", name="Mail")
    form = catalog.load_service(db, service.id).form
    form.name = "Courriel sécurisé"
    catalog.update_service(db, service_id=service.id, version=1, form=form)
    assert listing.SERVICES.ids(db, search="securise") == [service.id]
    assert listing.SERVICES.ids(db, search="mail") == [service.id]  # by code
    assert listing.SERVICES.ids(db, search="zzz") == []


def test_services_are_found_by_the_new_name_of_their_family(db: Database, make) -> None:
    family = make.family("Network")
    service = make.service("WIFI", name="Wi-Fi", family_id=family.id)
    form = catalog.family_form(family)
    form.name = "Connectivité"
    catalog.update_family(db, family_id=family.id, version=family.version, form=form)
    assert listing.SERVICES.ids(db, search="connectivite") == [service.id]
    assert listing.SERVICES.ids(db, search="network") == []


def test_records_are_found_by_the_new_name_of_their_organization(db: Database, make) -> None:
    customer = make.customer("Finance")
    person = make.contact(customer, "Ann")
    agreement = make.agreement(customers=[customer])
    form = stakeholders.organization_form(customer)
    form.name = "Comptabilité"
    stakeholders.update_organization(db, organization_id=customer.id, version=customer.version, form=form)
    assert [c.id for c in stakeholders.list_contacts(db, search="comptabilite")] == [person.id]
    assert listing.AGREEMENTS.ids(db, search="comptabilite") == [agreement.id]
