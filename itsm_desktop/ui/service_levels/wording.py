"""What a target promises and what it achieved, said in the language and locale of the screens.

The services keep a target's terms and each stored value as data; the Service Levels page and
Home's alerts word them here, each unit with the plural form its language gives the number.
"""

from __future__ import annotations

from decimal import Decimal

from itsm_desktop.domain.enums import PRIORITY_METRICS, Metric, TargetUnit
from itsm_desktop.services.service_levels.attention import ServiceLevelAlert

from ..common.local_formats import show_decimal, show_number, show_percent
from ..common.messages import say
from ..common.translate import tr


def _plural_count(value: float) -> int:
    """The count a unit's plural form is chosen for: 1.5 hours reads as a plural in English,
    German and French alike."""
    return 1 if value == 1 else int(value) if float(value).is_integer() else 2


def unit_value(value: float, unit: TargetUnit) -> str:
    """``99.5 %``, ``30 minutes``, ``1 hour``, ``4 Geschäftsstunden``."""
    if unit is TargetUnit.PERCENT:
        return show_percent(value)
    count, number = _plural_count(value), show_number(value)
    if unit is TargetUnit.MINUTES:
        text = tr("{number} minute(s)", "", count)
    elif unit is TargetUnit.HOURS:
        text = tr("{number} hour(s)", "", count)
    elif unit is TargetUnit.BUSINESS_HOURS:
        text = tr("{number} business hour(s)", "", count)
    elif unit is TargetUnit.DAYS:
        text = tr("{number} day(s)", "", count)
    elif unit is TargetUnit.BUSINESS_DAYS:
        text = tr("{number} business day(s)", "", count)
    else:
        text = tr("{number} point(s)", "", count)
    return text.format(number=number)


def promised(metric: Metric, value: float, unit: TargetUnit) -> str:
    """``within 4 hours``, ``at least 99.5 %``, ``at most 2 hours``."""
    amount = unit_value(value, unit)
    if metric in PRIORITY_METRICS:
        return tr("within {value}").format(value=amount)
    if metric in (Metric.RTO, Metric.RPO):
        return tr("at most {value}").format(value=amount)
    return tr("at least {value}").format(value=amount)


def _fixed_percent(value: float, places: int) -> str:
    """A percentage measured to ``places`` decimals, shown with all of them: ``96.0 %``."""
    sign = show_percent(Decimal(1))[1:]  # " %", or " %" with a narrow space: the locale's way
    return show_decimal(Decimal(str(value)), places) + sign


def achieved(metric: Metric, unit: TargetUnit, value: float | None, computed: bool,
             *, short: bool = False) -> str:
    """``96.0 % within target`` (``96.0 %`` when ``short``), ``99.812 %``, ``3.5 hours``;
    ``not measured``."""
    if value is None:
        return tr("not measured")
    if metric in PRIORITY_METRICS and computed:
        percent = _fixed_percent(value, 1)
        return percent if short else tr("{share} within target").format(share=percent)
    if metric is Metric.AVAILABILITY:
        return _fixed_percent(value, 3)
    return unit_value(value, unit)


def alert_texts(alert: ServiceLevelAlert) -> tuple[str, str]:
    """The title and the detail of a Home alert on a breached or at-risk target."""
    title = tr("{agreement} — {target}, {service}").format(
        agreement=alert.agreement, target=say(alert.target), service=say(alert.service))
    values = {"period": alert.period, "promised": promised(alert.metric, alert.target_value, alert.unit),
              "achieved": achieved(alert.metric, alert.unit, alert.value, alert.computed)}
    if alert.urgent:
        return title, tr("Breached in {period}: {achieved} against {promised}").format(**values)
    return title, tr("At risk in {period}: {achieved} against {promised}").format(**values)
