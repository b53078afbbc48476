"""Measures of the printed documents, run by ``bench.py`` (each part in a process of its own).

- the catalog report of the whole database, streamed: time, peak memory, pages, and how
  often progress was reported (the longest gap between two reports, and whether the share
  ever went back);
- the 1,000-service catalog report from a snapshot (wall and CPU time);
- the agreement of 30 services with 40 targets each: time, pages, and the fewest rows of a
  continued table on a page (the typesetting promises at least 4);
- the service level report of one agreement with 200 targets (twelve periods of trend each),
  the first rendering in a process and later ones (wall and CPU time);
- ``export-sla`` of the demo SLA from the command line against a bare reportlab script that
  writes the same pages (each page's text, as extracted from the exported file) with the
  same embedded fonts, interleaved in the same run; what the command line imports before it
  renders, and whether it read the file itself or opened the database; the application's
  modules compiled to bytecode first, as an installation has them.
"""

from __future__ import annotations

import compileall
import json
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEMO_SLA = "SLA-2026-001"

BARE_SCRIPT = '''
import json, sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

fonts, pages, output = json.loads(open(sys.argv[1]).read()), json.loads(open(sys.argv[2]).read()), sys.argv[3]
for name, path in fonts.items():
    pdfmetrics.registerFont(TTFont(name, path))
names = list(fonts)
styles = [ParagraphStyle(n, fontName=n, fontSize=7, leading=8) for n in names]
story = []
for page in pages:
    for i, line in enumerate(page.splitlines()):
        story.append(Paragraph(escape(line), styles[i % len(styles)]))
    story.append(PageBreak())
SimpleDocTemplate(output, topMargin=30, bottomMargin=30).build(story[:-1])
'''

BARE_WITH_LOGO_SCRIPT = '''
import io, json, sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

fonts, pages, output = json.loads(open(sys.argv[1]).read()), json.loads(open(sys.argv[2]).read()), sys.argv[3]
logo = open(sys.argv[4], "rb").read()
for name, path in fonts.items():
    pdfmetrics.registerFont(TTFont(name, path))
names = list(fonts)
styles = [ParagraphStyle(n, fontName=n, fontSize=7, leading=8) for n in names]
reader = ImageReader(io.BytesIO(logo))
width, height = reader.getSize()
story = [Image(io.BytesIO(logo), width=120, height=120 * height / width)]
for page in pages:
    for i, line in enumerate(page.splitlines()):
        story.append(Paragraph(escape(line), styles[i % len(styles)]))
    story.append(PageBreak())

def header(canvas, doc):
    if not canvas.hasForm("logo"):
        canvas.beginForm("logo")
        canvas.drawImage(reader, 0, 0, 40, 40 * height / width, mask="auto")
        canvas.endForm()
    canvas.saveState()
    canvas.translate(30, doc.pagesize[1] - 25)
    canvas.doForm("logo")
    canvas.restoreState()

SimpleDocTemplate(output, topMargin=30, bottomMargin=30).build(story[:-1], onFirstPage=header, onLaterPages=header)
'''


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


def worker_catalog(database: Path) -> dict[str, Any]:
    """The catalog report of the whole database, streamed to a file."""
    from itsm_desktop.services.catalog_report import catalog_stream, export_catalog_report
    from itsm_desktop.store import Database

    reports: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder, Database.open(database) as db:
        services = catalog_stream(db).outline.service_count
        output = Path(folder) / "catalog.pdf"
        start = time.monotonic()
        cpu = time.process_time()
        reports.append((start, 0.0))
        export_catalog_report(
            db, output=output, page_size="A4",
            progress=lambda share: reports.append((time.monotonic(), share)),
        )
        end = time.monotonic()
        data = output.read_bytes()
    gaps = [b[0] - a[0] for a, b in zip(reports, reports[1:], strict=False)]
    gaps.append(end - reports[-1][0])
    return {
        "catalog_services": services,
        "catalog_s": round(end - start, 1),
        "catalog_cpu_s": round(time.process_time() - cpu, 1),
        "catalog_peak_rss_mb": _peak_rss_mb(),
        "catalog_pages": _page_count(data),
        "catalog_mb": round(len(data) / 1e6, 1),
        "catalog_progress_reports": len(reports) - 1,
        "catalog_progress_max_gap_s": round(max(gaps), 2),
        # the share reported when the longest gap began: where the work went quiet
        "catalog_progress_max_gap_at": reports[gaps.index(max(gaps))][1],
        "catalog_progress_monotonic": all(b[1] >= a[1] for a, b in zip(reports, reports[1:], strict=False)),
        "catalog_progress_last": reports[-1][1],
    }


