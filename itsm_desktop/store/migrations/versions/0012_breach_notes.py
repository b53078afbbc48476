"""a breached or at-risk value keeps a note of its cause and the action taken

Written on the Service Levels page and printed in the service level report; every change is
in the history of the achieved value.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 14:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('achieved_value', schema=None) as batch_op:
        batch_op.add_column(sa.Column('breach_cause', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('breach_action', sa.String(), nullable=False, server_default=''))
    # the defaults were for the rows there; SQLite rebuilds the table for this, keeping ids rising
    with op.batch_alter_table('achieved_value', schema=None,
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.alter_column('breach_cause', server_default=None, existing_type=sa.String(),
                              existing_nullable=False)
        batch_op.alter_column('breach_action', server_default=None, existing_type=sa.String(),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('achieved_value', schema=None,
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.drop_column('breach_action')
        batch_op.drop_column('breach_cause')
