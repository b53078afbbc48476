"""Use cases for the service catalog: families and services with their linked rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, col, func, select

from itsm_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ComponentKind,
    ConsumerRole,
    OrganizationKind,
    ServiceStatus,
)
from itsm_desktop.domain.errors import ConflictError, InUseError, TransitionError
from itsm_desktop.domain.forms import (
    ComponentRow,
    ConsumerRow,
    FamilyForm,
    ServiceForm,
    SupplierRow,
)
from itsm_desktop.domain.models import (
    Agreement,
    AgreementService,
    Contact,
    Organization,
    Service,
    ServiceComponent,
    ServiceConsumer,
    ServiceDependency,
    ServiceFamily,
    ServiceSupplier,
)
from itsm_desktop.domain.rules import (
    SERVICE_STATES_IN_ACTIVE_SLA,
    SERVICE_TRANSITIONS,
    family_problems,
    find_cycle,
    service_problems,
)
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database

from . import records
from .common import EMPTY, get_or_404, require_unique
from .rows import OwnedRows, store_rows
from .search_text import refresh_for_family, refresh_for_service, service_form_text

# --- families --------------------------------------------------------------------------


def family_form(family: ServiceFamily) -> FamilyForm:
    return FamilyForm(**records.model_values(family, FamilyForm))


def _family_snapshot(_s: Session, family: ServiceFamily) -> dict[str, Any]:
    return records.model_values(family, FamilyForm)


def check_family_form(session: Session, form: FamilyForm, own_id: int | None) -> dict[str, str]:
    require_unique(session, ServiceFamily, ServiceFamily.name, form.name.strip(), own_id, "name",
                   f"A service family named “{form.name.strip()}” already exists.")
    return {}


def apply_family_form(session: Session, family: ServiceFamily, form: FamilyForm,
                      _before: Mapping[str, Any] = EMPTY) -> None:
    renamed = family.id is not None and family.name != form.name.strip()
    family.name = form.name.strip()
    family.description = form.description
    family.position = form.position
    if renamed:
        refresh_for_family(session, family)


def _family_label(family: ServiceFamily) -> str:
    return translatable("service family “{name}”", name=family.name)


def _family_guard(_s: Session, _family: ServiceFamily) -> None:
    """Services of a deleted family simply lose their family (SET NULL)."""


def create_family(db: Database, *, form: FamilyForm, restore_id: int | None = None) -> ServiceFamily:
    return records.save(db, ServiceFamily, form, record_id=None, version=None, restore_id=restore_id,
                        problems=family_problems, check=check_family_form, apply=apply_family_form,
                        describe=_family_label, snapshot=_family_snapshot)


def update_family(db: Database, *, family_id: int, version: int, form: FamilyForm) -> ServiceFamily:
    return records.save(db, ServiceFamily, form, record_id=family_id, version=version,
                        problems=family_problems, check=check_family_form, apply=apply_family_form,
                        describe=_family_label, snapshot=_family_snapshot)


def delete_family(db: Database, *, family_id: int, version: int | None = None) -> None:
    records.delete(db, ServiceFamily, family_id, version=version, guard=_family_guard,
                   describe=_family_label, snapshot=_family_snapshot)


def list_families(db: Database) -> list[ServiceFamily]:
    with db.read() as session:
        return list(session.exec(select(ServiceFamily).order_by(col(ServiceFamily.position), col(ServiceFamily.name))).all())


# --- services --------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceDetail:
    """A service as an editor loads it: the record, its form and what refers to it."""

    service: Service
    form: ServiceForm
    dependents: list[tuple[int, str, str]]  # services that depend on this one: id, code, name
    agreements: list[tuple[int, str, int, str, str]]  # id, reference, revision, kind, status


def _service_lists(session: Session, sid: int | None, keys: Iterable[str]) -> dict[str, Any]:
    """The service's stored lists named by ``keys`` (a form's components, depends_on …).

    One statement for them all (on a team server each statement is a round trip): the rows
    of the four tables in common columns, told apart by the list they belong to.
    """
    wanted = [key for key in _SERVICE_ROWS if key in keys]
    if not wanted:
        return {}
    text, number = sa.String(), sa.Integer()

    def row(key: str, where: Any, *, id_: Any = None, ref: Any = None, n: Any = None, a: Any = None,
            b: Any = None, c: Any = None) -> sa.Select[Any]:
        def typed(value: Any, type_: Any, label: str) -> Any:
            return (sa.cast(value, type_) if value is not None else sa.null().cast(type_)).label(label)
        return sa.select(sa.literal(key, text).label("list"), typed(id_, number, "id"), typed(ref, number, "ref"),
                         typed(n, number, "n"), typed(a, text, "a"), typed(b, text, "b"),
                         typed(c, text, "c")).where(where)

    parts = {
        "components": row("components", ServiceComponent.service_id == sid, id_=ServiceComponent.id,
                          n=ServiceComponent.position, a=ServiceComponent.name, b=ServiceComponent.kind,
                          c=ServiceComponent.notes),
        "depends_on": row("depends_on", ServiceDependency.service_id == sid, ref=ServiceDependency.depends_on_id),
        "suppliers": row("suppliers", ServiceSupplier.service_id == sid, id_=ServiceSupplier.id,
                         ref=ServiceSupplier.supplier_id, a=ServiceSupplier.supplies,
                         b=ServiceSupplier.contract_reference),
        "consumers": row("consumers", ServiceConsumer.service_id == sid, id_=ServiceConsumer.id,
                         ref=ServiceConsumer.organization_id, n=ServiceConsumer.users, b=ServiceConsumer.role),
    }
    rows = session.execute(sa.union_all(*(parts[key] for key in wanted))).all()
    by_list: dict[str, list[Any]] = {key: [] for key in wanted}
    for found in rows:
        by_list[found.list].append(found)
    values: dict[str, Any] = {}
    if "components" in by_list:
        values["components"] = [ComponentRow(name=r.a, kind=ComponentKind(r.b), notes=r.c, id=r.id)
                                for r in sorted(by_list["components"], key=lambda r: (r.n, r.id))]
    if "depends_on" in by_list:
        values["depends_on"] = sorted(r.ref for r in by_list["depends_on"])
    if "suppliers" in by_list:
        values["suppliers"] = [SupplierRow(supplier_id=r.ref, supplies=r.a, contract_reference=r.b, id=r.id)
                               for r in sorted(by_list["suppliers"], key=lambda r: r.id)]
    if "consumers" in by_list:
        values["consumers"] = [ConsumerRow(organization_id=r.ref, role=ConsumerRole(r.b), users=r.n, id=r.id)
                               for r in sorted(by_list["consumers"], key=lambda r: r.id)]
    return values


def _service_form(session: Session, service: Service) -> ServiceForm:
    values = records.model_values(service, ServiceForm)
    values.update(_service_lists(session, service.id, _SERVICE_ROWS))
    return ServiceForm(**values)


def _service_snapshot(session: Session, service: Service) -> dict[str, Any]:
    return vars(_service_form(session, service)) if service.id is not None else {}


def _service_after(session: Session, service: Service, form: ServiceForm,
                   before: Mapping[str, Any]) -> dict[str, Any]:
    """The service's values after ``form`` was applied: its row's from memory, and only the
    lists the save rewrote read again (the others are as they were)."""
    values = records.model_values(service, ServiceForm)
    rewritten = [key for key in _SERVICE_ROWS if before[key] != getattr(form, key)]
    values.update({key: before[key] for key in _SERVICE_ROWS if key not in rewritten})
    values.update(_service_lists(session, service.id, rewritten))
    return vars(ServiceForm(**values))


def _codes(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.exec(select(Service.id, Service.code).where(col(Service.id).in_(ids))).all()
    return {i: c for i, c in rows if i is not None}


def _active_slas_covering(session: Session, service_id: int) -> list[str]:
    return sorted(set(session.exec(
        select(Agreement.reference).join(AgreementService, col(AgreementService.agreement_id) == Agreement.id)
        .where(AgreementService.service_id == service_id, Agreement.status == AgreementStatus.ACTIVE,
               Agreement.kind == AgreementKind.SLA)).all()))


def check_service_form(session: Session, form: ServiceForm, own_id: int | None) -> dict[str, str]:
    p: dict[str, str] = {}
    code = form.code.strip()
    require_unique(session, Service, Service.code, code, own_id, "code",
                   f"Another service already has the code {code}.")
    stored = records.stored_values(session)  # a reference the record already holds needs no look

    def changed(key: str, value: Any, rows: str | None = None) -> bool:
        if rows is None:
            return stored.get(key, None) != value or key not in stored
        return rows not in stored or all(getattr(row, key) != value for row in stored[rows])

    if (form.family_id is not None and changed("family_id", form.family_id)
            and session.get(ServiceFamily, form.family_id) is None):
        p["family_id"] = "The chosen family no longer exists."
    if form.provider_id is not None and changed("provider_id", form.provider_id):
        provider = session.get(Organization, form.provider_id)
        if provider is None or provider.kind != OrganizationKind.INTERNAL:
            p["provider_id"] = "The provider of a service must be an internal unit."
    for key in ("owner_id", "manager_id"):
        cid = getattr(form, key)
        if cid is not None and changed(key, cid) and session.get(Contact, cid) is None:
            p[key] = "The chosen contact no longer exists."
    for i, row in enumerate(form.suppliers):
        if row.supplier_id is None or not changed("supplier_id", row.supplier_id, "suppliers"):
            continue
        org = session.get(Organization, row.supplier_id)
        if org is None or org.kind != OrganizationKind.SUPPLIER:
            p[f"suppliers.{i}.supplier_id"] = "Only organizations of kind supplier can supply a service."
    for i, consumer in enumerate(form.consumers):
        if (consumer.organization_id is not None and changed("organization_id", consumer.organization_id, "consumers")
                and session.get(Organization, consumer.organization_id) is None):
            p[f"consumers.{i}.organization_id"] = "The chosen organization no longer exists."
    if own_id is not None:
        current = session.get(Service, own_id)
        if current is not None and form.status != current.status:
            if form.status not in SERVICE_TRANSITIONS[current.status]:
                p["status"] = (f"A service cannot go from “{current.status.label}” to "
                               f"“{form.status.label}”.")
            elif form.status not in SERVICE_STATES_IN_ACTIVE_SLA:
                active = _active_slas_covering(session, own_id)
                if active:
                    p["status"] = (f"The service is covered by the active SLA {', '.join(active)}; "
                                   "it must stay live or retiring until that agreement ends.")
    p.update(_dependency_problems(session, form, own_id))
    return p


def _dependency_problems(session: Session, form: ServiceForm, own_id: int | None) -> dict[str, str]:
    if not form.depends_on or records.stored_values(session).get("depends_on") == form.depends_on:
        return {}  # none, or the ones stored: checked when they were saved
    if len(set(form.depends_on)) != len(form.depends_on):
        return {"depends_on": "A dependency is listed twice."}
    if own_id is not None and own_id in form.depends_on:
        return {"depends_on": "A service cannot depend on itself."}
    known = _codes(session, form.depends_on)
    missing = [i for i in form.depends_on if i not in known]
    if missing:
        return {"depends_on": "A chosen dependency no longer exists."}
    if own_id is None:
        return {}  # a new service has no dependents yet, so it cannot close a cycle
    edges: dict[int, list[int]] = {}
    for a, b in session.exec(select(ServiceDependency.service_id, ServiceDependency.depends_on_id)
                             .where(ServiceDependency.service_id != own_id)).all():
        edges.setdefault(a, []).append(b)
    for target in form.depends_on:
        cycle = find_cycle(own_id, target, edges)
        if cycle:
            names = _codes(session, cycle)
            names[own_id] = form.code.strip() or names.get(own_id, "this service")
            chain = " → ".join(names.get(i, "?") for i in cycle)
            return {"depends_on": f"That would make a dependency cycle: {chain}."}
    return {}


_SERVICE_ROWS = {  # the form's lists and the tables that hold them
    "components": OwnedRows(ServiceComponent, "service_id"),
    "depends_on": OwnedRows(ServiceDependency, "service_id", key="depends_on_id"),
    "suppliers": OwnedRows(ServiceSupplier, "service_id"),
    "consumers": OwnedRows(ServiceConsumer, "service_id"),
}


def _service_rows(form: ServiceForm, key: str) -> list[dict[str, Any]]:
    """The column values of one of the form's lists, as stored."""
    if key == "components":
        return [{"id": c.id, "name": c.name.strip(), "kind": c.kind, "notes": c.notes, "position": pos}
                for pos, c in enumerate(form.components)]
    if key == "depends_on":
        return [{"depends_on_id": dep} for dep in form.depends_on]
    if key == "suppliers":
        return [{"id": s.id, "supplier_id": s.supplier_id, "supplies": s.supplies,
                 "contract_reference": s.contract_reference} for s in form.suppliers]
    return [{"id": c.id, "organization_id": c.organization_id, "role": c.role, "users": c.users}
            for c in form.consumers]


