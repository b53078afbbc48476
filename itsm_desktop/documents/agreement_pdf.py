"""The printed agreement (SLA, OLA or underpinning contract), ready for a customer to sign.

Section order follows the FitSM-4 SLA template. Nothing prints that nobody wrote: a section
nobody filled is left out of an agreement in force (the following sections are numbered on,
and cross-references follow), and shows a grey "to be completed" note in a draft.
"""

from __future__ import annotations

from itsm_desktop.documents.agreement_front import (
    SECTION_TITLES,
    WATERMARKS,
    person_text,
)
from itsm_desktop.documents.agreement_services import ESCALATION_ROLES, ServiceSections
from itsm_desktop.documents.agreement_terms import add_standard_terms
from itsm_desktop.documents.glossary import glossary_terms
from itsm_desktop.documents.language import _, in_sentence, label, ngettext
from itsm_desktop.documents.layout import DocumentInfo, PageSizeName
from itsm_desktop.documents.renderer import RenderedDocument
from itsm_desktop.documents.snapshot import AgreementSnapshot
from itsm_desktop.documents.text import (
    clean_line,
    format_date,
    format_money,
    has_text,
    inline,
    join_names,
)
from itsm_desktop.documents.underpinning_annex import underpinning_annex
from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    ChargeModel,
)

__all__ = [
    "SECTION_TITLES",
    "AgreementRenderer",
    "render_agreement",
    "render_agreement_document",
]


def render_agreement(snapshot: AgreementSnapshot, *, page_size: PageSizeName | str = "A4") -> bytes:
    """Render the agreement as a PDF document and return its bytes.

    ``page_size`` is ``"A4"`` or ``"Letter"`` (see ``default_page_size``).
    """
    return AgreementRenderer(snapshot, page_size=page_size).render()


def render_agreement_document(
    snapshot: AgreementSnapshot, *, page_size: PageSizeName | str = "A4"
) -> RenderedDocument:
    """Render the agreement; the result carries the PDF and the characters no font printed
    (see ``RenderedDocument.warnings``)."""
    return AgreementRenderer(snapshot, page_size=page_size).render_document()


def ended_validity(a: AgreementSnapshot) -> str:
    """The validity of a revision no longer in force: from when, and the day it really ended."""
    ended = format_date(a.ended_on)
    if a.status is AgreementStatus.SUPERSEDED:
        if a.valid_from:
            return _("This agreement was valid from {start} and ended on {end}, when a later "
                     "revision replaced it.").format(start=format_date(a.valid_from), end=ended)
        return _("This agreement ended on {end}, when a later revision replaced it.").format(end=ended)
    if a.status is AgreementStatus.TERMINATED:
        if a.valid_from:
            return _("This agreement was valid from {start} and ended on {end}, when it was "
                     "terminated.").format(start=format_date(a.valid_from), end=ended)
        return _("This agreement ended on {end}, when it was terminated.").format(end=ended)
    if a.valid_from:
        return _("This agreement was valid from {start} and ended on {end}, at the end of its "
                 "validity.").format(start=format_date(a.valid_from), end=ended)
    return _("This agreement ended on {end}, at the end of its validity.").format(end=ended)


