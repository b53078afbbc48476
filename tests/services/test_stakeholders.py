"""Organizations and contacts: CRUD, field rules, hierarchy, history and deletion guards."""

from __future__ import annotations

import json

import pytest
from postgresql_server import acting

from itsm_desktop.domain.enums import OrganizationKind, UnitType
from itsm_desktop.domain.errors import InUseError, NotFoundError, ValidationError
from itsm_desktop.domain.forms import (
    AgreementContactRow,
    ContactForm,
    CustomerRow,
    OrganizationForm,
    SupplierRow,
)
from itsm_desktop.services import agreements
from itsm_desktop.services import stakeholders as st
from itsm_desktop.store import Database

# --- organizations ---------------------------------------------------------------------


def test_create_get_update_delete_organization(db: Database, sql) -> None:
    org = st.create_organization(db, form=OrganizationForm(
        name="  Finance  ", code=" FIN ", kind=OrganizationKind.CUSTOMER, email=" fin@example.org ",
        phone="+1 555", website="https://fin.example.org", address="1 Main St\nTown", notes="Pays"))
    assert org.id is not None and org.version == 1
    assert sql("SELECT name, code, kind, email, unit_type FROM organization") == [
        ("Finance", "FIN", "customer", "fin@example.org", None)]

    got = st.get_organization(db, org.id)
    assert st.organization_form(got).address == "1 Main St\nTown"

    form = st.organization_form(got)
    form.name, form.notes = "Finance department", "Pays every month"
    updated = st.update_organization(db, organization_id=org.id, version=1, form=form)
    assert updated.version == 2 and updated.updated_at >= org.updated_at
    assert sql("SELECT name, notes, version FROM organization") == [("Finance department", "Pays every month", 2)]

    st.delete_organization(db, organization_id=org.id, version=2)
    assert sql("SELECT count(*) FROM organization") == [(0,)]
    with pytest.raises(NotFoundError):
        st.get_organization(db, org.id)


def test_organization_history(db: Database, sql, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "alice")
    org = st.create_organization(db, form=OrganizationForm(name="Finance", notes="a"))
    form = st.organization_form(org)
    form.notes = "b"
    st.update_organization(db, organization_id=org.id, version=1, form=form)
    form.notes = "b"
    st.update_organization(db, organization_id=org.id, version=2, form=form)  # nothing changed
    monkeypatch.setenv("LOGNAME", "bob")
    st.delete_organization(db, organization_id=org.id)
    rows = sql("SELECT entity, entity_id, action, who, summary, changes FROM history_entry ORDER BY id")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("organization", org.id, "created", acting(db, "alice")),
        ("organization", org.id, "updated", acting(db, "alice")),
        ("organization", org.id, "deleted", acting(db, "bob")),
    ]
    created, updated, deleted = (json.loads(r[5]) for r in rows)
    assert created["name"] == [None, "Finance"] and created["kind"] == [None, "customer"]
    assert updated == {"notes": ["a", "b"]}
    assert "notes" in rows[1][4]
    assert deleted["name"] == ["Finance", None]


def test_organization_name_is_unique(db: Database, make, sql) -> None:
    make.customer("Finance")
    with pytest.raises(ValidationError) as caught:
        st.create_organization(db, form=OrganizationForm(name=" Finance "))
    assert set(caught.value.fields) == {"name"}
    other = make.customer("Sales")
    form = st.organization_form(other)
    form.name = "Finance"
    with pytest.raises(ValidationError) as caught:
        st.update_organization(db, organization_id=other.id, version=other.version, form=form)
    assert set(caught.value.fields) == {"name"}
    assert sql("SELECT name FROM organization ORDER BY name") == [("Finance",), ("Sales",)]
    # saving a record under its own name is fine
    st.update_organization(db, organization_id=other.id, version=other.version, form=st.organization_form(other))


@pytest.mark.parametrize(("fields", "keys"), [
    ({"name": ""}, {"name"}),
    ({"name": "X", "email": "not-an-address"}, {"email"}),
    ({"name": "X", "kind": OrganizationKind.INTERNAL}, {"unit_type"}),
    ({"name": "X", "kind": OrganizationKind.SUPPLIER, "unit_type": UnitType.TEAM}, {"unit_type"}),
    ({"name": "X\x00"}, {"name"}),
    ({"name": "X", "notes": "bell\x07"}, {"notes"}),
])
def test_invalid_organization_is_refused_and_not_saved(db: Database, sql, fields, keys) -> None:
    with pytest.raises(ValidationError) as caught:
        st.create_organization(db, form=OrganizationForm(**fields))
    assert set(caught.value.fields) == keys
    assert sql("SELECT count(*) FROM organization") == [(0,)]
    assert sql("SELECT count(*) FROM history_entry") == [(0,)]


