"""an agreement records which of its text sections do not apply

Review and activation refuse an agreement with a section nobody filled, unless someone
marked that section as not applying; the marks are kept as a list of section names.

A signature records where it was signed, for the executed copy.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('not_applicable', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.add_column(sa.Column('place', sa.String(length=200), nullable=False,
                                      server_default=''))
    # the default was for the rows there; SQLite rebuilds the table for this, keeping ids rising
    with op.batch_alter_table('signature', schema=None, table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.alter_column('place', server_default=None, existing_type=sa.String(length=200),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('signature', schema=None, table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.drop_column('place')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_column('not_applicable')
