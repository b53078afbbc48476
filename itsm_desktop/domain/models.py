"""The tables of the domain model (SQLModel). See the design's domain model section."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Literal

import sqlalchemy as sa
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from .column_types import Money
from .enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    ClauseTopic,
    ComponentKind,
    ConsumerRole,
    Criticality,
    HistoryAction,
    MeasurementPeriod,
    Metric,
    OrganizationKind,
    Priority,
    RecordStream,
    ServiceStatus,
    ServiceType,
    Side,
    TargetUnit,
    UnitType,
    ValueSource,
)
from .measurement.status import Status
from .translatable import translatable


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def enum_column(enum: type, *, nullable: bool = False, default: Any = None) -> Any:
    """A portable string column holding an enum's value (no database-native ENUM)."""
    return Field(
        default=default,
        sa_type=sa.Enum(enum, native_enum=False, length=32, validate_strings=True,
                        values_callable=lambda e: [m.value for m in e]),
        nullable=nullable,
    )


OnDelete = Literal["CASCADE", "SET NULL", "RESTRICT"]

NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}
"""Table option: SQLite hands out a deleted row's id again unless asked not to (AUTOINCREMENT);
history, undo and anything keyed to an id rely on ids never coming back. PostgreSQL's
identity/sequence columns never reuse ids anyway."""


def fk(target: str, *, nullable: bool = True, ondelete: OnDelete = "RESTRICT", index: bool = True) -> Any:
    return Field(
        default=None,
        foreign_key=target,
        nullable=nullable,
        ondelete=ondelete,
        index=index,
    )


class TableModel(SQLModel):
    """Base of every table: SQLAlchemy maps its rows, and pydantic validates none of them.

    SQLModel does not validate a table's instances (it constructs them), so pydantic's
    validator and serializer of each table are built only if ever asked for (``defer_build``)
    rather than at import: that was about a third of what defining the tables costs at start.
    """

    model_config = SQLModel.model_config | {"defer_build": True}


class Record(TableModel):
    """Columns every editable record has: id, timestamps and an optimistic-lock version."""

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    version: int = Field(default=1, nullable=False)

    entity_label: ClassVar[str] = translatable("record")

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class attribute, built per table
        # every UPDATE and DELETE says "WHERE id = ? AND version = ?": a save based on a
        # version someone else has replaced meanwhile changes nothing and raises
        # StaleDataError, whatever the backend and however many writers; the services
        # themselves count versions up (see services.common.touch)
        table: sa.Table = cls.__table__  # type: ignore[attr-defined]  # set on each table class
        return {"version_id_col": table.c.version, "version_id_generator": False}


# --- stakeholders ---------------------------------------------------------------------


class Organization(Record, table=True):
    """A party: an internal unit, a customer or a supplier."""

    __tablename__ = "organization"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("organization")

    name: str = Field(max_length=200, sa_column_kwargs={"unique": True})
    code: str = Field(default="", max_length=40)
    kind: OrganizationKind = enum_column(OrganizationKind, default=OrganizationKind.CUSTOMER)
    unit_type: UnitType | None = enum_column(UnitType, nullable=True)
    parent_id: int | None = fk("organization.id", ondelete="SET NULL")
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=60)
    website: str = Field(default="", max_length=300)
    address: str = Field(default="")
    notes: str = Field(default="")
    active: bool = Field(default=True)
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index
    # the language its agreements print in (a ``DocumentLanguage`` value): a new agreement
    # takes its first customer's
    language: str = Field(default="en", max_length=5, sa_column_kwargs={"server_default": "en"})


class Contact(Record, table=True):
    """A person who belongs to one organization."""

    __tablename__ = "contact"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("contact")

    organization_id: int = fk("organization.id", nullable=False, ondelete="RESTRICT")
    name: str = Field(max_length=200, index=True)
    job_title: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=60)
    notes: str = Field(default="")
    active: bool = Field(default=True)
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index


# --- service catalog ------------------------------------------------------------------


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


# --- agreements -----------------------------------------------------------------------


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


class TeamSetting(TableModel, table=True):
    """A default the whole team shares (the priority scheme new agreements start from …)."""

    __tablename__ = "team_setting"

    key: str = Field(max_length=60, primary_key=True)
    value: Any = Field(default=None, sa_type=sa.JSON, nullable=True)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)


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


# --- measured service levels -------------------------------------------------------------
# Instants are whole seconds since the epoch (UTC) in BIGINT columns: a million incident rows
# load and compare as plain integers, with no time-zone conversion on either backend.


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


class ProviderProfile(Record, table=True):
    """The letterhead of an organization, printed on the documents it provides
    (see ``domain.letterhead``)."""

    __tablename__ = "provider_profile"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("letterhead")

    organization_id: int = Field(foreign_key="organization.id", nullable=False, ondelete="CASCADE",
                                 sa_column_kwargs={"unique": True})
    legal_name: str = Field(default="", max_length=200)
    address: str = Field(default="")
    registration: str = Field(default="")
    primary_colour: str = Field(default="", max_length=7)
    accent_colour: str = Field(default="", max_length=7)
    paper_size: str = Field(default="A4", max_length=10)
    logo_media_type: str = Field(default="", max_length=40)
    logo_source: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    logo_printable: bytes | None = Field(default=None, sa_type=sa.LargeBinary)


class UserProfile(TableModel, table=True):
    """A sign-in name (the OS login, or the database user on a team server) and the contact
    who signs in with it: history records the login, documents print the person's name."""

    __tablename__ = "user_profile"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    contact_id: int = fk("contact.id", nullable=False, ondelete="CASCADE")


class Clause(Record, table=True):
    """A standard clause of the team's library (see ``domain.clauses``); its texts are its versions."""

    __tablename__ = "clause"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("clause")

    topic: ClauseTopic = enum_column(ClauseTopic, default=ClauseTopic.AMENDMENT)
    title: str = Field(max_length=200)
    default_for: list[str] | None = Field(default_factory=list, sa_type=sa.JSON, nullable=False)
    """The kinds of agreement (``AgreementKind`` values) that start with this clause."""


class ClauseVersion(TableModel, table=True):
    """One wording of a clause, numbered 1, 2 … and never changed once saved."""

    __tablename__ = "clause_version"
    __table_args__ = (sa.UniqueConstraint("clause_id", "number", name="uq_clause_version_number"),
                      NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    clause_id: int = fk("clause.id", nullable=False, ondelete="CASCADE", index=False)
    number: int = Field(default=1)
    text: str = Field(default="")
    credits: list[dict[str, str]] | None = Field(default=None, sa_type=sa.JSON)
    credit_cap: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    who: str = Field(default="", max_length=100)
    # its wording in the other languages, by language code: {"de": {"title": …, "text": …,
    # "shortfalls": [one per credit step]}}; the columns above are the English wording
    # (declared Optional for SQLAlchemy 2.0.21, which cannot map a bare ``dict``; never None)
    translations: dict[str, dict[str, Any]] | None = Field(
        default_factory=dict, sa_type=sa.JSON, nullable=False, sa_column_kwargs={"server_default": "{}"})


class AgreementClause(TableModel, table=True):
    """A clause version an agreement carries, in print order."""

    __tablename__ = "agreement_clause"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    clause_version_id: int = fk("clause_version.id", nullable=False, ondelete="RESTRICT")
    position: int = Field(default=0)


ALL_TABLES = SQLModel.metadata
