"""The parts of the printed agreement around its sections: the cover, the document control
page with the contents, and the signature blocks."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from itsm_desktop.documents import fonts
from itsm_desktop.documents.completeness import (
    DRAFT_STATUSES,
    filled_sections,
    sections_of_kind,
    to_be_completed_note,
)
from itsm_desktop.documents.flowables import Para
from itsm_desktop.documents.layout import PageSizeName
from itsm_desktop.documents.letterhead_cover import cover_letterhead
from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.snapshot import (
    NOT_APPLICABLE,
    AgreementSnapshot,
    PartySnapshot,
    PersonSnapshot,
    SignatureSnapshot,
)
from itsm_desktop.documents.styles import NOTICE_BG, NOTICE_RULE, RULE
from itsm_desktop.documents.text import (
    clean,
    clean_line,
    format_date,
    inline,
    join_names,
    plural,
)
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, Side

SECTION_TITLES = (
    "General",
    "Scope and description of the services",
    "Service hours and exceptions",
    "Service components and dependencies",
    "Support",
    "Service level targets",
    "Limitations and constraints",
    "Communication, reporting and escalation",
    "Information security and data protection",
    "Responsibilities of the provider",
    "Responsibilities of the customer",
    "Review",
    "Charges",
    "Glossary",
)
"""The numbered sections, in print order (section n is ``SECTION_TITLES[n - 1]``)."""

WATERMARKS = {
    AgreementStatus.DRAFT: "DRAFT",
    AgreementStatus.IN_REVIEW: "DRAFT",
    AgreementStatus.EXPIRED: "EXPIRED",
    AgreementStatus.TERMINATED: "TERMINATED",
    AgreementStatus.SUPERSEDED: "SUPERSEDED",
}
"""The word across every page of an agreement that is not in force (none when active)."""

_NOT_APPLICABLE_SECTIONS = {2: "scope", 3: "hours_text", 5: "support_text", 7: "limitations",
                            9: "security", 13: "charges"}
"""The sections that one text section of the agreement makes up (section 8 has two, each
printing the sentence in its own subsection)."""

_UNFILLED = {
    2: "the services this agreement covers and its scope.",
    3: "the service hours and their exceptions.",
    4: "the service components, dependencies and suppliers.",
    5: "how users reach support, and when.",
    6: "the service level targets.",
    7: "the limitations and constraints of the services.",
    8: "the contacts, reporting and escalation arrangements.",
    9: "the information security and data protection arrangements.",
    10: "the responsibilities of the provider.",
    11: "the responsibilities of the customer.",
    12: "how often the parties review this agreement.",
    13: "the charges for the services.",
}
"""What a draft's unfilled section still needs, by section number."""

_COVER_SERVICE_LIST = 8  # more services than this are summarised on the cover
# Tables draw even empty cells with a font; without this it would be Helvetica, which is not
# embedded.
_BASE_FONT = ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5)


def person_text(person: PersonSnapshot | None) -> str:
    """``Name, Job title`` (plain text)."""
    if person is None:
        return ""
    return ", ".join(p for p in (clean_line(person.name), clean_line(person.job_title)) if p)


def reach_markup(email: str, phone: str) -> str:
    """``e-mail · phone`` as markup."""
    return " · ".join(inline(v) for v in (email, phone) if clean_line(v))


def review_interval_text(months: int | None) -> str:
    if not months:
        return "Not agreed"
    return "Every month" if months == 1 else f"Every {months} months"


def _holder(snapshot: AgreementSnapshot) -> str:
    """Who keeps the current version, ending the sentence: we do, which for an underpinning
    contract is its customer side; a name that ends in a full stop ("S.A.") gets no second."""
    party = snapshot.provider
    if snapshot.kind is AgreementKind.UC and snapshot.customers:
        party = snapshot.customers[0]
    name = clean_line(party.name)
    return name if name.endswith(".") else name + "."


