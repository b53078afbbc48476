"""The underpinning chain: how much room an SLA target leaves above the OLA and UC targets it
rests on, for the team's own work.

Only targets that measure the same thing can be chained: availability (a percentage that
multiplies along the chain), and the durations response time, resolution time, RTO and RPO
(shorter is better: the SLA's time must exceed the longest underpinning time) and
maintenance notice (longer is better: the suppliers must give at least the notice the
customer is promised).

Durations are compared in minutes. Two figures in the same business unit (business hours,
business days) are compared as they stand: they count the same support hours. Otherwise a
target in business time can take longer than its figure in elapsed time, never less; so an
SLA counted in business time is compared conservatively with underpinning clock times (one
business hour is at least one elapsed hour, one business day at least one elapsed day),
whereas an underpinning target counted in business time gives an SLA in clock time no
assurance at all (and the other way round for a maintenance notice, where longer is safer).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .enums import AgreementKind, AgreementStatus, Metric, Priority, TargetUnit
from .translatable import Message, Quantity, Word, joined, translatable

CHAINED_METRICS = frozenset({Metric.AVAILABILITY, Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME,
                             Metric.RTO, Metric.RPO, Metric.MAINTENANCE_NOTICE})
"""Metrics an OLA or UC target can underpin (satisfaction and custom metrics cannot)."""
LONGER_IS_BETTER = frozenset({Metric.MAINTENANCE_NOTICE})

_CLOCK_MINUTES = {TargetUnit.MINUTES: 1, TargetUnit.HOURS: 60, TargetUnit.DAYS: 1440}
_BUSINESS_MINUTES = {TargetUnit.BUSINESS_HOURS: 60, TargetUnit.BUSINESS_DAYS: 1440}
"""The fewest elapsed minutes one business unit of time can take."""
_UNIT_NOUNS = {
    TargetUnit.PERCENT: (translatable("%"), translatable("%")),
    TargetUnit.MINUTES: (translatable("minute"), translatable("minutes")),
    TargetUnit.HOURS: (translatable("hour"), translatable("hours")),
    TargetUnit.BUSINESS_HOURS: (translatable("business hour"), translatable("business hours")),
    TargetUnit.DAYS: (translatable("day"), translatable("days")),
    TargetUnit.BUSINESS_DAYS: (translatable("business day"), translatable("business days")),
    TargetUnit.SCORE: (translatable("point"), translatable("points")),
}
"""A unit's noun for one and for more (marked words: the screens and documents say them)."""


class MarginState(StrEnum):
    """What the underpinning leaves for the team's own work."""

    MARGIN = "margin"  # room left
    NO_MARGIN = "no_margin"  # the underpinning uses the whole target, or more
    NOT_COMPARABLE = "not_comparable"  # the times cannot be set against each other
    NOT_UNDERPINNED = "not_underpinned"  # nothing linked

    @property
    def flagged(self) -> bool:
        """Whether the target needs someone's attention."""
        return self in (MarginState.NO_MARGIN, MarginState.NOT_COMPARABLE)


@dataclass(frozen=True, slots=True)
class TargetTerms:
    """The measurable part of a target: what, for which priority, how much, in which unit."""

    metric: Metric
    value: float
    unit: TargetUnit
    priority: Priority | None = None


@dataclass(frozen=True, slots=True)
class ChainMargin:
    """The margin of one SLA target over what underpins it.

    ``minutes`` (durations, elapsed time) or ``points`` (availability, percentage points)
    holds the room left; negative when the underpinning promises less than the SLA.
    ``binding`` is the index, among the underpinning terms, of the one that leaves the
    least room (None when no comparison was made).
    """

    state: MarginState
    minutes: float | None = None
    points: float | None = None
    binding: int | None = None
    reason: str = ""
    """Why the times cannot be compared: a marked sentence (``Message``)."""
    business_unit: TargetUnit | None = None
    """Set when both sides count the same business unit: ``minutes`` are of that time."""

    @property
    def flagged(self) -> bool:
        return self.state.flagged


