"""documents in the agreement's language: organizations and agreements name the language
their documents print in, and each clause version holds its wording in the other languages

Existing organizations and agreements print in English, as before; existing clause versions
have no translations yet.

Plain ``ADD COLUMN`` with a default on both backends: no table is rebuilt, so the search
triggers of the organization and agreement tables stay as they are.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 17:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('organization', sa.Column('language', sa.String(length=5), nullable=False,
                                            server_default='en'))
    op.add_column('agreement', sa.Column('language', sa.String(length=5), nullable=False,
                                         server_default='en'))
    op.add_column('clause_version', sa.Column('translations', sa.JSON(), nullable=False,
                                              server_default='{}'))


def downgrade() -> None:
    # SQLite (3.35 and later) drops a column in place: no rebuild, so ids keep rising and the
    # search triggers stay
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, column in (('clause_version', 'translations'), ('agreement', 'language'),
                          ('organization', 'language')):
        if sqlite:
            op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
        else:
            op.drop_column(table, column)
