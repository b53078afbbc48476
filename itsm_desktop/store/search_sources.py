"""The search text of each kind of record, composed from the tables in a few queries per batch.

A service is found by its own names (code, name) and by the names of everything it is tied to
(family, provider, owner, manager, suppliers, components); an organization by its parent's
name; a contact by its organization's; an agreement by its provider's, its customers' and its
services' names. These functions read those names for a batch of records with one query per
kind of name (portable SQL, on a connection inside the caller's transaction), so keeping texts
current after a rename costs a few statements per thousand records, and the shipped migration
composes every record's text the same way the application does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from itsm_desktop.domain.search_layout import search_document

BATCH = 500  # ids per query: well below every backend's limit of bound parameters

_meta = sa.MetaData()


def _table(name: str, *columns: str) -> sa.Table:
    """A light description of the columns read here (not the models: no ORM, no Enum types), so
    that the migration that composes the texts keeps working as the models change."""
    return sa.Table(name, _meta, sa.Column("id", sa.Integer, primary_key=True),
                    *(sa.Column(c) for c in columns if c != "id"))


_service = _table("service", "id", "code", "name", "summary", "description", "family_id", "provider_id",
                  "owner_id", "manager_id", "search_text")
_family = _table("service_family", "id", "name")
_organization = _table("organization", "id", "name", "code", "email", "notes", "parent_id", "search_text")
_contact = _table("contact", "id", "name", "job_title", "email", "phone", "organization_id", "search_text")
_agreement = _table("agreement", "id", "reference", "title", "provider_id", "search_text")
_component = sa.Table("service_component", _meta, sa.Column("id", sa.Integer, primary_key=True),
                      sa.Column("service_id"), sa.Column("name"), sa.Column("position"))
_supplier = sa.Table("service_supplier", _meta, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("service_id"), sa.Column("supplier_id"))
_customer = sa.Table("agreement_customer", _meta, sa.Column("agreement_id"), sa.Column("organization_id"),
                     sa.Column("position"))
_covered = sa.Table("agreement_service", _meta, sa.Column("agreement_id"), sa.Column("service_id"),
                    sa.Column("position"))

TABLES = {"service": _service, "organization": _organization, "contact": _contact, "agreement": _agreement}


def _batches(ids: Iterable[int]) -> Iterable[list[int]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), BATCH):
        yield wanted[start:start + BATCH]


def _names(conn: sa.Connection, table: sa.Table, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = [i for i in set(ids) if i is not None]
    found: dict[int, str] = {}
    for batch in _batches(wanted):
        found.update((i, n) for i, n in conn.execute(sa.select(table.c.id, table.c.name).where(table.c.id.in_(batch))))
    return found


def _grouped(conn: sa.Connection, statement: sa.Select[Any]) -> dict[int, list[str]]:
    """``(owner id, name)`` rows of ``statement``, gathered per owner in the order read."""
    out: dict[int, list[str]] = defaultdict(list)
    for owner, name in conn.execute(statement):
        out[owner].append(name)
    return out


def service_texts(conn: sa.Connection, ids: Iterable[int]) -> dict[int, str]:
    """The search text of each service with ``ids``, by id."""
    out: dict[int, str] = {}
    for batch in _batches(ids):
        rows = conn.execute(sa.select(_service).where(_service.c.id.in_(batch))).mappings().all()
        families = _names(conn, _family, (r["family_id"] for r in rows))
        organizations = _names(conn, _organization, (r["provider_id"] for r in rows))
        people = _names(conn, _contact, [i for r in rows for i in (r["owner_id"], r["manager_id"])])
        suppliers = _grouped(conn, sa.select(_supplier.c.service_id, _organization.c.name)
                             .join(_organization, _organization.c.id == _supplier.c.supplier_id)
                             .where(_supplier.c.service_id.in_(batch)).order_by(_supplier.c.id))
        components = _grouped(conn, sa.select(_component.c.service_id, _component.c.name)
                              .where(_component.c.service_id.in_(batch))
                              .order_by(_component.c.position, _component.c.id))
        for r in rows:
            sid = r["id"]
            out[sid] = _service_document(r, families, organizations, people, suppliers.get(sid, ()),
                                         components.get(sid, ()))
    return out


def _service_document(r: Any, families: Mapping[int, str], organizations: Mapping[int, str],
                      people: Mapping[int, str], suppliers: Iterable[str], components: Iterable[str]) -> str:
    return search_document(
        (r["code"], r["name"]),
        (r["summary"], families.get(r["family_id"]), organizations.get(r["provider_id"]),
         people.get(r["owner_id"]), people.get(r["manager_id"]), *suppliers, *components, r["description"]))


def service_text_of(conn: sa.Connection, row: Mapping[str, Any], supplier_ids: Sequence[int],
                    component_names: Sequence[str]) -> str:
    """The search text of a service about to be saved with the values ``row`` and those
    suppliers and components, without reading (so without writing first) the service itself."""
    families = _names(conn, _family, [row["family_id"]])
    organizations = _names(conn, _organization, [row["provider_id"], *supplier_ids])
    people = _names(conn, _contact, [row["owner_id"], row["manager_id"]])
    suppliers = [organizations[i] for i in supplier_ids if i in organizations]
    return _service_document(row, families, organizations, people, suppliers, component_names)


def _organization_documents(conn: sa.Connection, rows: Sequence[Any]) -> list[str]:
    parents = _names(conn, _organization, (r["parent_id"] for r in rows))
    return [search_document((r["name"], r["code"]), (r["email"], parents.get(r["parent_id"]), r["notes"]))
            for r in rows]


def _contact_documents(conn: sa.Connection, rows: Sequence[Any]) -> list[str]:
    organizations = _names(conn, _organization, (r["organization_id"] for r in rows))
    return [search_document((r["name"],), (r["job_title"], r["email"], organizations.get(r["organization_id"]),
                                           r["phone"]))
            for r in rows]


def _agreement_documents(conn: sa.Connection, rows: Sequence[Any]) -> list[str]:
    """The agreements' texts; their customers and services as stored under their ids."""
    batch = [r["id"] for r in rows if r["id"] is not None]
    providers = _names(conn, _organization, (r["provider_id"] for r in rows))
    customers = _grouped(conn, sa.select(_customer.c.agreement_id, _organization.c.name)
                         .join(_organization, _organization.c.id == _customer.c.organization_id)
                         .where(_customer.c.agreement_id.in_(batch)).order_by(_customer.c.position))
    services: dict[int, list[str]] = defaultdict(list)
    for aid, code, name in conn.execute(
            sa.select(_covered.c.agreement_id, _service.c.code, _service.c.name)
            .join(_service, _service.c.id == _covered.c.service_id)
            .where(_covered.c.agreement_id.in_(batch)).order_by(_covered.c.position)):
        services[aid] += (code, name)
    return [search_document((r["reference"], r["title"]),
                            (providers.get(r["provider_id"]), *customers.get(r["id"], ()),
                             *services.get(r["id"], ())))
            for r in rows]


