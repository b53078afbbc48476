"""The standard terms of a printed agreement: the clauses it carries from the team's library,
each saying which clause and version it is, service credits as a table with their cap."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from itsm_desktop.documents.language import N_, _, label
from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.snapshot import ClauseSnapshot
from itsm_desktop.documents.text import clean_line, inline, percent
from itsm_desktop.domain.enums import ClauseTopic

TERMS_TITLE = N_("Standard terms")


def add_standard_terms(renderer: DocumentRenderer, clauses: tuple[ClauseSnapshot, ...]) -> None:
    """A section with one subsection per clause; nothing when the agreement carries none."""
    if not clauses:
        return
    renderer.section(_(TERMS_TITLE))
    renderer.sentence(_("The following standard clauses apply to this agreement, each "
                        "in the version named beneath it."))
    for clause in clauses:
        renderer.subsection(label(clause.topic) if isinstance(clause.topic, ClauseTopic) else clause.topic)
        renderer.text(clause.text)
        if clause.credits:
            renderer.table([_("When"), _("Service credit")],
                           [[inline(condition), inline(percent_text(credit))]
                            for condition, credit in clause.credits],
                           [0.72, 0.28], gap=3)
            renderer.sentence(_("Service credits are a share of the month's charge for the service "
                                "concerned; together they amount to at most {cap} of it in any "
                                "month.").format(cap=percent_text(clause.credit_cap)))
        renderer.sentence(_("Standard clause “{title}”, version {number}.").format(
                          title=clean_line(clause.title), number=clause.number),
                          style=renderer.styles.body_muted)


def percent_text(value: str) -> str:
    """A share written ``10 %`` by the library, in the document's numbers (``2,5 %``)."""
    number = value.removesuffix("%").strip()
    try:
        return percent(Decimal(number))
    except InvalidOperation:
        return value

