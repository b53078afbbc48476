"""a team server searches the way a local file does, and tells its clients what changed

On PostgreSQL each searched table gets the narrow companion table SQLite has had since 0005,
kept equal to the records by PL/pgSQL triggers, so both backends search and list with the
same queries; a trigram index (``pg_trgm``, where the server offers it) on each companion's
text serves longer searches. The unbounded search texts carry no B-tree index on either
backend (PostgreSQL refuses index rows over about 2.7 kB). Each record table notifies the
listening clients of the records a committed transaction changed (``store.change_notices``).
Nothing changes on SQLite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 14:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

from itsm_desktop.store import change_notices, search_index

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_index.create_on_postgresql(op.get_bind())
    change_notices.create(op.get_bind())


def downgrade() -> None:
    change_notices.drop(op.get_bind())
    search_index.drop_on_postgresql(op.get_bind())