def signature_blocks(snapshot: AgreementSnapshot) -> list[SignatureSnapshot]:
    """One signature per party (provider first, then each customer), taken from the recorded
    or chosen signatures or, failing that, left blank to be filled in by hand; then any
    signature that matched no party."""
    signatures = list(snapshot.signatures)
    used: set[int] = set()
    out: list[SignatureSnapshot] = []
    parties: list[tuple[Side, PartySnapshot]] = [(Side.PROVIDER, snapshot.provider)]
    parties += [(Side.CUSTOMER, c) for c in snapshot.customers]
    for side, party in parties:
        name = clean_line(party.name).casefold()
        match = next(
            (
                i
                for i, s in enumerate(signatures)
                if i not in used
                and s.side is side
                and clean_line(s.organization).casefold() == name
            ),
            None,
        )
        if match is not None:
            used.add(match)
            out.append(signatures[match])
            continue
        # nobody chosen to sign: lines to fill in by hand, never the representative assumed
        out.append(SignatureSnapshot(side=side, organization=party.name))
    out.extend(s for i, s in enumerate(signatures) if i not in used)
    return out


class AgreementFrontMatter(DocumentRenderer):
    """Cover, document control and signatures of an agreement."""

    def __init__(self, snapshot: AgreementSnapshot, *, page_size: PageSizeName | str) -> None:
        super().__init__(page_size=page_size)
        self.agreement = snapshot
        self.is_draft = snapshot.status in DRAFT_STATUSES
        self.priorities_in: str | None = None
        """Where the priority levels are defined (``section 5.2``), once section 5 is built."""
        self.support_hours_in: str | None = None
        """Where the support hours are defined (``section 3.1``), once section 3 is built."""
        filled = filled_sections(snapshot)
        absent = sections_of_kind(snapshot)
        self._printed = {n: (filled[n] or self.is_draft) and n not in absent for n in filled}
        self._filled = filled
        self._numbers: dict[int, int] = {}
        for n in sorted(self._printed):
            if self._printed[n]:
                self._numbers[n] = len(self._numbers) + 1

    def _start(self, number: int) -> bool:
        """Start section ``number`` of ``SECTION_TITLES`` if it prints; an unfilled section
        is left out of an agreement in force, and marked "to be completed" in a draft.
        Returns whether the section has content to add."""
        if not self._printed[number]:
            return False
        self.section(self.section_title(number))
        if _NOT_APPLICABLE_SECTIONS.get(number) in self.agreement.not_applicable:
            self.sentence(NOT_APPLICABLE)  # the agreed sentence alone: no catalog facts below it
            return False
        if not self._filled[number]:
            self.unfilled(_UNFILLED[number])
            return False
        return True

    def section_title(self, number: int) -> str:
        """Section ``number``'s title, naming the provider by its role in this kind of
        agreement (a UC's "Responsibilities of the supplier")."""
        role = self.agreement.parties.provider_role.lower()
        return SECTION_TITLES[number - 1].replace("the provider", f"the {role}")

    def side_role(self, side: Side) -> str:
        """``Provider``, ``Supplier`` or ``Customer``: how this kind of agreement names a side."""
        roles = self.agreement.parties
        return roles.provider_role if side is Side.PROVIDER else roles.customer_role

    def ref(self, number: int) -> str | None:
        """``section 6`` as printed in this agreement, or None when it is left out."""
        printed = self._numbers.get(number)
        return f"section {printed}" if printed else None

    def unfilled(self, what: str) -> None:
        """In a draft, a visible note that something is still to be written; nothing in an
        agreement in force."""
        if self.is_draft:
            self.story.append(to_be_completed_note(what, self.styles, self.width))
            self.space(6)

    # -- cover -----------------------------------------------------------------------------
    def cover(self) -> None:
        a, st = self.agreement, self.styles
        self.story += cover_letterhead(a.letterhead, a.provider.name, st, self.width)
        self.story += [
            Spacer(1, 18 * mm),
            Para(inline(a.kind.label.upper()), st.cover_kind),
            Para(inline(a.title) or inline(a.reference), st.cover_title),
        ]
        customers = join_names(c.name for c in a.customers)
        provider = clean_line(a.provider.name)
        between = f"between {provider} and {customers}" if customers else f"provided by {provider}"
        self.story += [Para(inline(between), st.cover_subtitle), Spacer(1, 12 * mm)]
        self.story.append(self._cover_facts())
        self.story += [Spacer(1, 9 * mm), Para("PARTIES", st.cover_heading)]
        self.story.append(self._party_grid())
        self.story += [Spacer(1, 7 * mm), Para("SERVICES COVERED", st.cover_heading)]
        self.story.append(self._cover_services())
        notice = self._status_notice()
        if notice:
            self.story += [Spacer(1, 9 * mm), notice]
        self.story.append(PageBreak())

    def _cover_facts(self) -> Table:
        a, st = self.agreement, self.styles
        facts = [
            ("REFERENCE", inline(a.reference)),
            ("REVISION", str(a.revision)),
            ("STATUS", a.status.label),
            ("SIGNED", format_date(a.signed_on) or "Not yet signed"),
            ("VALID FROM", format_date(a.valid_from) or "Not yet set"),
            (
                "VALID UNTIL",
                format_date(a.valid_to) or ("Until terminated" if a.valid_from else "Not yet set"),
            ),
            ("REVIEW", review_interval_text(a.review_interval_months)),
            ("NEXT REVIEW", format_date(a.next_review) or "Not scheduled"),
        ]
        if a.ended_on:  # an ended revision says when it ended, not what was once planned
            facts[5] = ("ENDED ON", format_date(a.ended_on))
            facts[7] = ("NEXT REVIEW", "None (no longer in force)")
        cells = [[Para(label, st.label), Para(value, st.cover_party)] for label, value in facts]
        table = Table(
            [cells[0:4], cells[4:8]], colWidths=[self.width / 4] * 4, hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    _BASE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                    ("LINEABOVE", (0, 1), (-1, 1), 0.3, RULE),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return table

    def _party_rows(self, role: str, party: PartySnapshot) -> list[list[Flowable]]:
        st = self.styles
        who: list[Flowable] = [Para(inline(party.name), st.cover_party)]
        if clean_line(party.kind_label):
            who.append(Para(inline(party.kind_label), st.cell_muted))
        address = ", ".join(
            inline(line) for line in clean(party.address).split("\n") if clean_line(line)
        )
        if address:
            who += [Spacer(1, 3), Para(address, st.cell)]
        reach: list[Flowable] = []
        rep = party.representative
        if rep is not None:
            reach += [
                Para("Represented by", st.cell_muted),
                Para(f"<b>{inline(rep.name)}</b>", st.cell),
            ]
            if clean_line(rep.job_title):
                reach.append(Para(inline(rep.job_title), st.cell))
            lines = [inline(v) for v in (rep.email, rep.phone) if clean_line(v)]
            if lines:
                reach += [Spacer(1, 3), Para("<br/>".join(lines), st.cell)]
        else:
            lines = [inline(v) for v in (party.email, party.phone) if clean_line(v)]
            if lines:
                reach.append(Para("<br/>".join(lines), st.cell))
        return [[Para(role, st.label), who, reach]]

    def _party_grid(self) -> Table:
        a = self.agreement
        roles = a.parties
        rows = self._party_rows(roles.provider_role.upper(), a.provider)
        for customer in a.customers:
            rows += self._party_rows(roles.customer_role.upper(), customer)
        table = Table(
            rows,
            colWidths=[self.width * f for f in (0.16, 0.42, 0.42)],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    _BASE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (0, -1), 8),
                ]
            )
        )
        return table

    def _cover_services(self) -> Flowable:
        services = self.agreement.services
        if not services:
            return Para("No services have been added yet.", self.styles.body)
        if len(services) > _COVER_SERVICE_LIST:
            text = f"{plural(len(services), 'service')}, described in {self.ref(2)}."
            return Para(inline(text), self.styles.body)
        items = [
            Para(
                f"{inline(s.name)} <font color='#5F6B7A'>({inline(s.code)})</font>",
                self.styles.bullet,
                bulletText="•",
            )
            for s in services
        ]
        return KeepTogether(items)

    def _status_notice(self) -> Flowable | None:
        a = self.agreement
        texts = {
            AgreementStatus.DRAFT: "<b>Draft for discussion.</b> This agreement is not binding "
            "until it has been signed by all parties and put into force.",
            AgreementStatus.IN_REVIEW: "<b>For review.</b> This agreement is not binding until "
            "it has been signed by all parties and put into force.",
            AgreementStatus.EXPIRED: "<b>Expired.</b> This agreement is no longer in force; "
            "this copy is for reference only.",
            AgreementStatus.TERMINATED: "<b>Terminated.</b> This agreement is no longer in "
            "force; this copy is for reference only.",
            AgreementStatus.SUPERSEDED: "<b>Superseded.</b> A later revision replaces this "
            "one; this copy is for reference only.",
        }
        text = texts.get(a.status)
        if text is None:
            return None
        table = Table([[Para(text, self.styles.notice)]], colWidths=[self.width], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    _BASE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, NOTICE_RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return table

    # -- document control ---------------------------------------------------------------------
    def document_control(self) -> None:
        """The contents, then the document's identity, revision history and signatories."""
        a = self.agreement
        self.section("Contents", numbered=False, in_contents=False)
        self.story.append(self.contents_flowable())
        self.space(6 * mm)
        self.section("Document control", numbered=False, in_contents=False)
        self.sentence(
            f"This copy of {clean_line(a.reference)} revision {a.revision} "
            f"({a.status.label.lower()}) was printed on {format_date(a.generated_on)}. "
            f"The current version is held by {_holder(a)}"
        )
        self.minor_heading("Revision history")
        if a.history:
            rows = [[format_date(h.when), inline(h.who), inline(h.what)] for h in a.history]
            self.table(["Date", "By", "Change"], rows, [0.27, 0.17, 0.56])
        else:
            self.sentence("No changes have been recorded yet.")
        self.minor_heading("Signatories")
        rows = [
            [
                self.side_role(s.side),
                inline(s.organization),
                inline(", ".join(p for p in (clean_line(s.signatory), clean_line(s.title)) if p)),
                format_date(s.signed_on) or "Not yet signed",
            ]
            for s in signature_blocks(a)
        ]
        self.table(
            ["Party", "Organization", "Signatory", "Signed on"], rows, [0.14, 0.3, 0.34, 0.22]
        )
        self.story.append(PageBreak())

    # -- signatures -------------------------------------------------------------------------
    def signatures(self) -> None:
        a = self.agreement
        self.story.append(CondPageBreak(95 * mm))
        self.section("Signatures", numbered=False)
        self.sentence(
            f"Signed for the parties to this agreement, {clean_line(a.reference)} revision "
            f"{a.revision}, who agree to its terms."
        )
        self.space(4)
        blocks = [self._signature_block(s) for s in signature_blocks(a)]
        gap = 10 * mm
        col = (self.width - gap) / 2
        for start in range(0, len(blocks), 2):
            pair: Sequence[Flowable | str] = blocks[start : start + 2]
            row = [pair[0], "", pair[1] if len(pair) > 1 else ""]
            table = Table([row], colWidths=[col, gap, col], hAlign="LEFT", splitInRow=1)
            table.setStyle(
                TableStyle(
                    [
                        _BASE_FONT,
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * mm),
                    ]
                )
            )
            self.story.append(KeepTogether([table]))  # a signatory's lines never split across pages

    def _signature_block(self, signature: SignatureSnapshot) -> Table:
        st = self.styles
        role = f"FOR THE {self.side_role(signature.side).upper()}"
        blank = ""
        executed = signature.signed_on is not None
        # an executed copy records who signed and when; a signing copy leaves a line for each
        rows = [
            [Para(role, st.label), ""],
            [Para(inline(signature.organization), st.cell_bold), ""],
            [Para(f"Signed on {format_date(signature.signed_on)}." if executed else blank, st.cell), ""],
            [Para(blank if executed else "Signature", st.cell_muted), ""],
            [Para("Name", st.cell_muted), Para(inline(signature.signatory), st.cell)],
            [Para("Title", st.cell_muted), Para(inline(signature.title), st.cell)],
            [Para("Place", st.cell_muted), Para(inline(signature.place), st.cell)],
            [Para("Date", st.cell_muted), format_date(signature.signed_on) or blank],
        ]
        if executed and not clean_line(signature.place):
            del rows[6]  # no blank line for a place nobody recorded
        col = (self.width - 10 * mm) / 2
        heights: list[float | None] = [None] * len(rows)
        heights[2] = 6 * mm if executed else 16 * mm
        table = Table(rows, colWidths=[16 * mm, col - 16 * mm], rowHeights=heights, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("SPAN", (0, 1), (1, 1)),
                    ("SPAN", (0, 2), (1, 2)),
                    ("SPAN", (0, 3), (1, 3)),
                    ("LINEBELOW", (1, 4), (1, -1), 0.3, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 4), (-1, -1), 7),
                ]
            )
        )
        if not executed:  # the line to sign on
            table.setStyle(TableStyle([("LINEBELOW", (0, 2), (1, 2), 0.8, st.cell.textColor)]))
        return table
