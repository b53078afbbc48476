"""The people and the two services of the demo portfolio (see ``document_samples``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from itsm_desktop.documents.snapshot import (
    ChargeSnapshot,
    ComponentSnapshot,
    DependencySnapshot,
    PersonSnapshot,
    ServiceSnapshot,
    SupplierSnapshot,
    TargetSnapshot,
)
from itsm_desktop.domain.enums import (
    BillingPeriod,
    ChargeModel,
    ComponentKind,
    Criticality,
    MeasurementPeriod,
    Metric,
    Priority,
    ServiceStatus,
    ServiceType,
    TargetUnit,
)
from itsm_desktop.domain.values import DayHours, WeeklyHours

PROVIDER = "Meridian IT Services"
FINANCE = "Finance & Administration Division"
SALES = "Sales & Customer Operations Division"
GENERATED_ON = date(2025, 12, 15)

OKAFOR = PersonSnapshot(
    "Hannah Okafor",
    "Head of IT Services",
    "hannah.okafor@meridian-freight.example",
    "+44 161 555 0100",
)
BECKER = PersonSnapshot(
    "Daniel Becker",
    "Service Level Manager",
    "daniel.becker@meridian-freight.example",
    "+44 161 555 0104",
)
NOWAK = PersonSnapshot(
    "Tomasz Nowak", "Service Desk Lead", "servicedesk@meridian-freight.example", "+44 161 555 0199"
)
RAMAN = PersonSnapshot(
    "Priya Raman",
    "IT Operations Manager",
    "priya.raman@meridian-freight.example",
    "+44 161 555 0112",
)
ERIKSEN = PersonSnapshot(
    "Lars Eriksen", "Finance Director", "lars.eriksen@meridian-freight.example", "+44 161 555 0210"
)
MARQUEZ = PersonSnapshot(
    "Sofia Márquez",
    "Head of Sales Operations",
    "sofia.marquez@meridian-freight.example",
    "+44 161 555 0320",
)
CHEN = PersonSnapshot(
    "Wei Chen", "Messaging Engineer", "wei.chen@meridian-freight.example", "+44 161 555 0131"
)
ADEYEMI = PersonSnapshot(
    "Kemi Adeyemi",
    "ERP Application Manager",
    "kemi.adeyemi@meridian-freight.example",
    "+44 161 555 0142",
)

ADDRESS = "Meridian House\n12 Canal Street\nManchester M1 3HE\nUnited Kingdom"
SUPPORT_CHANNELS = (
    "Service portal: https://help.meridian-freight.example\n"
    "Phone: +44 161 555 0199 (internal 199)\n"
    "E-mail: servicedesk@meridian-freight.example"
)
SUPPORT_HOURS = "Monday – Friday 07:00 – 19:00\nP1 incidents: 24 hours a day by phone"


def office_hours(
    start: str, end: str, saturday: tuple[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    days = WeeklyHours.office(start, end).days
    if saturday:
        days = {**days, "sat": DayHours(*saturday)}
    return tuple(WeeklyHours(days=days).describe())


def email_service() -> ServiceSnapshot:
    return ServiceSnapshot(
        code="EMAIL",
        name="E-mail and calendar",
        family="Communication and collaboration",
        summary="Company mailboxes, shared calendars and distribution lists on every device.",
        description=(
            "Every employee receives a personal mailbox of 50 GB with a shared company "
            "address book and calendar. Shared mailboxes and distribution lists are set up on "
            "request. Mail is available in the browser, in the desktop client and on "
            "company and personal mobile devices enrolled in device management.\n"
            "Incoming mail is filtered for spam and malware before it reaches a mailbox."
        ),
        outcomes=(
            "- Staff reach customers, carriers and colleagues reliably from any location.\n"
            "- Meetings are planned across divisions without double bookings.\n"
            "- Mail is retained for ten years, as the finance regulations require."
        ),
        service_type=ServiceType.BUSINESS,
        status=ServiceStatus.LIVE,
        criticality=Criticality.HIGH,
        provider=PROVIDER,
        owner=OKAFOR,
        manager=CHEN,
        hours=tuple(WeeklyHours(always=True).describe()),
        hours_exceptions=(
            "Planned maintenance: first Sunday of each month, 06:00 – 10:00, announced at "
            "least five business days ahead."
        ),
        support_channels=SUPPORT_CHANNELS,
        support_hours=SUPPORT_HOURS,
        request_process=(
            "New mailboxes, shared mailboxes and distribution lists are requested in the "
            "service portal under “E-mail”. Requests need the approval of the line manager "
            "and are fulfilled within two business days."
        ),
        charge=ChargeSnapshot(ChargeModel.PER_USER, Decimal("6.50"), "GBP", BillingPeriod.MONTH),
        components=(
            ComponentSnapshot(
                "Hosted mail platform", ComponentKind.COMMUNICATION, "Two data centres in the UK"
            ),
            ComponentSnapshot(
                "Mail filtering gateway", ComponentKind.NETWORK, "Spam and malware filtering"
            ),
            ComponentSnapshot(
                "Mobile device management", ComponentKind.MOBILE, "Required for mail on phones"
            ),
        ),
        dependencies=(
            DependencySnapshot("NET", "Corporate network"),
            DependencySnapshot("IAM", "Identity and access"),
        ),
        suppliers=(
            SupplierSnapshot(
                "Northbridge Cloud Ltd", "Hosted mail platform and filtering", "NB-2023-117"
            ),
        ),
    )


def erp_service() -> ServiceSnapshot:
    return ServiceSnapshot(
        code="ERP",
        name="ERP – finance and order management",
        family="Business applications",
        summary="General ledger, invoicing, purchasing and freight order management.",
        description=(
            "The ERP system holds the general ledger, accounts payable and receivable, "
            "purchasing, and the freight order book from quotation to invoice. It is used by "
            "the finance team, by sales operations and by the depots.\n"
            "The service includes the production system, a test system refreshed every "
            "quarter, the interfaces to the banks and to the carriers, and month-end support."
        ),
        outcomes=(
            "- Orders are quoted, booked and invoiced in one system.\n"
            "- The books close within five business days of month end.\n"
            "- Audit trails satisfy the external auditors."
        ),
        service_type=ServiceType.BUSINESS,
        status=ServiceStatus.LIVE,
        criticality=Criticality.CRITICAL,
        provider=PROVIDER,
        owner=OKAFOR,
        manager=ADEYEMI,
        hours=office_hours("07:00", "19:00", ("08:00", "12:00")),
        hours_exceptions=(
            "Month-end close: extended to 22:00 on the last two business days of each month.\n"
            "Planned maintenance: Saturdays 13:00 – 17:00, announced at least five business days ahead."
        ),
        support_channels=SUPPORT_CHANNELS + "\nKey users: ERP application team, ext. 142",
        support_hours=SUPPORT_HOURS,
        request_process=(
            "Access to ERP roles is requested in the service portal and approved by the data "
            "owner of the role (finance or sales operations). Changes to reports and workflows "
            "are raised as change requests and planned with the ERP key users every month."
        ),
        charge=ChargeSnapshot(ChargeModel.FIXED, Decimal("4200.00"), "GBP", BillingPeriod.MONTH),
        components=(
            ComponentSnapshot("ERP application", ComponentKind.APPLICATION, "Production and test"),
            ComponentSnapshot(
                "Database cluster", ComponentKind.SERVER, "Two nodes, synchronous replica"
            ),
            ComponentSnapshot(
                "Bank and carrier interfaces", ComponentKind.APPLICATION, "Scheduled file transfers"
            ),
            ComponentSnapshot("Backup storage", ComponentKind.STORAGE, "Off-site copy every night"),
        ),
        dependencies=(
            DependencySnapshot("NET", "Corporate network"),
            DependencySnapshot("IAM", "Identity and access"),
            DependencySnapshot("BACKUP", "Backup and restore"),
        ),
        suppliers=(
            SupplierSnapshot(
                "Alder Software GmbH", "ERP licences and third-line support", "ALD-SUP-0042"
            ),
        ),
    )


def demo_targets() -> tuple[TargetSnapshot, ...]:
    matrix = [
        (Priority.P1, 15, TargetUnit.MINUTES, 4, TargetUnit.HOURS),
        (Priority.P2, 30, TargetUnit.MINUTES, 8, TargetUnit.BUSINESS_HOURS),
        (Priority.P3, 4, TargetUnit.BUSINESS_HOURS, 3, TargetUnit.BUSINESS_DAYS),
        (Priority.P4, 1, TargetUnit.BUSINESS_DAYS, 10, TargetUnit.BUSINESS_DAYS),
    ]
    out: list[TargetSnapshot] = []
    for priority, response, response_unit, resolution, resolution_unit in matrix:
        out.append(
            TargetSnapshot(
                Metric.RESPONSE_TIME,
                response,
                response_unit,
                priority=priority,
                warning_threshold=80,
                period=MeasurementPeriod.MONTH,
            )
        )
        out.append(
            TargetSnapshot(
                Metric.RESOLUTION_TIME,
                resolution,
                resolution_unit,
                priority=priority,
                warning_threshold=80,
                period=MeasurementPeriod.MONTH,
            )
        )
    out += [
        TargetSnapshot(
            Metric.CUSTOMER_SATISFACTION,
            90,
            TargetUnit.PERCENT,
            period=MeasurementPeriod.QUARTER,
            notes="From the survey sent when a ticket is closed.",
        ),
        TargetSnapshot(
            Metric.FIRST_CONTACT_RESOLUTION, 70, TargetUnit.PERCENT, period=MeasurementPeriod.MONTH
        ),
        TargetSnapshot(Metric.MAINTENANCE_NOTICE, 5, TargetUnit.BUSINESS_DAYS),
        TargetSnapshot(
            Metric.AVAILABILITY,
            99.5,
            TargetUnit.PERCENT,
            service_code="EMAIL",
            service_name="E-mail and calendar",
            warning_threshold=99.7,
            period=MeasurementPeriod.MONTH,
            notes="24×7, excluding announced maintenance.",
        ),
        TargetSnapshot(
            Metric.RTO,
            8,
            TargetUnit.HOURS,
            service_code="EMAIL",
            service_name="E-mail and calendar",
        ),
        TargetSnapshot(
            Metric.RPO,
            1,
            TargetUnit.HOURS,
            service_code="EMAIL",
            service_name="E-mail and calendar",
        ),
        TargetSnapshot(
            Metric.AVAILABILITY,
            99.0,
            TargetUnit.PERCENT,
            service_code="ERP",
            service_name="ERP – finance and order management",
            warning_threshold=99.3,
            period=MeasurementPeriod.MONTH,
            notes="Within service hours.",
        ),
        TargetSnapshot(
            Metric.RTO,
            4,
            TargetUnit.HOURS,
            service_code="ERP",
            service_name="ERP – finance and order management",
        ),
        TargetSnapshot(
            Metric.RPO,
            15,
            TargetUnit.MINUTES,
            service_code="ERP",
            service_name="ERP – finance and order management",
        ),
        TargetSnapshot(
            Metric.RESOLUTION_TIME,
            2,
            TargetUnit.HOURS,
            service_code="ERP",
            service_name="ERP – finance and order management",
            priority=Priority.P1,
            notes="During month-end close.",
        ),
    ]
    return tuple(out)
