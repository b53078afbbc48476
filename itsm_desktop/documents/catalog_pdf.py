"""The service catalog report: the live catalog as a document to hand to the business."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from itsm_desktop.documents.flowables import ContentsEntry, Heading, Para, keep_together
from itsm_desktop.documents.language import N_, _, colon, label, ngettext
from itsm_desktop.documents.layout import DocumentInfo, PageSizeName
from itsm_desktop.documents.letterhead_cover import cover_letterhead
from itsm_desktop.documents.pagination import StreamingStory
from itsm_desktop.documents.progress import CancelCheck, Monitor, ProgressCallback
from itsm_desktop.documents.renderer import DocumentRenderer, RenderedDocument
from itsm_desktop.documents.snapshot import (
    CatalogEntrySnapshot,
    CatalogFamilyHeading,
    CatalogOutline,
    CatalogSnapshot,
    CatalogStreamEntry,
    ChargeSnapshot,
    CoveringAgreementSnapshot,
    ServiceSnapshot,
)
from itsm_desktop.documents.text import (
    clean_line,
    format_date,
    format_money,
    has_text,
    inline,
    multiline,
)
from itsm_desktop.domain.enums import BillingPeriod, ChargeModel

CATALOG_TITLE = N_("Service catalog")
"""The report's title unless the user gives another."""
CONTENTS_LISTS_SERVICES_UP_TO = 150

"""Up to this many services the contents lists every service; beyond, only the families."""
BOOKMARKS_SERVICES_UP_TO = 2000
"""Up to this many services the outline (bookmarks) lists every service; beyond, only the
families."""
KEY_TARGETS_SHOWN = 12
"""Key targets listed per service; a line says how many more there are."""

_PER = {
    ChargeModel.PER_USER: N_("{amount} per user"),
    ChargeModel.PER_DEVICE: N_("{amount} per device"),
}
_PER_PERIOD = {
    BillingPeriod.MONTH: N_("{amount} per month"),
    BillingPeriod.QUARTER: N_("{amount} per quarter"),
    BillingPeriod.YEAR: N_("{amount} per year"),
}


def charge_text(charge: ChargeSnapshot | None) -> str:
    """``GBP 6.50 per user per month``, ``No charge``, or ``Not set`` (plain text)."""
    if charge is None:
        return _("Not set")
    if charge.model is ChargeModel.NONE:
        return _("No charge")
    money = format_money(charge.price, charge.currency)
    if not money:
        return label(charge.model)
    text = _(_PER[charge.model]).format(amount=money) if charge.model in _PER else money
    if charge.billing_period is not None:
        text = _(_PER_PERIOD[BillingPeriod(charge.billing_period)]).format(amount=text)
    if charge.model is ChargeModel.FIXED:
        text = _("{amount} (fixed)").format(amount=text)
    return text


def agreement_markup(agreement: CoveringAgreementSnapshot) -> str:
    """One covering agreement: reference, revision, kind and status, then its customers."""
    head = _("{reference} revision {revision} · {kind} · {status}").format(
        reference=f"<b>{inline(agreement.reference)}</b>", revision=agreement.revision,
        kind=label(agreement.kind), status=label(agreement.status))
    customers = ", ".join(inline(c) for c in agreement.customers if clean_line(c))
    return f"{head}<br/><font color='#5F6B7A'>{customers}</font>" if customers else head


def key_targets_markup(targets: Sequence[str]) -> str:
    """The key targets, one per line; beyond ``KEY_TARGETS_SHOWN`` a last line says how
    many more there are."""
    shown = [t for t in targets if clean_line(t)]
    if not shown:
        return _("None agreed")
    lines = [f"• {inline(t)}" for t in shown[:KEY_TARGETS_SHOWN]]
    rest = len(shown) - KEY_TARGETS_SHOWN
    if rest > 0:
        lines.append("<i>{}</i>".format(ngettext("and {count} more target in the agreements above",
                                                 "and {count} more targets in the agreements above",
                                                 rest).format(count=rest)))
    return "<br/>".join(lines)


def _family_key(index: int) -> str:
    return f"family-{index}"


def render_catalog(snapshot: CatalogSnapshot, *, page_size: PageSizeName | str = "A4") -> bytes:
    """Render the catalog report as a PDF document and return its bytes."""
    return render_catalog_document(snapshot, page_size=page_size).pdf


def render_catalog_document(
    snapshot: CatalogSnapshot, *, page_size: PageSizeName | str = "A4"
) -> RenderedDocument:
    """Render the catalog report with the characters no font printed."""
    return render_catalog_stream(snapshot.outline(), snapshot.entries(), page_size=page_size)


