"""Exporting a list to CSV or XLSX, with the list's search, filters and order.

Services, organizations, contacts and families are written with every column an import
reads, so an exported list can be changed in a spreadsheet and imported back. Agreements are
written as their list shows them; the history with every entry's details. Records are read a
chunk of ids at a time (the listing read models give the ids in display order), so memory
stays flat at 100,000 services.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col

from itsm_desktop.domain.models import (
    Contact,
    HistoryEntry,
    Organization,
    Service,
    ServiceComponent,
    ServiceConsumer,
    ServiceDependency,
    ServiceFamily,
    ServiceSupplier,
)
from itsm_desktop.store import Database

from .. import listing
from . import cells
from .errors import ExchangeError
from .kinds import CONTACTS, FAMILIES, ORGANIZATIONS, SERVICES, Kind
from .writers import TableWriter, check_output

CHUNK = 2000
EXPORT_KINDS = ("services", "organizations", "contacts", "families", "agreements", "history")


@dataclass(frozen=True)
class ListQuery:
    """Which records of a list, in which order: as the list on screen shows them."""

    search: str = ""
    sort: str | None = None
    descending: bool = False
    filters: dict[str, Any] = field(default_factory=dict)


def export_list(db: Database, kind: str, output: Path, *, query: ListQuery | None = None) -> int:
    """Write the list ``kind`` to ``output`` (.csv or .xlsx); returns how many rows were written."""
    if kind not in EXPORT_KINDS:
        raise ExchangeError(f"Unknown list “{kind}”; choose one of {', '.join(EXPORT_KINDS)}.")
    output = check_output(output, db.location)
    query = query or ListQuery()
    headings, rows = _SOURCES[kind](db, query)
    with TableWriter(output, kind.capitalize()) as writer:
        writer.header(headings)
        return writer.rows(rows)


WORKBOOK_KINDS = (FAMILIES, ORGANIZATIONS, CONTACTS, SERVICES)
"""The sheets of a catalog workbook, in the order they import: each names only earlier ones."""


def export_workbook(db: Database, output: Path) -> dict[str, int]:
    """Families, organizations, contacts and services as the sheets of one XLSX workbook,
    each sheet in the columns its import reads; returns the rows written per sheet."""
    output = check_output(output, db.location)
    if output.suffix.lower() != ".xlsx":
        raise ExchangeError(f"A workbook of several sheets is an XLSX file: name it {output.stem}.xlsx.")
    counts: dict[str, int] = {}
    with TableWriter(output, WORKBOOK_KINDS[0].title) as writer:
        for index, kind in enumerate(WORKBOOK_KINDS):
            if index:
                writer.new_sheet(kind.title)
            writer.header(_headings(kind))
            counts[kind.title] = writer.rows(kind_rows(db, kind))
    return counts


def kind_rows(db: Database, kind: Kind, ids: Sequence[int] | None = None) -> Iterator[list[Any]]:
    """Rows of an importable kind in its columns' order (all records, or those with ``ids``)."""
    source = {"services": _service_rows, "organizations": _organization_rows,
              "contacts": _contact_rows, "families": _family_rows}[kind.name]
    if ids is None:
        ids = _all_ids(db, kind)
    for start in range(0, len(ids), CHUNK):
        yield from source(db, ids[start:start + CHUNK])


def _all_ids(db: Database, kind: Kind) -> list[int]:
    if kind.name == "families":
        return [r[0] for r in db.plain_rows(sa.select(col(ServiceFamily.id)).order_by(
            col(ServiceFamily.position), col(ServiceFamily.name)))]
    return _LISTINGS[kind.name].ids(db)


def _ids(db: Database, kind: str, query: ListQuery) -> list[int]:
    return _LISTINGS[kind].ids(db, search=query.search, sort=query.sort, descending=query.descending,
                               filters=query.filters)


def _headings(kind: Kind) -> list[str]:
    return [c.heading for c in kind.columns]


def _importable(kind: Kind) -> Any:
    def source(db: Database, query: ListQuery) -> tuple[list[str], Iterator[list[Any]]]:
        ids = _all_ids(db, kind) if kind.name == "families" else _ids(db, kind.name, query)
        return _headings(kind), kind_rows(db, kind, ids)
    return source


def _in_order(ids: Sequence[int], rows: dict[int, list[Any]]) -> Iterator[list[Any]]:
    return (rows[i] for i in ids if i in rows)


