"""The service catalog: families, services and what a service is built from, depends on and
serves."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ..column_types import Money
from ..enums import (
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    ConsumerRole,
    Criticality,
    ServiceStatus,
    ServiceType,
)
from ..translatable import translatable
from . import stakeholders  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, Record, TableModel, enum_column, fk


class ServiceFamily(Record, table=True):
    """A category of the service catalog."""

    __tablename__ = "service_family"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("service family")

    name: str = Field(max_length=200, sa_column_kwargs={"unique": True})
    description: str = Field(default="")
    position: int = Field(default=0)


class Service(Record, table=True):
    """An entry of the service catalog."""

    __tablename__ = "service"
    # the home page: counts by status, lists live services by code
    __table_args__ = (sa.Index("ix_service_status_code", "status", "code"), NEVER_REUSE_IDS)
    entity_label: ClassVar[str] = translatable("service")

    code: str = Field(max_length=40, sa_column_kwargs={"unique": True})
    name: str = Field(max_length=200, index=True)
    family_id: int | None = fk("service_family.id", ondelete="SET NULL")
    summary: str = Field(default="", max_length=300)
    description: str = Field(default="")
    outcomes: str = Field(default="")
    service_type: ServiceType = enum_column(ServiceType, default=ServiceType.BUSINESS)
    status: ServiceStatus = enum_column(ServiceStatus, default=ServiceStatus.PROPOSED)
    provider_id: int | None = fk("organization.id")
    owner_id: int | None = fk("contact.id")
    manager_id: int | None = fk("contact.id")
    criticality: Criticality = enum_column(Criticality, default=Criticality.MEDIUM)
    hours: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    hours_exceptions: str = Field(default="")
    support_channels: str = Field(default="")
    support_hours: str = Field(default="")
    request_process: str = Field(default="")
    charge_model: ChargeModel = enum_column(ChargeModel, default=ChargeModel.NONE)
    price: Decimal | None = Field(default=None, sa_type=Money)
    currency: str = Field(default="EUR", max_length=3)
    billing_period: BillingPeriod | None = enum_column(BillingPeriod, nullable=True)
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index


class ServiceComponent(TableModel, table=True):
    """A technical component a service is built from."""

    __tablename__ = "service_component"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    service_id: int = fk("service.id", nullable=False, ondelete="CASCADE")
    name: str = Field(max_length=200)
    kind: ComponentKind = enum_column(ComponentKind, default=ComponentKind.OTHER)
    notes: str = Field(default="")
    position: int = Field(default=0)


class ServiceDependency(TableModel, table=True):
    """``service`` depends on ``depends_on`` (no self-dependency, no cycles)."""

    __tablename__ = "service_dependency"

    service_id: int = Field(foreign_key="service.id", primary_key=True, ondelete="CASCADE")
    depends_on_id: int = Field(
        foreign_key="service.id", primary_key=True, ondelete="RESTRICT", index=True
    )
    notes: str = Field(default="")


class ServiceSupplier(TableModel, table=True):
    """A supplier the service depends on, what it supplies and under which contract."""

    __tablename__ = "service_supplier"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    service_id: int = fk("service.id", nullable=False, ondelete="CASCADE")
    supplier_id: int = fk("organization.id", nullable=False)
    supplies: str = Field(default="", max_length=300)
    contract_reference: str = Field(default="", max_length=100)


class ServiceConsumer(TableModel, table=True):
    """An organization that consumes the service, as customer or as user group."""

    __tablename__ = "service_consumer"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    service_id: int = fk("service.id", nullable=False, ondelete="CASCADE")
    organization_id: int = fk("organization.id", nullable=False)
    role: ConsumerRole = enum_column(ConsumerRole, default=ConsumerRole.CUSTOMER)
    users: int | None = Field(default=None)
