"""measured service levels: imported records, import batches and achieved values

Incidents, outages, satisfaction responses and recovery tests as imported, each row naming
the import batch (one file, known by a fingerprint of its content) it came from; achieved
values per target and period, computed or entered by hand, with a status and a lock for
closed periods. Instants are whole seconds since the epoch (UTC).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 12:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('achieved_value', 'satisfaction_response', 'recovery_test', 'outage', 'incident_record',
          'import_batch')


def upgrade() -> None:
    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stream', sa.Enum('incidents', 'outages', 'satisfaction', 'recovery_tests', name='recordstream', native_enum=False, length=32), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('stream', 'fingerprint', name='uq_import_batch_fingerprint'),
    sqlite_autoincrement=True
    )
    op.create_table('incident_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Enum('P1', 'P2', 'P3', 'P4', name='priority', native_enum=False, length=32), nullable=False),
    sa.Column('opened_at', sa.BigInteger(), nullable=False),
    sa.Column('responded_at', sa.BigInteger(), nullable=True),
    sa.Column('resolved_at', sa.BigInteger(), nullable=True),
    sa.Column('paused', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_incident_record_batch_id'), 'incident_record', ['batch_id'], unique=False)
    op.create_index('ix_incident_record_service_opened', 'incident_record', ['service_id', 'opened_at'], unique=False)
    op.create_table('outage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.BigInteger(), nullable=False),
    sa.Column('ends_at', sa.BigInteger(), nullable=False),
    sa.Column('planned', sa.Boolean(), nullable=False),
    sa.Column('announced_at', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_outage_batch_id'), 'outage', ['batch_id'], unique=False)
    op.create_index('ix_outage_service_start', 'outage', ['service_id', 'starts_at'], unique=False)
    op.create_table('recovery_test',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('performed_at', sa.BigInteger(), nullable=False),
    sa.Column('recovery_seconds', sa.Integer(), nullable=False),
    sa.Column('data_loss_seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_recovery_test_batch_id'), 'recovery_test', ['batch_id'], unique=False)
    op.create_index(op.f('ix_recovery_test_service_id'), 'recovery_test', ['service_id'], unique=False)
    op.create_table('satisfaction_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.BigInteger(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_satisfaction_response_batch_id'), 'satisfaction_response', ['batch_id'], unique=False)
    op.create_index(op.f('ix_satisfaction_response_service_id'), 'satisfaction_response', ['service_id'], unique=False)
    op.create_table('achieved_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('source', sa.Enum('computed', 'manual', name='valuesource', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('status', sa.Enum('met', 'at_risk', 'breached', 'not_measured', name='status', native_enum=False, length=32), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['service_level_target.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('target_id', 'period', name='uq_achieved_value_target_period'),
    sqlite_autoincrement=True
    )


def downgrade() -> None:
    for table in TABLES:  # indexes go with their tables
        op.drop_table(table)
