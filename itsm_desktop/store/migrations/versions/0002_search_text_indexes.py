"""index the folded search text of the searchable tables, and the status of services

A search is ``search_text LIKE '%…%'``; reading the matching ids from a narrow index on the
column is several times faster at 100,000 records than reading every wide row. The home page
counts services by status.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:10:00.000000
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('organization', 'contact', 'service', 'agreement')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_search_text'), ['search_text'], unique=False)
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index('ix_service_status', ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index('ix_service_status')
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_search_text'))
