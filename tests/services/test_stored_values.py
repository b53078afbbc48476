"""Values are checked where they are stored: any value of any kind in any field of any form,
through the use cases, is either refused with the application's own error or read back exactly
as given; the history it writes stays valid JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from itsm_desktop.domain.enums import Metric, OrganizationKind, ServiceStatus, TargetUnit, UnitType
from itsm_desktop.domain.errors import ItsmError, ValidationError
from itsm_desktop.domain.forms import (
    AGREEMENT_TEXT_FIELDS,
    AgreementContactRow,
    AgreementForm,
    ComponentRow,
    ConsumerRow,
    ContactForm,
    CustomerRow,
    FamilyForm,
    OrganizationForm,
    ResponsibilityRow,
    ServiceForm,
    SupplierRow,
    TargetRow,
)
from itsm_desktop.domain.languages import LANGUAGE_CODES
from itsm_desktop.domain.models import HistoryEntry
from itsm_desktop.services import agreements, catalog, lifecycle, stakeholders
from itsm_desktop.store import Database

EXAMPLES = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

NUMBERS: list[Any] = [None, 0, 1, -1, 12, 1.5, 0.5, 12.0, -0.0, math.nan, math.inf, -math.inf,
                      2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**400, 1e308, Decimal("NaN"),
                      Decimal("Infinity"), Decimal("1.5"), Decimal("12")]
ANY_VALUE = st.one_of(
    st.sampled_from(NUMBERS), st.none(), st.booleans(), st.integers(), st.floats(),
    st.decimals(), st.text(max_size=12), st.sampled_from(["", " ", "\x00"]),
    st.sampled_from([301, 200_001]).map(lambda n: "x" * n),  # past a line's and a text's limit
    st.dates(), st.datetimes(), st.sets(st.integers(), max_size=2), st.lists(st.integers(), max_size=2),
    st.tuples(st.integers()), st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
# hypothesis keeps its pool of remembered strings by exact type and fails on str subclasses such
# as the enumerations' members: those are among the explicit values instead
ODD_VALUES: list[Any] = [Metric.AVAILABILITY, OrganizationKind.SUPPLIER, ServiceStatus.LIVE, "12", b"12",
                         {1, 2}, (8, 18), [None], {"x": 1}, date(2026, 1, 1), object()]


@dataclass
class World:
    """One database for the module, with the records the forms refer to."""

    db: Database
    it: int
    customer: int
    supplier: int
    contact: int
    service: int
    made: Iterator[int]

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self.made)}"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    path: Path = tmp_path_factory.mktemp("values") / "itsm.db"
    with Database.open(path) as db:
        it = stakeholders.create_organization(db, form=OrganizationForm(
            name="IT", kind=OrganizationKind.INTERNAL, unit_type=UnitType.TEAM))
        customer = stakeholders.create_organization(db, form=OrganizationForm(name="Customer"))
        supplier = stakeholders.create_organization(db, form=OrganizationForm(
            name="Supplier", kind=OrganizationKind.SUPPLIER))
        contact = stakeholders.create_contact(db, form=ContactForm(name="Someone", organization_id=customer.id))
        service = catalog.create_service(db, form=ServiceForm(code="BASE", name="Base", status=ServiceStatus.LIVE))
        assert it.id and customer.id and supplier.id and contact.id and service.id
        yield World(db, it.id, customer.id, supplier.id, contact.id, service.id, iter(range(1, 10**9)))


@dataclass(frozen=True)
class Entity:
    """A form with every list holding one row, how to create it and how to read it back."""

    base: Callable[[World], Any]
    create: Callable[[Database, Any], Any]
    read: Callable[[Database, int], Any]
    stripped: tuple[str, ...] = ()


ENTITIES = {
    "organization": Entity(
        lambda w: OrganizationForm(name=w.unique("Org ")),
        lambda db, f: stakeholders.create_organization(db, form=f),
        lambda db, i: stakeholders.organization_form(stakeholders.get_organization(db, i)),
        ("name", "code", "email")),
    "contact": Entity(
        lambda w: ContactForm(name="Ann", organization_id=w.customer),
        lambda db, f: stakeholders.create_contact(db, form=f),
        lambda db, i: stakeholders.contact_form(stakeholders.get_contact(db, i)),
        ("name", "email")),
    "family": Entity(
        lambda w: FamilyForm(name=w.unique("Family ")),
        lambda db, f: catalog.create_family(db, form=f),
        lambda db, i: catalog.family_form(next(f for f in catalog.list_families(db) if f.id == i))),
    "service": Entity(
        lambda w: ServiceForm(code=w.unique("S"), name="Mail", provider_id=w.it,
                              hours={"always": False, "days": {"mon": ["08:00", "18:00"]}},
                              components=[ComponentRow(name="Server")], depends_on=[w.service],
                              suppliers=[SupplierRow(supplier_id=w.supplier)],
                              consumers=[ConsumerRow(organization_id=w.customer, users=5)]),
        lambda db, f: catalog.create_service(db, form=f),
        lambda db, i: catalog.load_service(db, i).form,
        ("code", "name", "components.0.name")),
    "agreement": Entity(
        lambda w: AgreementForm(title="SLA", provider_id=w.it, service_ids=[w.service],
                                not_applicable=list(AGREEMENT_TEXT_FIELDS),
                                customers=[CustomerRow(organization_id=w.customer, representative_id=w.contact)],
                                valid_from=date(2026, 1, 1), review_interval_months=None,
                                targets=[TargetRow(metric=Metric.AVAILABILITY, value=99.5,
                                                   unit=TargetUnit.PERCENT, service_id=w.service)],
                                responsibilities=[ResponsibilityRow(text="Do it.")],
                                contacts=[AgreementContactRow(contact_id=w.contact)]),
        lambda db, f: agreements.create_agreement(db, form=f),
        lambda db, i: agreements.load_agreement(db, i).form,
        ("title", "reference")),
}


def _paths(form: Any, prefix: str = "") -> list[str]:
    """Every field of the form, and every field of the first row of each list."""
    out = []
    for f in fields(form):
        value = getattr(form, f.name)
        out.append(prefix + f.name)
        if isinstance(value, list) and value and is_dataclass(value[0]):
            out += _paths(value[0], f"{prefix}{f.name}.0.")
    return out


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


def _set(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    setattr(_get(obj, ".".join(parents)) if parents else obj, last, value)


def _exactly(stored: Any, given: Any) -> bool:
    if isinstance(given, str) and not isinstance(given, Enum):
        return type(stored) is str and stored == given
    if isinstance(given, str) and isinstance(stored, str) and type(stored) is not type(given):
        return stored == str(given)  # a member of an enumeration in a text field: its text
    if isinstance(given, float) and isinstance(stored, float):
        return stored == given
    if isinstance(given, int) and not isinstance(given, bool) and isinstance(stored, float):
        return stored == given  # a whole number in a field of decimals reads back as one
    return type(stored) is type(given) and stored == given


def _history_is_json(db: Database, entity_id: int) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"the history holds {constant}, which is not JSON")

    with db.read() as session:
        for changes in session.exec(select(HistoryEntry.changes).where(HistoryEntry.entity_id == entity_id)):
            json.loads(json.dumps(changes), parse_constant=refuse)


def stored_or_refused(world: World, name: str, path: str, value: Any) -> str:
    """Save the entity's valid form with ``path`` set to ``value``: refused, or stored as given."""
    entity = ENTITIES[name]
    form = entity.base(world)
    _set(form, path, value)
    try:
        record = entity.create(world.db, form)
    except ItsmError as exc:
        assert str(exc).strip(), "a refusal says why"
        if isinstance(exc, ValidationError):
            assert all(isinstance(m, str) and m.strip() for m in exc.fields.values())
        return "refused"
    stored = _get(entity.read(world.db, record.id), path)
    leaf = path.rsplit(".", 1)[-1]
    expected = value.strip() if path in entity.stripped and isinstance(value, str) else value
    if path == "reference" and not expected:
        assert stored.startswith("SLA-")  # a blank reference gets the next free one
    elif leaf == "id" and path != "id":
        assert stored is not None  # a row's id is the database's to give
    elif path == "language" and value is None:
        assert stored in LANGUAGE_CODES  # no language given: the customer's
    else:
        assert _exactly(stored, expected), f"{name}.{path}: stored {stored!r:.80}, given {value!r:.80}"
    _history_is_json(world.db, record.id)
    return "stored"


