"""Plain data an editor hands to the services layer: one form per aggregate.

A form holds every editable field of a record and of the rows it owns, so that saving a
form is one use case and one transaction, and undoing a save is saving the old form again.
A row's ``id`` is the stored row it shows (None for a row not saved yet): editors carry it
through, so that saving updates that row in place and it keeps its id. Rows compare by what
they say, not by their id: a form is unchanged when it shows the same things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .definitions import PriorityLevel
from .enums import (
    AgreementContactRole,
    AgreementKind,
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    ConsumerRole,
    Criticality,
    MeasurementPeriod,
    Metric,
    OrganizationKind,
    Priority,
    ServiceStatus,
    ServiceType,
    Side,
    TargetUnit,
    UnitType,
)


@dataclass
class OrganizationForm:
    name: str = ""
    code: str = ""
    kind: OrganizationKind = OrganizationKind.CUSTOMER
    unit_type: UnitType | None = None
    parent_id: int | None = None
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    notes: str = ""
    active: bool = True
    language: str = "en"
    """The language its agreements print in (``DocumentLanguage`` value)."""


@dataclass
class ContactForm:
    name: str = ""
    organization_id: int | None = None
    job_title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    active: bool = True


@dataclass
class FamilyForm:
    name: str = ""
    description: str = ""
    position: int = 0


@dataclass
class ComponentRow:
    name: str = ""
    kind: ComponentKind = ComponentKind.OTHER
    notes: str = ""
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class SupplierRow:
    supplier_id: int | None = None
    supplies: str = ""
    contract_reference: str = ""
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class ConsumerRow:
    organization_id: int | None = None
    role: ConsumerRole = ConsumerRole.CUSTOMER
    users: int | None = None
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class ServiceForm:
    code: str = ""
    name: str = ""
    family_id: int | None = None
    summary: str = ""
    description: str = ""
    outcomes: str = ""
    service_type: ServiceType = ServiceType.BUSINESS
    status: ServiceStatus = ServiceStatus.PROPOSED
    provider_id: int | None = None
    owner_id: int | None = None
    manager_id: int | None = None
    criticality: Criticality = Criticality.MEDIUM
    hours: dict[str, Any] | None = None
    hours_exceptions: str = ""
    support_channels: str = ""
    support_hours: str = ""
    request_process: str = ""
    charge_model: ChargeModel = ChargeModel.NONE
    price: Decimal | None = None
    currency: str = "EUR"
    billing_period: BillingPeriod | None = None
    components: list[ComponentRow] = field(default_factory=list)
    depends_on: list[int] = field(default_factory=list)
    suppliers: list[SupplierRow] = field(default_factory=list)
    consumers: list[ConsumerRow] = field(default_factory=list)


@dataclass
class CustomerRow:
    organization_id: int | None = None
    representative_id: int | None = None


@dataclass
class TargetRow:
    metric: Metric = Metric.AVAILABILITY
    value: float = 0.0
    unit: TargetUnit = TargetUnit.PERCENT
    service_id: int | None = None
    priority: Priority | None = None
    warning_threshold: float | None = None
    period: MeasurementPeriod = MeasurementPeriod.MONTH
    notes: str = ""
    custom_metric: str = ""
    definition: str = ""
    """What a custom metric measures (the glossary's definition of it)."""
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class ServiceTermsRow:
    """What the provider of an OLA or UC itself says about one covered service."""

    service_id: int | None = None
    description: str = ""
    support_channels: str = ""
    support_hours: str = ""
    contract_reference: str = ""
    charge_model: ChargeModel = ChargeModel.NONE
    price: Decimal | None = None
    currency: str = "EUR"
    billing_period: BillingPeriod | None = None


@dataclass
class ResponsibilityRow:
    side: Side = Side.PROVIDER
    text: str = ""
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class AgreementContactRow:
    contact_id: int | None = None
    role: AgreementContactRole = AgreementContactRole.SUPPORT_CONTACT
    id: int | None = field(default=None, compare=False)  # the stored row; see the module docstring


@dataclass
class SignatureRow:
    side: Side = Side.CUSTOMER
    organization_id: int | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    signed_on: date | None = None
    place: str = ""


@dataclass
class AgreementForm:
    title: str = ""
    kind: AgreementKind = AgreementKind.SLA
    reference: str = ""
    provider_id: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    review_interval_months: int | None = 12
    next_review: date | None = None
    scope: str = ""
    hours_text: str = ""
    support_text: str = ""
    limitations: str = ""
    reporting: str = ""
    escalation: str = ""
    security: str = ""
    charges: str = ""
    customers: list[CustomerRow] = field(default_factory=list)
    service_ids: list[int] = field(default_factory=list)
    targets: list[TargetRow] = field(default_factory=list)
    responsibilities: list[ResponsibilityRow] = field(default_factory=list)
    contacts: list[AgreementContactRow] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    """The text sections (of ``AGREEMENT_TEXT_FIELDS``) explicitly marked as not applying."""
    priorities: list[PriorityLevel] = field(default_factory=list)
    """The agreement's own priority scheme; empty: the team's default."""
    support_hours_name: str = ""
    support_hours: str = ""
    """When business hours and days count (e.g. Monday to Friday 07:30–18:30 UK time)."""
    service_terms: list[ServiceTermsRow] = field(default_factory=list)
    """An OLA's or UC's own facts per covered service (an SLA prints the catalog's)."""
    language: str | None = None
    """The language it prints in (``DocumentLanguage`` value); None: its first customer's."""


AGREEMENT_TEXT_FIELDS = (
    "scope",
    "hours_text",
    "support_text",
    "limitations",
    "reporting",
    "escalation",
    "security",
    "charges",
)

AGREEMENT_SECTION_TITLES = {
    "scope": "Scope",
    "hours_text": "Service hours and exceptions",
    "support_text": "Support",
    "limitations": "Limitations and constraints",
    "reporting": "Reporting and communication",
    "escalation": "Escalation",
    "security": "Security and data protection",
    "charges": "Charges",
}
"""What each text section is called where a message names it."""
