"""The letterhead an organization's documents print."""

from __future__ import annotations

from itsm_desktop.documents.letterhead import Letterhead
from itsm_desktop.store.rows import Rows

_PRINTED = ("legal_name, address, registration, logo_printable, primary_colour, accent_colour, paper_size")


def letterhead_of(rows: Rows, organization_id: int | None) -> Letterhead | None:
    """What the documents of ``organization_id`` print as letterhead: its own or, for a
    unit without one, that of the nearest unit above it (None when none has one)."""
    seen: set[int] = set()
    org = organization_id
    while org is not None and org not in seen:
        seen.add(org)
        found = rows.rows(f"SELECT {_PRINTED} FROM provider_profile WHERE organization_id = :org", org=org)
        if found:
            return printed_letterhead(found[0])
        parent = rows.rows("SELECT parent_id FROM organization WHERE id = :org", org=org)
        org = parent[0][0] if parent else None
    return None


def printed_letterhead(row: tuple) -> Letterhead:
    """The letterhead of a ``provider_profile`` row of the columns ``_PRINTED``."""
    legal_name, address, registration, logo, primary, accent, paper = row
    return Letterhead(legal_name=legal_name, address=address, registration=registration,
                      logo_png=bytes(logo or b""), primary_colour=primary, accent_colour=accent,
                      paper_size=paper)


def letterhead_paper(letterhead: Letterhead | None) -> str:
    """The paper the provider's letterhead is laid out for ("" without a letterhead)."""
    return letterhead.paper_size if letterhead is not None else ""
