"""The printed service level report of one agreement and period, from its snapshot.

Sections: summary (targets met, at risk, breached), the targets (promised, achieved, change
since the previous period, status, margin), the breaches with the records behind them and
the notes on cause and action, and the formulas used, worded exactly as computed.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from itsm_desktop.documents.layout import DocumentInfo, PageSizeName
from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.text import inline
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.service_level_report import ReportLine, ServiceLevelReport

STATUS_COLOURS = {Status.MET: "#1E7B34", Status.AT_RISK: "#A86500", Status.BREACHED: "#B3261E",
                  Status.NOT_MEASURED: "#5F6B7A"}
SUMMARY_ORDER = (Status.MET, Status.AT_RISK, Status.BREACHED, Status.NOT_MEASURED)


def render_report(report: ServiceLevelReport, *, page_size: PageSizeName | str = "A4") -> bytes:
    """The report as PDF bytes."""
    return ServiceLevelReportRenderer(report, page_size=page_size).render()


def _status_markup(status: Status) -> str:
    colour = HexColor(STATUS_COLOURS[status]).hexval()[2:]
    return f'<font color="#{colour}"><b>{inline(status.label)}</b></font>'


def _number(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class ServiceLevelReportRenderer(DocumentRenderer):
    """One method per section of the report."""

    def __init__(self, report: ServiceLevelReport, *, page_size: PageSizeName | str = "A4") -> None:
        super().__init__(page_size=page_size)
        self.report = report

    def info(self) -> DocumentInfo:
        r = self.report
        title = f"Service level report {r.period}"
        return DocumentInfo(
            title=f"{title} — {r.reference}", author=r.provider,
            subject=f"{r.title} ({r.reference}, revision {r.revision}), {r.period}",
            keywords=("service level report", r.reference, r.period),
            header_left=r.provider, header_right=f"{r.reference} · {r.period}",
            footer_left=title, header_on_cover=True)

    def build_story(self) -> None:
        self.title_block()
        self.summary()
        self.targets()
        self.breaches()
        self.formulas()

    def title_block(self) -> None:
        r = self.report
        self.markup(inline(f"Service level report {r.period}"), style=self.styles.cover_title)
        self.sentence(f"{r.title} — {r.reference}, revision {r.revision}", style=self.styles.cover_subtitle)
        facts = [("Provider", inline(r.provider or "–")),
                 ("Customers", inline(", ".join(r.customers) or "–")),
                 ("Period", inline(r.period)),
                 ("Measured up to", inline(r.as_of.strftime("%Y-%m-%d %H:%M") + " UTC")),
                 ("Time zone", inline(r.zone))]
        self.facts(facts)

    def summary(self) -> None:
        self.section("Summary")
        counts = self.report.counts()
        measured = sum(n for s, n in counts.items() if s is not Status.NOT_MEASURED)
        self.sentence(f"Of {len(self.report.lines)} target(s), {measured} were measured in {self.report.period}: "
                      f"{counts[Status.MET]} met, {counts[Status.AT_RISK]} at risk (past the warning "
                      f"threshold) and {counts[Status.BREACHED]} breached.")
        self.table(["Status", "Targets"], [[_status_markup(s), str(counts[s])] for s in SUMMARY_ORDER],
                   [0.6, 0.4])

    def targets(self) -> None:
        self.section("Targets and what was achieved")
        rows = [[inline(line.target), inline(line.service), inline(line.promised),
                 inline(line.achieved_text), inline(_number(line.difference, signed=True)),
                 _status_markup(line.status), inline(line.margin or ("entered by hand" if line.achieved is not None else "–"))]
                for line in self.report.lines]
        self.table(["Target", "Service", "Promised", "Achieved", "Change", "Status", "Margin"], rows,
                   [0.17, 0.14, 0.14, 0.15, 0.09, 0.13, 0.18])
        self.sentence("Change is the difference to the previous period of the same target. Margin is what "
                      "the period still allows: records that may miss their target, or minutes of downtime.",
                      style=self.styles.body_muted)

    def breaches(self) -> None:
        self.section("Breaches and targets at risk")
        flagged: list[ReportLine] = [line for line in self.report.lines
                                     if line.status in (Status.BREACHED, Status.AT_RISK)]
        if not flagged:
            self.sentence("No target was breached or at risk in this period.")
            return
        for line in flagged:
            self.minor_heading(f"{line.target} — {line.service} ({line.status.label.lower()})")
            if line.detail:
                self.sentence(line.detail)
            if line.evidence:
                self.sentence("Records behind it: " + ", ".join(line.evidence))
            self.sentence(f"Cause and action: {line.note}" if line.note else
                          "Cause and action: not recorded yet.")

    def formulas(self) -> None:
        self.section("How the values are computed")
        for formula in self.report.formulas:
            source = f" ({formula.source})" if formula.source else ""
            self.markup(f"<b>{inline(formula.term)}</b>: {inline(formula.sentence + source)}")