class AgreementRenderer(ServiceSections):
    """Builds the story of an agreement, one method per section."""

    def info(self) -> DocumentInfo:
        a = self.agreement
        reference = clean_line(a.reference)
        return DocumentInfo(
            title=clean_line(a.title) or reference,
            author=clean_line(a.provider.name),
            subject=_("{kind} {reference} revision {revision}").format(
                kind=label(a.kind), reference=reference, revision=a.revision),
            keywords=(a.kind.value, reference, *(clean_line(s.code) for s in a.services)),
            header_left=a.provider.name,
            header_right=f"{label(a.kind)} · {clean_line(a.title)}",
            footer_left=_("{reference} · Revision {revision} · {status}").format(
                reference=reference, revision=a.revision, status=label(a.status)),
            watermark=_(WATERMARKS[a.status]) if a.status in WATERMARKS else None,
            version=a.product_version,
            letterhead=a.letterhead,
        )

    def build_story(self) -> None:
        self.cover()
        self.document_control()
        for part in (
            self.general,
            self.scope,
            self.service_hours,
            self.components,
            self.support,
            self.targets,
            self.limitations,
            self.communication,
            self.security,
            self.provider_responsibilities,
            self.customer_responsibilities,
            self.review,
            self.charges,
            self.glossary,
            self.standard_terms,
        ):
            part()
        self.signatures()
        underpinning_annex(self, self.agreement.underpinning)

    # -- 1 ---------------------------------------------------------------------------------
    def general(self) -> None:
        a = self.agreement
        self._start(1)
        provider = clean_line(a.provider.name)
        customers = join_names(c.name for c in a.customers)
        roles = a.parties
        self.sentence(opening_sentence(a.kind, provider, customers, len(a.customers),
                                       roles.provider_role.lower()))
        self.subsection(_("Parties and representatives"))
        rows = []
        for role, party in [(roles.provider_role, a.provider)] + [
            (roles.customer_role, c) for c in a.customers
        ]:
            rep = party.representative
            who = f"<b>{inline(party.name)}</b>"
            if clean_line(party.kind_label):
                who += f"<br/>{inline(party.kind_label)}"
            rows.append([_(role), who, self._person_markup(rep, reach=True) if rep else _("Not named")])
        self.table([_("Role"), _("Organization"), _("Representative")], rows, [0.14, 0.41, 0.45])
        self.subsection(_("Validity"))
        if a.valid_from and a.valid_to:
            validity = _("This agreement is valid from {start} until {end}.").format(
                start=format_date(a.valid_from), end=format_date(a.valid_to))
        elif a.valid_from:
            validity = _("This agreement is valid from {start} until it is terminated.").format(
                start=format_date(a.valid_from))
        elif a.valid_to:
            validity = _("This agreement is valid until {end}.").format(end=format_date(a.valid_to))
        else:
            validity = _("The period of validity has not been set yet.")
        if a.ended_on:
            validity = ended_validity(a)
        if a.signed_on:
            validity += " " + _("It was signed on {date}.").format(date=format_date(a.signed_on))
        if a.revision > 1:
            validity += " " + _("This is revision {revision}; it replaces all earlier revisions.").format(
                revision=a.revision)
        self.sentence(validity)

    # -- 7 to 9 -------------------------------------------------------------------------------
    def limitations(self) -> None:
        if self._start(7):
            self.text(self.agreement.texts.limitations)

    def communication(self) -> None:
        a = self.agreement
        if not self._start(8):
            return
        general = [c for c in self._sorted_contacts() if c.role not in ESCALATION_ROLES]
        escalation = [c for c in self._sorted_contacts() if c.role in ESCALATION_ROLES]
        if general:
            self.subsection(_("Contacts"))
            self._contact_table(general, with_role=True)
        if has_text(a.texts.reporting) or self.is_draft:
            self.subsection(_("Reporting"))
            if not self.text(a.texts.reporting):
                self.unfilled(_("what the provider reports, to whom and how often."))
        if has_text(a.texts.escalation) or escalation or self.is_draft:
            self.subsection(_("Escalation"))
            self.text(a.texts.escalation)
            if escalation:
                self._contact_table(escalation, with_role=True, role_header="Level")
            elif not has_text(a.texts.escalation):
                self.unfilled(_("the escalation path and who answers at each level."))

    def security(self) -> None:
        if self._start(9):
            self.text(self.agreement.texts.security)

    # -- 10, 11 -------------------------------------------------------------------------------
    def provider_responsibilities(self) -> None:
        if self._start(10):
            role = self.agreement.parties.provider_role.lower()
            self._responsibilities(self.agreement.provider_responsibilities,
                                   _("The supplier is responsible for:") if role == "supplier"
                                   else _("The provider is responsible for:"))

    def customer_responsibilities(self) -> None:
        if self._start(11):
            self._responsibilities(self.agreement.customer_responsibilities,
                                   _("The customer is responsible for:"))

    def _responsibilities(self, items: tuple[str, ...], lead: str) -> None:
        items = tuple(i for i in items if has_text(i))
        self.sentence(lead)
        for item in items:
            self.text("- " + clean_line(item))

    # -- 12, 13, 14 -----------------------------------------------------------------------------
    def review(self) -> None:
        a = self.agreement
        if not self._start(12):
            return
        text = ""
        if a.review_interval_months:
            text = ngettext(
                "The parties review this agreement every month against the service reports "
                "and the customer’s changing needs.",
                "The parties review this agreement every {count} months against the service "
                "reports and the customer’s changing needs.",
                a.review_interval_months).format(count=a.review_interval_months)
        if a.next_review and not a.ended_on:
            text += " " + _("The next review is due on {date}.").format(date=format_date(a.next_review))
        if text:
            self.sentence(text.strip())
        reviewers = self._contacts(AgreementContactRole.REVIEWER)
        if reviewers:
            names = join_names(
                f"{person_text(c.person)} ({clean_line(c.organization)})"
                if clean_line(c.organization)
                else person_text(c.person)
                for c in reviewers
            )
            self.sentence(_("The review is prepared by {names}.").format(names=names))
        if a.ended_on:
            self.sentence(ended_validity(a))
        elif a.valid_to:
            self.sentence(
                _("Unless the parties agree a new revision, this agreement ends on {date}. "
                  "Changes are made only as a new revision, signed by all parties.").format(
                    date=format_date(a.valid_to))
            )
        else:
            self.sentence(_("Changes are made only as a new revision, signed by all parties."))

    def charges(self) -> None:
        a = self.agreement
        if not self._start(13):
            return
        self.text(a.texts.charges)
        rows = []
        for s in a.services:
            # an OLA or UC prices only what it states itself, and never a row of "No charge"
            charge = s.charge if a.parties.uses_catalog else (s.terms.charge if s.terms else None)
            if charge is None:
                continue
            priced = charge.model is not ChargeModel.NONE and charge.price is not None
            rows.append(
                [
                    f"<b>{inline(s.name)}</b>",
                    label(charge.model),
                    inline(format_money(charge.price, charge.currency)) if priced else "—",
                    label(charge.billing_period) if priced and charge.billing_period else "—",
                ]
            )
        if rows:
            self.table(
                [_("Service"), _("Charge model"), _("Price"), _("Billed per")], rows,
                [0.34, 0.22, 0.24, 0.2]
            )

    def standard_terms(self) -> None:
        add_standard_terms(self, self.agreement.clauses)

    def glossary(self) -> None:
        self._start(14)
        rows = [
            [f"<b>{inline(term)}</b>", inline(text)]
            for term, text in glossary_terms(
                self.agreement,
                priorities_in=self.priorities_in,
                support_hours_in=self.support_hours_in,
            )
        ]
        self.table([_("Term"), _("Meaning")], rows, [0.3, 0.7])


