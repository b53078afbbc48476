"""agreements define their own terms and, for OLAs and UCs, their own service facts

An agreement keeps its priority scheme (none: the team's default), the name and definition
of the support hours its business-time targets count in, and a definition for each custom
metric. An OLA or a UC keeps, per covered service, what its provider itself says about it:
description, support channels and hours, contract price and reference; the team's defaults
live in a small key/value table.

The terms of the OLAs and UCs already stored are filled as their editor would prefill them:
a UC's from the supplier's own row of the service (what it supplies, under which contract),
an OLA's description from the catalog.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from itsm_desktop.domain.column_types import Money

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ADD COLUMNs: a batch would rebuild these tables on SQLite (and lose their search
    # triggers and rising ids) for what ALTER TABLE does in place on both backends
    op.add_column('agreement', sa.Column('priority_scheme', sa.JSON(), nullable=True))
    op.add_column('agreement', sa.Column('support_hours_name', sa.String(length=100), nullable=False,
                                         server_default=sa.text("''")))
    op.add_column('agreement', sa.Column('support_hours', sa.String(), nullable=False,
                                         server_default=sa.text("''")))
    op.add_column('service_level_target', sa.Column('definition', sa.String(), nullable=False,
                                                    server_default=sa.text("''")))
    op.create_table(
        'agreement_service_terms',
        sa.Column('agreement_id', sa.Integer(), nullable=False),
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('description', sa.String(), nullable=False),
        sa.Column('support_channels', sa.String(), nullable=False),
        sa.Column('support_hours', sa.String(), nullable=False),
        sa.Column('contract_reference', sa.String(length=100), nullable=False),
        sa.Column('charge_model', sa.Enum('none', 'fixed', 'per_user', 'per_device', name='chargemodel',
                                          native_enum=False, length=32), nullable=False),
        sa.Column('price', Money(), nullable=True),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('billing_period', sa.Enum('month', 'quarter', 'year', name='billingperiod',
                                            native_enum=False, length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['service_id'], ['service.id'], ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('agreement_id', 'service_id'),
    )
    with op.batch_alter_table('agreement_service_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_service_terms_service_id'), ['service_id'],
                              unique=False)
    op.create_table(
        'team_setting',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.JSON(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    _prefill_terms()


def _prefill_terms() -> None:
    """The terms an OLA or UC printed from the catalog until now, as its own."""
    # a UC: what the supplier itself supplies and its contract, from the service's supplier row
    op.execute(sa.text(
        "INSERT INTO agreement_service_terms (agreement_id, service_id, description, support_channels, "
        "support_hours, contract_reference, charge_model, price, currency, billing_period, position) "
        "SELECT s.agreement_id, s.service_id, "
        "COALESCE((SELECT MIN(x.supplies) FROM service_supplier x "
        "          WHERE x.service_id = s.service_id AND x.supplier_id = a.provider_id), ''), "
        "'', '', "
        "COALESCE((SELECT MIN(x.contract_reference) FROM service_supplier x "
        "          WHERE x.service_id = s.service_id AND x.supplier_id = a.provider_id), ''), "
        "'none', NULL, 'EUR', NULL, s.position "
        "FROM agreement_service s JOIN agreement a ON a.id = s.agreement_id WHERE a.kind = 'UC'"))
    # an OLA: both sides are ours, so the catalog's description is what the provider delivers
    op.execute(sa.text(
        "INSERT INTO agreement_service_terms (agreement_id, service_id, description, support_channels, "
        "support_hours, contract_reference, charge_model, price, currency, billing_period, position) "
        "SELECT s.agreement_id, s.service_id, v.description, '', '', '', 'none', NULL, 'EUR', NULL, "
        "s.position "
        "FROM agreement_service s JOIN agreement a ON a.id = s.agreement_id "
        "JOIN service v ON v.id = s.service_id WHERE a.kind = 'OLA'"))


def downgrade() -> None:
    op.drop_table('team_setting')
    with op.batch_alter_table('agreement_service_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_service_terms_service_id'))
    op.drop_table('agreement_service_terms')
    keep_ids = {'sqlite_autoincrement': True}
    with op.batch_alter_table('service_level_target', schema=None, table_kwargs=keep_ids) as batch_op:
        batch_op.drop_column('definition')
    with op.batch_alter_table('agreement', schema=None, table_kwargs=keep_ids) as batch_op:
        batch_op.drop_column('support_hours')
        batch_op.drop_column('support_hours_name')
        batch_op.drop_column('priority_scheme')