def worker_catalog_1000() -> dict[str, Any]:
    """The 1,000-service catalog report from a snapshot (after a first, warming rendering)."""
    from document_samples import large_catalog_snapshot

    from itsm_desktop.documents.catalog_pdf import render_catalog

    snapshot = large_catalog_snapshot(1000)
    render_catalog(snapshot, page_size="A4")
    runs = []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        render_catalog(snapshot, page_size="A4")
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    # the same on the sample letterhead: its logo on every page's header and the imprint below
    from dataclasses import replace

    from itsm_desktop.documents.letterhead import Letterhead
    from itsm_desktop.resources import SAMPLE

    headed = replace(snapshot, letterhead=Letterhead(
        legal_name="Northwind Logistics Ltd", address="14 Riverside Walk\nLondon SE1 9NW",
        registration="Registered in England and Wales no. 04567123",
        logo_png=(SAMPLE / "northwind-logo.png").read_bytes()))
    render_catalog(headed, page_size="A4")
    headed_runs = []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        render_catalog(headed, page_size="A4")
        headed_runs.append((time.perf_counter() - start, time.process_time() - cpu))
    return {
        "pdf_catalog_1000_wall_ms": round(statistics.median(r[0] for r in runs) * 1000),
        "pdf_catalog_1000_cpu_ms": round(statistics.median(r[1] for r in runs) * 1000),
        "pdf_catalog_1000_letterhead_wall_ms": round(statistics.median(r[0] for r in headed_runs) * 1000),
        "pdf_catalog_1000_letterhead_cpu_ms": round(statistics.median(r[1] for r in headed_runs) * 1000),
    }


def worker_agreement_30x40() -> dict[str, Any]:
    """The agreement of 30 services with 40 targets each: time, pages, and how its long tables
    break across pages (the fewest rows a page holds of a table that continues, either side)."""
    from document_samples import large_agreement_snapshot

    from itsm_desktop.documents import pagination
    from itsm_desktop.documents.agreement_pdf import render_agreement

    snapshot = large_agreement_snapshot(services=30, targets=1200)
    splits: list[tuple[int, int]] = []
    original = pagination.Rows.split

    def spy(self: Any, width: float, height: float) -> Any:
        parts = original(self, width, height)
        if len(parts) == 2:
            splits.append((len(parts[0]._cellvalues) - 1, len(parts[1]._cellvalues) - 1))
        return parts

    pagination.Rows.split = spy  # type: ignore[method-assign]
    try:
        start, cpu = time.perf_counter(), time.process_time()
        data = render_agreement(snapshot, page_size="A4")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        pagination.Rows.split = original  # type: ignore[method-assign]
    fewest = min((min(pair) for pair in splits), default=None)
    return {
        "agreement_30x40_ms": round(wall * 1000),
        "agreement_30x40_cpu_ms": round(cpu * 1000),
        "agreement_30x40_pages": _page_count(data),
        "agreement_30x40_table_breaks": len(splits),
        "agreement_30x40_fewest_continued_rows": fewest,
        "agreement_30x40_pages_under_4_continued_rows": sum(1 for a, b in splits for n in (a, b) if n < 4),
    }


