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
from itsm_desktop.documents.language import N_, _, in_sentence, label, ngettext
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
)
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, Side

SECTION_TITLES = (
    N_("General"),
    N_("Scope and description of the services"),
    N_("Service hours and exceptions"),
    N_("Service components and dependencies"),
    N_("Support"),
    N_("Service level targets"),
    N_("Limitations and constraints"),
    N_("Communication, reporting and escalation"),
    N_("Information security and data protection"),
    N_("Responsibilities of the provider"),
    N_("Responsibilities of the customer"),
    N_("Review"),
    N_("Charges"),
    N_("Glossary"),
)
"""The numbered sections, in print order (section n is ``SECTION_TITLES[n - 1]``), in
English: each prints in the document's language."""

SUPPLIER_RESPONSIBILITIES = N_("Responsibilities of the supplier")
"""Section 10 of an underpinning contract, whose provider is a supplier."""

WATERMARKS = {
    AgreementStatus.DRAFT: N_("DRAFT"),
    AgreementStatus.IN_REVIEW: N_("DRAFT"),
    AgreementStatus.EXPIRED: N_("EXPIRED"),
    AgreementStatus.TERMINATED: N_("TERMINATED"),
    AgreementStatus.SUPERSEDED: N_("SUPERSEDED"),
}
"""The word across every page of an agreement that is not in force (none when active)."""

_NOT_APPLICABLE_SECTIONS = {2: "scope", 3: "hours_text", 5: "support_text", 7: "limitations",
                            9: "security", 13: "charges"}
"""The sections that one text section of the agreement makes up (section 8 has two, each
printing the sentence in its own subsection)."""

