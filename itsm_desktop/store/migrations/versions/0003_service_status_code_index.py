"""index services by status and code together

The home page lists the first live services (by code) that no agreement covers; with the code
in the status index those are read in order, without sorting every live service, and the
counts by status still read the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 05:40:00.000000
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index('ix_service_status')
        batch_op.create_index('ix_service_status_code', ['status', 'code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index('ix_service_status_code')
        batch_op.create_index('ix_service_status', ['status'], unique=False)
