"""a search finds the records it names through an index of their names

Each companion table of the searched records gets two indexes: of each record's first and of
its second name (every kind of record has at most two), each cut to a length any backend
indexes. A record picker then finds the records a search names exactly, or by the start of a
name, without reading every record (``store.search_index.first_ranked``).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 17:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

from itsm_desktop.store import search_index

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_index.create_name_indexes(op.get_bind())


def downgrade() -> None:
    search_index.drop_name_indexes(op.get_bind())
