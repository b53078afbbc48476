"""The terms the team defines once for its agreements (their defaults)."""

from __future__ import annotations

from dataclasses import dataclass

from itsm_desktop.domain.definitions import DEFAULT_PRIORITY_SCHEME, PriorityLevel, scheme_from_json
from itsm_desktop.store.rows import Rows

PRIORITIES_KEY = "priority_scheme"
SUPPORT_HOURS_KEY = "support_hours"


@dataclass(frozen=True)
class TeamDefinitions:
    """What a new agreement starts from: the team's priority scheme and support hours."""

    priorities: tuple[PriorityLevel, ...] = DEFAULT_PRIORITY_SCHEME
    support_hours_name: str = ""
    support_hours: str = ""


def read_team_definitions(rows: Rows) -> TeamDefinitions:
    """The team's defaults (the built-in scheme until the team saves its own)."""
    settings = {key: rows.json(value) for key, value in rows.rows(
        'SELECT "key", "value" FROM team_setting WHERE "key" IN (:keys)', keys=[PRIORITIES_KEY, SUPPORT_HOURS_KEY])}
    scheme = scheme_from_json(settings.get(PRIORITIES_KEY)) or DEFAULT_PRIORITY_SCHEME
    hours = settings.get(SUPPORT_HOURS_KEY)
    hours = hours if isinstance(hours, dict) else {}
    return TeamDefinitions(scheme, str(hours.get("name", "")), str(hours.get("definition", "")))
