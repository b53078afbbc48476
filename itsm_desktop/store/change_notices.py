"""Telling every client of a team server what another one changed (PostgreSQL's NOTIFY).

Each record table has a trigger that sends ``<table> <id>`` on the channel ``CHANNEL`` for
every row inserted, updated or deleted. PostgreSQL delivers the notices when (and only if) the
transaction commits, once per distinct payload, to every session listening on the channel:
a window refreshes the records another user saved, never a rolled-back change. A record's
rows (an agreement's targets …) are saved with the record itself, whose version changes, so
the record's own notice covers them. Nothing of this exists on SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa

CHANNEL = "itsm_desktop_changes"
RECORD_TABLES = ("organization", "contact", "service_family", "service", "agreement")


def create(conn: sa.Connection) -> None:
    """The notifying function and its triggers (PostgreSQL only)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(
        "CREATE FUNCTION itsm_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || "
        "(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text); "
        "RETURN NULL; END $$")
    for table in RECORD_TABLES:
        conn.exec_driver_sql(f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
                             f"ON {table} FOR EACH ROW EXECUTE FUNCTION itsm_notify_change()")


def drop(conn: sa.Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in RECORD_TABLES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS itsm_notify_change()")
