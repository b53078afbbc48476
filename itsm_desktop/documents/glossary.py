"""The glossary of the printed agreement: only the terms and metrics the document uses."""

from __future__ import annotations

import unicodedata

from itsm_desktop.documents.language import N_, _, label
from itsm_desktop.documents.snapshot import AgreementSnapshot, TargetSnapshot
from itsm_desktop.documents.targets import (
    metric_name,
    priority_meaning,
    used_priorities,
    value_text,
)
from itsm_desktop.documents.text import clean_line, has_text
from itsm_desktop.domain.definitions import (
    DEFAULT_PRIORITY_SCHEME,
    DEFAULT_SUPPORT_HOURS_NAME,
    counts_support_hours,
    warns_at_share,
)
from itsm_desktop.domain.enums import AgreementKind, Metric, TargetUnit

KIND_TERMS = {
    AgreementKind.SLA: (
        N_("Service level agreement (SLA)"),
        N_("A documented agreement between a service provider and a customer that describes "
        "the services and the levels of service both sides agree."),
    ),
    AgreementKind.OLA: (
        N_("Operational level agreement (OLA)"),
        N_("An agreement between a service provider and another part of the same organization "
        "about the support that part gives to the delivery of services."),
    ),
    AgreementKind.UC: (
        N_("Underpinning contract (UC)"),
        N_("A contract between a service provider and an external supplier about goods or "
        "services the provider needs to deliver services to its customers."),
    ),
}

METRIC_TERMS = {
    Metric.AVAILABILITY: N_("The share of the agreed service hours in which a service can be used "
    "as agreed. Planned maintenance announced in time does not count as downtime."),
    Metric.RESPONSE_TIME: N_("The time from the moment an incident is reported until the provider "
    "confirms it to the user and starts working on it."),
    Metric.RESOLUTION_TIME: N_("The time from the moment an incident is reported until the service "
    "works again for the user, with a permanent fix or a workaround."),
    Metric.RTO: N_("The longest time it may take to restore a service after a major failure or "
    "disaster."),
    Metric.RPO: N_("The largest amount of data, counted as time before the failure, that may be "
    "lost when a service is restored."),
    Metric.MAINTENANCE_NOTICE: N_("How long in advance the provider announces planned maintenance "
    "that interrupts a service."),
    Metric.CUSTOMER_SATISFACTION: N_("The share of answers to satisfaction surveys in which users "
    "rate the service as good or very good."),
    Metric.FIRST_CONTACT_RESOLUTION: N_("The share of incidents and requests resolved during the "
    "first contact with support, without being passed on."),
}

PRIORITY_TERMS = {level.priority: priority_meaning(level) for level in DEFAULT_PRIORITY_SCHEME}
"""The team's starting scheme as printed (an agreement prints its own; see ``priorities``)."""

UNIT_TERMS = {
    TargetUnit.BUSINESS_HOURS: (
        N_("Business hours"),
        N_("Hours within the agreed service hours; time outside them is not counted."),
    ),
    TargetUnit.BUSINESS_DAYS: (
        N_("Business days"),
        N_("Working days within the agreed service hours, excluding public holidays."),
    ),
}
"""How business time counts when the agreement names no support hours of its own."""


def glossary_terms(
    snapshot: AgreementSnapshot,
    *,
    priorities_in: str | None = None,
    support_hours_in: str | None = None,
) -> list[tuple[str, str]]:
    """(term, definition) pairs, alphabetically, for what this agreement actually uses.

    Each term is defined once: where the priorities or the support hours are defined
    elsewhere in the agreement (``priorities_in``, e.g. ``section 5.2``) the glossary refers
    to that place. A target's notes are notes on that target, printed beside it, never
    definitions; a custom metric is defined by its own definition.
    """
    terms: dict[str, str] = {}
    kind_term = KIND_TERMS.get(snapshot.kind)
    if kind_term:
        terms[_(kind_term[0])] = _(kind_term[1])
    terms[_("Incident")] = _("An unplanned interruption of a service or a reduction in its quality.")
    catalog = snapshot.parties.uses_catalog  # only an SLA prints the catalog's facts
    if catalog:
        terms[_("Service request")] = _(
            "A request from a user for information, advice, access or a standard change, which "
            "is not an interruption of a service."
        )
    services = snapshot.services
    if any(s.hours for s in services):
        terms[_("Service hours")] = _("The times during which a service is available and supported.")
    if catalog and any(s.owner for s in services):
        terms[_("Service owner")] = _("The person accountable for a service and its agreed levels.")
    if catalog and any(s.manager for s in services):
        terms[_("Service manager")] = _("The person responsible for running a service day to day.")
    if catalog and any(s.suppliers for s in services):
        terms[_("Supplier")] = _("A third party that delivers goods or services the provider depends on.")
    if has_text(snapshot.texts.escalation) or any(
        c.role.value.startswith("escalation") for c in snapshot.contacts
    ):
        terms[_("Escalation")] = _(
            "Passing an issue to a higher level of management or expertise when it cannot be "
            "handled at the current level within the agreed time."
        )
    targets = snapshot.targets
    for target in targets:
        if target.metric is Metric.AVAILABILITY:
            terms.setdefault(label(target.metric), availability_term(snapshot))
        elif target.metric in METRIC_TERMS:
            terms.setdefault(label(target.metric), _(METRIC_TERMS[target.metric]))
        elif target.metric is Metric.CUSTOM and has_text(target.definition):
            terms.setdefault(metric_name(target), clean_line(target.definition))
        unit_term = _time_base_term(snapshot, target.unit, support_hours_in)
        if unit_term:
            terms.setdefault(*unit_term)
    priorities = used_priorities(targets)
    if priorities and priorities_in:
        terms[_("Priority")] = _(
            "The class of an incident ({priorities}) that sets its response and resolution "
            "times, as defined in {section}.").format(priorities=", ".join(priorities),
                                                      section=priorities_in)
    elif priorities:
        scheme = {level.priority: level for level in snapshot.priorities}
        for priority in priorities:
            if priority in scheme:
                terms[_("Priority {priority}").format(priority=priority)] = priority_meaning(scheme[priority])
    warning = warning_term(targets)
    if warning:
        terms[_("Warning threshold")] = warning
    if any(t.period is not None for t in targets):
        terms[_("Measurement period")] = _("The period over which a target is measured and reported.")
    return sorted(terms.items(), key=lambda item: _sort_key(item[0]))


