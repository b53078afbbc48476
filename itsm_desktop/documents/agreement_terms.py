"""The standard terms of a printed agreement: the clauses it carries from the team's library,
each saying which clause and version it is, service credits as a table with their cap."""

from __future__ import annotations

from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.snapshot import ClauseSnapshot
from itsm_desktop.documents.text import clean_line, inline

TERMS_TITLE = "Standard terms"


def add_standard_terms(renderer: DocumentRenderer, clauses: tuple[ClauseSnapshot, ...]) -> None:
    """A section with one subsection per clause; nothing when the agreement carries none."""
    if not clauses:
        return
    renderer.section(TERMS_TITLE)
    renderer.sentence("The following standard clauses apply to this agreement, each "
                      "in the version named beneath it.")
    for clause in clauses:
        renderer.subsection(clause.topic)
        renderer.text(clause.text)
        if clause.credits:
            renderer.table(["When", "Service credit"],
                           [[inline(condition), inline(credit)] for condition, credit in clause.credits],
                           [0.72, 0.28], gap=3)
            renderer.sentence(f"Service credits are a share of the month's charge for the service "
                              f"concerned; together they amount to at most {clause.credit_cap} of it "
                              "in any month.")
        renderer.sentence(f"Standard clause “{clean_line(clause.title)}”, version {clause.number}.",
                          style=renderer.styles.body_muted)