def render_catalog_stream(
    outline: CatalogOutline,
    entries: Iterable[CatalogStreamEntry],
    *,
    page_size: PageSizeName | str = "A4",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    target: BinaryIO | None = None,
) -> RenderedDocument:
    """Render a catalog report whose services arrive one by one, in print order, after its
    outline: the memory used grows by a few kilobytes per page only. ``progress`` hears the
    share done a few times a second; when ``cancelled`` returns True the rendering stops at
    once with :class:`RenderCancelled`. With a ``target`` file the PDF is written there
    rather than returned."""
    renderer = CatalogRenderer(outline, entries, page_size=page_size)
    renderer.monitor = Monitor(progress, cancelled)
    return renderer.render_document(target)


class CatalogRenderer(DocumentRenderer):
    """Cover, contents, then one section per family with a description of each service.

    A catalog small enough for its contents to list every service is laid out whole; a
    larger one streams its services into the layout (its contents lists the families,
    which the outline knows beforehand).
    """

    def __init__(
        self,
        outline: CatalogOutline,
        entries: Iterable[CatalogStreamEntry],
        *,
        page_size: PageSizeName | str,
    ) -> None:
        super().__init__(page_size=page_size)
        self.catalog = outline
        self.language = outline.language
        self.entries = entries

        self.list_services = outline.service_count <= CONTENTS_LISTS_SERVICES_UP_TO
        self._listed: dict[int, list[CatalogEntrySnapshot]] = defaultdict(list)

    def info(self) -> DocumentInfo:
        c = self.catalog
        title = _(clean_line(c.title) or CATALOG_TITLE)
        organization = clean_line(c.organization)
        subject = (_("Service catalog of {organization}").format(organization=organization)
                   if organization else _(CATALOG_TITLE))
        return DocumentInfo(
            title=title,
            author=organization,
            subject=f"{subject}, {format_date(c.generated_on)}",
            keywords=("service catalog",),
            header_left=organization,
            header_right=f"{title} · {format_date(c.generated_on)}",
            footer_left=f"{title} · {service_count(c.service_count)}",
            version=c.product_version,
            letterhead=c.letterhead,
        )

    def build_story(self) -> None:
        self.cover()
        for part in self._parts():
            self.story += part

    def layout_story(self) -> list[Flowable]:
        if self.list_services:
            # Few enough to hold: each family opens with a table of its services.
            listed: list[CatalogStreamEntry] = []
            for index, entry in self.entries:
                listed.append((index, entry))
                self._listed[index].append(entry)
                if self.monitor is not None:
                    self.monitor.read(len(listed), self.catalog.service_count)
            self.entries = listed
            return super().layout_story()
        for index, family in enumerate(self.catalog.families):
            name = clean_line(family.name) or _("Other services")
            self.contents.append(ContentsEntry(0, str(index + 1), name, _family_key(index)))
        self.cover()
        return StreamingStory(self.story, self._parts())

    def _parts(self) -> Iterator[list[Flowable]]:
        """The story after the cover, one service at a time (each family's heading comes
        with its first service; a family without services says so)."""
        families = self.catalog.families
        total = self.catalog.service_count
        started = 0
        for done, (index, entry) in enumerate(self.entries, start=1):
            while started <= index:
                yield self._story_of(partial(self.family_start, started, families[started]))
                started += 1
            yield self._story_of(partial(self.service, entry))
            if self.monitor is not None:
                self.monitor.laid_out(done, total)
        while started < len(families):
            yield self._story_of(partial(self.family_start, started, families[started]))
            started += 1

    def _story_of(self, build: Callable[[], None]) -> list[Flowable]:
        """The flowables ``build`` adds to the story, taken out of it."""
        mark = len(self.story)
        build()
        part = self.story[mark:]
        del self.story[mark:]
        return part

    def cover(self) -> None:
        c, st = self.catalog, self.styles
        families = [f for f in c.families if f.count]
        organization = clean_line(c.organization)
        self.story += cover_letterhead(c.letterhead, organization, st, self.width)
        self.story += [
            Spacer(1, 26 * mm),
            Para(_("SERVICE CATALOG"), st.cover_kind),
            Para(inline(_(clean_line(c.title))) or _(CATALOG_TITLE), st.cover_title),
            Para(
                inline(
                    ngettext("{services} in {count} family · as of {date}",
                             "{services} in {count} families · as of {date}", len(families)).format(
                        services=service_count(c.service_count), count=len(families),
                        date=format_date(c.generated_on))
                ),
                st.cover_subtitle,
            ),
            Spacer(1, 10 * mm),
        ]
        self.sentence(
            _("This catalog describes the services {organization} provides: what each service "
              "does, who is responsible for it, when it is available and supported, what it "
              "costs, and which agreements and service level targets cover it.").format(
                organization=organization) if organization else
            _("This catalog describes each service: what it does, who is responsible for it, "
              "when it is available and supported, what it costs, and which agreements and "
              "service level targets cover it.")
        )
        self.space(6 * mm)
        self.minor_heading(_("Contents"))
        self.story.append(self.contents_flowable())
        if not families:
            self.space(6 * mm)
            self.sentence(_("The catalog holds no services yet."))
        self.story.append(PageBreak())

    def family_start(self, index: int, family: CatalogFamilyHeading) -> None:
        """The family's heading and description (its services follow one by one)."""
        streamed = not self.list_services
        self.section(
            clean_line(family.name) or _("Other services"),
            in_contents=not streamed,
            key=_family_key(index) if streamed else "",
        )
        self.text(family.description)
        if not family.count:
            self.sentence(_("This family holds no services."))
        listed = self._listed.get(index)
        if listed:
            rows = [
                [
                    inline(e.service.code),
                    inline(e.service.name),
                    label(e.service.status),
                    label(e.service.criticality),
                    inline(e.service.owner.name) if e.service.owner else "",
                ]
                for e in listed
            ]
            self.table(
                [_("Code"), _("Service"), _("Status"), _("Criticality"), _("Owner")],

                rows,
                [0.13, 0.35, 0.13, 0.15, 0.24],  # room for "Kritikalität"
            )

    def service(self, entry: CatalogEntrySnapshot) -> None:
        s = entry.service
        title = (
            f"{clean_line(s.name)} ({clean_line(s.code)})"
            if clean_line(s.code)
            else clean_line(s.name)
        )
        start = len(self.story)
        self.subsection(title, in_contents=self.list_services)
        if self.catalog.service_count > BOOKMARKS_SERVICES_UP_TO:
            # Tens of thousands of bookmarks cost more memory than the pages themselves and
            # help nobody: a catalog that large is navigated by its families.
            heading = self.story[-1]
            if isinstance(heading, Heading):
                heading.outline = None
        if has_text(s.summary):
            self.markup(inline(s.summary), style=self.styles.body_muted)
        self.text(s.description)
        self.facts(self._facts(entry, s))
        # A service that fits on a page is never torn across two.
        self.story[start:] = [keep_together(self.story[start:], self.frame_height)]

    def _facts(self, entry: CatalogEntrySnapshot, s: ServiceSnapshot) -> list[tuple[str, str]]:
        facts = [
            (_("Type and status"), f"{label(s.service_type)} · {label(s.status)}"),
            (_("Criticality"), label(s.criticality)),
        ]
        if s.owner:
            facts.append(
                (
                    _("Service owner"),
                    inline(
                        ", ".join(
                            p
                            for p in (clean_line(s.owner.name), clean_line(s.owner.job_title))
                            if p
                        )
                    ),
                )
            )
        if s.manager:
            facts.append(
                (
                    _("Service manager"),
                    inline(
                        ", ".join(
                            p
                            for p in (clean_line(s.manager.name), clean_line(s.manager.job_title))
                            if p
                        )
                    ),
                )
            )
        hours = "<br/>".join(
            f"{inline(d)}{colon()} {inline(h)}" if clean_line(h) else inline(d) for d, h in s.hours
        )
        if has_text(s.hours_exceptions):
            hours = (hours + "<br/>" if hours else "") + f"<i>{multiline(s.hours_exceptions)}</i>"
        facts.append((_("Service hours"), hours or _("Not specified")))
        support = "<br/>".join(
            m for m in (multiline(s.support_channels), multiline(s.support_hours)) if m
        )
        facts.append((_("Support"), support or _("Not specified")))
        if has_text(s.request_process):
            facts.append((_("Requests"), multiline(s.request_process)))
        facts.append((_("Cost"), inline(charge_text(s.charge))))
        if s.dependencies:
            facts.append(
                (
                    _("Depends on"),
                    ", ".join(f"{inline(d.name)} ({inline(d.code)})" for d in s.dependencies),
                )
            )
        agreements = "<br/>".join(agreement_markup(a) for a in entry.agreements)
        facts.append((_("Agreements"), agreements or _("Not covered by an agreement")))
        facts.append((_("Key targets"), key_targets_markup(entry.key_targets)))
        return facts


def service_count(count: int) -> str:
    """``1 service``, ``12 services`` in the document's language."""
    return ngettext("{count} service", "{count} services", count).format(count=count)