_LISTING = World(None, 1, 2, 3, 4, 5, iter(range(1, 100)))  # type: ignore[arg-type]  # lists fields only
FIELDS = [(name, path) for name, entity in ENTITIES.items() for path in _paths(entity.base(_LISTING))]


@pytest.mark.parametrize(("name", "path"), FIELDS, ids=[f"{n}.{p}" for n, p in FIELDS])
def test_every_field_refuses_or_keeps_hostile_values(world: World, name: str, path: str) -> None:
    for value in NUMBERS + ODD_VALUES:
        stored_or_refused(world, name, path, value)


@EXAMPLES
@given(data=st.data())
def test_any_value_in_any_field(world: World, data: st.DataObject) -> None:
    name, path = data.draw(st.sampled_from(FIELDS))
    stored_or_refused(world, name, path, data.draw(ANY_VALUE))


# --- service hours: a JSON structure ---------------------------------------------------------

TIMES = st.one_of(st.sampled_from(["08:00", "18:00", "24:00", "00:00", "25:00", "8:00"]),
                  st.just(5000).map(lambda n: "x" * n), st.text(max_size=6))
HOURS = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TIMES, st.dates(),
              st.sets(st.integers(), max_size=2)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["always", "days", "mon", "tue", "notes", "x"]),
                                            inner, max_size=3)),
    max_leaves=8)
WELL_FORMED = st.fixed_dictionaries(
    {"always": st.booleans(),
     "days": st.dictionaries(st.sampled_from(["mon", "tue", "sat", "sun", "xyz"]),
                             st.lists(TIMES, min_size=1, max_size=3), max_size=3)},
    optional={"notes": st.text(max_size=5), "extra": st.floats()})