def apply_service_form(session: Session, service: Service, form: ServiceForm,
                       before: Mapping[str, Any] = EMPTY) -> None:
    """Write ``form`` over ``service``; ``before`` is its stored form (empty for a new one)."""
    renamed = service.id is not None and (service.code, service.name) != (form.code.strip(), form.name.strip())
    with session.no_autoflush:  # the record's row is written once, with its search text
        for key, value in vars(form).items():
            if key not in _SERVICE_ROWS:
                setattr(service, key, value)  # the UPDATE names only the columns whose value changed
        service.code = form.code.strip()
        service.name = form.name.strip()
        service.search_text = service_form_text(session, service, form)
        restoring = service.id is not None and sa_inspect(service).transient  # undoing its delete
        if service.id is None or restoring:
            session.add(service)
            session.flush()
        sid = service.id
        assert sid is not None
        for key, rows in _SERVICE_ROWS.items():
            if key not in before or before[key] != getattr(form, key):  # unchanged lists: no work
                store_rows(session, rows, sid, _service_rows(form, key), restoring=restoring)
    if renamed:
        refresh_for_service(session, service)


def _service_label(service: Service) -> str:
    return translatable("service “{name}”", name=service.name)


def create_service(db: Database, *, form: ServiceForm, restore_id: int | None = None) -> Service:
    """Add a catalog entry with its components, dependencies, suppliers and consumers."""
    return records.save(db, Service, form, record_id=None, version=None, restore_id=restore_id,
                        problems=service_problems, check=check_service_form, apply=apply_service_form,
                        describe=_service_label, snapshot=_service_snapshot)