_DOCUMENTS: dict[str, Callable[[sa.Connection, Sequence[Any]], list[str]]] = {
    "organization": _organization_documents, "contact": _contact_documents,
    "agreement": _agreement_documents,
}


def _texts_by_id(entity: str) -> Callable[[sa.Connection, Iterable[int]], dict[int, str]]:
    table, documents = TABLES[entity], _DOCUMENTS[entity]

    def texts(conn: sa.Connection, ids: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for batch in _batches(ids):
            rows = conn.execute(sa.select(table).where(table.c.id.in_(batch))).mappings().all()
            out.update(zip((r["id"] for r in rows), documents(conn, rows), strict=True))
        return out

    texts.__doc__ = f"The search text of each {entity} with ``ids``, by id."
    return texts


organization_texts = _texts_by_id("organization")
contact_texts = _texts_by_id("contact")
agreement_texts = _texts_by_id("agreement")


def text_of(conn: sa.Connection, entity: str, row: Mapping[str, Any]) -> str:
    """The text of an organization, contact or agreement about to be saved with the values
    ``row`` (its ``id`` None when new), composed without reading the record itself: the save
    then writes the record's row once. An agreement's customers and services are read as
    stored under its id."""
    return _DOCUMENTS[entity](conn, [row])[0]


COMPOSERS: dict[str, Callable[[sa.Connection, Iterable[int]], dict[int, str]]] = {
    "service": service_texts, "organization": organization_texts,
    "contact": contact_texts, "agreement": agreement_texts,
}


def store_texts(conn: sa.Connection, entity: str, texts: dict[int, str]) -> None:
    """Write ``texts`` (by id) into the ``search_text`` column of ``entity``'s table."""
    if not texts:
        return
    table = TABLES[entity]
    statement = (sa.update(table).where(table.c.id == sa.bindparam("record_id"))
                 .values(search_text=sa.bindparam("text")))
    conn.execute(statement, [{"record_id": i, "text": t} for i, t in texts.items()])


def refresh(conn: sa.Connection, entity: str, ids: Sequence[int] | sa.Select[Any]) -> None:
    """Compose again and store the search texts of ``entity`` records ``ids`` (a list, or a
    query of them)."""
    wanted = list(ids) if isinstance(ids, Sequence) else list(conn.execute(ids).scalars())
    for batch in _batches(wanted):
        store_texts(conn, entity, COMPOSERS[entity](conn, batch))


def rebuild_all(conn: sa.Connection) -> None:
    """Compose every record's search text again (after the way texts are composed changed)."""
    for entity, table in TABLES.items():
        refresh(conn, entity, sa.select(table.c.id))
