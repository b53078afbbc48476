"""Exporting a list to CSV or XLSX, with the list's search, filters and order.

Services, organizations, contacts and families are written with every column an import
reads, so an exported list can be changed in a spreadsheet and imported back. Agreements are
written as their list shows them; the history with every entry's details.

Importable kinds are read in one query each (services: one more per kind of part), in the
list's order (the listing read model's ``ordered_select``), streamed as they are written, so
memory stays flat at 100,000 services; a service's parts are read in step with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
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
from itsm_desktop.domain.translatable import translatable
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
        raise ExchangeError(translatable("Unknown list “{kind}”; choose one of {items}.", kind=kind, items=', '.join(EXPORT_KINDS)))
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
        raise ExchangeError(translatable("A workbook of several sheets is an XLSX file: name it {stem}.xlsx.", stem=output.stem))
    counts: dict[str, int] = {}
    with TableWriter(output, WORKBOOK_KINDS[0].title) as writer:
        for index, kind in enumerate(WORKBOOK_KINDS):
            if index:
                writer.new_sheet(kind.title)
            writer.header(_headings(kind))
            counts[kind.title] = writer.rows(kind_rows(db, kind))
    return counts


def kind_rows(db: Database, kind: Kind, query: ListQuery | None = None) -> Iterator[list[Any]]:
    """Rows of an importable kind in its columns' order: the records ``query`` lists (all of
    them without one), in its order, read as they are written."""
    source = {"services": _service_rows, "organizations": _organization_rows,
              "contacts": _contact_rows, "families": _family_rows}[kind.name]
    return source(db, query or ListQuery())


def _ordered(kind: str, db: Database, query: ListQuery, *columns: Any) -> Any:
    """A select of ``columns`` from the records of the list ``kind`` that ``query`` shows, in its order."""
    return _LISTINGS[kind].ordered_select(db, *columns, search=query.search, sort=query.sort,
                                          descending=query.descending, filters=query.filters)


def _ids(db: Database, kind: str, query: ListQuery) -> list[int]:
    return _LISTINGS[kind].ids(db, search=query.search, sort=query.sort, descending=query.descending,
                               filters=query.filters)


def _headings(kind: Kind) -> list[str]:
    return [c.heading for c in kind.columns]


def _importable(kind: Kind) -> Any:
    def source(db: Database, query: ListQuery) -> tuple[list[str], Iterator[list[Any]]]:
        return _headings(kind), kind_rows(db, kind, query)
    return source


def _money(raw: Any) -> float | None:
    """Cents as the amount a spreadsheet shows (a number both writers take as it is)."""
    return None if raw is None else float((Decimal(raw) / 100).quantize(Decimal("0.01")))


def _json(raw: Any) -> Any:
    return json.loads(raw) if isinstance(raw, str) else raw


# --- services ----------------------------------------------------------------------------

_Family = aliased(ServiceFamily)
_Provider = aliased(Organization)
_Owner = aliased(Contact)
_Manager = aliased(Contact)
_Depends = aliased(Service)

def _either(first: Any, second: Any) -> Any:
    """``first`` unless it is empty or missing, else ``second``, else empty text (in SQL)."""
    return sa.func.coalesce(sa.func.nullif(first, ""), second, "")


def _or_empty(column: Any) -> Any:
    """The column as text, empty where missing (as text: a server's driver would otherwise
    read an empty value back as a member of the column's enumeration)."""
    return sa.func.coalesce(sa.cast(column, sa.String), "")


# In the order of the service kind's columns, then the id: a row becomes a line with no reordering.
# Hours and price are read as stored (JSON text, cents), whichever backend: a server's driver
# would convert them on the way, a local file's rows come raw
_SERVICE_COLUMNS = (col(Service.code), col(Service.name), _or_empty(col(_Family.name)),
                    col(Service.summary), col(Service.description), col(Service.outcomes),
                    col(Service.service_type), col(Service.status), _or_empty(col(_Provider.name)),
                    _either(col(_Owner.email), col(_Owner.name)), _either(col(_Manager.email), col(_Manager.name)),
                    col(Service.criticality), sa.cast(col(Service.hours), sa.String), col(Service.hours_exceptions),
                    col(Service.support_channels), col(Service.support_hours), col(Service.request_process),
                    col(Service.charge_model), sa.cast(col(Service.price), sa.BigInteger), col(Service.currency),
                    _or_empty(col(Service.billing_period)), col(Service.id))
_HOURS, _PRICE = 12, 18  # the cells converted in Python


def _with_people(stmt: Any) -> Any:
    return (stmt.outerjoin(_Family, col(_Family.id) == col(Service.family_id))
            .outerjoin(_Provider, col(_Provider.id) == col(Service.provider_id))
            .outerjoin(_Owner, col(_Owner.id) == col(Service.owner_id))
            .outerjoin(_Manager, col(_Manager.id) == col(Service.manager_id)))


def _item(*parts: Any) -> Any:
    """In SQL, one item of a list cell as :func:`cells.join_parts` writes it: the parts
    joined by `` | ``, the empty ones at the end left out (done by the database: a tenth of an
    export's time in Python)."""
    texts = [sa.func.coalesce(sa.cast(part, sa.String), "") for part in parts]

    def tail(rest: list[Any]) -> Any:
        if not rest:
            return sa.literal("")
        return sa.case((sa.or_(*(t != "" for t in rest)), sa.literal(cells.PART_JOINER).concat(rest[0])
                        .concat(tail(rest[1:]))), else_="")
    return texts[0].concat(tail(texts[1:]))


def _parts(db: Database, query: ListQuery) -> list[Any]:
    """One query per kind of part (components, dependencies, suppliers, consumers): the
    service's id and the part's item text, the services in the list's order, each one's parts
    in the order an import reads them back."""
    def ordered(*parts: Any) -> Any:
        return _ordered("services", db, query, col(Service.id), _item(*parts))
    return [
        ordered(col(ServiceComponent.name), col(ServiceComponent.kind), col(ServiceComponent.notes))
        .join(ServiceComponent, col(ServiceComponent.service_id) == col(Service.id))
        .order_by(col(ServiceComponent.position), col(ServiceComponent.id)),
        ordered(col(_Depends.code))
        .join(ServiceDependency, col(ServiceDependency.service_id) == col(Service.id))
        .join(_Depends, col(_Depends.id) == col(ServiceDependency.depends_on_id))
        .order_by(col(_Depends.code)),
        ordered(col(Organization.name), col(ServiceSupplier.supplies), col(ServiceSupplier.contract_reference))
        .join(ServiceSupplier, col(ServiceSupplier.service_id) == col(Service.id))
        .join(Organization, col(Organization.id) == col(ServiceSupplier.supplier_id))
        .order_by(col(ServiceSupplier.id)),
        ordered(col(Organization.name), col(ServiceConsumer.role), col(ServiceConsumer.users))
        .join(ServiceConsumer, col(ServiceConsumer.service_id) == col(Service.id))
        .join(Organization, col(Organization.id) == col(ServiceConsumer.organization_id))
        .order_by(col(ServiceConsumer.id)),
    ]


class _InStep:
    """The cells of a stream of ``(service id, item text)`` rows, read in step with the services:
    both come in the list's order, so a service's parts are the next rows naming it."""

    def __init__(self, rows: Iterator[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._next: tuple[Any, ...] | None = next(rows, None)

    def text(self, service_id: int) -> str:
        row = self._next
        if row is None or row[0] != service_id:  # most services have few parts of a kind
            return ""
        following = next(self._rows, None)
        if following is None or following[0] != service_id:  # one part, the commonest case
            self._next = following
            return str(row[1])
        found = [row[1]]
        while following is not None and following[0] == service_id:
            found.append(following[1])
            following = next(self._rows, None)
        self._next = following
        return "\n".join(found)

    def check_done(self) -> None:
        if self._next is not None:  # the two orders differed: never write a list missing parts
            raise ExchangeError(translatable("The export was stopped: the catalog changed order while it was read."))


_REMEMBERED = 4096  # distinct hours and prices kept converted: memory stays bounded


def _remembered(cache: dict[Any, Any], raw: Any, convert: Any) -> Any:
    """``convert(raw)``, from ``cache`` when ``raw`` came before (most services share a few
    weekly hours, and prices)."""
    key = raw if raw is None or type(raw) in (str, int) else repr(raw)  # a server's JSON comes as a dict
    found = cache.get(key, cache)
    if found is cache:
        if len(cache) > _REMEMBERED:
            cache.clear()
        found = cache[key] = convert(raw)
    return found


def _hours_text(raw: Any) -> str:
    return cells.hours_text(_json(raw))


def _service_rows(db: Database, query: ListQuery) -> Iterator[list[Any]]:
    main = _with_people(_ordered("services", db, query, *_SERVICE_COLUMNS))
    hours_texts: dict[Any, str] = {}
    prices: dict[Any, Any] = {}
    with db.plain_streams(main, *_parts(db, query)) as (services, *streams):
        components, dependencies, suppliers, consumers = parts = [_InStep(stream) for stream in streams]
        for *out, sid in services:  # each row as a list in the columns' order, its id apart
            hours, price = out[_HOURS], out[_PRICE]  # looked up here first: no call for a value met before
            out[_HOURS] = (hours_texts[hours] if type(hours) is str and hours in hours_texts
                           else _remembered(hours_texts, hours, _hours_text))
            out[_PRICE] = prices[price] if price in prices else _remembered(prices, price, _money)
            out += (components.text(sid), dependencies.text(sid), suppliers.text(sid), consumers.text(sid))
            yield out
        for part in parts:
            part.check_done()


# --- stakeholders and families -----------------------------------------------------------

_Parent = aliased(Organization)


def _flag(raw: Any) -> str:
    return "yes" if raw else "no"


def _organization_rows(db: Database, query: ListQuery) -> Iterator[list[Any]]:
    stmt = (_ordered("organizations", db, query, col(Organization.name), col(Organization.code),
                     col(Organization.kind), col(Organization.unit_type), col(_Parent.name),
                     col(Organization.email), col(Organization.phone), col(Organization.website),
                     col(Organization.address), col(Organization.notes), col(Organization.active))
            .outerjoin(_Parent, col(_Parent.id) == col(Organization.parent_id)))
    with db.plain_streams(stmt) as (rows,):
        for r in rows:
            yield [*r[0:3], r[3] or "", r[4] or "", *r[5:10], _flag(r[10])]


def _contact_rows(db: Database, query: ListQuery) -> Iterator[list[Any]]:
    _Employer = aliased(Organization)
    stmt = (_ordered("contacts", db, query, col(Contact.name), col(_Employer.name), col(Contact.job_title),
                     col(Contact.email), col(Contact.phone), col(Contact.notes), col(Contact.active))
            .join(_Employer, col(_Employer.id) == col(Contact.organization_id)))
    with db.plain_streams(stmt) as (rows,):
        for r in rows:
            yield [*r[0:6], _flag(r[6])]


def _family_rows(db: Database, query: ListQuery) -> Iterator[list[Any]]:
    stmt = (sa.select(col(ServiceFamily.name), col(ServiceFamily.description), col(ServiceFamily.position))
            .order_by(col(ServiceFamily.position), col(ServiceFamily.name), col(ServiceFamily.id)))
    with db.plain_streams(stmt) as (rows,):
        for r in rows:
            yield list(r)


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
