"""The definitions the computations follow, worded as the service level report prints them.

Each computation names the :class:`Formula` it implements, and the report's glossary prints
exactly these sentences, so what is printed is what was computed.

Availability, MTTR (ITIL's *mean time to restore service*, MTRS), MTBF and MTBSI follow
ITIL V3 *Service Design* (2007), section 4.4 Availability Management: availability from
agreed service time and downtime, and the mean times per *service break*.
"""

from __future__ import annotations

from dataclasses import dataclass


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for a marker
    """Mark ``message`` for the printed documents' catalogue: the report prints the formulas in
    its own language (the screens do not show them)."""
    return message

SOURCE_ITIL = N_("ITIL V3 Service Design (2007), 4.4 Availability Management")


@dataclass(frozen=True)
class Formula:
    """A term, the sentence that defines how it is computed, and where it comes from."""

    term: str
    sentence: str
    source: str = ""


AVAILABILITY = Formula(
    N_("Availability"),
    N_("Availability = (agreed service time − downtime) ÷ agreed service time × 100. Agreed "
       "service time is the time within the agreed service hours, less planned maintenance "
       "announced at least the agreed notice ahead; downtime is the part of the agreed service "
       "time during which the service was unavailable, overlapping outages counted once. An "
       "outage that spans the end of a period is split there, each part counting in its own "
       "period."),
    SOURCE_ITIL,
)
SERVICE_BREAK = Formula(
    N_("Service break"),
    N_("A service break is an uninterrupted stretch of downtime: outages that overlap or follow "
       "each other without a gap are one break; an outage entirely outside the agreed service "
       "time is none."),
    SOURCE_ITIL,
)
MTTR = Formula(
    N_("MTTR (mean time to restore service)"),
    N_("MTTR = downtime ÷ number of service breaks (ITIL calls it MTRS). With no break in the "
       "period it is not stated."),
    SOURCE_ITIL,
)
MTBF = Formula(
    N_("MTBF (mean time between failures)"),
    N_("MTBF = (agreed service time − downtime) ÷ number of service breaks: the mean time the "
       "service worked between breaks. With no break in the period it is not stated."),
    SOURCE_ITIL,
)
MTBSI = Formula(
    N_("MTBSI (mean time between service incidents)"),
    N_("MTBSI = agreed service time ÷ number of service breaks = MTBF + MTTR."),
    SOURCE_ITIL,
)
PLANNED_MAINTENANCE = Formula(
    N_("Planned maintenance"),
    N_("Planned maintenance announced at least the agreed notice ahead is left out of agreed "
       "service time and reported separately; planned work announced later, or not at all, "
       "counts as downtime."),
)
RESPONSE_COMPLIANCE = Formula(
    N_("Response compliance"),
    N_("Response compliance = records first responded to within the target ÷ records counted × "
       "100. The time runs from opening to the first response (to the resolution when no "
       "response was recorded), in the target's time base, less paused time."),
)
RESOLUTION_COMPLIANCE = Formula(
    N_("Resolution compliance"),
    N_("Resolution compliance = records resolved within the target ÷ records counted × 100. The "
       "time runs from opening to resolution, in the target's time base, less paused time."),
)
RECORD_COUNTING = Formula(
    N_("Counted records"),
    N_("Each record counts once, in the period in which its outcome became known: when it met the "
       "target, the period of its response or resolution; when it missed it, the period in which "
       "the target time ran out. Records still within their target at the end of a period count "
       "in a later period and are shown as open."),
)
TIME_BASE = Formula(
    N_("Time base"),
    N_("Clock time counts every minute. Support hours count only the minutes within the weekly "
       "hours in the agreement's time zone, less holidays and closed exceptions, plus open "
       "exceptions; on a change to or from daylight-saving time the clock on the wall decides, so "
       "a skipped hour counts nothing and a repeated hour counts twice. A business day is the "
       "length of the longest day of the weekly hours, unless the agreement sets another."),
)
SATISFACTION = Formula(
    N_("Customer satisfaction"),
    N_("Customer satisfaction = responses scoring at least the satisfied score ÷ responses × 100; "
       "the mean score is the sum of the scores ÷ responses."),
)
RECOVERY = Formula(
    N_("Recovery time and point"),
    N_("A recovery test meets its recovery time objective (RTO) when the service was restored "
       "within it, and its recovery point objective (RPO) when the data lost spanned no more than "
       "it; the period's achieved value is its slowest recovery and its largest data loss."),
)
ERROR_BUDGET = Formula(
    N_("Margin"),
    N_("For availability, the margin is the downtime the target still allows in the period: "
       "agreed service time of the whole period × (100 − target) ÷ 100, less the downtime so far. "
       "For response and resolution, it is the number of further records that may miss the "
       "target while the share required is still met."),
)

ALL = (AVAILABILITY, SERVICE_BREAK, MTTR, MTBF, MTBSI, PLANNED_MAINTENANCE, RESPONSE_COMPLIANCE,
       RESOLUTION_COMPLIANCE, RECORD_COUNTING, TIME_BASE, SATISFACTION, RECOVERY, ERROR_BUDGET)
