"""A database of the previous release is upgraded to ranked, related-name search texts, searched
through narrow companion tables instead of B-tree indexes on the unbounded texts."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlmodel import Session

from itsm_desktop.domain.enums import OrganizationKind
from itsm_desktop.domain.models import Organization, Service
from itsm_desktop.domain.search_layout import NAME_SEPARATOR
from itsm_desktop.domain.values import search_blob
from itsm_desktop.services import catalog, listing
from itsm_desktop.store import Database, migrate, search_index

BEFORE = "0003"  # the last revision whose texts named no related records


def _old_database(path: Path) -> int:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), BEFORE)
    with Session(engine) as session:
        # the rows as that revision had them: only its columns (later ones have been added since)
        old = {table: {c["name"] for c in sa.inspect(engine).get_columns(table)}
               for table in ("organization", "service")}
        supplier = Organization(name="Stratus Cloud Ltd", kind=OrganizationKind.SUPPLIER,
                                search_text=search_blob("Stratus Cloud Ltd"))
        service = Service(code="MAIL", name="Corporate e-mail", search_text=search_blob("MAIL", "Corporate e-mail"))
        ids = []
        for record in (supplier, service):
            table = type(record).__table__  # type: ignore[attr-defined]
            values = {c.name: getattr(record, c.name) for c in table.columns
                      if c.name in old[table.name] and c.name != "id"}
            columns = sa.table(table.name, *(sa.column(name) for name in values))
            session.execute(columns.insert().values(**values))
            ids.append(session.execute(sa.text("SELECT max(id) FROM " + table.name)).scalar_one())
        session.execute(sa.text("INSERT INTO service_supplier (service_id, supplier_id, supplies, "
                                "contract_reference) VALUES (:s, :o, '', '')"), {"s": ids[1], "o": ids[0]})
        session.commit()
        service_id = ids[1]
    engine.dispose()
    return service_id


def _schema(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as con:
        return dict(con.execute("SELECT name, type FROM sqlite_master").fetchall())


def test_an_old_database_is_upgraded_to_the_search_companions(tmp_path: Path) -> None:
    path = tmp_path / "itsm.db"
    service_id = _old_database(path)
    assert "ix_service_search_text" in _schema(path)

    with Database.open(path) as db:
        assert db.backup_made is not None
        assert listing.SERVICES.ids(db, search="stratus") == [service_id]
        text = catalog.get_service(db, service_id).search_text
        assert text.startswith(f"mail{NAME_SEPARATOR}corporate e-mail")
        assert listing.SERVICES.search_texts(db) == {service_id: text}

    schema = _schema(path)
    assert not [name for name in schema if name.endswith("_search_text")]  # no B-tree on the texts
    for table in search_index.SEARCHED_TABLES:
        assert schema[table + search_index.SUFFIX] == "table"
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT count(*) FROM service_search").fetchone() == (1,)
        con.execute("DELETE FROM service_supplier")
        con.execute("DELETE FROM service")
        con.commit()
        assert con.execute("SELECT count(*) FROM service_search").fetchone() == (0,)


def test_records_saved_later_are_searched_through_the_companions(db: Database, make: object, sql) -> None:
    service = make.service("DNS", name="Name resolution")  # type: ignore[attr-defined]
    text = catalog.get_service(db, service.id).search_text
    assert sql("SELECT rowid, names, text FROM service_search") == [
        (service.id, f"dns{NAME_SEPARATOR}name resolution", text)]
    assert listing.SERVICES.ids(db, search="resolution") == [service.id]
    assert listing.SERVICES.ids(db, search="re", limit=5) == [service.id]
    assert listing.SERVICES.ids(db, search="res%") == []  # LIKE's wildcards are literal
