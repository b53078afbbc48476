"""Alembic environment: runs on the connection handed in by the application."""

from __future__ import annotations

from alembic import context

from itsm_desktop.domain import models
from itsm_desktop.store import search_index

target_metadata = models.load_all_tables()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrations run only on a connection opened by the application.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=search_index.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
