"""Service level targets, the targets they rest on, and what each achieved period by period."""

from __future__ import annotations

from typing import ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ..enums import MeasurementPeriod, Metric, Priority, TargetUnit, ValueSource
from ..measurement.status import Status
from ..translatable import translatable
from . import agreements, catalog  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, Record, TableModel, enum_column, fk


class ServiceLevelTarget(TableModel, table=True):
    """A measurable promise: metric, for which service and priority, and the value."""

    __tablename__ = "service_level_target"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    metric: Metric = enum_column(Metric, default=Metric.AVAILABILITY)
    custom_metric: str = Field(default="", max_length=200)
    # what a custom metric measures, as the glossary prints it
    definition: str = Field(default="", sa_column_kwargs={"server_default": sa.text("''")})
    service_id: int | None = fk("service.id")
    priority: Priority | None = enum_column(Priority, nullable=True)
    value: float = Field(default=0)
    unit: TargetUnit = enum_column(TargetUnit, default=TargetUnit.PERCENT)
    warning_threshold: float | None = Field(default=None)
    period: MeasurementPeriod = enum_column(MeasurementPeriod, default=MeasurementPeriod.MONTH)
    notes: str = Field(default="")
    position: int = Field(default=0)
    # the target of the revision this one was copied from: what was promised before, and
    # what anything keyed to that target (an achieved value, an underpinning link) follows
    origin_target_id: int | None = fk("service_level_target.id", ondelete="SET NULL")


class UnderpinningLink(TableModel, table=True):
    """An SLA target resting on an OLA or UC target: the promise beneath the promise.

    Keyed to the targets as they were when linked; a revision's targets follow their
    ``origin_target_id`` back to the link."""

    __tablename__ = "underpinning_link"

    target_id: int = Field(foreign_key="service_level_target.id", primary_key=True, ondelete="CASCADE")
    underpinning_target_id: int = Field(
        foreign_key="service_level_target.id", primary_key=True, ondelete="CASCADE", index=True
    )


class AchievedValue(Record, table=True):
    """What a target achieved in one period (``period`` labelled like 2026-11 or 2026-Q4)."""

    __tablename__ = "achieved_value"
    __table_args__ = (sa.UniqueConstraint("target_id", "period", name="uq_achieved_value_target_period"),
                      NEVER_REUSE_IDS)
    entity_label: ClassVar[str] = translatable("achieved value")

    target_id: int = fk("service_level_target.id", nullable=False, ondelete="CASCADE", index=False)
    period: str = Field(max_length=10)
    value: float | None = Field(default=None)
    source: ValueSource = enum_column(ValueSource, default=ValueSource.COMPUTED)
    note: str = Field(default="")
    status: Status = enum_column(Status, default=Status.NOT_MEASURED)
    locked: bool = Field(default=False)
    breach_cause: str = Field(default="")  # why a breached or at-risk value came about
    breach_action: str = Field(default="")  # what was done about it
