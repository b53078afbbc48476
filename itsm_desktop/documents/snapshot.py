"""Frozen snapshots: everything a printed document needs, resolved to display-ready values.

A service builds a snapshot from the database (names instead of ids, dates as
``datetime.date``, enumerations as the domain enums); the renderers never see ORM objects.
The same snapshot serves the on-screen preview, printing and the command line. All
collections are tuples so that a snapshot is immutable and hashable.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from itsm_desktop import __version__
from itsm_desktop.documents.letterhead import Letterhead
from itsm_desktop.domain.definitions import (
    DEFAULT_PRIORITY_SCHEME,
    KIND_PARTIES,
    KindParties,
    PriorityLevel,
)
from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    Criticality,
    MeasurementPeriod,
    Metric,
    Priority,
    ServiceStatus,
    ServiceType,
    Side,
    TargetUnit,
)
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.underpinning import TargetChain

HoursRow = tuple[str, str]
"""One line of weekly service hours: ``("Monday – Friday", "08:00 – 18:00")``."""


def _normalise(obj: object, **enums: type[StrEnum]) -> None:
    """Turn enumeration values given as plain strings into the enumeration (a snapshot built
    from raw rows stays printable), and lists into tuples (a snapshot stays immutable)."""
    for name, enum in enums.items():
        value = getattr(obj, name)
        if value is not None and not isinstance(value, enum):
            object.__setattr__(obj, name, enum(value))
    for name in getattr(obj, "__slots__", ()):
        value = getattr(obj, name)
        if isinstance(value, list):
            object.__setattr__(obj, name, tuple(value))


@dataclass(frozen=True, slots=True)
class PersonSnapshot:
    """A contact person."""

    name: str
    job_title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class PartySnapshot:
    """An organization taking part in an agreement, with the person who represents it."""

    name: str
    kind_label: str = ""
    """How the party is described, e.g. ``Internal unit`` or ``Customer · Division``."""
    address: str = ""
    email: str = ""
    phone: str = ""
    representative: PersonSnapshot | None = None


@dataclass(frozen=True, slots=True)
class ChargeSnapshot:
    """What a service costs the customer."""

    model: ChargeModel = ChargeModel.NONE
    price: Decimal | None = None
    currency: str = ""
    billing_period: BillingPeriod | None = None

    def __post_init__(self) -> None:
        if self.model is None:
            object.__setattr__(self, "model", ChargeModel.NONE)
        _normalise(self, model=ChargeModel, billing_period=BillingPeriod)


@dataclass(frozen=True, slots=True)
class ComponentSnapshot:
    """A building block of a service (an application, a server, a network …)."""

    name: str
    kind: ComponentKind = ComponentKind.OTHER
    notes: str = ""

    def __post_init__(self) -> None:
        _normalise(self, kind=ComponentKind)


@dataclass(frozen=True, slots=True)
class DependencySnapshot:
    """Another service this service depends on."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class SupplierSnapshot:
    """A third party a service depends on."""

    name: str
    supplies: str = ""
    contract_reference: str = ""


@dataclass(frozen=True, slots=True)
class ServiceTermsSnapshot:
    """What the provider of an OLA or UC itself says about a service it delivers under the
    agreement (an SLA prints the catalog's facts instead)."""

    description: str = ""
    support_channels: str = ""
    support_hours: str = ""
    contract_reference: str = ""
    charge: ChargeSnapshot | None = None


@dataclass(frozen=True, slots=True)
class ServiceSnapshot:
    """A service of the catalog, as printed in agreements and in the catalog report."""

    code: str
    name: str
    family: str = ""
    summary: str = ""
    description: str = ""
    outcomes: str = ""
    service_type: ServiceType = ServiceType.BUSINESS
    status: ServiceStatus = ServiceStatus.LIVE
    criticality: Criticality = Criticality.MEDIUM
    provider: str = ""
    owner: PersonSnapshot | None = None
    manager: PersonSnapshot | None = None
    hours: tuple[HoursRow, ...] = ()
    """Rows as produced by ``WeeklyHours.describe()``; empty when no hours are set."""
    hours_exceptions: str = ""
    support_channels: str = ""
    support_hours: str = ""
    request_process: str = ""
    charge: ChargeSnapshot | None = None
    components: tuple[ComponentSnapshot, ...] = ()
    dependencies: tuple[DependencySnapshot, ...] = ()
    suppliers: tuple[SupplierSnapshot, ...] = ()
    terms: ServiceTermsSnapshot | None = None
    """The agreement's own facts of the service (OLAs and UCs)."""

    def __post_init__(self) -> None:
        _normalise(self, service_type=ServiceType, status=ServiceStatus, criticality=Criticality)