def update_service(db: Database, *, service_id: int, version: int, form: ServiceForm) -> Service:
    """Save ``form`` over the service; the status may only move along the lifecycle."""
    return records.save(db, Service, form, record_id=service_id, version=version,
                        problems=service_problems, check=check_service_form, apply=apply_service_form,
                        describe=_service_label, snapshot=_service_snapshot, resnapshot=_service_after)


def set_service_status(db: Database, *, service_id: int, version: int, status: ServiceStatus) -> Service:
    """Move a service along its lifecycle (proposed → in design → live → retiring → retired)."""
    if not isinstance(status, ServiceStatus):
        raise TransitionError(f"“{str(status)[:40]}” is not a state of a service's lifecycle.")
    detail = load_service(db, service_id)
    if detail.service.version != version:
        raise ConflictError("service", service_id, version, detail.service.version)
    if status not in SERVICE_TRANSITIONS[detail.service.status] and status != detail.service.status:
        raise TransitionError(f"A service cannot go from “{detail.service.status.label}” to “{status.label}”.")
    detail.form.status = status
    return update_service(db, service_id=service_id, version=version, form=detail.form)


def _service_guard(session: Session, service: Service) -> None:
    assert service.id is not None
    active = session.exec(
        select(Agreement.reference).join(AgreementService, col(AgreementService.agreement_id) == Agreement.id)
        .where(AgreementService.service_id == service.id, Agreement.status == AgreementStatus.ACTIVE)).all()
    if active:
        raise InUseError(translatable("“{name}” is covered by active agreements: {references}. Retire it "
                                      "instead of deleting it.", name=service.name,
                                      references=", ".join(sorted(set(active)))), can_retire=True)
    dependents = session.exec(select(Service.code).join(
        ServiceDependency, col(ServiceDependency.service_id) == Service.id)
        .where(ServiceDependency.depends_on_id == service.id)).all()
    if dependents:
        raise InUseError(translatable("“{name}” cannot be deleted: other services depend on it ({codes}). "
                                      "Retire it instead, or remove those dependencies first.",
                                      name=service.name, codes=", ".join(sorted(dependents))), can_retire=True)
    n = session.exec(select(func.count()).where(AgreementService.service_id == service.id)).one()
    if n:
        raise InUseError(translatable("“{name}” cannot be deleted: agreements cover it ({count}). Retire it "
                                      "instead.", name=service.name, count=n), can_retire=True)