def test_organization_hierarchy_and_parent_cycles(db: Database, make, sql) -> None:
    division = make.internal("Operations", unit_type=UnitType.DIVISION)
    team = make.internal("Network team", parent_id=division.id)
    squad = make.internal("Wi-Fi squad", parent_id=team.id)
    assert sql("SELECT parent_id FROM organization WHERE id = ?", squad.id) == [(team.id,)]

    for parent in (division.id, squad.id):  # itself, and one of its own units
        form = st.organization_form(division)
        form.parent_id = parent
        with pytest.raises(ValidationError) as caught:
            st.update_organization(db, organization_id=division.id, version=division.version, form=form)
        assert set(caught.value.fields) == {"parent_id"}
    assert sql("SELECT parent_id FROM organization WHERE id = ?", division.id) == [(None,)]

    form = st.organization_form(squad)
    form.parent_id = 9999
    with pytest.raises(ValidationError) as caught:
        st.update_organization(db, organization_id=squad.id, version=squad.version, form=form)
    assert set(caught.value.fields) == {"parent_id"}

    # a unit with units inside cannot be deleted
    with pytest.raises(InUseError) as in_use:
        st.delete_organization(db, organization_id=team.id)
    assert "units inside it (1)" in str(in_use.value) and in_use.value.can_retire


def test_list_organizations_filters(db: Database, make) -> None:
    make.customer("Zeta customer")
    make.supplier("Alpha supplier")
    make.internal("Middle team")
    make.customer("Old customer", active=False)
    assert [o.name for o in st.list_organizations(db)] == [
        "Alpha supplier", "Middle team", "Old customer", "Zeta customer"]
    assert [o.name for o in st.list_organizations(db, kinds=(OrganizationKind.CUSTOMER,))] == [
        "Old customer", "Zeta customer"]
    assert [o.name for o in st.list_organizations(db, kinds=(OrganizationKind.CUSTOMER,), active_only=True)] == [
        "Zeta customer"]
    assert [o.name for o in st.list_organizations(db, search="SUPP")] == ["Alpha supplier"]


def test_organization_used_by_contacts_or_services_cannot_be_deleted(db: Database, make, sql) -> None:
    org = make.customer("Finance")
    make.contact(org, "Ann")
    with pytest.raises(InUseError) as caught:
        st.delete_organization(db, organization_id=org.id)
    assert "contact" in str(caught.value) and caught.value.can_retire
    supplier = make.supplier("Cloud Co")
    make.service(suppliers=[SupplierRow(supplier_id=supplier.id)])
    with pytest.raises(InUseError, match="service"):
        st.delete_organization(db, organization_id=supplier.id)
    assert sql("SELECT count(*) FROM organization") == [(2,)]
    assert sql("SELECT count(*) FROM history_entry WHERE action = 'deleted'") == [(0,)]


def test_organization_in_active_agreement_cannot_be_deleted(db: Database, make, sql) -> None:
    customer = make.customer("Finance")
    agreement = make.active_agreement(customers=[customer])
    with pytest.raises(InUseError) as caught:
        st.delete_organization(db, organization_id=customer.id)
    assert caught.value.can_retire
    assert agreement.reference in str(caught.value)
    with pytest.raises(InUseError) as caught:
        st.delete_organization(db, organization_id=make.it.id)  # the provider
    assert caught.value.can_retire and agreement.reference in str(caught.value)
    assert sql("SELECT count(*) FROM organization WHERE id IN (?, ?)", customer.id, make.it.id) == [(2,)]
    # retiring it instead works even while the agreement is active
    form = st.organization_form(customer)
    form.active = False
    st.update_organization(db, organization_id=customer.id, version=customer.version, form=form)
    assert sql("SELECT active FROM organization WHERE id = ?", customer.id) == [(0,)]


# --- contacts --------------------------------------------------------------------------


