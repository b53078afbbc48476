"""What each kind of agreement means by its parties, and the terms an agreement defines once.

An agreement defines its own priority scheme and the support hours its business-time
targets count in (both prefilled from the team's defaults); what a warning threshold means
follows from the target's unit. Documents and editors print and show these definitions;
nothing else defines the same terms again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .enums import DURATION_UNITS, AgreementKind, TargetUnit
from .translatable import translatable

# --- parties, per kind ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KindParties:
    """Who the two sides of one kind of agreement are, and whose facts it prints."""

    provider_role: str
    """The provider's role as printed (``Supplier`` for an underpinning contract)."""
    customer_role: str
    provider_is: str
    customer_is: str
    uses_catalog: bool
    """Whether the agreement prints the catalog's own facts about the services (owners,
    status, prices, components, suppliers): only an SLA does, as we are its provider."""
    prints: str
    """What the agreement prints about the services, for the editor's explanation."""


KIND_PARTIES = {
    AgreementKind.SLA: KindParties(
        translatable("Provider"), translatable("Customer"),
        translatable("us: the IT organization that delivers the services"),
        translatable("a business unit or customer that receives them"),
        uses_catalog=True,
        prints=translatable("the catalog's descriptions, service hours, support channels, components, "
                            "suppliers and prices of the covered services"),
    ),
    AgreementKind.OLA: KindParties(
        translatable("Provider"), translatable("Customer"),
        translatable("an internal unit that supports our services"),
        translatable("another internal unit that relies on it"),
        uses_catalog=False,
        prints=translatable("the service descriptions, support channels, prices and references entered on "
                            "this agreement, and the catalog's service hours; never the catalog's owners, "
                            "status, prices, suppliers or contracts"),
    ),
    AgreementKind.UC: KindParties(
        translatable("Supplier"), translatable("Customer"),
        translatable("an external party that delivers to us"),
        translatable("us: the internal units the supplier delivers to"),
        uses_catalog=False,
        prints=translatable("the supplier's service descriptions, support channels, contract prices and "
                            "references entered on this agreement; never our catalog's owners, status, "
                            "prices, hours, components, other suppliers or contracts"),
    ),
}


def catalog_sections(kind: AgreementKind) -> frozenset[str]:
    """The text sections an editor may write from the catalog for this kind: all of an
    SLA's; an OLA's service hours (both sides are ours); nothing of a UC's, whose supplier
    states its own hours, support and prices."""
    if KIND_PARTIES[kind].uses_catalog:
        return frozenset({"hours_text", "support_text", "charges"})
    return frozenset({"hours_text"}) if kind is AgreementKind.OLA else frozenset()


# --- priorities -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PriorityLevel:
    """One level of an agreement's priority scheme: ``P2``, ``High``, what it means."""

    priority: str
    name: str = ""
    definition: str = ""

    def to_json(self) -> dict[str, str]:
        return {"priority": self.priority, "name": self.name, "definition": self.definition}

    @classmethod
    def from_json(cls, value: Any) -> PriorityLevel:
        return cls(str(value.get("priority", "")), str(value.get("name", "")),
                   str(value.get("definition", "")))


DEFAULT_PRIORITY_SCHEME = (
    PriorityLevel("P1", "Critical", "A service is unavailable or unusable for many users, or "
                  "business operations have stopped."),
    PriorityLevel("P2", "High", "A service is seriously degraded, or unavailable to a group of "
                  "users or a key user, and there is no workaround."),
    PriorityLevel("P3", "Medium", "A single user or a function that is not critical is "
                  "affected, or a workaround exists."),
    PriorityLevel("P4", "Low", "A minor fault, a question, or an issue with little impact on "
                  "work."),
)
"""The scheme a team starts with until it saves its own default."""


def scheme_from_json(value: Any) -> tuple[PriorityLevel, ...]:
    """A stored scheme (a list of objects); empty for anything else."""
    if not isinstance(value, list):
        return ()
    return tuple(PriorityLevel.from_json(v) for v in value if isinstance(v, dict))


def scheme_to_json(levels: tuple[PriorityLevel, ...] | list[PriorityLevel]) -> list[dict[str, str]]:
    return [level.to_json() for level in levels]


def scheme_problems(levels: tuple[PriorityLevel, ...] | list[PriorityLevel]) -> dict[str, str]:
    """Field-level problems of a priority scheme (each level named once, each defined)."""
    problems: dict[str, str] = {}
    seen: set[str] = set()
    for i, level in enumerate(levels):
        label = level.priority.strip()
        if not label:
            problems[f"priorities.{i}.priority"] = translatable("Name the priority level, e.g. P1.")
        elif label.upper() in seen:
            problems[f"priorities.{i}.priority"] = f"{label} is defined twice; define each level once."
        elif not level.definition.strip():
            problems[f"priorities.{i}.definition"] = f"Say what {label} means."
        seen.add(label.upper())
    return problems


# --- time base and warnings ---------------------------------------------------------------

BUSINESS_UNITS = frozenset({TargetUnit.BUSINESS_HOURS, TargetUnit.BUSINESS_DAYS})
"""Units whose time counts only within the agreement's support hours; every other duration
counts clock time."""

DEFAULT_SUPPORT_HOURS_NAME = "Support hours"


def counts_support_hours(unit: TargetUnit) -> bool:
    """Whether a target in ``unit`` counts time only within the support hours."""
    return unit in BUSINESS_UNITS


def warns_at_share(unit: TargetUnit) -> bool:
    """Whether a target's warning threshold is a share of the target (time targets) rather
    than a level on the target's own scale (percentages and scores)."""
    return unit in DURATION_UNITS
