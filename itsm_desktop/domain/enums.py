"""Enumerations of the domain, each with a human label for screens and documents."""

from __future__ import annotations

from enum import StrEnum

from .translatable import translatable


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human-readable label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class OrganizationKind(LabelledEnum):
    INTERNAL = "internal"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"


class UnitType(LabelledEnum):
    TEAM = "team"
    FUNCTION = "function"
    GROUP = "group"
    DIVISION = "division"


class ServiceType(LabelledEnum):
    BUSINESS = "business"
    SUPPORTING = "supporting"


class ServiceStatus(LabelledEnum):
    PROPOSED = "proposed"
    IN_DESIGN = "in_design"
    LIVE = "live"
    RETIRING = "retiring"
    RETIRED = "retired"


class Criticality(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ChargeModel(LabelledEnum):
    NONE = "none"
    FIXED = "fixed"
    PER_USER = "per_user"
    PER_DEVICE = "per_device"


class BillingPeriod(LabelledEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class ComponentKind(LabelledEnum):
    APPLICATION = "application"
    SERVER = "server"
    NETWORK = "network"
    STORAGE = "storage"
    DESKTOP = "desktop"
    MOBILE = "mobile"
    FILE_PRINT = "file_print"
    COMMUNICATION = "communication"
    OTHER = "other"


class ConsumerRole(LabelledEnum):
    CUSTOMER = "customer"
    USER_GROUP = "user_group"


class AgreementKind(LabelledEnum):
    SLA = "SLA"
    OLA = "OLA"
    UC = "UC"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    SUPERSEDED = "superseded"


class Metric(LabelledEnum):
    AVAILABILITY = "availability"
    RESPONSE_TIME = "response_time"
    RESOLUTION_TIME = "resolution_time"
    RTO = "rto"
    RPO = "rpo"
    MAINTENANCE_NOTICE = "maintenance_notice"
    CUSTOMER_SATISFACTION = "customer_satisfaction"
    FIRST_CONTACT_RESOLUTION = "first_contact_resolution"
    CUSTOM = "custom"


class Priority(LabelledEnum):
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"


class TargetUnit(LabelledEnum):
    PERCENT = "percent"
    MINUTES = "minutes"
    HOURS = "hours"
    BUSINESS_HOURS = "business_hours"
    DAYS = "days"
    BUSINESS_DAYS = "business_days"
    SCORE = "score"


class MeasurementPeriod(LabelledEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Side(LabelledEnum):
    PROVIDER = "provider"
    CUSTOMER = "customer"


class AgreementContactRole(LabelledEnum):
    PROVIDER_REPRESENTATIVE = "provider_representative"
    CUSTOMER_REPRESENTATIVE = "customer_representative"
    SUPPORT_CONTACT = "support_contact"
    ESCALATION_1 = "escalation_1"
    ESCALATION_2 = "escalation_2"
    ESCALATION_3 = "escalation_3"
    REVIEWER = "reviewer"
    SIGNATORY = "signatory"
    """Signs the agreement for the party the person belongs to."""


class ClauseTopic(LabelledEnum):
    """What a standard clause of the clause library is about."""

    AMENDMENT = "amendment"
    TERMINATION = "termination"
    PRECEDENCE = "precedence"
    CONFIDENTIALITY = "confidentiality"
    LIABILITY = "liability"
    SERVICE_CREDITS = "service_credits"
    VIOLATIONS = "violations"
    DATA_PROTECTION = "data_protection"


class HistoryAction(LabelledEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    STATUS = "status"
    REVISED = "revised"


class RecordStream(LabelledEnum):
    """What an import batch brought."""

    INCIDENTS = "incidents"
    OUTAGES = "outages"
    SATISFACTION = "satisfaction"
    RECOVERY_TESTS = "recovery_tests"


class ValueSource(LabelledEnum):
    """How an achieved value was obtained."""

    COMPUTED = "computed"
    MANUAL = "manual"


_LABELS: dict[StrEnum, str] = {
    OrganizationKind.INTERNAL: translatable("Internal unit"),
    ServiceType.BUSINESS: translatable("Business-facing"),
    ServiceStatus.IN_DESIGN: translatable("In design"),
    ChargeModel.NONE: translatable("No charge"),
    ChargeModel.PER_USER: translatable("Per user"),
    ChargeModel.PER_DEVICE: translatable("Per device"),
    ComponentKind.FILE_PRINT: translatable("File & print"),
    ConsumerRole.USER_GROUP: translatable("User group"),
    AgreementKind.SLA: translatable("Service level agreement"),
    AgreementKind.OLA: translatable("Operational level agreement"),
    AgreementKind.UC: translatable("Underpinning contract"),
    AgreementStatus.IN_REVIEW: translatable("In review"),
    Metric.AVAILABILITY: translatable("Availability"),
    Metric.RESPONSE_TIME: translatable("Response time"),
    Metric.RESOLUTION_TIME: translatable("Resolution time"),
    Metric.RTO: translatable("Recovery time objective (RTO)"),
    Metric.RPO: translatable("Recovery point objective (RPO)"),
    Metric.MAINTENANCE_NOTICE: translatable("Maintenance notice"),
    Metric.CUSTOMER_SATISFACTION: translatable("Customer satisfaction"),
    Metric.FIRST_CONTACT_RESOLUTION: translatable("First-contact resolution"),
    Metric.CUSTOM: translatable("Custom metric"),
    TargetUnit.PERCENT: translatable("%"),
    TargetUnit.BUSINESS_HOURS: translatable("business hours"),
    TargetUnit.BUSINESS_DAYS: translatable("business days"),
    TargetUnit.MINUTES: translatable("minutes"),
    TargetUnit.HOURS: translatable("hours"),
    TargetUnit.DAYS: translatable("days"),
    TargetUnit.SCORE: translatable("points"),
    ClauseTopic.TERMINATION: translatable("Termination and notice period"),
    ClauseTopic.PRECEDENCE: translatable("Order of precedence"),
    ClauseTopic.VIOLATIONS: translatable("Handling of service level violations"),
    AgreementContactRole.PROVIDER_REPRESENTATIVE: translatable("Provider representative"),
    AgreementContactRole.CUSTOMER_REPRESENTATIVE: translatable("Customer representative"),
    AgreementContactRole.SUPPORT_CONTACT: translatable("Support contact"),
    AgreementContactRole.ESCALATION_1: translatable("Escalation level 1"),
    AgreementContactRole.ESCALATION_2: translatable("Escalation level 2"),
    AgreementContactRole.ESCALATION_3: translatable("Escalation level 3"),
    OrganizationKind.CUSTOMER: translatable("Customer"),
    OrganizationKind.SUPPLIER: translatable("Supplier"),
    UnitType.TEAM: translatable("Team"),
    UnitType.FUNCTION: translatable("Function"),
    UnitType.GROUP: translatable("Group"),
    UnitType.DIVISION: translatable("Division"),
    ServiceType.SUPPORTING: translatable("Supporting"),
    ServiceStatus.PROPOSED: translatable("Proposed"),
    ServiceStatus.LIVE: translatable("Live"),
    ServiceStatus.RETIRING: translatable("Retiring"),
    ServiceStatus.RETIRED: translatable("Retired"),
    Criticality.LOW: translatable("Low"),
    Criticality.MEDIUM: translatable("Medium"),
    Criticality.HIGH: translatable("High"),
    Criticality.CRITICAL: translatable("Critical"),
    ChargeModel.FIXED: translatable("Fixed"),
    BillingPeriod.MONTH: translatable("Month"),
    BillingPeriod.QUARTER: translatable("Quarter"),
    BillingPeriod.YEAR: translatable("Year"),
    ComponentKind.APPLICATION: translatable("Application"),
    ComponentKind.SERVER: translatable("Server"),
    ComponentKind.NETWORK: translatable("Network"),
    ComponentKind.STORAGE: translatable("Storage"),
    ComponentKind.DESKTOP: translatable("Desktop"),
    ComponentKind.MOBILE: translatable("Mobile"),
    ComponentKind.COMMUNICATION: translatable("Communication"),
    ComponentKind.OTHER: translatable("Other"),
    ConsumerRole.CUSTOMER: translatable("Customer"),
    AgreementStatus.DRAFT: translatable("Draft"),
    AgreementStatus.ACTIVE: translatable("Active"),
    AgreementStatus.EXPIRED: translatable("Expired"),
    AgreementStatus.TERMINATED: translatable("Terminated"),
    AgreementStatus.SUPERSEDED: translatable("Superseded"),
    Priority.P1: translatable("P1"),
    Priority.P2: translatable("P2"),
    Priority.P3: translatable("P3"),
    Priority.P4: translatable("P4"),
    MeasurementPeriod.MONTH: translatable("Month"),
    MeasurementPeriod.QUARTER: translatable("Quarter"),
    MeasurementPeriod.YEAR: translatable("Year"),
    Side.PROVIDER: translatable("Provider"),
    Side.CUSTOMER: translatable("Customer"),
    AgreementContactRole.REVIEWER: translatable("Reviewer"),
    AgreementContactRole.SIGNATORY: translatable("Signatory"),
    ClauseTopic.AMENDMENT: translatable("Amendment"),
    ClauseTopic.CONFIDENTIALITY: translatable("Confidentiality"),
    ClauseTopic.LIABILITY: translatable("Liability"),
    ClauseTopic.SERVICE_CREDITS: translatable("Service credits"),
    ClauseTopic.DATA_PROTECTION: translatable("Data protection"),
    HistoryAction.CREATED: translatable("Created"),
    HistoryAction.UPDATED: translatable("Updated"),
    HistoryAction.DELETED: translatable("Deleted"),
    HistoryAction.STATUS: translatable("Status"),
    HistoryAction.REVISED: translatable("Revised"),
    RecordStream.INCIDENTS: translatable("Incidents"),
    RecordStream.OUTAGES: translatable("Outages"),
    RecordStream.SATISFACTION: translatable("Satisfaction"),
    RecordStream.RECOVERY_TESTS: translatable("Recovery tests"),
    ValueSource.COMPUTED: translatable("Computed"),
    ValueSource.MANUAL: translatable("Manual"),
}

PERCENT_METRICS = frozenset(
    {Metric.AVAILABILITY, Metric.CUSTOMER_SATISFACTION, Metric.FIRST_CONTACT_RESOLUTION}
)
DURATION_METRICS = frozenset(
    {Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME, Metric.RTO, Metric.RPO, Metric.MAINTENANCE_NOTICE}
)
PRIORITY_METRICS = frozenset({Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME})
DURATION_UNITS = frozenset(
    {TargetUnit.MINUTES, TargetUnit.HOURS, TargetUnit.BUSINESS_HOURS, TargetUnit.DAYS, TargetUnit.BUSINESS_DAYS}
)
