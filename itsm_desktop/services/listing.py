"""Read models for the big tables: ids first (searched and sorted in SQL), rows on demand.

A table asks for the ordered ids that match a search and filters — cheap even for 100,000
records — and then fetches only the rows it paints, a page at a time.

The id queries join only the tables their sort needs. A search finds records through
``store.search_index`` (a narrow companion table on SQLite) and ranks them as ``domain.search_layout``
says — a record one of whose names is the search first, then those with a name beginning with
it, then the rest — each group in the listing's sort order. ``search_texts`` hands a table the
folded texts of its records so that it can search, and rank, in memory while the user types.
Every order is the database's: Python never compares the values a listing is sorted by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col

from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    AgreementService,
    Contact,
    Organization,
    Service,
    ServiceFamily,
)
from itsm_desktop.domain.search_layout import search_key as search_key
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database, search_index

SHAPES_KEPT = 64  # the picker statements a listing keeps built (a few per sort and filter)


@dataclass(frozen=True)
class ListColumn:
    """A column of a listing: its key, its heading, and the SQL expression behind it."""

    key: str
    title: str
    expr: Any
    sortable: bool = True
    join: Callable[[Any], Any] | None = None  # the join sorting by this column needs


@dataclass(frozen=True)
class Listing:
    """How one kind of record is listed, searched, filtered and sorted."""

    entity: str
    id_column: Any
    search_column: Any
    columns: tuple[ListColumn, ...]
    joins: Callable[[Any], Any]
    filters: dict[str, Any] = field(default_factory=dict)
    default_sort: str = "name"

    def column(self, key: str) -> ListColumn:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def _where(self, stmt: Any, filters: dict[str, Any] | None) -> Any:
        for name, value in (filters or {}).items():
            if value is None or name not in self.filters:
                continue
            condition = self.filters[name]
            stmt = stmt.where(condition(value) if callable(condition) else condition == value)
        return stmt

    def _ordered(self, stmt: Any, sort: str | None, descending: bool, *first: Any) -> Any:
        """``stmt`` (a select from the listing's table) joined and ordered for ``sort``, after
        the ``first`` expressions."""
        column = self.column(sort or self.default_sort)
        stmt = stmt.select_from(self.id_column.class_)
        if column.join is not None:
            stmt = column.join(stmt)
        expr = column.expr
        return stmt.order_by(*first, sa.desc(expr) if descending else sa.asc(expr), self.id_column)

    def ids(self, db: Database, *, search: str = "", sort: str | None = None, descending: bool = False,
            filters: dict[str, Any] | None = None, limit: int | None = None) -> list[int]:
        """The ids of the matching records in display order (the first ``limit`` of them): with
        a search, exact matches of a name first, then a name's prefix, then the rest.

        The first ``limit`` of a search are read in one query that ranks only a few records:
        those the name indexes find, and the first matches in the list's order, which the
        database reads in that order and stops (``store.search_index.first_ranked``). A
        picker's first few cost little however many records match.
        """
        key = search_key(search)
        if key and limit is not None:
            dialect = db.engine.dialect.name
            # one statement per shape of search, built once: each keystroke binds its values
            shape = (dialect, sort, descending, repr(sorted((filters or {}).items())), limit,
                     search_index.shape(key))
            statement = self._first_statements.get(shape)
            if statement is None:
                if len(self._first_statements) >= SHAPES_KEPT:
                    self._first_statements.clear()
                statement = self._first_statements[shape] = self._first_statement(
                    dialect, key, sort, descending, filters, limit)
            if statement is not None:
                return [row[0] for row in db.plain_rows(statement, search_index.parameters(key))]
        return self._read(db, self.ordered_select(db, self.id_column, search=search, sort=sort,
                                                  descending=descending), filters, limit)

    @cached_property
    def _first_statements(self) -> dict[tuple[Any, ...], Any]:
        return {}

    def _first_statement(self, dialect: str, key: str, sort: str | None, descending: bool,
                         filters: dict[str, Any] | None, limit: int) -> Any:
        """The query of ``ids`` for the first ``limit`` records of a search (``key`` the
        search's values, bound), or None where the backend has no companion tables."""
        sort_value = self.column(sort or self.default_sort).expr

        def listed() -> search_index.Listed:  # the list's first records, where a backend looks first
            rows = self._ordered(sa.select(self.id_column.label("id"), sort_value.label("sort_value")), sort,
                                 descending)
            return search_index.Listed(self._where(rows, filters).limit(search_index.PROBED).subquery(),
                                       descending)

        first = search_index.first_ranked(dialect, self.search_column, key, limit, listed)
        if first is None:
            return None
        selects = []
        for condition, part_limit in first.parts:
            stmt = self._ordered(sa.select(self.id_column.label("id"), sort_value.label("sort_value")), sort,
                                 descending)
            stmt = self._where(stmt.join(first.companion, first.companion.c.rowid == self.id_column), filters)
            selects.append(sa.select(stmt.where(condition).limit(part_limit).subquery()))
        found = sa.union_all(*selects).subquery()
        value = sa.func.min(found.c.sort_value)
        # ranked last, once a few records are left: ranking reads each one's names
        return (sa.select(found.c.id).join(first.companion, first.companion.c.rowid == found.c.id)
                .group_by(found.c.id)
                .order_by(sa.func.min(first.rank), sa.desc(value) if descending else sa.asc(value), found.c.id)
                .limit(limit))

    def ordered_select(self, db: Database, *columns: Any, search: str = "", sort: str | None = None,
                       descending: bool = False, filters: dict[str, Any] | None = None) -> Any:
        """A select of ``columns`` from the matching records in the order ``ids`` lists them:
        join more tables to it and add order terms after, to read whole rows in display order
        in one query (an export)."""
        key = search_key(search)
        if not key:
            return self._where(self._ordered(sa.select(*columns), sort, descending), filters)
        found = search_index.ranked(db.engine.dialect.name, self.id_column, self.search_column, key)
        stmt = self._ordered(sa.select(*columns), sort, descending, found.c.rank)
        return self._where(stmt.join(found, found.c.id == self.id_column), filters)

    def _read(self, db: Database, stmt: Any, filters: dict[str, Any] | None, limit: int | None) -> list[int]:
        stmt = self._where(stmt, filters)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [row[0] for row in db.plain_rows(stmt)]

    def ordered(self, db: Database, ids: Sequence[int], *, sort: str | None = None,
                descending: bool = False) -> list[int]:
        """Those of ``ids`` that still exist, in the order ``ids(sort=…, descending=…)`` lists
        them: the database's order, so a table can tell whether a changed record moved without
        comparing values in Python (whose order of text differs from a database's collation)."""
        stmt = self._ordered(sa.select(self.id_column), sort, descending)
        return [row[0] for row in db.plain_rows(stmt.where(self.id_column.in_(list(ids))))]

    def search_texts(self, db: Database, ids: Sequence[int] | None = None) -> dict[int, str]:
        """The folded search text of every record (or of those with ``ids``), by id, read
        without the wide rows where the backend keeps them apart.

        A table searches in memory with them: ``search_key(q) in text`` holds for the same
        records as ``ids(search=q)``, and ``domain.search_layout.match_rank`` ranks them as
        ``ids`` does.
        """
        id_column, text_column = search_index.source(db.engine.dialect.name, self.id_column, self.search_column)
        stmt = sa.select(id_column, text_column)
        if ids is not None:
            stmt = stmt.where(id_column.in_(list(ids)))
        return {i: t or "" for i, t in db.plain_rows(stmt)}

    @cached_property
    def _rows_statement(self) -> Any:
        stmt = self.joins(sa.select(self.id_column, *(c.expr for c in self.columns)))
        return stmt.where(self.id_column.in_(sa.bindparam("ids", expanding=True)))

    def rows(self, db: Database, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display values (in column order) of the records with ``ids``."""
        if not ids:
            return {}
        with db.read() as session:
            result = session.execute(self._rows_statement, {"ids": list(ids)})
            return {row[0]: tuple(row[1:]) for row in result.all()}

    def count(self, db: Database) -> int:
        with db.read() as session:
            return int(session.execute(sa.select(sa.func.count(self.id_column))).scalar_one())


_Family = aliased(ServiceFamily)
_Provider = aliased(Organization)
_Owner = aliased(Contact)

SERVICES = Listing(
    entity="service",
    id_column=col(Service.id),
    search_column=col(Service.search_text),
    columns=(
        ListColumn("code", translatable("Code"), col(Service.code)),
        ListColumn("name", translatable("Name"), col(Service.name)),
        ListColumn("family", translatable("Family"), _Family.name,
                   join=lambda s: s.outerjoin(_Family, _Family.id == Service.family_id)),
        ListColumn("status", translatable("Status"), col(Service.status)),
        ListColumn("criticality", translatable("Criticality"), col(Service.criticality)),
        ListColumn("provider", translatable("Provider"), _Provider.name,
                   join=lambda s: s.outerjoin(_Provider, _Provider.id == Service.provider_id)),
        ListColumn("owner", translatable("Owner"), _Owner.name,
                   join=lambda s: s.outerjoin(_Owner, _Owner.id == Service.owner_id)),
        ListColumn("updated_at", translatable("Changed"), col(Service.updated_at)),
    ),
    joins=lambda s: s.select_from(Service)
    .outerjoin(_Family, _Family.id == Service.family_id)
    .outerjoin(_Provider, _Provider.id == Service.provider_id)
    .outerjoin(_Owner, _Owner.id == Service.owner_id),
    filters={
        "status": col(Service.status),
        "family_id": col(Service.family_id),
        "statuses": lambda v: col(Service.status).in_(list(v)),
    },
)

_Parent = aliased(Organization)
_contacts_count = (
    sa.select(sa.func.count(col(Contact.id)))
    .where(col(Contact.organization_id) == col(Organization.id))
    .correlate(Organization)
    .scalar_subquery()
)

ORGANIZATIONS = Listing(
    entity="organization",
    id_column=col(Organization.id),
    search_column=col(Organization.search_text),
    columns=(
        ListColumn("name", translatable("Name"), col(Organization.name)),
        ListColumn("code", translatable("Code"), col(Organization.code)),
        ListColumn("kind", translatable("Kind"), col(Organization.kind)),
        ListColumn("unit_type", translatable("Unit type"), col(Organization.unit_type)),
        ListColumn("parent", translatable("Part of"), _Parent.name,
                   join=lambda s: s.outerjoin(_Parent, _Parent.id == Organization.parent_id)),
        ListColumn("contacts", translatable("Contacts"), _contacts_count),
        ListColumn("active", translatable("Active"), col(Organization.active)),
    ),
    joins=lambda s: s.select_from(Organization).outerjoin(_Parent, _Parent.id == Organization.parent_id),
    filters={"kind": col(Organization.kind), "active": col(Organization.active)},
)

_ContactOrg = aliased(Organization)

CONTACTS = Listing(
    entity="contact",
    id_column=col(Contact.id),
    search_column=col(Contact.search_text),
    columns=(
        ListColumn("name", translatable("Name"), col(Contact.name)),
        ListColumn("organization", translatable("Organization"), _ContactOrg.name,
                   join=lambda s: s.outerjoin(_ContactOrg, _ContactOrg.id == Contact.organization_id)),
        ListColumn("job_title", translatable("Job title"), col(Contact.job_title)),
        ListColumn("email", translatable("E-mail"), col(Contact.email)),
        ListColumn("phone", translatable("Phone"), col(Contact.phone)),
        ListColumn("active", translatable("Active"), col(Contact.active)),
    ),
    joins=lambda s: s.select_from(Contact).outerjoin(_ContactOrg, _ContactOrg.id == Contact.organization_id),
    filters={"organization_id": col(Contact.organization_id), "active": col(Contact.active)},
)

_AgreementProvider = aliased(Organization)
_customer_names = (
    sa.select(sa.func.aggregate_strings(col(Organization.name), ", "))
    .select_from(AgreementCustomer)
    .join(Organization, col(Organization.id) == col(AgreementCustomer.organization_id))
    .where(col(AgreementCustomer.agreement_id) == col(Agreement.id))
    .correlate(Agreement)
    .scalar_subquery()
)
_service_codes = (
    sa.select(sa.func.aggregate_strings(col(Service.code), ", "))
    .select_from(AgreementService)
    .join(Service, col(Service.id) == col(AgreementService.service_id))
    .where(col(AgreementService.agreement_id) == col(Agreement.id))
    .correlate(Agreement)
    .scalar_subquery()
)

AGREEMENTS = Listing(
    entity="agreement",
    id_column=col(Agreement.id),
    search_column=col(Agreement.search_text),
    columns=(
        ListColumn("reference", translatable("Reference"), col(Agreement.reference)),
        ListColumn("revision", translatable("Rev."), col(Agreement.revision)),
        ListColumn("title", translatable("Title"), col(Agreement.title)),
        ListColumn("kind", translatable("Kind"), col(Agreement.kind)),
        ListColumn("customers", translatable("Customers"), _customer_names, sortable=False),
        ListColumn("services", translatable("Services"), _service_codes, sortable=False),
        ListColumn("status", translatable("Status"), col(Agreement.status)),
        ListColumn("valid_to", translatable("Valid to"), col(Agreement.valid_to)),
        ListColumn("next_review", translatable("Next review"), col(Agreement.next_review)),
    ),
    joins=lambda s: s.select_from(Agreement),
    filters={
        "kind": col(Agreement.kind),
        "status": col(Agreement.status),
        "customer_id": lambda v: col(Agreement.id).in_(
            sa.select(col(AgreementCustomer.agreement_id)).where(col(AgreementCustomer.organization_id) == v)),
        "service_id": lambda v: col(Agreement.id).in_(
            sa.select(col(AgreementService.agreement_id)).where(col(AgreementService.service_id) == v)),
    },
    default_sort="reference",
)