def service_deletion_refusal(db: Database, *, service_id: int) -> InUseError | None:
    """Why the record cannot be deleted (said before asking to confirm); None when it can."""
    return records.deletion_refusal(db, Service, service_id, _service_guard)


def delete_service(db: Database, *, service_id: int, version: int | None = None) -> None:
    """Delete a service nothing refers to; otherwise raise ``InUseError`` (retire instead)."""
    records.delete(db, Service, service_id, version=version, guard=_service_guard,
                   describe=_service_label, snapshot=_service_snapshot)


def load_service(db: Database, service_id: int) -> ServiceDetail:
    """Everything a service editor shows, read in one transaction."""
    with db.read() as session:
        service = get_or_404(session, Service, service_id)
        form = _service_form(session, service)
        dependents = [(i, c, n) for i, c, n in session.exec(
            select(Service.id, Service.code, Service.name).join(
                ServiceDependency, col(ServiceDependency.service_id) == Service.id)
            .where(ServiceDependency.depends_on_id == service_id).order_by(col(Service.code))).all()
            if i is not None]
        covering = session.exec(
            select(Agreement).join(AgreementService, col(AgreementService.agreement_id) == Agreement.id)
            .where(AgreementService.service_id == service_id)
            .order_by(col(Agreement.reference), col(Agreement.revision))).all()
        agreements = [(a.id, a.reference, a.revision, a.kind.value, a.status.value)
                      for a in covering if a.id is not None]
        return ServiceDetail(service=service, form=form, dependents=dependents, agreements=agreements)


def get_service(db: Database, service_id: int) -> Service:
    with db.read() as session:
        return get_or_404(session, Service, service_id)


def find_service_by_code(db: Database, code: str) -> Service | None:
    with db.read() as session:
        return session.exec(select(Service).where(Service.code == code.strip())).first()


def service_choices(db: Database) -> list[tuple[int, str, str, ServiceStatus]]:
    """(id, code, name, status) of every service, by code — for pickers."""
    with db.read() as session:
        return [(i, c, n, ServiceStatus(s)) for i, c, n, s in session.exec(
            select(Service.id, Service.code, Service.name, Service.status).order_by(col(Service.code))).all()
            if i is not None]
