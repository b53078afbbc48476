"""The records service levels are measured from, as imported: incidents, outages, survey
answers, restore tests.

Instants are whole seconds since the epoch (UTC) in BIGINT columns: a million incident rows
load and compare as plain integers, with no time-zone conversion on either backend.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field

from ..enums import Priority, RecordStream
from . import catalog  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, TableModel, enum_column, fk, utcnow


class ImportBatch(TableModel, table=True):
    """One imported file: its content fingerprint (a re-import of the same bytes is known by
    it and changes nothing), the stream it fed and how many records it brought."""

    __tablename__ = "import_batch"
    __table_args__ = (sa.UniqueConstraint("stream", "fingerprint", name="uq_import_batch_fingerprint"),
                      NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    stream: RecordStream = enum_column(RecordStream, default=RecordStream.INCIDENTS)
    fingerprint: str = Field(max_length=64)
    file_name: str = Field(default="", max_length=300)
    imported_at: datetime = Field(default_factory=utcnow)
    who: str = Field(default="", max_length=100)
    records: int = Field(default=0)


def _instant(*, nullable: bool = False) -> Any:
    return Field(default=None, sa_type=sa.BigInteger, nullable=nullable)


class IncidentRecordRow(TableModel, table=True):
    """An imported incident or request; ``paused`` is a list of [start, end] instants."""

    __tablename__ = "incident_record"
    __table_args__ = (sa.Index("ix_incident_record_service_opened", "service_id", "opened_at"),
                      NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = fk("import_batch.id", nullable=False, ondelete="CASCADE")
    reference: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    service_id: int = fk("service.id", nullable=False, index=False)
    priority: Priority = enum_column(Priority, default=Priority.P3)
    opened_at: int = _instant()
    responded_at: int | None = _instant(nullable=True)
    resolved_at: int | None = _instant(nullable=True)
    paused: list[list[int]] | None = Field(default=None, sa_type=sa.JSON)


class OutageRow(TableModel, table=True):
    """An imported outage or planned maintenance of a service."""

    __tablename__ = "outage"
    __table_args__ = (sa.Index("ix_outage_service_start", "service_id", "starts_at"), NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = fk("import_batch.id", nullable=False, ondelete="CASCADE")
    reference: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    service_id: int = fk("service.id", nullable=False, index=False)
    starts_at: int = _instant()
    ends_at: int = _instant()
    planned: bool = Field(default=False)
    announced_at: int | None = _instant(nullable=True)


class SatisfactionResponseRow(TableModel, table=True):
    """An imported answer to a satisfaction survey."""

    __tablename__ = "satisfaction_response"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = fk("import_batch.id", nullable=False, ondelete="CASCADE")
    reference: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    service_id: int | None = fk("service.id")
    answered_at: int = _instant()
    score: float = Field(default=0)


class RecoveryTestRow(TableModel, table=True):
    """An imported restore test (for RTO and RPO, which no ticket stream shows)."""

    __tablename__ = "recovery_test"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = fk("import_batch.id", nullable=False, ondelete="CASCADE")
    reference: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    service_id: int | None = fk("service.id")
    performed_at: int = _instant()
    recovery_seconds: int = Field(default=0)
    data_loss_seconds: int = Field(default=0)
