"""Words the documents print that the domain defines in English: the parties' roles, the
team's default priority scheme and support hours, the days of the week.

They are listed here for the catalogues (``N_``); each prints through ``language._``, so a
text a user left as the default prints in the document's language, and one they wrote
themselves prints as written.
"""

from __future__ import annotations

from itsm_desktop.documents.language import N_, _
from itsm_desktop.domain.values import WEEKDAY_NAMES, WeeklyHours

ROLES = (N_("Provider"), N_("Customer"), N_("Supplier"))
"""``KindParties.provider_role`` and ``customer_role``."""

SUPPORT_HOURS = N_("Support hours")
"""``definitions.DEFAULT_SUPPORT_HOURS_NAME``."""

STATUSES = (N_("Met"), N_("At risk"), N_("Breached"), N_("Not measured"))
"""The labels of ``measurement.status.Status`` (the service level report prints them)."""

DEFAULT_PRIORITIES = (
    N_("Critical"),
    N_("A service is unavailable or unusable for many users, or business operations have stopped."),
    N_("High"),
    N_("A service is seriously degraded, or unavailable to a group of users or a key user, and "
       "there is no workaround."),
    N_("Medium"),
    N_("A single user or a function that is not critical is affected, or a workaround exists."),
    N_("Low"),
    N_("A minor fault, a question, or an issue with little impact on work."),
)
"""The names and meanings of ``definitions.DEFAULT_PRIORITY_SCHEME``."""

_WEEKDAYS = {
    "mon": N_("Monday"),
    "tue": N_("Tuesday"),
    "wed": N_("Wednesday"),
    "thu": N_("Thursday"),
    "fri": N_("Friday"),
    "sat": N_("Saturday"),
    "sun": N_("Sunday"),
}
_EVERY_DAY = (N_("Every day"), N_("24 hours (24×7)"))


def week_names() -> tuple[dict[str, str], tuple[str, str]]:
    """The day names and the round-the-clock row of ``WeeklyHours.describe`` in the current
    document language."""
    assert set(_WEEKDAYS) == set(WEEKDAY_NAMES)
    return {day: _(name) for day, name in _WEEKDAYS.items()}, (_(_EVERY_DAY[0]), _(_EVERY_DAY[1]))


def revision_change(revision: int, change: str) -> str:
    """A line of the revision history of several revisions: ``Revision 2: …``."""
    return _("Revision {revision}: {change}").format(revision=revision, change=change)


def hours_rows(hours: WeeklyHours) -> tuple[tuple[str, str], ...]:
    """Weekly hours as a document's table prints them, in its language: ``Lundi – vendredi``."""
    return tuple((days[:1].upper() + days[1:], times) for days, times in hours.describe(*week_names()))