def _sort_key(term: str) -> str:
    """Alphabetical as a dictionary sorts: ``Délai`` before ``Demande``, ``Überprüfung`` with U."""
    letters = unicodedata.normalize("NFKD", term.casefold())
    return "".join(c for c in letters if not unicodedata.combining(c))


def availability_term(snapshot: AgreementSnapshot) -> str:
    """Availability with its formula and what it excludes: planned maintenance announced with
    the notice the agreement sets (its maintenance notice target, when it has one)."""
    notices = {
        value_text(t.value, t.unit)
        for t in snapshot.targets
        if t.metric is Metric.MAINTENANCE_NOTICE
    }
    if len(notices) == 1:
        return _(
            "The share of the agreed service hours in which a service can be used as agreed: "
            "(agreed service hours − downtime) ÷ agreed service hours × 100 %. Downtime is the "
            "time within the agreed service hours in which the service cannot be used; it "
            "excludes planned maintenance announced at least {notice} in advance, while "
            "maintenance announced later counts as downtime.").format(notice=notices.pop())
    return _(
        "The share of the agreed service hours in which a service can be used as agreed: "
        "(agreed service hours − downtime) ÷ agreed service hours × 100 %. Downtime is the time "
        "within the agreed service hours in which the service cannot be used; it excludes "
        "planned maintenance announced with the agreed notice, while maintenance announced "
        "later counts as downtime."
    )


def warning_term(targets: tuple[TargetSnapshot, ...]) -> str:
    """What the warning threshold means, for the kinds of targets that have one."""
    warned = [t for t in targets if t.warning_threshold is not None]
    level = any(not warns_at_share(t.unit) for t in warned)
    share = any(warns_at_share(t.unit) for t in warned)
    if not warned:
        return ""
    meanings = []
    if level:
        meanings.append(_(
            "for a percentage or a score, a level on the target's own scale that the achieved "
            "value reaches before it misses the target"
        ))
    if share:
        meanings.append(_(
            "for a time, a share of the target time: at 80 % of a 4-hour target, the provider "
            "warns once 3 hours 12 minutes have passed"
        ))
    return _(
        "The point at which the provider warns the customer and acts, before a target is "
        "missed: {meanings}.").format(meanings="; ".join(meanings))


def _time_base_term(
    snapshot: AgreementSnapshot, unit: TargetUnit, support_hours_in: str | None
) -> tuple[str, str] | None:
    """How business time counts: within the agreement's named support hours when it defines
    them (where it defines them), else within each service's agreed hours."""
    fallback = UNIT_TERMS.get(unit)
    if fallback is None or not counts_support_hours(unit):
        return None
    if not has_text(snapshot.support_hours):
        return _(fallback[0]), _(fallback[1])
    name = _(clean_line(snapshot.support_hours_name) or DEFAULT_SUPPORT_HOURS_NAME)
    # defined where the agreement defines its support hours; spelt out only if nowhere else
    where = (_("as defined in {section}").format(section=support_hours_in) if support_hours_in
             else clean_line(snapshot.support_hours))
    meaning = (_("Hours counted only within the {name} ({where}); time outside them is not counted.")
               if unit is TargetUnit.BUSINESS_HOURS else
               _("Days counted only within the {name} ({where}); time outside them is not counted."))
    return _(fallback[0]), meaning.format(name=name, where=where)