def test_create_update_delete_contact(db: Database, make, sql) -> None:
    org = make.customer("Finance")
    contact = st.create_contact(db, form=ContactForm(name=" Ann Lee ", organization_id=org.id,
                                                     job_title="CFO", email=" ann@example.org "))
    assert sql("SELECT name, email, organization_id, version FROM contact") == [
        ("Ann Lee", "ann@example.org", org.id, 1)]
    form = st.contact_form(st.get_contact(db, contact.id))
    form.phone = "+44 20"
    st.update_contact(db, contact_id=contact.id, version=1, form=form)
    assert sql("SELECT phone, version FROM contact") == [("+44 20", 2)]
    changes = sql("SELECT changes FROM history_entry WHERE action = 'updated'")
    assert json.loads(changes[0][0]) == {"phone": ["", "+44 20"]}
    st.delete_contact(db, contact_id=contact.id, version=2)
    assert sql("SELECT count(*) FROM contact") == [(0,)]


@pytest.mark.parametrize(("fields", "keys"), [
    ({"name": "", "organization_id": 1}, {"name"}),
    ({"name": "Ann"}, {"organization_id"}),
    ({"name": "Ann", "organization_id": 1, "email": "ann@"}, {"email"}),
    ({"name": "Ann", "organization_id": 999}, {"organization_id"}),
    ({"name": "Ann", "organization_id": 1, "phone": "1\x002"}, {"phone"}),
])
def test_invalid_contact_is_refused(db: Database, make, sql, fields, keys) -> None:
    make.customer()
    with pytest.raises(ValidationError) as caught:
        st.create_contact(db, form=ContactForm(**fields))
    assert set(caught.value.fields) == keys
    assert sql("SELECT count(*) FROM contact") == [(0,)]


def test_list_contacts(db: Database, make) -> None:
    finance, sales = make.customer("Finance"), make.customer("Sales")
    make.contact(finance, "Zoe")
    make.contact(finance, "Adam", active=False)
    make.contact(sales, "Mia", email="mia@example.org")
    assert [c.name for c in st.list_contacts(db)] == ["Adam", "Mia", "Zoe"]
    assert [c.name for c in st.list_contacts(db, organization_id=finance.id)] == ["Adam", "Zoe"]
    assert [c.name for c in st.list_contacts(db, organization_id=finance.id, active_only=True)] == ["Zoe"]
    assert [c.name for c in st.list_contacts(db, search="sales")] == ["Mia"]  # by organization name
    assert [c.name for c in st.list_contacts(db, search="MIA@EXAMPLE")] == ["Mia"]


def test_contact_owning_a_service_cannot_be_deleted(db: Database, make, sql) -> None:
    owner = make.contact(make.it, "Olga")
    make.service(owner_id=owner.id)
    with pytest.raises(InUseError) as caught:
        st.delete_contact(db, contact_id=owner.id)
    assert caught.value.can_retire
    assert sql("SELECT count(*) FROM contact") == [(1,)]


@pytest.mark.parametrize("role", ["representative", "agreement contact"])
def test_contact_in_active_agreement_cannot_be_deleted(db: Database, make, sql, role: str) -> None:
    customer = make.customer("Finance")
    person = make.contact(customer, "Rita")
    form = make.agreement_form(customers=[customer])
    if role == "representative":
        form.customers = [CustomerRow(organization_id=customer.id, representative_id=person.id)]
    else:
        form.contacts = [AgreementContactRow(contact_id=person.id)]
    agreement = make.activate(agreements.create_agreement(db, form=form))
    with pytest.raises(InUseError) as caught:
        st.delete_contact(db, contact_id=person.id, version=person.version)
    assert caught.value.can_retire and agreement.reference in str(caught.value)
    assert sql("SELECT name FROM contact WHERE id = ?", person.id) == [("Rita",)]


def test_contact_in_a_draft_agreement_is_refused_by_the_database(db: Database, make, sql) -> None:
    person = make.contact(make.customer(), "Rita")
    form = make.agreement_form()
    form.contacts = [AgreementContactRow(contact_id=person.id)]
    agreements.create_agreement(db, form=form)
    with pytest.raises(InUseError):
        st.delete_contact(db, contact_id=person.id)
    assert sql("SELECT count(*) FROM contact") == [(1,)]
    assert sql("SELECT count(*) FROM agreement_contact") == [(1,)]
