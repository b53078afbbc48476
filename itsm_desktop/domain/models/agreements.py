"""Agreements (SLA, OLA, UC) and what each carries: customers, services, responsibilities,
contacts, signatures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ..column_types import Money
from ..enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    Side,
)
from ..translatable import translatable
from . import catalog, stakeholders  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, Record, TableModel, enum_column, fk


class Agreement(Record, table=True):
    """An SLA, OLA or underpinning contract, one revision of it."""

    __tablename__ = "agreement"
    __table_args__ = (sa.UniqueConstraint("reference", "revision", name="uq_agreement_reference_revision"),
                      NEVER_REUSE_IDS)
    entity_label: ClassVar[str] = translatable("agreement")

    reference: str = Field(max_length=40, index=True)
    revision: int = Field(default=1)
    title: str = Field(max_length=300)
    kind: AgreementKind = enum_column(AgreementKind, default=AgreementKind.SLA)
    provider_id: int | None = fk("organization.id")
    status: AgreementStatus = enum_column(AgreementStatus, default=AgreementStatus.DRAFT)
    previous_id: int | None = fk("agreement.id", ondelete="SET NULL")
    valid_from: date | None = Field(default=None)
    valid_to: date | None = Field(default=None)
    # None is "no regular review"; a new agreement's usual interval is the form's default. A
    # column default would fire on INSERT for None as well, turning "no review" into a number
    review_interval_months: int | None = Field(default=None)
    next_review: date | None = Field(default=None)
    signed_on: date | None = Field(default=None)
    scope: str = Field(default="")
    hours_text: str = Field(default="")
    support_text: str = Field(default="")
    limitations: str = Field(default="")
    reporting: str = Field(default="")
    escalation: str = Field(default="")
    security: str = Field(default="")
    charges: str = Field(default="")
    # the text sections someone marked as not applying: each prints one agreed sentence, and
    # review and activation accept them where an unfilled section is refused
    # (declared Optional for SQLAlchemy 2.0.21, which cannot map a bare ``list[str]``; never None)
    not_applicable: list[str] | None = Field(default_factory=list, sa_type=sa.JSON, nullable=False,
                                             sa_column_kwargs={"server_default": "[]"})
    # the terms it defines once (see domain.definitions): its priority levels (None: the
    # team's default scheme) and the support hours its business-time targets count in
    priority_scheme: list[dict[str, str]] | None = Field(default=None, sa_type=sa.JSON)
    support_hours_name: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": sa.text("''")})
    support_hours: str = Field(default="", sa_column_kwargs={"server_default": sa.text("''")})
    # the support hours as measured (measurement.support_hours), read from the sentence above
    # when it is saved; None: not measurable until the sentence reads as support hours
    support_calendar: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index
    # the language it prints in (a ``DocumentLanguage`` value); a revision keeps its own
    language: str = Field(default="en", max_length=5, sa_column_kwargs={"server_default": "en"})


class AgreementCustomer(TableModel, table=True):
    """A party on the customer side of an agreement, with its representative."""

    __tablename__ = "agreement_customer"

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    organization_id: int = Field(
        foreign_key="organization.id", primary_key=True, ondelete="RESTRICT", index=True
    )
    representative_id: int | None = fk("contact.id")
    position: int = Field(default=0)


class AgreementService(TableModel, table=True):
    """A service covered by an agreement."""

    __tablename__ = "agreement_service"

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    service_id: int = Field(
        foreign_key="service.id", primary_key=True, ondelete="RESTRICT", index=True
    )
    position: int = Field(default=0)


class AgreementServiceTerms(TableModel, table=True):
    """What the provider of an OLA or UC itself says about a covered service: its own
    description, support channels, contract price and reference (never the catalog's)."""

    __tablename__ = "agreement_service_terms"

    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    service_id: int = Field(
        foreign_key="service.id", primary_key=True, ondelete="RESTRICT", index=True
    )
    description: str = Field(default="")
    support_channels: str = Field(default="")
    support_hours: str = Field(default="")
    contract_reference: str = Field(default="", max_length=100)
    charge_model: ChargeModel = enum_column(ChargeModel, default=ChargeModel.NONE)
    price: Decimal | None = Field(default=None, sa_type=Money)
    currency: str = Field(default="EUR", max_length=3)
    billing_period: BillingPeriod | None = enum_column(BillingPeriod, nullable=True)
    position: int = Field(default=0)


class Responsibility(TableModel, table=True):
    """What one side of an agreement commits to do."""

    __tablename__ = "responsibility"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    side: Side = enum_column(Side, default=Side.PROVIDER)
    text: str = Field(default="")
    position: int = Field(default=0)


class AgreementContact(TableModel, table=True):
    """A person who plays a role in an agreement (representative, escalation level …)."""

    __tablename__ = "agreement_contact"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    contact_id: int = fk("contact.id", nullable=False)
    role: AgreementContactRole = enum_column(
        AgreementContactRole, default=AgreementContactRole.SUPPORT_CONTACT
    )
    position: int = Field(default=0)


class Signature(TableModel, table=True):
    """A signature recorded on an agreement when it was activated."""

    __tablename__ = "signature"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    organization_id: int | None = fk("organization.id")
    side: Side = enum_column(Side, default=Side.CUSTOMER)
    signatory_name: str = Field(default="", max_length=200)
    signatory_title: str = Field(default="", max_length=200)
    signed_on: date | None = Field(default=None)
    place: str = Field(default="", max_length=200)
