"""The note kept on a breached or at-risk value: its cause and the action taken.

The note is commentary on the value, not the value: it may be written on a locked (closed)
period too. Every change is in the history of the achieved value.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.errors import ConflictError, ItsmError, ValidationError
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.models import AchievedValue
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.common import diff, record_history, touch

from .values import ENTITY

NOTE_LIMIT = 4000
NOTED = (Status.BREACHED, Status.AT_RISK)


def set_breach_note(db: Any, *, target_id: int, period: str, cause: str, action: str,
                    version: int | None = None) -> AchievedValue:
    """Keep ``cause`` and ``action`` with the breached or at-risk value of ``period``.

    ``version`` (the value's version the user saw) refuses a change based on a stale copy."""
    cause, action = cause.strip(), action.strip()
    problems = {key: translatable("Keep it under {limit} characters.", limit=NOTE_LIMIT) for key, text in
                (("cause", cause), ("action", action)) if len(text) > NOTE_LIMIT}
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        row = session.exec(select(AchievedValue).where(AchievedValue.target_id == target_id,
                                                       AchievedValue.period == period)).first()
        if row is None:
            raise ItsmError(translatable("No value of {period} is stored for this target; compute the values "
                                         "first.", period=period))
        if row.status not in NOTED:
            raise ItsmError(translatable("The value of {period} is not breached or at risk: only a breached or "
                                         "at-risk value takes a note on cause and action.", period=period))
        assert row.id is not None
        if version is not None and row.version != version:
            raise ConflictError(AchievedValue.entity_label, row.id, version, row.version)
        before = {"breach_cause": row.breach_cause, "breach_action": row.breach_action}
        after = {"breach_cause": cause, "breach_action": action}
        delta = diff(before, after)
        if delta:
            row.breach_cause, row.breach_action = cause, action
            touch(row)
            session.add(row)
            session.flush()
            record_history(session, entity=ENTITY, entity_id=row.id, action=HistoryAction.UPDATED,
                           summary=translatable("Noted cause and action of {period}", period=period), changes=delta)
        return row
