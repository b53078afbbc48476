"""search texts that name related records, searched without a B-tree index on them

A service's search text now holds the names of its provider, owner, manager, suppliers and
components, and begins with its own names set apart so that exact and prefix matches rank
first (``domain.search_layout``): every record's text is composed again. The B-tree indexes on
the unbounded ``search_text`` columns go (PostgreSQL refuses long index rows); on SQLite a
narrow companion table per searched table, kept by triggers, takes their place
(``store.search_index``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 11:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

from itsm_desktop.store import search_index, search_sources

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in search_index.SEARCHED_TABLES:
        op.drop_index(f'ix_{table}_search_text', table_name=table)
    connection = op.get_bind()
    search_sources.rebuild_all(connection)
    search_index.create(connection)


def downgrade() -> None:
    search_index.drop(op.get_bind())
    for table in search_index.SEARCHED_TABLES:
        op.create_index(f'ix_{table}_search_text', table, ['search_text'], unique=False)
