"""Wording and grouping of service level targets, shared by the agreement and the catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from itsm_desktop.documents.language import N_, _, colon, label, ngettext, plural_count
from itsm_desktop.documents.snapshot import ServiceSnapshot, TargetSnapshot
from itsm_desktop.documents.text import clean_line, format_number
from itsm_desktop.domain.definitions import PriorityLevel, warns_at_share
from itsm_desktop.domain.enums import (
    PRIORITY_METRICS,
    MeasurementPeriod,
    Metric,
    Priority,
    TargetUnit,
)

_UNIT_FORMS: dict[TargetUnit, Callable[[int], str]] = {
    TargetUnit.MINUTES: lambda n: ngettext("{number} minute", "{number} minutes", n),
    TargetUnit.HOURS: lambda n: ngettext("{number} hour", "{number} hours", n),
    TargetUnit.BUSINESS_HOURS: lambda n: ngettext("{number} business hour", "{number} business hours", n),
    TargetUnit.DAYS: lambda n: ngettext("{number} day", "{number} days", n),
    TargetUnit.BUSINESS_DAYS: lambda n: ngettext("{number} business day", "{number} business days", n),
    TargetUnit.SCORE: lambda n: ngettext("{number} point", "{number} points", n),
}
"""A value with its unit in the singular or plural of the document's language."""
_SHORT_METRIC = {
    Metric.RTO: "RTO",
    Metric.RPO: "RPO",
}
_PRIORITY_ORDER = {p.value: i for i, p in enumerate(Priority)}


def metric_name(target: TargetSnapshot) -> str:
    """The metric as a reader knows it; a custom metric by its own label."""
    if target.metric is Metric.CUSTOM:
        return clean_line(target.metric_label) or label(Metric.CUSTOM)
    return label(target.metric)


def value_text(value: float, unit: TargetUnit) -> str:
    """``99.5 %``, ``30 minutes``, ``1 hour`` (``99,5 %``, ``30 Minuten`` in German)."""
    number = format_number(value)
    if unit is TargetUnit.PERCENT:
        return _("{number} %").format(number=number)
    return _UNIT_FORMS[unit](plural_count(value)).format(number=number)


_PERIODS = {
    MeasurementPeriod.MONTH: N_("per month"),
    MeasurementPeriod.QUARTER: N_("per quarter"),
    MeasurementPeriod.YEAR: N_("per year"),
}


def period_text(period: MeasurementPeriod | None) -> str:
    """``per month``; empty when no period is set."""
    return _(_PERIODS[period]) if period is not None else ""


def priority_text(priority: Priority | str | None) -> str:
    """``P1``; empty for a target that applies to every priority."""
    if priority is None:
        return ""
    return clean_line(priority.value if isinstance(priority, Priority) else priority)


def describe_target(target: TargetSnapshot) -> str:
    """A short sentence for lists: ``Availability 99.5 % per month``, ``P1 response 30 minutes``."""
    value = value_text(target.value, target.unit)
    if target.metric in PRIORITY_METRICS:
        prio = priority_text(target.priority)
        if target.metric is Metric.RESPONSE_TIME:
            text = (_("{priority} response {value}") if prio else _("Response {value}"))
        else:
            text = (_("{priority} resolution {value}") if prio else _("Resolution {value}"))
        text = text.format(priority=prio, value=value)
    else:
        name = _SHORT_METRIC.get(target.metric) or metric_name(target)
        text = f"{name} {value}"
    period = period_text(target.period)
    if period and target.metric not in PRIORITY_METRICS:
        text += f" {period}"
    return text


def priority_key(priority: Priority | str | None) -> tuple[int, str]:
    """Sort key: P1 … P4 first, other labels alphabetically, "all priorities" last."""
    text = priority_text(priority)
    if not text:
        return (2, "")
    return (0, f"{_PRIORITY_ORDER[text]:02d}") if text in _PRIORITY_ORDER else (1, text)


@dataclass(slots=True)
class TargetGroup:
    """The targets printed under one heading: all services, or one service."""

    title: str
    service_code: str | None
    measured: list[TargetSnapshot] = field(default_factory=list)
    """Targets printed one per row (availability, RTO, satisfaction …)."""
    timed: list[TargetSnapshot] = field(default_factory=list)
    """Response and resolution targets, printed as a priority matrix."""

    def matrix(self) -> list[tuple[str, list[TargetSnapshot], list[TargetSnapshot]]]:
        """Rows of (priority label, response targets, resolution targets), P1 first."""
        rows: dict[str, tuple[list[TargetSnapshot], list[TargetSnapshot]]] = {}
        keys: dict[str, tuple[int, str]] = {}
        for target in self.timed:
            name = priority_text(target.priority) or _("All priorities")
            keys.setdefault(name, priority_key(target.priority))
            response, resolution = rows.setdefault(name, ([], []))
            (response if target.metric is Metric.RESPONSE_TIME else resolution).append(target)
        return [(name, *rows[name]) for name in sorted(rows, key=keys.__getitem__)]


def group_targets(
    targets: Iterable[TargetSnapshot], services: Sequence[ServiceSnapshot]
) -> list[TargetGroup]:
    """Group targets for printing: all-services targets first, then each service in order.

    A target naming a service the agreement does not list still prints, under its own
    heading after the agreement's services.
    """
    groups: dict[str | None, TargetGroup] = {}
    order: list[str | None] = [None] + [s.code for s in services]
    names = {s.code: s.name for s in services}
    for target in targets:
        code = target.service_code or None
        group = groups.get(code)
        if group is None:
            if code is None:
                title = _("All services")
            else:
                name = clean_line(names.get(code) or target.service_name or code)
                title = f"{name} ({clean_line(code)})" if name != clean_line(code) else name
            group = groups[code] = TargetGroup(title=title, service_code=code)
            if code not in order:
                order.append(code)
        (group.timed if target.metric in PRIORITY_METRICS else group.measured).append(target)
    return [groups[code] for code in order if code in groups]


def used_priorities(targets: Iterable[TargetSnapshot]) -> list[str]:
    """The priorities (``P1`` …) that response and resolution targets name, in order."""
    found = {
        priority_text(t.priority)
        for t in targets
        if t.metric in PRIORITY_METRICS and priority_text(t.priority)
    }
    return sorted(found, key=priority_key)


def metrics_used(targets: Iterable[TargetSnapshot]) -> list[Metric]:
    """The distinct standard metrics of the targets, in the enumeration's order."""
    used = {t.metric for t in targets}
    return [m for m in Metric if m in used]


def warning_text(target: TargetSnapshot) -> str:
    """Where the provider warns, in the terms the glossary defines: a level on the target's
    scale (``at 99.97 %``) or a share of a time target (``at 80 % of the target``)."""
    if target.warning_threshold is None:
        return ""
    number = format_number(target.warning_threshold)
    if warns_at_share(target.unit):
        return _("at {number} % of the target").format(number=number)
    return _("at {value}").format(value=value_text(target.warning_threshold, target.unit))


def priority_meaning(level: PriorityLevel) -> str:
    """``Critical: a service is unavailable …`` (plain text); the team's default scheme in
    the document's language."""
    name, definition = _(clean_line(level.name)), _(clean_line(level.definition))

    return f"{name}{colon()} {definition}" if name and definition else name or definition