def opening_sentence(kind: AgreementKind, provider: str, customers: str, count: int, role: str) -> str:
    """The first sentence of section 1: who makes the agreement with whom. The standard
    terms, glossary and annex speak of "the provider" in every kind; a supplier is also
    called so."""
    kind_name = label(kind)
    if not customers:
        if role == "supplier":
            text = _("This {kind} is made by {provider} (the supplier, also called the provider) "
                     "with a customer still to be named.")
        else:
            text = _("This {kind} is made by {provider} (the provider) with a customer still to "
                     "be named.")
    elif role == "supplier":
        text = ngettext("This {kind} is made between {provider} (the supplier, also called the "
                        "provider) and {customers} (the customer).",
                        "This {kind} is made between {provider} (the supplier, also called the "
                        "provider) and {customers} (the customers).", count)
    else:
        text = ngettext("This {kind} is made between {provider} (the provider) and {customers} "
                        "(the customer).",
                        "This {kind} is made between {provider} (the provider) and {customers} "
                        "(the customers).", count)
    text = text.format(kind=in_sentence(kind_name), provider=provider, customers=customers)
    text += " " + (_("It describes the services the supplier delivers, the levels of service both "
                     "sides agree, and what each side is responsible for.") if role == "supplier"
                   else _("It describes the services the provider delivers, the levels of service "
                          "both sides agree, and what each side is responsible for."))
    return text