def levels_report_snapshot(targets: int = 200) -> Any:
    """A service level report of one agreement with ``targets`` response and resolution
    targets over 25 services, as the measurement of a year of incident records leaves it:
    twelve periods of trend each, most targets breached with up to 50 records behind them."""
    from datetime import UTC, datetime

    from itsm_desktop.domain.enums import ValueSource
    from itsm_desktop.domain.measurement import formulas
    from itsm_desktop.domain.measurement.status import Status
    from itsm_desktop.domain.service_level_report import ReportLine, ServiceLevelReport

    periods = [f"2026-{m:02d}" for m in range(1, 13)]
    statuses = (Status.BREACHED, Status.BREACHED, Status.AT_RISK, Status.MET, Status.BREACHED)
    lines = []
    for n in range(targets):
        kind = ("response", "resolution")[n // 4 % 2]
        promised = ("15 minutes", "1 hour", "4 business hours", "1 business day")[n % 4]
        history = tuple((p, round(60 + (n * 7 + i * 13) % 39 + i / 10, 2)) for i, p in enumerate(periods))
        status = statuses[n % len(statuses)]
        lines.append(ReportLine(
            target_id=n + 1, target=f"P{n % 4 + 1} {kind} {promised}", service=f"Service SVC-{n // 8:02d}",
            period=periods[-1], promised=f"95 % within {promised}", achieved=history[-1][1],
            achieved_text=f"{history[-1][1]} %", previous=history[-2][1], status=status,
            margin=f"{(n * 37) % 90 - 45} records", source=ValueSource.COMPUTED,
            detail=f"{1200 + n} of {1900 + 3 * n} records within the target, {n % 7} still open",
            evidence=tuple(f"INC-{n * 1000 + k:07d}" for k in range(50 if status is Status.BREACHED else 0)),
            history=history, level=95.0, axis="% within target"))
    terms = [f for f in vars(formulas).values() if isinstance(f, formulas.Formula)]
    return ServiceLevelReport(
        reference="SLA-2026-900", revision=1, title="Benchmark service levels", provider="IT",
        customers=("Customer",), period=periods[-1], zone="UTC", as_of=datetime(2027, 1, 1, tzinfo=UTC),
        lines=tuple(lines), formulas=tuple(terms))


def worker_levels_report() -> dict[str, Any]:
    """The service level report of one agreement with 200 targets: the first rendering in a
    fresh process (loading fonts and reportlab's chart modules too), then the median of three
    more; wall and CPU time, pages."""
    start, cpu = time.perf_counter(), time.process_time()
    from itsm_desktop.documents.service_level_report import render_report

    report = levels_report_snapshot()
    data = render_report(report)
    first = (time.perf_counter() - start, time.process_time() - cpu)
    runs = []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        render_report(report)
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    return {
        "levels_report_200_first_wall_ms": round(first[0] * 1000),
        "levels_report_200_first_cpu_ms": round(first[1] * 1000),
        "levels_report_200_wall_ms": round(statistics.median(r[0] for r in runs) * 1000),
        "levels_report_200_cpu_ms": round(statistics.median(r[1] for r in runs) * 1000),
        "levels_report_200_pages": _page_count(data),
    }


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user and system) of running ``command`` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def export_sla_against_bare(env: dict[str, str], runs: int = 7) -> dict[str, Any]:
    """``export-sla`` of the demo SLA against a bare reportlab script writing its pages."""
    import pypdf

    from itsm_desktop.resources import FONTS

    # The application's modules compiled to bytecode, as the bare script's reportlab is (an
    # installation compiles them; a checkout does on first run, unless PYTHONDONTWRITEBYTECODE)
    compileall.compile_dir(ROOT / "itsm_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database, exported, bare_pdf = folder / "demo.db", folder / "sla.pdf", folder / "bare.pdf"
        app = [sys.executable, "-m", "itsm_desktop", "--database", str(database)]
        subprocess.run([*app, "load-demo"], env=env, check=True, capture_output=True)
        export = [*app, "export-sla", DEMO_SLA, "-o", str(exported)]
        subprocess.run(export, env=env, check=True, capture_output=True)
        pages = [p.extract_text() or "" for p in pypdf.PdfReader(exported).pages]
        used = {str(f["/BaseFont"]).split("+")[-1]
                for p in pypdf.PdfReader(exported).pages
                for f in (p["/Resources"].get("/Font") or {}).values()
                for f in [f.get_object()]}
        fonts = {n: str(FONTS / f"{n}.ttf") for n in sorted(used) if (FONTS / f"{n}.ttf").exists()}
        (folder / "fonts.json").write_text(json.dumps(fonts))
        (folder / "pages.json").write_text(json.dumps(pages))
        (folder / "bare.py").write_text(BARE_SCRIPT)
        bare = [sys.executable, str(folder / "bare.py"), str(folder / "fonts.json"),
                str(folder / "pages.json"), str(bare_pdf)]
        # the same pages with the letterhead's logo too (on the cover and in every page's header)
        with closing(sqlite3.connect(database)) as connection:
            logo = connection.execute("SELECT logo_printable FROM provider_profile "
                                      "WHERE logo_printable IS NOT NULL").fetchone()
        (folder / "logo.png").write_bytes(logo[0] if logo else b"")
        (folder / "bare_logo.py").write_text(BARE_WITH_LOGO_SCRIPT)
        bare_logo = [sys.executable, str(folder / "bare_logo.py"), str(folder / "fonts.json"),
                     str(folder / "pages.json"), str(folder / "bare_logo.pdf"), str(folder / "logo.png")]
        _run(bare, env)
        exports, bares, bares_logo = [], [], []
        for _ in range(runs):  # interleaved, so that a busy moment weighs on all alike
            exports.append(_run(export, env))
            bares.append(_run(bare, env))
            if logo:
                bares_logo.append(_run(bare_logo, env))
        bare_pages = len(pypdf.PdfReader(bare_pdf).pages)
        imports = subprocess.run([*export[:1], "-X", "importtime", *export[1:]], env=env,
                                 check=True, capture_output=True, text=True).stderr
    top = _top_imports(imports)
    loaded = {line.split("|")[-1].strip() for line in imports.splitlines() if line.startswith("import time:")}
    cli, floor = statistics.median(e[0] for e in exports), statistics.median(b[0] for b in bares)
    cli_cpu = statistics.median(e[1] for e in exports)
    floor_cpu = statistics.median(b[1] for b in bares)
    with_logo = {}
    if bares_logo:
        logo_floor = statistics.median(b[0] for b in bares_logo)
        logo_cpu = statistics.median(b[1] for b in bares_logo)
        with_logo = {"export_sla_bare_with_logo_ms": round(logo_floor * 1000),
                     "export_sla_ratio_with_logo": round(cli / logo_floor, 2),
                     "export_sla_bare_with_logo_cpu_ms": round(logo_cpu * 1000),
                     "export_sla_cpu_ratio_with_logo": round(cli_cpu / logo_cpu, 2)}
    return {
        "export_sla_ms": round(cli * 1000),
        "export_sla_bare_reportlab_ms": round(floor * 1000),
        "export_sla_ratio": round(cli / floor, 2),
        "export_sla_cpu_ms": round(cli_cpu * 1000),
        "export_sla_bare_reportlab_cpu_ms": round(floor_cpu * 1000),
        "export_sla_cpu_ratio": round(cli_cpu / floor_cpu, 2),
        "export_sla_pages": len(pages),
        "export_sla_bare_pages": bare_pages,
        "export_sla_fonts": sorted(fonts),
        "export_sla_heaviest_imports_ms": top,
        # "file": read straight from the SQLite file (no SQLAlchemy); "database": opened as the
        # application opens it (the file was not current, or the lean path failed)
        "export_sla_read": "database" if "sqlalchemy" in loaded else "file",
        **with_logo,
    }


def _top_imports(report: str, count: int = 10) -> dict[str, float]:
    """The packages the command imports, by the time their own modules take to import."""
    totals: dict[str, float] = {}
    for line in report.splitlines():
        parts = line.split("|")
        own = parts[0].rsplit(":", 1)[-1].strip()
        if len(parts) != 3 or not own.isdigit():
            continue
        name = parts[2].strip()
        package = ".".join(name.split(".")[:2]) if name.startswith("itsm_desktop") else name.split(".")[0]
        totals[package] = totals.get(package, 0.0) + int(own) / 1000
    ranked = sorted(totals.items(), key=lambda item: -item[1])[:count]
    return {k: round(v, 1) for k, v in ranked}
