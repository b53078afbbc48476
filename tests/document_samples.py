"""Believable, fully filled snapshots: for tests, for looking at the output, and for timing.

The demo portfolio is an internal IT department of a freight company that provides e-mail
and ERP to two business divisions under one service level agreement.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from decimal import Decimal

from document_sample_services import (
    ADDRESS,
    BECKER,
    ERIKSEN,
    FINANCE,
    GENERATED_ON,
    MARQUEZ,
    NOWAK,
    OKAFOR,
    PROVIDER,
    RAMAN,
    SALES,
    SUPPORT_CHANNELS,
    SUPPORT_HOURS,
    demo_targets,
    email_service,
    erp_service,
    office_hours,
)

from itsm_desktop.documents.snapshot import (
    AgreementSnapshot,
    AgreementTexts,
    CatalogEntrySnapshot,
    CatalogFamilySnapshot,
    CatalogSnapshot,
    ChargeSnapshot,
    ContactSnapshot,
    CoveringAgreementSnapshot,
    HistoryEntrySnapshot,
    PartySnapshot,
    ServiceSnapshot,
    SignatureSnapshot,
    TargetSnapshot,
)
from itsm_desktop.documents.targets import describe_target
from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    ChargeModel,
    Criticality,
    MeasurementPeriod,
    Metric,
    Priority,
    ServiceType,
    Side,
    TargetUnit,
)

_TEXTS = AgreementTexts(
    scope=(
        "This agreement covers the e-mail and ERP services that Meridian IT Services provides "
        "to the Finance & Administration Division and the Sales & Customer Operations "
        "Division at all UK sites and for staff working remotely.\n"
        "It does not cover devices, printing or telephony; these are described in the "
        "service catalog and agreed separately."
    ),
    hours_text="Service hours are given in UK local time. Outside service hours the services are usually available but not supported, except for P1 incidents.",
    support_text="The IT Service Desk is the single point of contact for incidents and requests for both services.",
    limitations=(
        "- Targets do not apply to interruptions caused by the customer’s own equipment, by "
        "changes the customer made without the provider, or by events outside the provider’s "
        "reasonable control.\n"
        "- Mailboxes larger than 50 GB and custom ERP reports are outside this agreement.\n"
        "- Availability is not measured during announced maintenance."
    ),
    reporting=(
        "The provider sends a service report to both customer representatives by the tenth "
        "business day of each month. It shows each target against its result, incidents of "
        "priority P1 and P2 with their causes, and planned changes for the next month.\n"
        "A missed target is explained in the report together with the actions taken."
    ),
    escalation=(
        "If an incident is not resolved within its resolution time, or the customer is not "
        "satisfied with how it is handled, the customer may escalate through the levels below. "
        "Each level answers within one business day (within one hour for P1)."
    ),
    security=(
        "Both services are operated under the provider’s information security policy, which "
        "follows ISO/IEC 27001. Access is granted on the principle of least privilege and "
        "reviewed every six months with the customer’s data owners.\n"
        "Personal data is processed in the United Kingdom only. Security incidents affecting "
        "the customer’s data are reported to the customer representative within 24 hours."
    ),
    charges=(
        "Charges are allocated to the divisions monthly in proportion to their number of "
        "users, as agreed in the annual IT budget. Prices are reviewed once a year."
    ),
)


def demo_agreement_snapshot(
    *, status: AgreementStatus = AgreementStatus.ACTIVE
) -> AgreementSnapshot:
    """A two-service, two-customer SLA (revision 2), filled in completely.

    ``status`` decides the signatures and history: an active agreement is signed and dated,
    any other status prints unsigned.
    """
    signed = status in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED, AgreementStatus.SUPERSEDED)
    signed_on = date(2025, 12, 12) if signed else None
    history = [
        HistoryEntrySnapshot(
            datetime(2024, 11, 4, 9, 30), "hokafor", "Revision 1 created as a draft."
        ),
        HistoryEntrySnapshot(
            datetime(2024, 12, 9, 16, 5),
            "dbecker",
            "Revision 1 signed by all parties and made active.",
        ),
        HistoryEntrySnapshot(
            datetime(2025, 10, 20, 11, 12),
            "dbecker",
            "Revision 2 created: ERP hours extended to Saturday morning; ERP P1 resolution during month-end close added.",
        ),
        HistoryEntrySnapshot(
            datetime(2025, 11, 17, 10, 0), "dbecker", "Revision 2 sent to the customers for review."
        ),
    ]
    if signed:
        history.append(
            HistoryEntrySnapshot(
                datetime(2025, 12, 12, 14, 45),
                "hokafor",
                "Revision 2 signed by all parties and made active; revision 1 superseded.",
            )
        )
    return AgreementSnapshot(
        reference="SLA-2026-004",
        revision=2,
        title="E-mail and ERP services for the Finance and Sales divisions",
        kind=AgreementKind.SLA,
        status=status,
        provider=PartySnapshot(
            PROVIDER,
            "Internal unit · IT department",
            ADDRESS,
            "it@meridian-freight.example",
            "+44 161 555 0100",
            OKAFOR,
        ),
        customers=(
            PartySnapshot(
                FINANCE,
                "Customer · Division",
                ADDRESS,
                "finance@meridian-freight.example",
                "+44 161 555 0200",
                ERIKSEN,
            ),
            PartySnapshot(
                SALES,
                "Customer · Division",
                "Meridian Depot North\nLeeds Road\nBradford BD3 9TY\nUnited Kingdom",
                "sales-ops@meridian-freight.example",
                "+44 1274 555 300",
                MARQUEZ,
            ),
        ),
        services=(email_service(), erp_service()),
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
        review_interval_months=6,
        next_review=date(2026, 6, 30),
        signed_on=signed_on,
        texts=_TEXTS,
        targets=demo_targets(),
        provider_responsibilities=(
            "Deliver the services at the levels agreed in section 6 and report on them every month.",
            "Announce planned maintenance at least five business days in advance.",
            "Keep the customer’s data confidential and protected as described in section 9.",
            "Inform the customer representatives without delay of any P1 incident.",
            "Maintain the supplier contracts the services depend on.",
        ),
        customer_responsibilities=(
            "Report incidents through the IT Service Desk, with a description of the impact.",
            "Name key users for ERP and keep the list up to date.",
            "Approve access requests for the roles it owns within two business days.",
            "Take part in the service reviews and give notice of changes in demand.",
        ),
        contacts=(
            ContactSnapshot(AgreementContactRole.PROVIDER_REPRESENTATIVE, OKAFOR, PROVIDER),
            ContactSnapshot(AgreementContactRole.CUSTOMER_REPRESENTATIVE, ERIKSEN, FINANCE),
            ContactSnapshot(AgreementContactRole.CUSTOMER_REPRESENTATIVE, MARQUEZ, SALES),
            ContactSnapshot(AgreementContactRole.SUPPORT_CONTACT, NOWAK, PROVIDER),
            ContactSnapshot(AgreementContactRole.ESCALATION_1, NOWAK, PROVIDER),
            ContactSnapshot(AgreementContactRole.ESCALATION_2, RAMAN, PROVIDER),
            ContactSnapshot(AgreementContactRole.ESCALATION_3, OKAFOR, PROVIDER),
            ContactSnapshot(AgreementContactRole.REVIEWER, BECKER, PROVIDER),
        ),
        signatures=(
            SignatureSnapshot(Side.PROVIDER, PROVIDER, OKAFOR.name, OKAFOR.job_title, signed_on),
            SignatureSnapshot(Side.CUSTOMER, FINANCE, ERIKSEN.name, ERIKSEN.job_title, signed_on),
            SignatureSnapshot(Side.CUSTOMER, SALES, MARQUEZ.name, MARQUEZ.job_title, signed_on),
        ),
        history=tuple(history),
        generated_on=GENERATED_ON,
    )


_FILLER = (
    "The provider operates this service from two data centres and monitors it around the "
    "clock. Changes are planned with the customer's key users, tested on the test system "
    "and announced in the monthly service report. "
)


def large_agreement_snapshot(services: int = 20, targets: int = 100) -> AgreementSnapshot:
    """The demo agreement grown to ``services`` services, ``targets`` targets and long texts —
    for page-flow tests and timing."""
    base = demo_agreement_snapshot()
    templates = [email_service(), erp_service()]
    many = tuple(
        replace(
            templates[i % 2],
            code=f"SVC{i + 1:03d}",
            name=f"{templates[i % 2].name} {i + 1}",
            description=templates[i % 2].description + "\n" + _FILLER * 4,
        )
        for i in range(services)
    )
    metrics = [
        (Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT, None),
        (Metric.RTO, 4, TargetUnit.HOURS, None),
        (Metric.RPO, 30, TargetUnit.MINUTES, None),
        (Metric.RESPONSE_TIME, 15, TargetUnit.MINUTES, Priority.P1),
        (Metric.RESOLUTION_TIME, 4, TargetUnit.HOURS, Priority.P1),
        (Metric.RESPONSE_TIME, 1, TargetUnit.HOURS, Priority.P2),
        (Metric.RESOLUTION_TIME, 8, TargetUnit.BUSINESS_HOURS, Priority.P2),
    ]
    generated = []
    for i in range(targets):
        service = many[i % len(many)] if many else None
        metric, value, unit, priority = metrics[(i // max(1, len(many))) % len(metrics)]
        generated.append(
            TargetSnapshot(
                metric,
                value + (i % 5) * (0.1 if unit is TargetUnit.PERCENT else 1),
                unit,
                service_code=service.code if service else None,
                service_name=service.name if service else None,
                priority=priority,
                period=MeasurementPeriod.MONTH,
                notes="Measured by the monitoring system." if i % 3 == 0 else "",
            )
        )
    long = AgreementTexts(
        **{
            f.name: getattr(base.texts, f.name) + "\n" + _FILLER * 12
            for f in fields(AgreementTexts)
        }
    )
    return replace(base, services=many, targets=tuple(generated), texts=long)


_FAMILIES = (
    ("Communication and collaboration", "Mail, chat, meetings and telephony for all staff."),
    ("Business applications", "The applications that run finance, sales and operations."),
    ("Workplace", "Devices, printing and the software staff work with every day."),
    ("Infrastructure", "Supporting services the business-facing services depend on."),
)


def _catalog_service(
    code: str,
    name: str,
    family: str,
    summary: str,
    criticality: Criticality,
    service_type: ServiceType = ServiceType.BUSINESS,
    charge: ChargeSnapshot | None = None,
) -> ServiceSnapshot:
    return ServiceSnapshot(
        code=code,
        name=name,
        family=family,
        summary=summary,
        service_type=service_type,
        criticality=criticality,
        provider=PROVIDER,
        owner=OKAFOR if service_type is ServiceType.BUSINESS else RAMAN,
        manager=RAMAN,
        hours=office_hours("07:00", "19:00"),
        support_channels=SUPPORT_CHANNELS,
        support_hours=SUPPORT_HOURS,
        charge=charge or ChargeSnapshot(),
    )


def demo_catalog_snapshot() -> CatalogSnapshot:
    """The demo company's live catalog: four families, eleven services, two agreements."""
    sla = CoveringAgreementSnapshot(
        "SLA-2026-004", 2, AgreementKind.SLA, AgreementStatus.ACTIVE, (FINANCE, SALES)
    )
    ola = CoveringAgreementSnapshot(
        "OLA-2025-002", 1, AgreementKind.OLA, AgreementStatus.ACTIVE, ("Infrastructure Team",)
    )
    targets = demo_targets()

    def keys(code: str | None) -> tuple[str, ...]:
        chosen = [
            t for t in targets if t.service_code == code and t.priority in (None, Priority.P1)
        ]
        return tuple(describe_target(t) for t in chosen)

    f1, f2, f3, f4 = (f[0] for f in _FAMILIES)
    common = keys(None)[:2]
    entries = {
        f1: [
            CatalogEntrySnapshot(email_service(), (sla,), keys("EMAIL") + common),
            CatalogEntrySnapshot(
                _catalog_service(
                    "CHAT",
                    "Chat and online meetings",
                    f1,
                    "Team chat, video meetings and screen sharing.",
                    Criticality.MEDIUM,
                )
            ),
            CatalogEntrySnapshot(
                _catalog_service(
                    "PHONE",
                    "Telephony",
                    f1,
                    "Desk and mobile phone numbers, call groups and voicemail.",
                    Criticality.HIGH,
                    charge=ChargeSnapshot(
                        ChargeModel.PER_DEVICE, Decimal("12.00"), "GBP", BillingPeriod.MONTH
                    ),
                )
            ),
        ],
        f2: [
            CatalogEntrySnapshot(erp_service(), (sla,), keys("ERP") + common[:1]),
            CatalogEntrySnapshot(
                _catalog_service(
                    "CRM",
                    "Customer relationship management",
                    f2,
                    "Accounts, contacts, opportunities and quotes for the sales teams.",
                    Criticality.HIGH,
                )
            ),
            CatalogEntrySnapshot(
                _catalog_service(
                    "TMS",
                    "Transport management",
                    f2,
                    "Route planning, vehicle tracking and proof of delivery.",
                    Criticality.CRITICAL,
                )
            ),
        ],
        f3: [
            CatalogEntrySnapshot(
                _catalog_service(
                    "DESK",
                    "Workplace devices",
                    f3,
                    "Laptops, desktops and monitors, prepared and kept up to date.",
                    Criticality.MEDIUM,
                    charge=ChargeSnapshot(
                        ChargeModel.PER_DEVICE, Decimal("35.00"), "GBP", BillingPeriod.MONTH
                    ),
                )
            ),
            CatalogEntrySnapshot(
                _catalog_service(
                    "PRINT",
                    "Printing and scanning",
                    f3,
                    "Follow-me printing and scanning to e-mail at every site.",
                    Criticality.LOW,
                )
            ),
        ],
        f4: [
            CatalogEntrySnapshot(
                _catalog_service(
                    "NET",
                    "Corporate network",
                    f4,
                    "Wired and wireless network, site links and internet access.",
                    Criticality.CRITICAL,
                    ServiceType.SUPPORTING,
                ),
                (ola,),
                ("Availability 99.9 % per month",),
            ),
            CatalogEntrySnapshot(
                _catalog_service(
                    "IAM",
                    "Identity and access",
                    f4,
                    "Accounts, single sign-on and multi-factor authentication.",
                    Criticality.CRITICAL,
                    ServiceType.SUPPORTING,
                ),
                (ola,),
                ("Availability 99.9 % per month",),
            ),
            CatalogEntrySnapshot(
                _catalog_service(
                    "BACKUP",
                    "Backup and restore",
                    f4,
                    "Nightly backups with an off-site copy; restores on request.",
                    Criticality.HIGH,
                    ServiceType.SUPPORTING,
                )
            ),
        ],
    }
    families = tuple(
        CatalogFamilySnapshot(name, text, tuple(entries[name])) for name, text in _FAMILIES
    )
    return CatalogSnapshot("Service catalog", PROVIDER, families, GENERATED_ON)


def large_catalog_snapshot(services: int = 1000, families: int = 20) -> CatalogSnapshot:
    """A catalog of ``services`` services in ``families`` families, for timing."""
    demo = demo_catalog_snapshot()
    samples = [e for f in demo.families for e in f.entries]
    per_family = -(-services // families)
    out = []
    for f in range(families):
        entries = []
        for i in range(f * per_family, min(services, (f + 1) * per_family)):
            sample = samples[i % len(samples)]
            service = replace(
                sample.service, code=f"S{i + 1:04d}", name=f"{sample.service.name} {i + 1}"
            )
            entries.append(replace(sample, service=service))
        out.append(
            CatalogFamilySnapshot(
                f"Family {f + 1}", "Services grouped for the timing test.", tuple(entries)
            )
        )
    return replace(demo, families=tuple(out))
