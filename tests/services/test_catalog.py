"""Service families and services: linked rows, dependencies, lifecycle, guards."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from itsm_desktop.domain.enums import (
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    ConsumerRole,
    ServiceStatus,
)
from itsm_desktop.domain.errors import InUseError, NotFoundError, TransitionError, ValidationError
from itsm_desktop.domain.forms import (
    ComponentRow,
    ConsumerRow,
    FamilyForm,
    ServiceForm,
    SupplierRow,
)
from itsm_desktop.services import catalog, lifecycle
from itsm_desktop.store import Database

# --- families --------------------------------------------------------------------------


def test_family_crud_and_unique_name(db: Database, make, sql) -> None:
    workplace = catalog.create_family(db, form=FamilyForm(name="Workplace", position=2))
    catalog.create_family(db, form=FamilyForm(name="Collaboration", position=1))
    assert [f.name for f in catalog.list_families(db)] == ["Collaboration", "Workplace"]
    with pytest.raises(ValidationError) as caught:
        catalog.create_family(db, form=FamilyForm(name="Workplace "))
    assert set(caught.value.fields) == {"name"}
    form = catalog.family_form(workplace)
    form.description = "Desktops and laptops"
    catalog.update_family(db, family_id=workplace.id, version=1, form=form)
    assert sql("SELECT description, version FROM service_family WHERE id = ?", workplace.id) == [
        ("Desktops and laptops", 2)]

    service = make.service(family_id=workplace.id)
    catalog.delete_family(db, family_id=workplace.id, version=2)
    assert sql("SELECT family_id FROM service WHERE id = ?", service.id) == [(None,)]
    assert sql("SELECT count(*) FROM service_family") == [(1,)]


# --- services --------------------------------------------------------------------------


@pytest.fixture
def full_form(make) -> ServiceForm:
    family = make.family("Collaboration")
    owner = make.contact(make.it, "Olga Owner")
    supplier = make.supplier("Mail Cloud Ltd")
    customer = make.customer("Finance")
    base = make.service("DNS")
    return ServiceForm(
        code="EMAIL", name="E-mail", family_id=family.id, summary="Send and receive mail",
        description="Mailboxes for everyone", outcomes="People can communicate",
        provider_id=make.it.id, owner_id=owner.id, manager_id=owner.id, status=ServiceStatus.LIVE,
        hours={"always": False, "days": {"mon": ["08:00", "18:00"]}}, hours_exceptions="Holidays",
        support_channels="Phone", support_hours="Office hours", request_process="Portal",
        charge_model=ChargeModel.PER_USER, price=Decimal("4.50"), currency="EUR",
        billing_period=BillingPeriod.MONTH,
        components=[ComponentRow(name="Exchange", kind=ComponentKind.APPLICATION),
                    ComponentRow(name="Mail relay", kind=ComponentKind.SERVER, notes="DMZ")],
        depends_on=[base.id],
        suppliers=[SupplierRow(supplier_id=supplier.id, supplies="Hosting", contract_reference="C-42")],
        consumers=[ConsumerRow(organization_id=customer.id, role=ConsumerRole.CUSTOMER, users=120)],
    )


def test_create_service_with_linked_rows(db: Database, sql, full_form: ServiceForm) -> None:
    service = catalog.create_service(db, form=full_form)
    assert sql("SELECT code, name, status, price, currency FROM service WHERE id = ?", service.id) == [
        ("EMAIL", "E-mail", "live", 450, "EUR")]
    assert sql("SELECT name, kind, notes, position FROM service_component WHERE service_id = ? ORDER BY position",
               service.id) == [("Exchange", "application", "", 0), ("Mail relay", "server", "DMZ", 1)]
    assert sql("SELECT depends_on_id FROM service_dependency WHERE service_id = ?", service.id) == [
        (full_form.depends_on[0],)]
    assert sql("SELECT supplies, contract_reference FROM service_supplier") == [("Hosting", "C-42")]
    assert sql("SELECT role, users FROM service_consumer") == [("customer", 120)]

    detail = catalog.load_service(db, service.id)
    assert detail.form == full_form
    assert detail.service.price == Decimal("4.50")
    dns = catalog.load_service(db, full_form.depends_on[0])
    assert dns.dependents == [(service.id, "EMAIL", "E-mail")]


def test_update_service_replaces_linked_rows(db: Database, sql, full_form: ServiceForm) -> None:
    service = catalog.create_service(db, form=full_form)
    form = catalog.load_service(db, service.id).form
    form.components = [ComponentRow(name="Exchange Online", kind=ComponentKind.APPLICATION)]
    form.suppliers, form.consumers, form.depends_on = [], [], []
    form.price = Decimal("5")
    updated = catalog.update_service(db, service_id=service.id, version=1, form=form)
    assert updated.version == 2
    assert sql("SELECT name FROM service_component") == [("Exchange Online",)]
    for table in ("service_dependency", "service_supplier", "service_consumer"):
        assert sql(f"SELECT count(*) FROM {table}") == [(0,)]
    changes = json.loads(sql("SELECT changes FROM history_entry WHERE entity = 'service' AND action = 'updated'")[0][0])
    assert set(changes) == {"components", "depends_on", "suppliers", "consumers", "price"}
    assert changes["price"] == ["4.50", "5"]


def test_delete_service_removes_its_rows(db: Database, sql, full_form: ServiceForm) -> None:
    service = catalog.create_service(db, form=full_form)
    catalog.delete_service(db, service_id=service.id, version=1)
    assert sql("SELECT count(*) FROM service WHERE id = ?", service.id) == [(0,)]
    for table in ("service_component", "service_dependency", "service_supplier", "service_consumer"):
        assert sql(f"SELECT count(*) FROM {table}") == [(0,)]
    assert sql("SELECT action FROM history_entry WHERE entity = 'service' AND entity_id = ? ORDER BY id",
               service.id) == [("created",), ("deleted",)]
    with pytest.raises(NotFoundError):
        catalog.get_service(db, service.id)


def test_deleted_service_can_be_restored_under_its_id(db: Database, make, sql) -> None:
    service = make.service("VPN")
    form = catalog.load_service(db, service.id).form
    catalog.delete_service(db, service_id=service.id)
    restored = catalog.create_service(db, form=form, restore_id=service.id)
    assert restored.id == service.id
    assert sql("SELECT id, code FROM service") == [(service.id, "VPN")]


def test_supplier_row_must_be_a_supplier_and_nothing_is_saved(db: Database, make, sql) -> None:
    customer = make.customer("Finance")
    form = ServiceForm(code="ERP", name="ERP", components=[ComponentRow(name="SAP")],
                       suppliers=[SupplierRow(supplier_id=customer.id)])
    with pytest.raises(ValidationError) as caught:
        catalog.create_service(db, form=form)
    assert set(caught.value.fields) == {"suppliers.0.supplier_id"}
    assert sql("SELECT count(*) FROM service") == [(0,)]
    assert sql("SELECT count(*) FROM service_component") == [(0,)]
    assert sql("SELECT count(*) FROM history_entry WHERE entity = 'service'") == [(0,)]


def test_service_provider_must_be_internal(db: Database, make) -> None:
    with pytest.raises(ValidationError) as caught:
        make.service(provider_id=make.customer().id)
    assert set(caught.value.fields) == {"provider_id"}


def test_service_references_must_exist(db: Database) -> None:
    form = ServiceForm(code="X", name="X", family_id=77, owner_id=78, manager_id=79,
                       consumers=[ConsumerRow(organization_id=80)], depends_on=[81])
    with pytest.raises(ValidationError) as caught:
        catalog.create_service(db, form=form)
    assert set(caught.value.fields) == {"family_id", "owner_id", "manager_id", "consumers.0.organization_id",
                                        "depends_on"}


def test_service_code_is_unique(db: Database, make, sql) -> None:
    make.service("EMAIL")
    with pytest.raises(ValidationError) as caught:
        make.service("EMAIL")
    assert set(caught.value.fields) == {"code"}
    other = make.service("CHAT")
    form = catalog.load_service(db, other.id).form
    form.code = "EMAIL"
    with pytest.raises(ValidationError):
        catalog.update_service(db, service_id=other.id, version=1, form=form)
    assert sql("SELECT code FROM service ORDER BY code") == [("CHAT",), ("EMAIL",)]
    assert catalog.find_service_by_code(db, " CHAT ").id == other.id
    assert catalog.find_service_by_code(db, "NOPE") is None


@pytest.mark.parametrize(("code", "key"), [("email", "code"), ("", "code"), ("A B", "code")])
def test_service_field_rules_reach_the_caller(db: Database, sql, code: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        catalog.create_service(db, form=ServiceForm(code=code, name="Mail"))
    assert set(caught.value.fields) == {key}
    assert sql("SELECT count(*) FROM service") == [(0,)]


def test_service_cannot_depend_on_itself(db: Database, make, sql) -> None:
    service = make.service("EMAIL")
    form = catalog.load_service(db, service.id).form
    form.depends_on = [service.id]
    with pytest.raises(ValidationError) as caught:
        catalog.update_service(db, service_id=service.id, version=1, form=form)
    assert set(caught.value.fields) == {"depends_on"}
    assert "itself" in caught.value.fields["depends_on"]
    assert sql("SELECT count(*) FROM service_dependency") == [(0,)]
    assert sql("SELECT version FROM service") == [(1,)]


def test_dependency_cycle_is_refused_and_named(db: Database, make, sql) -> None:
    a = make.service("A")
    b = make.service("B", depends_on=[a.id])
    c = make.service("C", depends_on=[b.id])
    form = catalog.load_service(db, a.id).form
    form.depends_on = [c.id]
    with pytest.raises(ValidationError) as caught:
        catalog.update_service(db, service_id=a.id, version=1, form=form)
    assert set(caught.value.fields) == {"depends_on"}
    assert "A → C → B → A" in caught.value.fields["depends_on"]
    assert sorted(sql("SELECT service_id, depends_on_id FROM service_dependency")) == sorted(
        [(b.id, a.id), (c.id, b.id)])
    # a dependency that closes no cycle is fine
    d = make.service("D")
    form.depends_on = [d.id]
    catalog.update_service(db, service_id=a.id, version=1, form=form)
    assert sql("SELECT depends_on_id FROM service_dependency WHERE service_id = ?", a.id) == [(d.id,)]


def test_duplicate_dependency_is_refused(db: Database, make) -> None:
    a = make.service("A")
    with pytest.raises(ValidationError) as caught:
        make.service("B", depends_on=[a.id, a.id])
    assert set(caught.value.fields) == {"depends_on"}


def test_service_lifecycle(db: Database, make, sql) -> None:
    service = make.service("NEW", status=ServiceStatus.PROPOSED)
    for version, status in enumerate([ServiceStatus.IN_DESIGN, ServiceStatus.LIVE, ServiceStatus.RETIRING,
                                      ServiceStatus.RETIRED], start=1):
        service = catalog.set_service_status(db, service_id=service.id, version=version, status=status)
        assert sql("SELECT status FROM service") == [(status.value,)]
    history = sql("SELECT changes FROM history_entry WHERE entity = 'service' AND action = 'updated' ORDER BY id")
    assert [json.loads(h[0])["status"] for h in history] == [
        ["proposed", "in_design"], ["in_design", "live"], ["live", "retiring"], ["retiring", "retired"]]


@pytest.mark.parametrize(("start", "target"), [
    (ServiceStatus.LIVE, ServiceStatus.PROPOSED),
    (ServiceStatus.RETIRED, ServiceStatus.LIVE),
    (ServiceStatus.PROPOSED, ServiceStatus.LIVE),
    (ServiceStatus.LIVE, ServiceStatus.RETIRED),
])
def test_service_lifecycle_refuses_jumps(db: Database, make, sql, start: ServiceStatus,
                                         target: ServiceStatus) -> None:
    service = make.service("S", status=start)
    with pytest.raises(TransitionError):
        catalog.set_service_status(db, service_id=service.id, version=1, status=target)
    form = catalog.load_service(db, service.id).form
    form.status = target
    with pytest.raises(ValidationError) as caught:
        catalog.update_service(db, service_id=service.id, version=1, form=form)
    assert set(caught.value.fields) == {"status"}
    assert sql("SELECT status, version FROM service") == [(start.value, 1)]


def test_service_in_active_sla_cannot_be_retired(db: Database, make, sql) -> None:
    service = make.service("EMAIL")
    agreement = make.active_agreement(services=[service])
    service = catalog.set_service_status(db, service_id=service.id, version=1, status=ServiceStatus.RETIRING)
    with pytest.raises(ValidationError) as caught:
        catalog.set_service_status(db, service_id=service.id, version=service.version,
                                   status=ServiceStatus.RETIRED)
    assert set(caught.value.fields) == {"status"}
    assert agreement.reference in caught.value.fields["status"]
    assert sql("SELECT status FROM service") == [("retiring",)]
    # once the agreement has ended the service may retire
    lifecycle.terminate(db, agreement_id=agreement.id, version=agreement.version)
    catalog.set_service_status(db, service_id=service.id, version=service.version, status=ServiceStatus.RETIRED)
    assert sql("SELECT status FROM service") == [("retired",)]


def test_service_in_active_agreement_cannot_be_deleted(db: Database, make, sql) -> None:
    service = make.service("EMAIL")
    agreement = make.active_agreement(services=[service])
    with pytest.raises(InUseError) as caught:
        catalog.delete_service(db, service_id=service.id, version=1)
    assert caught.value.can_retire
    assert agreement.reference in str(caught.value)
    assert sql("SELECT count(*) FROM service WHERE id = ?", service.id) == [(1,)]


def test_service_with_dependents_or_draft_agreements_cannot_be_deleted(db: Database, make, sql) -> None:
    base = make.service("DNS")
    make.service("WEB", depends_on=[base.id])
    with pytest.raises(InUseError, match="WEB") as caught:
        catalog.delete_service(db, service_id=base.id)
    assert caught.value.can_retire
    lone = make.service("LONE")
    make.agreement(services=[lone])
    with pytest.raises(InUseError, match="agreement"):
        catalog.delete_service(db, service_id=lone.id)
    assert sql("SELECT count(*) FROM service WHERE id IN (?, ?)", base.id, lone.id) == [(2,)]


def test_service_choices(db: Database, make) -> None:
    b = make.service("B", name="Beta", status=ServiceStatus.PROPOSED)
    a = make.service("A", name="Alpha")
    assert catalog.service_choices(db) == [(a.id, "A", "Alpha", ServiceStatus.LIVE),
                                           (b.id, "B", "Beta", ServiceStatus.PROPOSED)]
