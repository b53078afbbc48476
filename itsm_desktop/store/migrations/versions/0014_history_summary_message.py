"""a history entry keeps its summary as a sentence and values, said in the reader's language

The English summary stays as it is (the command line and older entries read it); the new
column holds the sentence's template and values beside it. Entries written before have none
and are shown as stored.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 17:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a nullable column is added in place on SQLite and PostgreSQL alike: no table rebuild
    op.add_column('history_entry', sa.Column('summary_message', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('history_entry', schema=None,
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.drop_column('summary_message')
