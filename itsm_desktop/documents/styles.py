"""Colours and paragraph styles of the printed documents, from one stylesheet factory."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from itsm_desktop.documents import fonts

INK = HexColor("#1F2933")
MUTED = HexColor("#5F6B7A")
PRIMARY = HexColor("#1F3A5F")
ACCENT = HexColor("#2F6DA3")
RULE = HexColor("#C3CDD8")
HEADER_BG = HexColor("#E4ECF5")
ZEBRA = HexColor("#F6F8FA")
PANEL = HexColor("#F2F5F9")
NOTICE_BG = HexColor("#FFF6E0")
NOTICE_RULE = HexColor("#E0B44C")
WATERMARK = Color(0.45, 0.45, 0.45, alpha=0.11)


@dataclass(frozen=True, slots=True)
class StyleSheet:
    """Every paragraph style the renderers use; built once and shared (never mutate it)."""

    body: ParagraphStyle
    body_muted: ParagraphStyle
    bullet: ParagraphStyle
    notice: ParagraphStyle
    h1: ParagraphStyle
    h1_numbered: ParagraphStyle
    h2: ParagraphStyle
    h2_numbered: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    cover_org: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_heading: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_party: ParagraphStyle
    small: ParagraphStyle
    toc_title: ParagraphStyle


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet:
    """The shared stylesheet (fonts are registered on first use)."""
    family = fonts.register_fonts()
    bold = fonts.BOLD
    body = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=bold,
        fontSize=13.5,
        leading=17,
        textColor=PRIMARY,
        spaceBefore=16,
        spaceAfter=7,
        bulletFontName=bold,
        bulletFontSize=13.5,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=h1,
        fontSize=10.5,
        leading=14,
        textColor=INK,
        spaceBefore=11,
        spaceAfter=4,
        bulletFontSize=10.5,
    )
    return StyleSheet(
        body=body,
        body_muted=ParagraphStyle("body_muted", parent=body, textColor=MUTED),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=3,
            bulletFontName=family,
            bulletFontSize=9.5,
        ),
        notice=ParagraphStyle(
            "notice", parent=body, fontSize=9, leading=12.5, spaceAfter=0, textColor=INK
        ),
        h1=h1,
        # Section numbers hang in the margin of the heading, titles align.
        h1_numbered=ParagraphStyle("h1_numbered", parent=h1, leftIndent=26),
        h2=h2,
        h2_numbered=ParagraphStyle("h2_numbered", parent=h2, leftIndent=30),
        h3=ParagraphStyle(
            "h3",
            parent=h1,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold, textColor=PRIMARY),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        label=ParagraphStyle(
            "label", parent=cell, fontName=bold, fontSize=7, leading=9, textColor=MUTED
        ),
        cover_org=ParagraphStyle(
            "cover_org", parent=body, fontName=bold, fontSize=11, leading=14, textColor=PRIMARY
        ),
        cover_kind=ParagraphStyle(
            "cover_kind",
            parent=body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        cover_heading=ParagraphStyle(
            "cover_heading",
            parent=body,
            fontName=bold,
            fontSize=8,
            leading=11,
            textColor=ACCENT,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=bold,
            fontSize=24,
            leading=29,
            textColor=PRIMARY,
            spaceAfter=10,
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", parent=body, fontSize=11, leading=15.5, textColor=MUTED
        ),
        cover_party=ParagraphStyle(
            "cover_party", parent=cell, fontName=bold, fontSize=10, leading=13
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        toc_title=ParagraphStyle("toc_title", parent=h1, spaceBefore=0),
    )
