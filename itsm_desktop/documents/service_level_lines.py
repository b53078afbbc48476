"""The sentences of one target in the service level report, in the report's language.

The snapshot keeps each target's terms and what its value counted; the words are chosen here,
where the document's catalogue is in force, with each language's plural forms. A line without
terms (a snapshot made elsewhere) prints the texts it carries.
"""

from __future__ import annotations

from itsm_desktop.documents.language import _, current, in_sentence, label, ngettext
from itsm_desktop.documents.snapshot import TargetSnapshot
from itsm_desktop.documents.targets import value_text, warning_text
from itsm_desktop.documents.text import clean_line, format_number, said
from itsm_desktop.domain.definitions import warns_at_share
from itsm_desktop.domain.enums import PRIORITY_METRICS, Metric, TargetUnit
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.service_level_report import ReportLine, TargetTerms


def _snapshot(terms: TargetTerms) -> TargetSnapshot:
    return TargetSnapshot(metric=terms.metric, value=terms.value, unit=terms.unit, metric_label=terms.custom_metric,
                          priority=terms.priority, warning_threshold=terms.warning_threshold, period=terms.period)


def target_name(line: ReportLine) -> str:
    """``Resolution time P1``, ``Auflösungszeit P1``."""
    terms = line.terms
    if terms is None:
        return line.target
    name = clean_line(terms.custom_metric) if terms.metric is Metric.CUSTOM and terms.custom_metric \
        else label(terms.metric)
    if terms.metric in PRIORITY_METRICS and terms.priority:
        return _("{metric} {priority}").format(metric=name, priority=terms.priority)
    return name


def service_name(line: ReportLine) -> str:
    return _("All services") if line.terms is not None and line.terms.all_services else line.service


def promised(line: ReportLine) -> str:
    """``within 4 hours``, ``at least 99.5 %``, ``at most 2 hours``."""
    terms = line.terms
    if terms is None:
        return line.promised
    value = value_text(terms.value, terms.unit)
    if terms.metric in PRIORITY_METRICS:
        return _("within {value}").format(value=value)
    if terms.metric in (Metric.RTO, Metric.RPO):
        return _("at most {value}").format(value=value)
    return _("at least {value}").format(value=value)


def _percent(value: float, places: int) -> str:
    """``96.0 %``, ``96,0 %``: as many decimals as the value is measured to, always shown."""
    from babel.numbers import format_decimal

    number = format_decimal(round(value, places), format="#,##0." + "0" * places, locale=current().locale)
    return _("{number} %").format(number=number)


def axis(line: ReportLine) -> str:
    """What a trend chart's values are: ``% within target``, ``%``, ``hours``."""
    terms = line.terms
    if terms is None:
        return line.axis
    if terms.metric in PRIORITY_METRICS:
        return _("% within target")
    if terms.unit is TargetUnit.PERCENT:
        return "%"
    return in_sentence(label(terms.unit))


def achieved(line: ReportLine) -> str:
    """``96.0 % within target``, ``99.812 %``, ``3.5 hours``; ``not measured``."""
    terms = line.terms
    if terms is None:
        return line.achieved_text
    if line.achieved is None:
        return _("not measured")
    if terms.metric in PRIORITY_METRICS and line.tally is not None:
        return _("{share} within target").format(share=_percent(line.achieved, 1))
    if terms.metric is Metric.AVAILABILITY:
        return _percent(line.achieved, 3)
    return value_text(line.achieved, terms.unit)


def margin(line: ReportLine) -> str:
    """What the period still allows: records that may miss, or minutes of downtime."""
    if line.terms is None or line.tally is None or line.margin_left is None:
        return line.margin
    if line.tally.kind == "records":
        n = int(line.margin_left)
        if n == 0:
            return _("no further record may miss")
        if n > 0:
            return ngettext("{count} more record may miss", "{count} more records may miss", n).format(count=n)
        return ngettext("{count} record over", "{count} records over", -n).format(count=-n)
    minutes = round(line.margin_left)
    if minutes >= 0:
        return ngettext("{count} min of downtime left", "{count} min of downtime left", minutes).format(
            count=format_number(minutes))
    return ngettext("{count} min over", "{count} min over", -minutes).format(count=format_number(-minutes))


def detail(line: ReportLine) -> str:
    """How the value came about: ``9 of 9 records within the target``, and why a time target
    whose records all kept it is at risk (its warning threshold is a share of the time allowed)."""
    tally, terms = line.tally, line.terms
    if tally is None or terms is None:
        return said(line.detail)
    if tally.kind == "availability":
        return _("{downtime} min of downtime in {hours} h of agreed service time; {maintenance} min of "
                 "announced maintenance").format(downtime=format_number(tally.downtime_minutes),
                                                 hours=format_number(tally.agreed_hours),
                                                 maintenance=format_number(tally.maintenance_minutes))
    text = ngettext("{within} of {count} record within the target", "{within} of {count} records within the target",
                    tally.counted).format(within=format_number(tally.within), count=format_number(tally.counted))
    if tally.still_open:
        text += ngettext(", {count} still open", ", {count} still open", tally.still_open).format(
            count=format_number(tally.still_open))
    if line.status is Status.AT_RISK and terms.warning_threshold is not None and warns_at_share(terms.unit):
        text += ". " + ngettext(
            "{count} of them took more than {share} % of the time allowed: the warning threshold is that "
            "share of the target, {warning}.",
            "{count} of them took more than {share} % of the time allowed: the warning threshold is that "
            "share of the target, {warning}.", tally.close_calls).format(
            count=format_number(tally.close_calls), share=format_number(terms.warning_threshold),
            warning=warning_text(_snapshot(terms)))
    return text
