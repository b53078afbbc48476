"""The glossary of the printed agreement: only the terms and metrics the document uses."""

from __future__ import annotations

from itsm_desktop.documents.snapshot import AgreementSnapshot
from itsm_desktop.documents.targets import used_priorities
from itsm_desktop.documents.text import has_text
from itsm_desktop.domain.enums import AgreementKind, Metric, TargetUnit

KIND_TERMS = {
    AgreementKind.SLA: (
        "Service level agreement (SLA)",
        "A documented agreement between a service provider and a customer that describes "
        "the services and the levels of service both sides agree.",
    ),
    AgreementKind.OLA: (
        "Operational level agreement (OLA)",
        "An agreement between a service provider and another part of the same organization "
        "about the support that part gives to the delivery of services.",
    ),
    AgreementKind.UC: (
        "Underpinning contract (UC)",
        "A contract between a service provider and an external supplier about goods or "
        "services the provider needs to deliver services to its customers.",
    ),
}

METRIC_TERMS = {
    Metric.AVAILABILITY: "The share of the agreed service hours in which a service can be used "
    "as agreed. Planned maintenance announced in time does not count as downtime.",
    Metric.RESPONSE_TIME: "The time from the moment an incident is reported until the provider "
    "confirms it to the user and starts working on it.",
    Metric.RESOLUTION_TIME: "The time from the moment an incident is reported until the service "
    "works again for the user, with a permanent fix or a workaround.",
    Metric.RTO: "The longest time it may take to restore a service after a major failure or "
    "disaster.",
    Metric.RPO: "The largest amount of data, counted as time before the failure, that may be "
    "lost when a service is restored.",
    Metric.MAINTENANCE_NOTICE: "How long in advance the provider announces planned maintenance "
    "that interrupts a service.",
    Metric.CUSTOMER_SATISFACTION: "The share of answers to satisfaction surveys in which users "
    "rate the service as good or very good.",
    Metric.FIRST_CONTACT_RESOLUTION: "The share of incidents and requests resolved during the "
    "first contact with support, without being passed on.",
}

PRIORITY_TERMS = {
    "P1": "Critical: a service is unavailable or unusable for many users, or business "
    "operations have stopped.",
    "P2": "High: a service is seriously degraded, or unavailable to a group of users or a key "
    "user, and there is no workaround.",
    "P3": "Medium: a single user or a function that is not critical is affected, or a "
    "workaround exists.",
    "P4": "Low: a minor fault, a question, or an issue with little impact on work.",
}

UNIT_TERMS = {
    TargetUnit.BUSINESS_HOURS: (
        "Business hours",
        "Hours within the agreed service hours; time outside them is not counted.",
    ),
    TargetUnit.BUSINESS_DAYS: (
        "Business days",
        "Working days within the agreed service hours, excluding public holidays.",
    ),
}


def glossary_terms(
    snapshot: AgreementSnapshot, *, priorities_in: str | None = None
) -> list[tuple[str, str]]:
    """(term, definition) pairs, alphabetically, for what this agreement actually uses.

    Each term is defined once: where the priorities are defined elsewhere in the agreement
    (``priorities_in``, e.g. ``section 5.2``) the glossary refers to that place. A target's
    notes are notes on that target, printed beside it, never definitions.
    """
    terms: dict[str, str] = {}
    kind_term = KIND_TERMS.get(snapshot.kind)
    if kind_term:
        terms[kind_term[0]] = kind_term[1]
    terms["Incident"] = "An unplanned interruption of a service or a reduction in its quality."
    terms["Service request"] = (
        "A request from a user for information, advice, access or a standard change, which is "
        "not an interruption of a service."
    )
    services = snapshot.services
    if any(s.hours for s in services):
        terms["Service hours"] = "The times during which a service is available and supported."
    if any(s.owner for s in services):
        terms["Service owner"] = "The person accountable for a service and its agreed levels."
    if any(s.manager for s in services):
        terms["Service manager"] = "The person responsible for running a service day to day."
    if any(s.suppliers for s in services):
        terms["Supplier"] = "A third party that delivers goods or services the provider depends on."
    if has_text(snapshot.texts.escalation) or any(
        c.role.value.startswith("escalation") for c in snapshot.contacts
    ):
        terms["Escalation"] = (
            "Passing an issue to a higher level of management or expertise when it cannot be "
            "handled at the current level within the agreed time."
        )
    targets = snapshot.targets
    for target in targets:
        if target.metric in METRIC_TERMS:
            terms.setdefault(target.metric.label, METRIC_TERMS[target.metric])
        unit_term = UNIT_TERMS.get(target.unit)
        if unit_term:
            terms.setdefault(*unit_term)
    priorities = used_priorities(targets)
    if priorities and priorities_in:
        terms["Priority"] = (
            f"The class of an incident ({', '.join(priorities)}) that sets its response and "
            f"resolution times, as defined in {priorities_in}."
        )
    elif priorities:
        for priority in priorities:
            if priority in PRIORITY_TERMS:
                terms[f"Priority {priority}"] = PRIORITY_TERMS[priority]
    if any(t.warning_threshold is not None for t in targets):
        terms["Warning threshold"] = (
            "The share of a target at which the provider warns the customer and acts, before "
            "the target is missed."
        )
    if any(t.period is not None for t in targets):
        terms["Measurement period"] = "The period over which a target is measured and reported."
    return sorted(terms.items(), key=lambda item: item[0].casefold())
