"""an SLA target can rest on OLA and UC targets: the underpinning chain

One row per link between the SLA target and the target beneath it; a link goes with either
target when it is deleted.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('underpinning_link',
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('underpinning_target_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['service_level_target.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['underpinning_target_id'], ['service_level_target.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('target_id', 'underpinning_target_id')
    )
    op.create_index(op.f('ix_underpinning_link_underpinning_target_id'), 'underpinning_link',
                    ['underpinning_target_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_underpinning_link_underpinning_target_id'), table_name='underpinning_link')
    op.drop_table('underpinning_link')