@dataclass(frozen=True, slots=True)
class TargetSnapshot:
    """One measurable service level target."""

    metric: Metric
    value: float
    unit: TargetUnit
    metric_label: str = ""
    """The name of a custom metric (ignored for the standard metrics)."""
    service_code: str | None = None
    """The service the target applies to; None means every service of the agreement."""
    service_name: str | None = None
    priority: Priority | str | None = None
    warning_threshold: float | None = None
    """Where the provider warns and acts: a level on the target's scale for percentages and
    scores (99.97), a share of the target in % for times (80); see ``warns_at_share``."""
    period: MeasurementPeriod | None = None
    notes: str = ""
    definition: str = ""
    """What a custom metric measures."""

    def __post_init__(self) -> None:
        _normalise(self, metric=Metric, unit=TargetUnit, period=MeasurementPeriod)
        if isinstance(self.priority, str) and self.priority in Priority._value2member_map_:
            object.__setattr__(self, "priority", Priority(self.priority))


NOT_APPLICABLE = "This section does not apply to this agreement."
"""The agreed sentence a section marked "not applicable" prints instead of its text."""


@dataclass(frozen=True, slots=True)
class AgreementTexts:
    """The free-text sections of an agreement; empty strings print as "nothing applies".

    A newline starts a new paragraph; a line starting with ``- `` is a bullet item.
    """

    scope: str = ""
    hours_text: str = ""
    support_text: str = ""
    limitations: str = ""
    reporting: str = ""
    escalation: str = ""
    security: str = ""
    charges: str = ""


@dataclass(frozen=True, slots=True)
class ContactSnapshot:
    """A person playing a role in an agreement (support contact, escalation level …)."""

    role: AgreementContactRole
    person: PersonSnapshot
    organization: str = ""

    def __post_init__(self) -> None:
        _normalise(self, role=AgreementContactRole)


@dataclass(frozen=True, slots=True)
class SignatureSnapshot:
    """Who signs (or signed) for one party; ``signed_on`` is None until signed."""

    side: Side
    organization: str
    signatory: str = ""
    title: str = ""
    signed_on: date | None = None
    place: str = ""
    """Where it was signed (left blank to be written by hand on a signing copy)."""

    def __post_init__(self) -> None:
        _normalise(self, side=Side)


@dataclass(frozen=True, slots=True)
class ClauseSnapshot:
    """A standard clause from the library, in the version the agreement carries."""

    topic: str
    """What it is about, as a heading: a ``ClauseTopic`` (printed by its label in the
    document's language) or a heading of its own."""

    title: str
    number: int
    text: str
    credits: tuple[tuple[str, str], ...] = ()
    """Service credits: (condition, credit as a share of the monthly charge) per step."""
    credit_cap: str = ""
    """Service credits: the most a month's credits add up to, as a share of its charge."""


@dataclass(frozen=True, slots=True)
class HistoryEntrySnapshot:
    """One line of the document's revision history."""

    when: date | datetime
    who: str
    what: str


