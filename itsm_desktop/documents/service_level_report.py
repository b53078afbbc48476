"""The printed service level report of one agreement and period, from its snapshot.

Sections: summary (targets met, at risk, breached), the targets (promised, achieved, change
since the previous period, status, margin), the breaches with the records behind them and
the notes on cause and action, and the formulas used, worded exactly as computed.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import HexColor
from reportlab.platypus import Table, TableStyle

from itsm_desktop.documents import fonts
from itsm_desktop.documents import service_level_lines as words
from itsm_desktop.documents.language import _, colon, in_sentence, label, ngettext, pgettext
from itsm_desktop.documents.layout import DocumentInfo, PageSizeName
from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.text import format_date, format_number, inline
from itsm_desktop.documents.trend_charts import has_trend, trend_chart
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.service_level_report import ReportLine, ServiceLevelReport

STATUS_COLOURS = {Status.MET: "#1E7B34", Status.AT_RISK: "#A86500", Status.BREACHED: "#B3261E",
                  Status.NOT_MEASURED: "#5F6B7A"}
SUMMARY_ORDER = (Status.MET, Status.AT_RISK, Status.BREACHED, Status.NOT_MEASURED)
CELL_SIZE = 8.5  # the table cells' font size (styles.cell)
CELL_PADDING = 14  # both paddings of a cell (5 points each) and room for the line breaking's rounding
BOLD_COLUMNS = {5}  # the status
FREE_COLUMNS = {1}  # the service's own name: the user's words, which break where they must,
FREE_COLUMN = 0.14  # given at most this much of the width
WIDEST_COLUMN = 0.21  # of the width, however long a word ("Wiederherstellungspunktziel")


def render_report(report: ServiceLevelReport, *, page_size: PageSizeName | str = "A4") -> bytes:
    """The report as PDF bytes, in the report's language."""
    return ServiceLevelReportRenderer(report, page_size=page_size).render()



def _status_markup(status: Status) -> str:
    colour = HexColor(STATUS_COLOURS[status]).hexval()[2:]
    return f'<font color="#{colour}"><b>{inline(label(status))}</b></font>'


_NUMBER_SPACE = re.compile(r"(\d) (?=\S)")


def _unbroken(text: str, width: float) -> str:
    """A value whose number stays with its unit on one line (a no-break space between them),
    unless the two together are wider than a column may be (``4 Geschäftsstunden``): then the
    unit goes to the next line rather than breaking inside its word."""
    kept = _NUMBER_SPACE.sub("\\1\u00a0", text)
    widest = max(fonts.string_width(word, fonts.REGULAR, CELL_SIZE) for word in kept.split(" "))
    return kept if widest + CELL_PADDING <= WIDEST_COLUMN * width else text


