"""a team server finds the records a search of one or two characters matches through an index

On PostgreSQL each companion table of the searched records gets an index of its texts by the
characters they hold (``store.search_index.create_letter_indexes``): a search too short for
the trigram index then finds its rare matches without reading every text. A local file needs
none (reading its texts is quick).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 20:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

from itsm_desktop.store import search_index

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_index.create_letter_indexes(op.get_bind())


def downgrade() -> None:
    search_index.drop_letter_indexes(op.get_bind())
