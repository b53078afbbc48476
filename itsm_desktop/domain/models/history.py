"""The history of changes: who did what to which record and when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field

from ..enums import HistoryAction
from .base import NEVER_REUSE_IDS, TableModel, enum_column, utcnow


class HistoryEntry(TableModel, table=True):
    """Who did what to which record and when; ``changes`` maps field → [old, new]."""

    __tablename__ = "history_entry"
    __table_args__ = (sa.Index("ix_history_entity", "entity", "entity_id"), NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: int
    action: HistoryAction = enum_column(HistoryAction, default=HistoryAction.UPDATED)
    at: datetime = Field(default_factory=utcnow, index=True)
    who: str = Field(default="", max_length=100)
    summary: str = Field(default="")
    changes: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    # the summary's sentence and values (``translatable.message_data``), so that each reader
    # sees it in their language; None for summaries written before (they read as stored)
    summary_message: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