def _number(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = format_number(round(value, 2))
    if signed and value > 0:
        text = "+" + text
    return text.replace("-", "\u2212")  # a minus sign, which no line break separates from its digits


def _fitting(fractions: list[float], header: list[str], rows: list[list[str]], width: float) -> list[float]:
    """``fractions`` of ``width``, each column at least as wide as its longest word (a German
    "Verfügbarkeit" or "Geschäftsstunden") up to ``WIDEST_COLUMN``, the room taken from the
    columns that have it."""
    needed = []
    for n in range(len(fractions)):
        widest = max([fonts.string_width(w, fonts.BOLD, CELL_SIZE) for w in header[n].split(" ")]
                     + [fonts.string_width(w, fonts.BOLD if n in BOLD_COLUMNS else fonts.REGULAR, CELL_SIZE)
                        for row in rows for w in row[n].split(" ")])  # a no-break space holds a value together
        widest_allowed = FREE_COLUMN if n in FREE_COLUMNS else WIDEST_COLUMN  # a word wider still breaks
        needed.append(min((widest + CELL_PADDING) / width, widest_allowed))
    out = list(fractions)
    short = {n for n, f in enumerate(out) if f < needed[n]}
    if not short:
        return out
    lacking = sum(needed[n] - out[n] for n in short)
    spare = sum(out[n] - needed[n] for n in range(len(out)) if n not in short and out[n] > needed[n])
    if spare <= 0:
        return out
    share = min(1.0, lacking / spare)
    return [needed[n] if n in short else f - (f - needed[n]) * share if f > needed[n] else f
            for n, f in enumerate(out)]


class ServiceLevelReportRenderer(DocumentRenderer):
    """One method per section of the report."""

    def __init__(self, report: ServiceLevelReport, *, page_size: PageSizeName | str = "A4") -> None:
        super().__init__(page_size=page_size)
        self.report = report
        self.language = DocumentLanguage.parse(report.language)

    def info(self) -> DocumentInfo:
        r = self.report
        title = _("Service level report {period}").format(period=r.period)
        return DocumentInfo(
            title=f"{title} — {r.reference}", author=r.provider,
            subject=_("{title} ({reference}, revision {revision}), {period}").format(
                title=r.title, reference=r.reference, revision=r.revision, period=r.period),
            keywords=("service level report", r.reference, r.period),
            header_left=r.provider, header_right=f"{r.reference} · {r.period}",
            footer_left=title, header_on_cover=True)

    def build_story(self) -> None:
        self.title_block()
        self.summary()
        self.targets()
        self.trends()
        self.breaches()
        self.formulas()

    def title_block(self) -> None:
        r = self.report
        self.markup(inline(_("Service level report {period}").format(period=r.period)),
                    style=self.styles.cover_title)
        self.sentence(_("{title} — {reference}, revision {revision}").format(
            title=r.title, reference=r.reference, revision=r.revision), style=self.styles.cover_subtitle)
        facts = [(_("Provider"), inline(r.provider or "–")),
                 (_("Customers"), inline(", ".join(r.customers) or "–")),
                 (_("Period"), inline(r.period)),
                 (_("Measured up to"), inline(format_date(r.as_of) + " UTC")),
                 (_("Time zone"), inline(r.zone))]
        self.facts(facts)

    def summary(self) -> None:
        self.section(pgettext("report section", "Summary"))
        counts = self.report.counts()
        measured = sum(n for s, n in counts.items() if s is not Status.NOT_MEASURED)
        total = len(self.report.lines)
        self.sentence(ngettext(
            "Of {total} target, {measured} measured in {period}: {met} met, {at_risk} at risk "
            "(past the warning threshold) and {breached} breached.",
            "Of {total} targets, {measured} measured in {period}: {met} met, {at_risk} at risk "
            "(past the warning threshold) and {breached} breached.", total).format(
            total=total, measured=measured, period=self.report.period, met=counts[Status.MET],
            at_risk=counts[Status.AT_RISK], breached=counts[Status.BREACHED]))
        self.table([_("Status"), _("Targets")], [[_status_markup(s), str(counts[s])] for s in SUMMARY_ORDER],
                   [0.6, 0.4])

    def targets(self) -> None:
        self.section(_("Targets and what was achieved"))
        lines = self.report.lines
        width = self.width
        texts = [[words.target_name(line), words.service_name(line), _unbroken(words.promised(line), width),
                  _unbroken(words.achieved(line), width), _number(line.difference, signed=True),
                  label(line.status),
                  _unbroken(words.margin(line) or (_("entered by hand") if line.achieved is not None else "–"),
                            width)]
                 for line in lines]
        rows = [[*(inline(t) for t in row[:5]), _status_markup(line.status), inline(row[6])]
                for row, line in zip(texts, lines, strict=True)]
        header = [_("Target"), _("Service"), _("Promised"), _("Achieved"), _("Change"), _("Status"), _("Margin")]
        # widths that fit the headings and a value with its unit on one line (A4 and Letter),
        # widened where a language's longest word would otherwise break inside
        self.table(header, rows, _fitting([0.14, 0.15, 0.14, 0.14, 0.10, 0.13, 0.20], header, texts, self.width))
        self.sentence(_("Change is the difference to the previous period of the same target. Margin is "
                        "what the period still allows: records that may miss their target, or minutes "
                        "of downtime."),
                      style=self.styles.body_muted)

    def trends(self) -> None:
        charted = [line for line in self.report.lines if has_trend(line)]
        if not charted:
            return
        self.section(_("Trends over the last periods"))
        self.sentence(_("Each target's values over up to twelve periods ending with this one; the dashed "
                        "line is the target."), style=self.styles.body_muted)
        half = (self.width - 12) / 2
        drawings = [trend_chart(line, half, 130) for line in charted]
        rows = [drawings[n:n + 2] + [""] * (2 - len(drawings[n:n + 2])) for n in range(0, len(drawings), 2)]
        grid = Table(rows, colWidths=[half + 6, half + 6], hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        self.story.append(grid)

    def breaches(self) -> None:
        self.section(_("Breaches and targets at risk"))
        flagged: list[ReportLine] = [line for line in self.report.lines
                                     if line.status in (Status.BREACHED, Status.AT_RISK)]
        if not flagged:
            self.sentence(_("No target was breached or at risk in this period."))
            return
        missing = _("not recorded yet.")
        for line in flagged:
            self.minor_heading(f"{words.target_name(line)} — {words.service_name(line)} "
                               f"({in_sentence(label(line.status))})")
            if detail := words.detail(line):
                self.sentence(detail)
            if line.evidence:
                self.sentence(_("Records behind it: {records}").format(records=", ".join(line.evidence)))
            if line.breach_cause or line.breach_action:
                self.sentence(_("Cause: {text}").format(text=line.breach_cause or missing))
                self.sentence(_("Action: {text}").format(text=line.breach_action or missing))
            else:
                self.sentence(_("Cause and action: {text}").format(text=line.note or missing))

    def formulas(self) -> None:
        self.section(_("How the values are computed"))

        for formula in self.report.formulas:
            source = f" ({_(formula.source)})" if formula.source else ""
            self.markup(f"<b>{inline(_(formula.term))}</b>{colon()} {inline(_(formula.sentence) + source)}")
