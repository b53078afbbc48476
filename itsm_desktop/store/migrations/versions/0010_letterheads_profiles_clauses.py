"""the letterhead of a providing organization; who signs in as which contact; the clause library

Legal name, address, registration details, colours, paper size and logo (as chosen, SVG or
PNG, and as printed, PNG) of an organization, printed on the documents it provides.

User profiles: each sign-in name (OS login, database user) and the contact it is, so that
documents print a person's name where the history recorded a login.

The clause library: standard clauses, their numbered versions (never changed once saved), and
the clause versions each agreement carries.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('provider_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('legal_name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('registration', sa.String(), nullable=False),
    sa.Column('primary_colour', sa.String(length=7), nullable=False),
    sa.Column('accent_colour', sa.String(length=7), nullable=False),
    sa.Column('paper_size', sa.String(length=10), nullable=False),
    sa.Column('logo_media_type', sa.String(length=40), nullable=False),
    sa.Column('logo_source', sa.LargeBinary(), nullable=True),
    sa.Column('logo_printable', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organization_id'),
    sqlite_autoincrement=True
    )
    op.create_table('user_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('login'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_user_profile_contact_id'), 'user_profile', ['contact_id'], unique=False)
    op.create_table('clause',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Enum('amendment', 'termination', 'precedence', 'confidentiality', 'liability', 'service_credits', 'violations', 'data_protection', name='clausetopic', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('default_for', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    op.create_table('clause_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('clause_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('credits', sa.JSON(), nullable=True),
    sa.Column('credit_cap', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['clause_id'], ['clause.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('clause_id', 'number', name='uq_clause_version_number'),
    sqlite_autoincrement=True
    )
    op.create_table('agreement_clause',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('clause_version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['clause_version_id'], ['clause_version.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_agreement_clause_agreement_id'), 'agreement_clause', ['agreement_id'], unique=False)
    op.create_index(op.f('ix_agreement_clause_clause_version_id'), 'agreement_clause', ['clause_version_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_agreement_clause_clause_version_id'), table_name='agreement_clause')
    op.drop_index(op.f('ix_agreement_clause_agreement_id'), table_name='agreement_clause')
    op.drop_table('agreement_clause')
    op.drop_table('clause_version')
    op.drop_table('clause')
    op.drop_index(op.f('ix_user_profile_contact_id'), table_name='user_profile')
    op.drop_table('user_profile')
    op.drop_table('provider_profile')