_UNFILLED = {
    2: N_("the services this agreement covers and its scope."),
    3: N_("the service hours and their exceptions."),
    4: N_("the service components, dependencies and suppliers."),
    5: N_("how users reach support, and when."),
    6: N_("the service level targets."),
    7: N_("the limitations and constraints of the services."),
    8: N_("the contacts, reporting and escalation arrangements."),
    9: N_("the information security and data protection arrangements."),
    10: N_("the responsibilities of the provider."),
    11: N_("the responsibilities of the customer."),
    12: N_("how often the parties review this agreement."),
    13: N_("the charges for the services."),
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
        return _("Not agreed")
    return ngettext("Every month", "Every {count} months", months).format(count=months)


def section_ref(number: str) -> str:
    """``section 6``, ``section 5.2``: how a sentence refers to a part of the document."""
    return _("section {number}").format(number=number)


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
        self.language = snapshot.language
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
            self.sentence(_(NOT_APPLICABLE))  # the agreed sentence alone: no catalog facts below it
            return False
        if not self._filled[number]:
            self.unfilled(_(_UNFILLED[number]))
            return False
        return True

    def section_title(self, number: int) -> str:
        """Section ``number``'s title, naming the provider by its role in this kind of
        agreement (a UC's "Responsibilities of the supplier")."""
        if number == 10 and self.agreement.parties.provider_role == "Supplier":
            return _(SUPPLIER_RESPONSIBILITIES)
        return _(SECTION_TITLES[number - 1])

    def side_role(self, side: Side) -> str:
        """``Provider``, ``Supplier`` or ``Customer``: how this kind of agreement names a side."""
        roles = self.agreement.parties
        return _(roles.provider_role if side is Side.PROVIDER else roles.customer_role)

    def ref(self, number: int) -> str | None:
        """``section 6`` as printed in this agreement, or None when it is left out."""
        printed = self._numbers.get(number)
        return section_ref(str(printed)) if printed else None

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
            Para(inline(label(a.kind).upper()), st.cover_kind),
            Para(inline(a.title) or inline(a.reference), st.cover_title),
        ]
        customers = join_names(c.name for c in a.customers)
        provider = clean_line(a.provider.name)
        between = (_("between {provider} and {customers}").format(provider=provider, customers=customers)
                   if customers else _("provided by {provider}").format(provider=provider))
        self.story += [Para(inline(between), st.cover_subtitle), Spacer(1, 12 * mm)]
        self.story.append(self._cover_facts())
        self.story += [Spacer(1, 9 * mm), Para(_("PARTIES"), st.cover_heading)]
        self.story.append(self._party_grid())
        self.story += [Spacer(1, 7 * mm), Para(_("SERVICES COVERED"), st.cover_heading)]
        self.story.append(self._cover_services())
        notice = self._status_notice()
        if notice:
            self.story += [Spacer(1, 9 * mm), notice]
        self.story.append(PageBreak())

    def _cover_facts(self) -> Table:
        a, st = self.agreement, self.styles
        facts = [
            (_("REFERENCE"), inline(a.reference)),
            (_("REVISION"), str(a.revision)),
            (_("STATUS"), label(a.status)),
            (_("SIGNED"), format_date(a.signed_on) or _("Not yet signed")),
            (_("VALID FROM"), format_date(a.valid_from) or _("Not yet set")),
            (
                _("VALID UNTIL"),
                format_date(a.valid_to) or (_("Until terminated") if a.valid_from else _("Not yet set")),
            ),
            (_("REVIEW"), review_interval_text(a.review_interval_months)),
            (_("NEXT REVIEW"), format_date(a.next_review) or _("Not scheduled")),
        ]
        if a.ended_on:  # an ended revision says when it ended, not what was once planned
            facts[5] = (_("ENDED ON"), format_date(a.ended_on))
            facts[7] = (_("NEXT REVIEW"), _("None (no longer in force)"))
        cells = [[Para(name, st.label), Para(value, st.cover_party)] for name, value in facts]
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
                Para(_("Represented by"), st.cell_muted),
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
        rows = self._party_rows(_(roles.provider_role).upper(), a.provider)
        for customer in a.customers:
            rows += self._party_rows(_(roles.customer_role).upper(), customer)
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
            return Para(_("No services have been added yet."), self.styles.body)
        if len(services) > _COVER_SERVICE_LIST:
            text = ngettext("{count} service, described in {section}.",
                            "{count} services, described in {section}.", len(services)).format(
                count=len(services), section=self.ref(2))
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
            AgreementStatus.DRAFT: N_("<b>Draft for discussion.</b> This agreement is not binding "
                                      "until it has been signed by all parties and put into force."),
            AgreementStatus.IN_REVIEW: N_("<b>For review.</b> This agreement is not binding until "
                                          "it has been signed by all parties and put into force."),
            AgreementStatus.EXPIRED: N_("<b>Expired.</b> This agreement is no longer in force; "
                                        "this copy is for reference only."),
            AgreementStatus.TERMINATED: N_("<b>Terminated.</b> This agreement is no longer in "
                                           "force; this copy is for reference only."),
            AgreementStatus.SUPERSEDED: N_("<b>Superseded.</b> A later revision replaces this "
                                           "one; this copy is for reference only."),
        }
        text = _(texts[a.status]) if a.status in texts else None
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
        self.section(_("Contents"), numbered=False, in_contents=False)
        self.story.append(self.contents_flowable())
        self.space(6 * mm)
        self.section(_("Document control"), numbered=False, in_contents=False)
        self.sentence(
            _("This copy of {reference} revision {revision} ({status}) was printed on {date}. "
              "The current version is held by {holder}").format(
                reference=clean_line(a.reference), revision=a.revision,
                status=in_sentence(label(a.status)), date=format_date(a.generated_on), holder=_holder(a))
        )
        self.minor_heading(_("Revision history"))
        if a.history:
            rows = [[format_date(h.when), inline(h.who), inline(h.what)] for h in a.history]
            self.table([_("Date"), _("By"), _("Change")], rows, [0.27, 0.17, 0.56])
        else:
            self.sentence(_("No changes have been recorded yet."))
        self.minor_heading(_("Signatories"))
        rows = [
            [
                self.side_role(s.side),
                inline(s.organization),
                inline(", ".join(p for p in (clean_line(s.signatory), clean_line(s.title)) if p)),
                format_date(s.signed_on) or _("Not yet signed"),
            ]
            for s in signature_blocks(a)
        ]
        self.table(
            [_("Party"), _("Organization"), _("Signatory"), _("Signed on")], rows,
            [0.14, 0.3, 0.34, 0.22]
        )
        self.story.append(PageBreak())

    # -- signatures -------------------------------------------------------------------------
    def signatures(self) -> None:
        a = self.agreement
        self.story.append(CondPageBreak(95 * mm))
        self.section(_("Signatures"), numbered=False)
        self.sentence(
            _("Signed for the parties to this agreement, {reference} revision {revision}, who "
              "agree to its terms.").format(reference=clean_line(a.reference), revision=a.revision)
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
        role = {"Provider": _("FOR THE PROVIDER"), "Supplier": _("FOR THE SUPPLIER")}.get(
            self.agreement.parties.provider_role, _("FOR THE PROVIDER")
        ) if signature.side is Side.PROVIDER else _("FOR THE CUSTOMER")
        blank = ""
        executed = signature.signed_on is not None
        # an executed copy records who signed and when; a signing copy leaves a line for each
        rows = [
            [Para(role, st.label), ""],
            [Para(inline(signature.organization), st.cell_bold), ""],
            [Para(_("Signed on {date}.").format(date=format_date(signature.signed_on))
                  if executed else blank, st.cell), ""],
            [Para(blank if executed else _("Signature"), st.cell_muted), ""],
            [Para(_("Name"), st.cell_muted), Para(inline(signature.signatory), st.cell)],
            [Para(_("Title"), st.cell_muted), Para(inline(signature.title), st.cell)],
            [Para(_("Place"), st.cell_muted), Para(inline(signature.place), st.cell)],
            [Para(_("Date"), st.cell_muted), format_date(signature.signed_on) or blank],

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