def link_refusal(sla: TargetTerms, underpinning: TargetTerms) -> str:
    """Why ``underpinning`` cannot underpin ``sla`` ("" when it can): one marked sentence."""
    if sla.metric not in CHAINED_METRICS:
        return translatable("Targets of “{metric}” cannot rest on other agreements' targets.",
                            metric=Word(sla.metric.label))
    if underpinning.metric != sla.metric:
        return translatable("A target of “{metric}” can only rest on a target of “{metric}”, not on "
                            "“{other}”.", metric=Word(sla.metric.label), other=Word(underpinning.metric.label))
    return ""


def elapsed_minutes(terms: TargetTerms) -> tuple[float, bool] | None:
    """The target as elapsed minutes and whether it is counted in business time (then the
    figure is the least elapsed time it can take); None for a unit that is not a duration."""
    if terms.unit in _CLOCK_MINUTES:
        return terms.value * _CLOCK_MINUTES[terms.unit], False
    if terms.unit in _BUSINESS_MINUTES:
        return terms.value * _BUSINESS_MINUTES[terms.unit], True
    return None


def _room(sla: TargetTerms, beneath: TargetTerms) -> float | str:
    """Minutes of room ``beneath`` leaves ``sla`` (a duration metric), or why there is no
    telling. Two business-time figures in the same unit count the same hours; a business-time
    figure set against a clock time bounds it only from the safe side."""
    own, below = elapsed_minutes(sla), elapsed_minutes(beneath)
    if own is None or below is None:
        return translatable("Only durations can be compared.")
    longer_better = sla.metric in LONGER_IS_BETTER
    (own_minutes, own_business), (minutes, business) = own, below
    if own_business and business:
        if sla.unit is not beneath.unit:
            return translatable("{beneath} and {target} count business time in different units; they "
                                "cannot be compared.", beneath=quantity(beneath), target=quantity(sla))
    elif business and not longer_better:
        return translatable("{beneath} counts business time only; it cannot assure {target} in elapsed "
                            "time.", beneath=quantity(beneath), target=quantity(sla))
    elif own_business and longer_better:
        return translatable("{target} counts business time only; a notice of {beneath} cannot assure it.",
                            target=quantity(sla), beneath=quantity(beneath))
    return minutes - own_minutes if longer_better else own_minutes - minutes


def chain_margin(sla: TargetTerms, underpinning: Sequence[TargetTerms]) -> ChainMargin:
    """The room ``sla`` leaves above the targets in ``underpinning``.

    Availability: the underpinning availabilities multiply (the service is up only when
    every part beneath it is), and the margin is that product less the SLA's level.
    Durations: the margin is the SLA's time less the longest underpinning time (for a
    maintenance notice, the shortest underpinning notice less the SLA's notice).
    """
    if not underpinning:
        return ChainMargin(MarginState.NOT_UNDERPINNED)
    for terms in underpinning:
        refusal = link_refusal(sla, terms)
        if refusal:
            return ChainMargin(MarginState.NOT_COMPARABLE, reason=refusal)
    if sla.metric is Metric.AVAILABILITY:
        return _availability_margin(sla, underpinning)
    return _duration_margin(sla, underpinning)


def _state(room: float) -> MarginState:
    return MarginState.MARGIN if room > 1e-9 else MarginState.NO_MARGIN


def _availability_margin(sla: TargetTerms, underpinning: Sequence[TargetTerms]) -> ChainMargin:
    if any(t.unit is not TargetUnit.PERCENT for t in (sla, *underpinning)):
        return ChainMargin(MarginState.NOT_COMPARABLE,
                           reason=translatable("Availability is compared in per cent only."))
    combined = 100 * math.prod(t.value / 100 for t in underpinning)
    binding = min(range(len(underpinning)), key=lambda i: underpinning[i].value)
    points = round(combined - sla.value, 6)
    return ChainMargin(_state(points), points=points, binding=binding)


def _duration_margin(sla: TargetTerms, underpinning: Sequence[TargetTerms]) -> ChainMargin:
    rooms: list[float] = []
    for index, terms in enumerate(underpinning):
        room = _room(sla, terms)
        if isinstance(room, str):
            return ChainMargin(MarginState.NOT_COMPARABLE, binding=index, reason=room)
        rooms.append(room)
    binding = min(range(len(rooms)), key=rooms.__getitem__)
    room = round(rooms[binding], 6)
    units = {sla.unit, *(t.unit for t in underpinning)}
    business = sla.unit if len(units) == 1 and sla.unit in _BUSINESS_MINUTES else None
    return ChainMargin(_state(room), minutes=room, binding=binding, business_unit=business)


