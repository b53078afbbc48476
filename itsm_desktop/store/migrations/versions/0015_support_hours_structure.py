"""an agreement's support hours get the structure its business-time targets are measured in

Until now the support hours were only a sentence, printed but not measured: business time
was counted in each service's catalog hours instead. The structure (weekly shifts, time zone,
holidays, dated exceptions) is read from the sentence where it reads as support hours; where
it does not, the column stays empty: the agreement's business-time targets are then not
measurable until its support hours are written so that they can be.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 17:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from itsm_desktop.domain.measurement.support_hours import support_hours_of

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGREEMENT = sa.table('agreement', sa.column('id', sa.Integer()), sa.column('support_hours', sa.String()),
                      sa.column('support_calendar', sa.JSON()))


def upgrade() -> None:
    # a plain ADD COLUMN on both backends: a batch would rebuild the table on SQLite and lose
    # its search triggers for what ALTER TABLE does in place
    op.add_column('agreement', sa.Column('support_calendar', sa.JSON(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(_AGREEMENT.c.id, _AGREEMENT.c.support_hours)
                              .where(_AGREEMENT.c.support_hours != '')).all()
    for agreement_id, text in rows:
        hours = support_hours_of(text)
        if hours is not None:
            connection.execute(_AGREEMENT.update().where(_AGREEMENT.c.id == agreement_id)
                               .values(support_calendar=hours.to_json()))


def downgrade() -> None:
    with op.batch_alter_table('agreement', schema=None, table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.drop_column('support_calendar')