@EXAMPLES
@given(hours=st.one_of(HOURS, WELL_FORMED))
def test_service_hours_are_refused_or_kept_exactly(world: World, hours: Any) -> None:
    if stored_or_refused(world, "service", "hours", hours) == "stored":
        assert hours is None or hours == {} or set(hours) <= {"always", "days"}


@pytest.mark.parametrize("hours", [
    {"always": False, "days": {}, "x": 1}, {"always": math.nan, "days": {}}, {"always": math.inf},
    {"always": False, "days": {"mon": {"08:00", "18:00"}}}, {"always": date(2026, 1, 1)},
    {"always": False, "days": {"mon": ["08:00", "18:00"]}, "notes": "x" * 5_000_000},
    {"always": False, "days": {"mon": ("08:00", "18:00")}}, {"always": 1, "days": {}},
    {"days": {"mon": ["08:00", "18:00", "19:00"]}}, {"days": {"mon": [8, 18]}},
], ids=lambda h: repr(h)[:40])
def test_malformed_service_hours_are_refused_with_the_rules_sentence(world: World, hours: Any) -> None:
    form = ENTITIES["service"].base(world)
    form.hours = hours
    with pytest.raises(ValidationError) as refused:
        catalog.create_service(world.db, form=form)
    assert list(refused.value.fields) == ["hours"]
    assert len(refused.value.fields["hours"]) < 200


# --- review intervals ------------------------------------------------------------------------


@pytest.mark.parametrize("interval", [None, 1, 12, 120])
def test_revising_duplicating_and_creating_keep_the_review_interval(world: World, interval: int | None) -> None:
    form = ENTITIES["agreement"].base(world)
    form.review_interval_months = interval
    created = agreements.create_agreement(world.db, form=form)
    assert agreements.load_agreement(world.db, created.id).form.review_interval_months == interval
    copy = agreements.duplicate_agreement(world.db, agreement_id=created.id)
    assert agreements.load_agreement(world.db, copy.id).form.review_interval_months == interval
    reviewed = lifecycle.submit_for_review(world.db, agreement_id=created.id, version=created.version)
    active = lifecycle.activate(world.db, agreement_id=created.id, version=reviewed.version,
                                signed_on=date(2025, 12, 1), signatures=[])
    revision = agreements.revise_agreement(world.db, agreement_id=active.id)
    assert agreements.load_agreement(world.db, revision.id).form.review_interval_months == interval


@pytest.mark.parametrize("interval", [1.5, 0.5, 12.0, 0, 121, -1, math.nan, "12", True])
def test_review_intervals_are_whole_months(world: World, interval: Any) -> None:
    form = ENTITIES["agreement"].base(world)
    form.review_interval_months = interval
    with pytest.raises(ValidationError) as refused:
        agreements.create_agreement(world.db, form=form)
    assert list(refused.value.fields) == ["review_interval_months"]


# --- ids -------------------------------------------------------------------------------------


@pytest.mark.parametrize("record_id", [2**63, -1, 0, 10**400])
def test_ids_beyond_what_a_database_holds_are_refused_with_a_sentence(world: World, record_id: int) -> None:
    form = ENTITIES["service"].base(world)
    with pytest.raises(ItsmError):
        catalog.update_service(world.db, service_id=record_id, version=1, form=form)
    with pytest.raises(ItsmError):
        catalog.delete_service(world.db, service_id=record_id, version=1)
    with pytest.raises(ItsmError):
        agreements.load_agreement(world.db, record_id)
    with pytest.raises(ItsmError):
        lifecycle.submit_for_review(world.db, agreement_id=record_id, version=1)
    form.provider_id = record_id
    with pytest.raises(ValidationError) as refused:
        catalog.create_service(world.db, form=form)
    assert "not the id of a record" in refused.value.fields["provider_id"]


def test_lifecycle_steps_refuse_values_of_the_wrong_kind(world: World) -> None:
    service = catalog.create_service(world.db, form=ServiceForm(code=world.unique("LC"), name="Lifecycle"))
    with pytest.raises(ItsmError):
        catalog.set_service_status(world.db, service_id=service.id, version=service.version,
                                   status="live")  # type: ignore[arg-type]
    agreement = agreements.create_agreement(world.db, form=ENTITIES["agreement"].base(world))
    reviewed = lifecycle.submit_for_review(world.db, agreement_id=agreement.id, version=agreement.version)
    for signed_on in ("2026-01-01", None, 20260101):
        with pytest.raises(ValidationError):
            lifecycle.activate(world.db, agreement_id=agreement.id, version=reviewed.version,
                               signed_on=signed_on, signatures=[])  # type: ignore[arg-type]
    active = lifecycle.activate(world.db, agreement_id=agreement.id, version=reviewed.version,
                                signed_on=date(2025, 12, 1), signatures=[])
    with pytest.raises(ValidationError):
        lifecycle.terminate(world.db, agreement_id=active.id, version=active.version, reason="x" * 200_001)