def quantity(terms: TargetTerms) -> Quantity:
    """A target's figure with its unit, said in each language: ``4 hours``, ``99.5 %``."""
    one, other = _UNIT_NOUNS[terms.unit]
    return Quantity(terms.value, one, other)


def _points(points: float) -> Quantity:
    return Quantity(float(f"{abs(points):.3g}"), translatable("percentage point"),
                    translatable("percentage points"))


def margin_text(margin: ChainMargin) -> str:
    """The margin as a reader sees it, a marked sentence: ``3 h 30 min``, ``0.25 percentage
    points``, ``None``."""
    if margin.state is MarginState.NOT_UNDERPINNED:
        return translatable("Not underpinned")
    if margin.state is MarginState.NOT_COMPARABLE:
        return translatable("Cannot be compared")
    if margin.state is MarginState.NO_MARGIN:
        short = shortfall_text(margin)
        return translatable("None ({short})", short=short) if short else translatable("None")
    if margin.points is not None:
        return Message("{points}", {"points": _points(margin.points)})
    return _minutes_text(margin, margin.minutes or 0.0)


def shortfall_text(margin: ChainMargin) -> str:
    """How far the underpinning falls short of the SLA (``30 min short``), a marked sentence;
    "" when it does not."""
    if margin.points is not None and margin.points < 0:
        return translatable("{amount} short", amount=_points(margin.points))
    if margin.minutes is not None and margin.minutes < 0:
        return translatable("{amount} short", amount=_minutes_text(margin, margin.minutes))
    return ""


def _minutes_text(margin: ChainMargin, minutes: float) -> Message:
    unit = margin.business_unit
    if unit is None:
        return duration_text(minutes)
    one, other = _UNIT_NOUNS[unit]
    return Message("{amount}", {"amount": Quantity(abs(minutes) / _BUSINESS_MINUTES[unit], one, other)})


def duration_text(minutes: float) -> Message:
    """``1 d 2 h``, ``3 h 30 min``, ``45 min`` (the sign is dropped), a marked sentence whose
    abbreviations each language writes its own way (``1 T 2 h``, ``1 j 2 h``)."""
    total = round(abs(minutes))
    days, rest = divmod(total, 1440)
    hours, mins = divmod(rest, 60)
    parts = [translatable("{count} d", count=days) if days else None,
             translatable("{count} h", count=hours) if hours else None,
             translatable("{count} min", count=mins) if mins else None]
    return joined([p for p in parts if p is not None] or [translatable("{count} min", count=0)], " ")


# --- the chain as screens and documents show it ------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainedTarget:
    """A target of an OLA or UC that an SLA target rests on, named for a reader."""

    target_id: int
    agreement_id: int
    reference: str
    revision: int
    kind: AgreementKind
    status: AgreementStatus
    provider: str
    service: str
    """The service the target applies to ("" for every service of its agreement)."""
    description: str
    """``P1 resolution 4 hours``."""
    terms: TargetTerms

    @property
    def in_force(self) -> bool:
        """Whether its agreement still binds (or is being prepared): ended ones do not count."""
        return self.status in (AgreementStatus.ACTIVE, AgreementStatus.IN_REVIEW, AgreementStatus.DRAFT)


@dataclass(frozen=True, slots=True)
class TargetChain:
    """One SLA target, the targets beneath it and the margin they leave."""

    target_id: int
    service: str
    description: str
    terms: TargetTerms
    beneath: tuple[ChainedTarget, ...] = ()
    margin: ChainMargin = ChainMargin(MarginState.NOT_UNDERPINNED)

    @classmethod
    def of(cls, target_id: int, service: str, description: str, terms: TargetTerms,
           beneath: Sequence[ChainedTarget]) -> TargetChain:
        """The chain with its margin over the targets beneath still in force."""
        binding = [b.terms for b in beneath if b.in_force]
        return cls(target_id, service, description, terms, tuple(beneath), chain_margin(terms, binding))

    @property
    def binding_target(self) -> ChainedTarget | None:
        """The target beneath that leaves the least room (None when nothing was compared)."""
        in_force = [b for b in self.beneath if b.in_force]
        index = self.margin.binding
        return in_force[index] if index is not None and index < len(in_force) else None
