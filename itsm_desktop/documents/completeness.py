"""Which sections of an agreement someone has filled, and the mark for those not yet filled.

Nothing prints that nobody wrote: a section with nothing in it is left out of an agreement
in force (the others are numbered on), and shows a grey "to be completed" note in a draft,
plainly not contract text.
"""

from __future__ import annotations

import re

from reportlab.platypus import Table, TableStyle

from itsm_desktop.documents.flowables import Para
from itsm_desktop.documents.language import N_, _, colon
from itsm_desktop.documents.snapshot import AgreementSnapshot
from itsm_desktop.documents.styles import MUTED, PANEL, RULE, StyleSheet
from itsm_desktop.documents.text import has_text, inline
from itsm_desktop.domain.enums import AgreementContactRole, AgreementKind, AgreementStatus

DRAFT_STATUSES = frozenset((AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW))
TO_BE_COMPLETED = N_("To be completed")

# "P1 (critical): …", "P2: …", "P3 – …": the user's text defines the priorities itself.
_PRIORITY_DEFINITION = re.compile(r"\bP[1-4]\b\s*(?:\([^)]{1,40}\)\s*)?[:\u2013\u2014=-]")


def defines_priorities(text: str | None) -> bool:
    """Whether a text of the agreement defines priority levels (P1 … P4) itself."""
    return bool(text) and len(_PRIORITY_DEFINITION.findall(text or "")) >= 2


def filled_sections(a: AgreementSnapshot) -> dict[int, bool]:
    """Section number → whether it has anything to print (1 and 14 always do)."""
    services = a.services
    return {
        1: True,
        2: bool(services) or has_text(a.texts.scope),
        3: has_text(a.texts.hours_text)
        or has_text(a.support_hours)
        or any(s.hours or has_text(s.hours_exceptions) for s in services),
        4: any(s.components or s.dependencies or s.suppliers for s in services),
        5: has_text(a.texts.support_text)
        or any(
            has_text(s.support_channels) or has_text(s.support_hours) or has_text(s.request_process)
            for s in services
        )
        or any(
            has_text(s.terms.support_channels) or has_text(s.terms.support_hours)
            for s in services
            if s.terms
        )
        or any(c.role is AgreementContactRole.SUPPORT_CONTACT for c in a.contacts),
        6: bool(a.targets),
        7: has_text(a.texts.limitations),
        8: bool(a.contacts) or has_text(a.texts.reporting) or has_text(a.texts.escalation),
        9: has_text(a.texts.security),
        10: any(has_text(i) for i in a.provider_responsibilities),
        11: any(has_text(i) for i in a.customer_responsibilities),
        12: bool(a.review_interval_months or a.next_review)
        or any(c.role is AgreementContactRole.REVIEWER for c in a.contacts),
        13: has_text(a.texts.charges)
        or any(s.charge is not None or (s.terms and s.terms.charge) for s in services),
        14: True,
    }


def sections_of_kind(a: AgreementSnapshot) -> frozenset[int]:
    """Sections a kind of agreement never has: an underpinning contract does not describe
    how we build our services (components, dependencies, our other suppliers)."""
    return frozenset({4}) if a.kind is AgreementKind.UC else frozenset()


def to_be_completed_note(what: str, styles: StyleSheet, width: float) -> Table:
    """A grey boxed note saying what is still to be written (drafts only)."""
    text = f"<b>{_(TO_BE_COMPLETED)}{colon()}</b> {inline(what)}"
    table = Table([[Para(text, styles.cell_muted)]], colWidths=[width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE, None, (2, 2)),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
