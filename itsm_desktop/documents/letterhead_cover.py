"""The letterhead at the top of a document's cover (see ``letterhead``)."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Image, Spacer, Table, TableStyle

from itsm_desktop.documents.flowables import Para
from itsm_desktop.documents.letterhead import Letterhead, letterhead_lines
from itsm_desktop.documents.letterhead_drawing import (
    accent_colour,
    fitted,
    logo_reader,
    primary_colour,
)
from itsm_desktop.documents.styles import ACCENT, StyleSheet
from itsm_desktop.documents.text import clean_line, inline

COVER_LOGO_HEIGHT = 16 * mm
COVER_LOGO_WIDTH = 55 * mm


def cover_letterhead(letterhead: Letterhead | None, organization: str, styles: StyleSheet,
                     width: float) -> list[Flowable]:
    """The top of a cover: logo, legal name, address and registration, and a rule in the
    accent colour; without a letterhead, the organization's name over the rule."""
    if letterhead is None:
        return [Para(inline(organization), styles.cover_org),
                HRFlowable(width="100%", thickness=2, color=ACCENT, spaceBefore=3, spaceAfter=0)]
    name_style = styles.cover_org.clone("cover_org_letterhead", textColor=primary_colour(letterhead))
    details: list[Flowable] = [Para(inline(clean_line(letterhead.legal_name) or organization), name_style)]
    for text in (letterhead.address, letterhead.registration):
        lines = letterhead_lines(text)
        if lines:
            details.append(Para("<br/>".join(inline(line) for line in lines), styles.cell_muted))
    reader = logo_reader(letterhead)
    if reader is None:
        head: Flowable = Table([[details]], colWidths=[width])
    else:
        logo_width, logo_height = fitted(reader, COVER_LOGO_WIDTH, COVER_LOGO_HEIGHT)
        image = Image(io.BytesIO(letterhead.logo_png), width=logo_width, height=logo_height)
        image.hAlign = "RIGHT"
        head = Table([[details, image]], colWidths=[width - COVER_LOGO_WIDTH - 4 * mm,
                                                    COVER_LOGO_WIDTH + 4 * mm])
    head.hAlign = "LEFT"
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [head, HRFlowable(width="100%", thickness=2, color=accent_colour(letterhead), spaceBefore=3,
                             spaceAfter=0), Spacer(1, 0)]
