"""ids are never handed out again; a revised agreement's targets link to their origin

SQLite gives a new row the highest id in use plus one, so the id of the newest deleted row
came back for the next record: its history mixed with the deleted one's, and undoing the
delete failed. AUTOINCREMENT keeps ids rising. On SQLite that is part of the table's
definition, so every table with an integer id is rebuilt, rows, indexes and foreign keys
as they were (the application runs migrations with foreign key enforcement off and checks
every reference before committing: see ``store.migrate``). The counters start above every
id the history names too, so ids deleted before this upgrade stay retired.

A target copied into a new revision records the target it was copied from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 11:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES_WITH_IDS = (
    'organization', 'contact', 'service_family', 'service', 'service_component', 'service_supplier',
    'service_consumer', 'agreement', 'service_level_target', 'responsibility', 'agreement_contact',
    'signature', 'history_entry',
)
RECORD_TABLES = ('organization', 'contact', 'service_family', 'service', 'agreement')
"""The tables whose deleted rows the history remembers (``history_entry.entity``)."""
ORIGIN_FK = 'fk_service_level_target_origin_target_id'


def _add_origin(batch_op: BatchOperations) -> None:
    batch_op.add_column(sa.Column('origin_target_id', sa.Integer(), nullable=True))
    batch_op.create_foreign_key(ORIGIN_FK, 'service_level_target', ['origin_target_id'], ['id'],
                                ondelete='SET NULL')
    batch_op.create_index(batch_op.f('ix_service_level_target_origin_target_id'), ['origin_target_id'],
                          unique=False)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table in TABLES_WITH_IDS:
        if not sqlite and table != 'service_level_target':
            continue  # identity and sequence columns never reuse ids: nothing to rebuild
        with op.batch_alter_table(table, recreate='always' if sqlite else 'auto',
                                  table_kwargs={'sqlite_autoincrement': True}) as batch_op:
            if table == 'service_level_target':
                _add_origin(batch_op)
    if sqlite:
        _retire_deleted_ids()


def _retire_deleted_ids() -> None:
    """Start each record table's counter above the highest id its history mentions."""
    bind = op.get_bind()
    for table in RECORD_TABLES:
        highest = bind.execute(sa.text(
            'SELECT MAX(entity_id) FROM history_entry WHERE entity = :table'), {'table': table}).scalar()
        if highest is None:
            continue
        updated = bind.execute(sa.text(
            'UPDATE sqlite_sequence SET seq = :highest WHERE name = :table AND seq < :highest'),
            {'table': table, 'highest': highest}).rowcount
        known = bind.execute(sa.text('SELECT COUNT(*) FROM sqlite_sequence WHERE name = :table'),
                             {'table': table}).scalar()
        if not updated and not known:
            bind.execute(sa.text('INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :highest)'),
                         {'table': table, 'highest': highest})


def downgrade() -> None:
    with op.batch_alter_table('service_level_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_level_target_origin_target_id'))
        batch_op.drop_constraint(ORIGIN_FK, type_='foreignkey')
        batch_op.drop_column('origin_target_id')