@dataclass(frozen=True, slots=True)
class AgreementSnapshot:
    """Everything the printed agreement shows."""

    reference: str
    revision: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    provider: PartySnapshot
    customers: tuple[PartySnapshot, ...] = ()
    services: tuple[ServiceSnapshot, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    review_interval_months: int | None = None
    next_review: date | None = None
    signed_on: date | None = None
    texts: AgreementTexts = field(default_factory=AgreementTexts)
    targets: tuple[TargetSnapshot, ...] = ()
    provider_responsibilities: tuple[str, ...] = ()
    customer_responsibilities: tuple[str, ...] = ()
    contacts: tuple[ContactSnapshot, ...] = ()
    signatures: tuple[SignatureSnapshot, ...] = ()
    """Recorded signatures, or before signing those chosen on the agreement; a party without
    any gets a blank block to fill in by hand."""
    history: tuple[HistoryEntrySnapshot, ...] = ()
    not_applicable: frozenset[str] = frozenset()
    """The text sections (``AgreementTexts`` field names) marked as not applying: each prints
    ``NOT_APPLICABLE`` alone."""
    ended_on: date | None = None
    """For a superseded, expired or terminated revision: the day its validity actually ended."""
    letterhead: Letterhead | None = None
    """The provider's letterhead, when it has one."""
    clauses: tuple[ClauseSnapshot, ...] = ()
    """The standard clauses from the team's library, in the versions this agreement carries."""
    priorities: tuple[PriorityLevel, ...] = DEFAULT_PRIORITY_SCHEME
    """The agreement's priority scheme (its own, else the team's default)."""
    support_hours_name: str = ""
    support_hours: str = ""
    """When business hours and business days count; empty: within each service's hours."""
    underpinning: tuple[TargetChain, ...] = ()
    """Of an SLA: each target that can rest on OLA and UC targets, with those and its margin."""
    generated_on: date = field(default_factory=date.today)
    product_version: str = __version__
    language: DocumentLanguage = DocumentLanguage.ENGLISH
    """The language the agreement prints in: its words, dates and amounts."""

    def __post_init__(self) -> None:
        _normalise(self, kind=AgreementKind, status=AgreementStatus, language=DocumentLanguage)

    @property
    def author(self) -> str:
        """The document's author: the providing organization."""
        return self.provider.name

    @property
    def parties(self) -> KindParties:
        """Who the two sides are for this kind of agreement, and whose facts it prints."""
        return KIND_PARTIES[self.kind]

    @property
    def is_binding(self) -> bool:
        """Whether the agreement is in force (only then is the document printed without a
        watermark)."""
        return self.status is AgreementStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class CoveringAgreementSnapshot:
    """An agreement that covers a catalog service, as listed in the catalog report."""

    reference: str
    revision: int
    kind: AgreementKind
    status: AgreementStatus
    customers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _normalise(self, kind=AgreementKind, status=AgreementStatus)


@dataclass(frozen=True, slots=True)
class CatalogEntrySnapshot:
    """A service in the catalog report, with the agreements and key targets covering it."""

    service: ServiceSnapshot
    agreements: tuple[CoveringAgreementSnapshot, ...] = ()
    key_targets: tuple[str, ...] = ()
    """Short sentences, e.g. ``Availability 99.5 % per month`` (see ``describe_target``)."""

    def __post_init__(self) -> None:
        _normalise(self)


@dataclass(frozen=True, slots=True)
class CatalogFamilySnapshot:
    """A family (category) of the catalog and its services, in print order."""

    name: str
    description: str = ""
    entries: tuple[CatalogEntrySnapshot, ...] = ()

    def __post_init__(self) -> None:
        _normalise(self)


@dataclass(frozen=True, slots=True)
class CatalogFamilyHeading:
    """A family of the catalog report as its contents and cover know it: before its
    services are read."""

    name: str
    description: str = ""
    count: int = 0
    """How many services of the report belong to the family."""


@dataclass(frozen=True, slots=True)
class CatalogOutline:
    """The catalog report without its services: enough for the cover and the contents, so
    that the services can stream in afterwards (see ``catalog_pdf.render_catalog_stream``)."""

    title: str
    organization: str
    """The providing organization; empty when none is known (it is then not named)."""
    families: tuple[CatalogFamilyHeading, ...] = ()
    generated_on: date = field(default_factory=date.today)
    product_version: str = __version__
    letterhead: Letterhead | None = None
    language: DocumentLanguage = DocumentLanguage.ENGLISH

    def __post_init__(self) -> None:
        _normalise(self, language=DocumentLanguage)

    @property
    def service_count(self) -> int:
        return sum(f.count for f in self.families)


CatalogStreamEntry = tuple[int, "CatalogEntrySnapshot"]
"""A service of a streamed catalog report: (index of its family in the outline, entry)."""


@dataclass(frozen=True, slots=True)
class CatalogSnapshot:
    """Everything the catalog report shows."""

    title: str
    organization: str
    families: tuple[CatalogFamilySnapshot, ...] = ()
    generated_on: date = field(default_factory=date.today)
    product_version: str = __version__
    letterhead: Letterhead | None = None
    language: DocumentLanguage = DocumentLanguage.ENGLISH
    """The language the report prints in."""

    def __post_init__(self) -> None:
        _normalise(self, language=DocumentLanguage)

    @property
    def service_count(self) -> int:
        return sum(len(f.entries) for f in self.families)

    def outline(self) -> CatalogOutline:
        """The cover and contents facts of this catalog."""
        return CatalogOutline(
            self.title,
            self.organization,
            tuple(CatalogFamilyHeading(f.name, f.description, len(f.entries)) for f in self.families),
            self.generated_on,
            self.product_version,
            self.letterhead,
            self.language,
        )

    def entries(self) -> Iterator[CatalogStreamEntry]:
        """Every service in print order, with the index of its family."""
        for index, family in enumerate(self.families):
            for entry in family.entries:
                yield index, entry