def _money(raw: Any) -> Decimal | None:
    return None if raw is None else (Decimal(raw) / 100).quantize(Decimal("0.01"))


def _json(raw: Any) -> Any:
    return json.loads(raw) if isinstance(raw, str) else raw


# --- services ----------------------------------------------------------------------------

_Family = aliased(ServiceFamily)
_Provider = aliased(Organization)
_Owner = aliased(Contact)
_Manager = aliased(Contact)
_Depends = aliased(Service)


_IDS: Any = sa.bindparam("ids", expanding=True)  # one compiled statement for every chunk
_SERVICES = (sa.select(col(Service.id), col(Service.code), col(Service.name), col(_Family.name),
                       col(Service.summary), col(Service.description), col(Service.outcomes),
                       col(Service.service_type), col(Service.status), col(_Provider.name),
                       col(_Owner.email), col(_Owner.name), col(_Manager.email), col(_Manager.name),
                       col(Service.criticality), col(Service.hours), col(Service.hours_exceptions),
                       col(Service.support_channels), col(Service.support_hours), col(Service.request_process),
                       col(Service.charge_model), col(Service.price), col(Service.currency),
                       col(Service.billing_period))
             .select_from(Service)
             .outerjoin(_Family, col(_Family.id) == col(Service.family_id))
             .outerjoin(_Provider, col(_Provider.id) == col(Service.provider_id))
             .outerjoin(_Owner, col(_Owner.id) == col(Service.owner_id))
             .outerjoin(_Manager, col(_Manager.id) == col(Service.manager_id))
             .where(col(Service.id).in_(_IDS)))
_PARTS = {
    "components": sa.select(col(ServiceComponent.service_id), col(ServiceComponent.name),
                            col(ServiceComponent.kind), col(ServiceComponent.notes))
    .where(col(ServiceComponent.service_id).in_(_IDS))
    .order_by(col(ServiceComponent.service_id), col(ServiceComponent.position), col(ServiceComponent.id)),
    "dependencies": sa.select(col(ServiceDependency.service_id), col(_Depends.code))
    .join(_Depends, col(_Depends.id) == col(ServiceDependency.depends_on_id))
    .where(col(ServiceDependency.service_id).in_(_IDS))
    .order_by(col(ServiceDependency.service_id), col(_Depends.code)),
    "suppliers": sa.select(col(ServiceSupplier.service_id), col(Organization.name), col(ServiceSupplier.supplies),
                           col(ServiceSupplier.contract_reference))
    .join(Organization, col(Organization.id) == col(ServiceSupplier.supplier_id))
    .where(col(ServiceSupplier.service_id).in_(_IDS)).order_by(col(ServiceSupplier.id)),
    "consumers": sa.select(col(ServiceConsumer.service_id), col(Organization.name), col(ServiceConsumer.role),
                           col(ServiceConsumer.users))
    .join(Organization, col(Organization.id) == col(ServiceConsumer.organization_id))
    .where(col(ServiceConsumer.service_id).in_(_IDS)).order_by(col(ServiceConsumer.id)),
}


def _service_rows(db: Database, ids: Sequence[int]) -> Iterator[list[Any]]:
    chosen = list(ids)
    parts = {key: _grouped(db.plain_rows(stmt.params(ids=chosen))) for key, stmt in _PARTS.items()}
    rows: dict[int, list[Any]] = {}
    hours_texts: dict[Any, str] = {}  # most services share a few weekly hours
    for (sid, code, name, family, summary, description, outcomes, stype, status, provider, owner_email,
         owner_name, manager_email, manager_name, criticality, hours, exceptions, channels, support_hours,
         process, charge, price, currency, billing) in db.plain_rows(_SERVICES.params(ids=chosen)):
        if hours not in hours_texts:
            hours_texts[hours] = cells.hours_text(_json(hours))
        rows[sid] = [code, name, family or "", summary, description, outcomes, stype, status, provider or "",
                     owner_email or owner_name or "", manager_email or manager_name or "", criticality,
                     hours_texts[hours], exceptions, channels, support_hours, process, charge,
                     _money(price), currency, billing or "",
                     *(cells.join_items(parts[key][sid]) if sid in parts[key] else "" for key in _PART_KEYS)]
    return _in_order(ids, rows)


_PART_KEYS = tuple(_PARTS)


def _grouped(rows: list[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    """The rows of a service's parts by service id (the first column), in query order."""
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        found[row[0]].append(row[1:])
    return found


# --- stakeholders and families -----------------------------------------------------------

_Parent = aliased(Organization)


def _flag(raw: Any) -> str:
    return "yes" if raw else "no"


def _organization_rows(db: Database, ids: Sequence[int]) -> Iterator[list[Any]]:
    stmt = (sa.select(col(Organization.id), col(Organization.name), col(Organization.code), col(Organization.kind),
                      col(Organization.unit_type), col(_Parent.name), col(Organization.email), col(Organization.phone),
                      col(Organization.website), col(Organization.address), col(Organization.notes),
                      col(Organization.active))
            .select_from(Organization).outerjoin(_Parent, col(_Parent.id) == col(Organization.parent_id))
            .where(col(Organization.id).in_(list(ids))))
    rows = {r[0]: [*r[1:4], r[4] or "", r[5] or "", *r[6:11], _flag(r[11])] for r in db.plain_rows(stmt)}
    return _in_order(ids, rows)


def _contact_rows(db: Database, ids: Sequence[int]) -> Iterator[list[Any]]:
    stmt = (sa.select(col(Contact.id), col(Contact.name), col(Organization.name), col(Contact.job_title),
                      col(Contact.email), col(Contact.phone), col(Contact.notes), col(Contact.active))
            .select_from(Contact).join(Organization, col(Organization.id) == Contact.organization_id)
            .where(col(Contact.id).in_(list(ids))))
    rows = {r[0]: [*r[1:7], _flag(r[7])] for r in db.plain_rows(stmt)}
    return _in_order(ids, rows)


def _family_rows(db: Database, ids: Sequence[int]) -> Iterator[list[Any]]:
    stmt = (sa.select(col(ServiceFamily.id), col(ServiceFamily.name), col(ServiceFamily.description),
                      col(ServiceFamily.position)).where(col(ServiceFamily.id).in_(list(ids))))
    rows = {r[0]: list(r[1:]) for r in db.plain_rows(stmt)}
    return _in_order(ids, rows)


# --- agreements and history --------------------------------------------------------------


def _agreements(db: Database, query: ListQuery) -> tuple[list[str], Iterator[list[Any]]]:
    model = listing.AGREEMENTS
    ids = _ids(db, "agreements", query)

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            found = model.rows(db, chunk)
            yield from (list(found[i]) for i in chunk if i in found)
    return [c.title for c in model.columns], rows()


HISTORY_HEADINGS = ["When", "Who", "Record kind", "Record id", "Event", "Summary", "Changes"]


def _history(db: Database, query: ListQuery) -> tuple[list[str], Iterator[list[Any]]]:
    stmt = sa.select(col(HistoryEntry.id))
    for key in ("entity", "entity_id"):
        if query.filters.get(key) is not None:
            stmt = stmt.where(getattr(HistoryEntry, key) == query.filters[key])
    if query.filters.get("ids") is not None:  # the entries a history panel shows
        stmt = stmt.where(col(HistoryEntry.id).in_(list(query.filters["ids"])))
    order = (col(HistoryEntry.at), col(HistoryEntry.id))
    stmt = stmt.order_by(*(sa.desc(o) for o in order) if query.descending else order)
    ids = [r[0] for r in db.plain_rows(stmt)]

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            with db.read() as session:
                found = {e.id: e for e in session.execute(
                    sa.select(HistoryEntry).where(col(HistoryEntry.id).in_(chunk))).scalars()}
            for i in chunk:
                e = found.get(i)
                if e is not None:
                    yield [e.at.replace(tzinfo=None), e.who, e.entity, e.entity_id, e.action.value, e.summary,
                           json.dumps(e.changes, ensure_ascii=False) if e.changes else ""]
    return HISTORY_HEADINGS, rows()


_LISTINGS = {"services": listing.SERVICES, "organizations": listing.ORGANIZATIONS,
             "contacts": listing.CONTACTS, "agreements": listing.AGREEMENTS}
_SOURCES = {"services": _importable(SERVICES), "organizations": _importable(ORGANIZATIONS),
            "contacts": _importable(CONTACTS), "families": _importable(FAMILIES),
            "agreements": _agreements, "history": _history}
