"""How fast ITSM Desktop is at a given scale: prints one JSON object of measurements.

    python tests/perf/bench.py                    # 100,000 services (about a minute to build)
    python tests/perf/bench.py --scale small      # 1,000 services
    python tests/perf/bench.py --database big.db  # reuse a database built before

Builds a database of the given scale into a temporary folder (bulk inserts, see builder.py)
unless ``--database`` names one, adds two agreements to measure (10 services with 50 targets,
20 services with 100 targets), then measures, each part in a process of its own:

- cold start: launch of ``python -m itsm_desktop`` to the main window painted (median of
  ``--runs``), the floor (a process importing the same third-party modules and showing an
  empty ``QMainWindow``) and their ratio;
- search as you type on the real catalog page: a keystroke to the table repainted with the
  first screen of matches, and to the complete list of matches, over ``--queries``
  keystrokes (the search field's debounce delay is not included: it is reported);
- opening the service and agreement editors and saving an edit in each;
- PDF: the demo SLA, the large agreement from the database, a catalog of 1,000 services;
- peak resident memory of the GUI process after scrolling the service table to its end (and
  at the end of the session, the agreements page built too);
- documents (``documents_bench.py``): the catalog report of the whole database streamed (time,
  peak memory, progress), the 1,000-service catalog report, and ``export-sla`` from the
  command line against a bare reportlab script writing the same pages.

``--part documents`` measures only the documents (the database is still built if missing);
at ``--scale tiny`` the documents are measured only when asked for so.

Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise. Not part of
the test suite; ``tests/test_bench_runs.py`` only checks that it runs at ``--scale tiny``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PAINTED_MARK = "itsm-desktop: first paint at"  # printed by itsm_desktop.ui.app
EDIT_TITLE = "Benchmark agreement: 10 services, 50 targets"
LARGE_TITLE = "Benchmark agreement: 20 services, 100 targets"
START_TIMEOUT = 120.0


# --- helpers ---------------------------------------------------------------------------------


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * (len(ordered) - 1))))
    return ordered[rank]


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _peak_rss_mb() -> float:
    """The peak resident memory of this process (since it started its program)."""
    status = Path("/proc/self/status")
    if status.exists():  # ru_maxrss would count the parent's memory at fork time, before exec
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _child_env(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ITSM_DESKTOP_SETTINGS"] = str(settings)  # a fresh window state: starts on Home
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("ITSM_DESKTOP_EXIT_AFTER_PAINT", None)
    return env


def _worker(name: str, database: Path, settings: Path, *extra: str) -> dict[str, Any]:
    """Run ``bench.py --worker name`` and return the JSON object it prints last."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", name,
               "--database", str(database), *extra]
    done = subprocess.run(command, env=_child_env(settings), capture_output=True, text=True,
                          timeout=1800, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"bench worker {name} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# --- preparing the database ----------------------------------------------------------------


def _prepare(database: Path) -> dict[str, int]:
    """Add the agreements the benchmark opens and prints (once); their ids."""
    import sqlalchemy as sa

    from itsm_desktop.domain.enums import (
        Metric,
        OrganizationKind,
        Priority,
        ServiceStatus,
        TargetUnit,
    )
    from itsm_desktop.domain.forms import AgreementForm, CustomerRow, TargetRow
    from itsm_desktop.domain.models import Agreement, Organization, Service
    from itsm_desktop.services import agreements
    from itsm_desktop.store import Database

    with Database.open(database) as db:
        with db.read() as session:
            found = dict(session.execute(sa.select(Agreement.title, Agreement.id).where(
                sa.or_(Agreement.title == EDIT_TITLE, Agreement.title == LARGE_TITLE))).all())
            provider = session.execute(sa.select(Organization.id).where(
                Organization.kind == OrganizationKind.INTERNAL).order_by(Organization.id)).scalar()
            customer = session.execute(sa.select(Organization.id).where(
                Organization.kind == OrganizationKind.CUSTOMER).order_by(Organization.id)).scalar()
            live = list(session.execute(sa.select(Service.id).where(
                Service.status == ServiceStatus.LIVE).order_by(Service.id).limit(20)).scalars())
        ids = {}
        for key, title, count in (("edit", EDIT_TITLE, 10), ("large", LARGE_TITLE, 20)):
            if title in found:
                ids[key] = found[title]
                continue
            services = live[:count]
            targets = []
            for sid in services:
                targets.append(TargetRow(metric=Metric.AVAILABILITY, value=99.5, unit=TargetUnit.PERCENT,
                                         service_id=sid))
                targets += [TargetRow(metric=Metric.RESPONSE_TIME, value=15 * (n + 1),
                                      unit=TargetUnit.MINUTES, service_id=sid, priority=p)
                            for n, p in enumerate(list(Priority)[:4])]
            form = AgreementForm(title=title, provider_id=provider, service_ids=services,
                                 customers=[CustomerRow(organization_id=customer)], targets=targets,
                                 scope="The services listed, for every site of the customer.")
            created = agreements.create_agreement(db, form=form)
            assert created.id is not None
            ids[key] = created.id
        return ids


# --- cold start --------------------------------------------------------------------------------


def _painted_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to the first-paint line it prints."""
    started = time.time()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as process:
        assert process.stdout is not None
        painted = None
        deadline = time.monotonic() + START_TIMEOUT
        for line in process.stdout:
            if line.startswith(PAINTED_MARK):
                painted = float(line.split()[-1])
                break
            if time.monotonic() > deadline:
                break
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    if painted is None:
        raise SystemExit(f"no first paint reported by {' '.join(command)}")
    return painted - started


def _cold_start(database: Path, settings: Path, runs: int) -> dict[str, Any]:
    env = _child_env(settings)
    app = [sys.executable, "-m", "itsm_desktop", "--database", str(database)]
    modules = _worker("modules", database, settings)["modules"]
    module_file = settings.with_name("floor-modules.json")
    module_file.write_text(json.dumps(modules))
    floor = [sys.executable, str(Path(__file__).resolve()), "--worker", "floor",
             "--modules", str(module_file)]
    app_env = dict(env, ITSM_DESKTOP_EXIT_AFTER_PAINT="1")
    # The application's modules compiled to bytecode, as the floor's third-party modules are (an
    # installation compiles them; a checkout does on first run, unless PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(ROOT / "itsm_desktop", quiet=1)
    _painted_after(app, app_env)  # warm the file cache for both
    _painted_after(floor, env)
    starts, floors = [], []
    for _ in range(runs):  # interleaved, so that a busy moment weighs on both alike
        starts.append(_painted_after(app, app_env))
        floors.append(_painted_after(floor, env))
    start, bottom = statistics.median(starts), statistics.median(floors)
    return {"cold_start_ms": _ms(start), "cold_start_runs_ms": [_ms(s) for s in starts],
            "floor_ms": _ms(bottom), "floor_runs_ms": [_ms(s) for s in floors],
            "cold_start_ratio": round(start / bottom, 2),
            "floor_third_party_packages": sorted({m.split(".")[0] for m in modules})}


# --- workers (each in a process of its own) ----------------------------------------------------


def _third_party(names: list[str]) -> list[str]:
    stdlib = sys.stdlib_module_names
    out = []
    for name in names:
        top = name.split(".")[0]
        module = sys.modules.get(name)
        if top in stdlib or top.startswith("_") or top in ("itsm_desktop", "__main__"):
            continue
        path = getattr(module, "__file__", None) or ""
        if "site-packages" in path or "dist-packages" in path:
            out.append(name)
    return out


def worker_modules(args: argparse.Namespace) -> dict[str, Any]:
    """Start the application in this process, as ``python -m itsm_desktop`` does; list the
    third-party modules loaded when its window has painted."""
    os.environ["ITSM_DESKTOP_EXIT_AFTER_PAINT"] = "1"
    from itsm_desktop.cli import main

    main(["--database", str(args.database)])
    return {"modules": _third_party(list(sys.modules))}


def worker_floor(args: argparse.Namespace) -> None:
    """The floor: import the same third-party modules, show an empty main window."""
    import importlib

    for name in json.loads(Path(args.modules).read_text()):
        with contextlib.suppress(Exception):  # a module that only imports inside its package
            importlib.import_module(name)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print(f"{PAINTED_MARK} {time.time():.6f}", flush=True)
        app.quit()

    probe = FirstPaint(app)
    app.installEventFilter(probe)
    window.resize(1280, 800)
    window.show()
    app.exec()


def _typing(count: int) -> Iterator[str]:
    """What the search field holds after each of ``count`` keystrokes: words typed letter by
    letter, a few corrected with backspace, the field cleared between words."""
    words = ["mail", "payroll", "svc-0421", "équipe", "network sto", "zzz", "archive serv",
             "почта", "ident", "kiosk 77", "backup", "le"]
    produced = 0
    while True:
        for word in words:
            for n in range(1, len(word) + 1):
                yield word[:n]
                produced += 1
                if produced >= count:
                    return
            if word == "network sto":  # a correction: two backspaces
                for text in (word[:-1], word[:-2]):
                    yield text
                    produced += 1
                    if produced >= count:
                        return
            yield ""
            produced += 1
            if produced >= count:
                return


def worker_gui(args: argparse.Namespace) -> dict[str, Any]:
    """Search, editors, save and scrolling on the real main window, in this process."""
    from PySide6.QtWidgets import QApplication

    from itsm_desktop.store import Database
    from itsm_desktop.ui.app import application
    from itsm_desktop.ui.main_window import MainWindow
    from itsm_desktop.ui.settings import open_settings
    from itsm_desktop.ui.widgets import SEARCH_DELAY_MS

    application()
    db = Database.open(args.database)
    window = MainWindow(db, open_settings(args.settings))
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    out: dict[str, Any] = {}

    def settle() -> None:
        QApplication.processEvents()

    # the catalog page, shown for the first time
    out["catalog_page_first_show_ms"] = _ms(_timed(lambda: (window.show_page("catalog"), settle())))
    page = window.pages["catalog"]
    table = page.table

    def keystroke(text: str) -> None:
        page.search.setText(text)
        page.search.flush()  # what the debounce timer does once the user pauses
        table.viewport().repaint()

    latencies, completed = [], []
    first = None
    for text in _typing(args.queries):
        elapsed = _timed(lambda t=text: keystroke(t))  # type: ignore[misc]
        # the table shows the first screen of matches at once, the rest of the list follows
        rest = _timed(lambda: (settle(), table.viewport().repaint()))
        if first is None and text:
            first = elapsed
        latencies.append(elapsed)
        completed.append(elapsed + rest)
    out["search_queries"] = len(latencies)
    out["search_p50_ms"] = _ms(statistics.median(latencies))
    out["search_p95_ms"] = _ms(_percentile(latencies, 0.95))
    out["search_max_ms"] = _ms(max(latencies))
    out["search_first_ms"] = _ms(first or 0.0)
    out["search_complete_p50_ms"] = _ms(statistics.median(completed))
    out["search_complete_p95_ms"] = _ms(_percentile(completed, 0.95))
    out["search_debounce_ms"] = SEARCH_DELAY_MS
    keystroke("")
    settle()

    # the service editor: open a few services far apart in the list, save an edit
    count = page.model.rowCount()
    rows = [count // 2, count // 3, count - 1, 1, count // 5] if count > 5 else list(range(count))
    opens = []
    for row in rows:
        record_id = page.model.id_at(row)
        assert record_id is not None
        opens.append(_timed(lambda r=record_id: (page.show_record(r), settle())))  # type: ignore[misc]
    out["service_editor_open_ms"] = _ms(statistics.median(opens))
    saves = []
    for n in range(3):
        editor = page.editor
        editor.name.setText(f"{editor.name.text().split(' #')[0]} #{n}")
        saves.append(_timed(lambda: (page.save_record(), settle())))
    out["service_save_ms"] = _ms(statistics.median(saves))

    # the whole service table, scrolled through to its end
    page.clear_search()
    settle()
    out["scroll_to_end_ms"] = _ms(_timed(lambda: (table.scrollToBottom(), settle(),
                                                   table.viewport().repaint())))
    out["services_listed"] = page.model.rowCount()
    out["peak_rss_mb"] = _peak_rss_mb()

    # the agreement editor: the agreement of 10 services and 50 targets
    window.show_page("agreements")
    settle()
    agreements_page = window.pages["agreements"]
    opens = []
    for _ in range(3):
        agreements_page.show_record(args.large_id)  # another record first
        settle()
        opens.append(_timed(lambda: (agreements_page.show_record(args.edit_id), settle())))
    out["agreement_editor_open_ms"] = _ms(statistics.median(opens))
    saves = []
    for n in range(3):
        title = agreements_page.editor.general.title
        title.setText(f"{title.text().split(' #')[0]} #{n}")
        saves.append(_timed(lambda: (agreements_page.save_record(), settle())))
    out["agreement_save_ms"] = _ms(statistics.median(saves))

    out["peak_rss_session_mb"] = _peak_rss_mb()  # with the agreements page built too
    window.close()
    db.close()
    return out


def worker_pdf(args: argparse.Namespace) -> dict[str, Any]:
    """PDF documents, timed in a fresh process (the first includes loading reportlab)."""
    from itsm_desktop.store import Database

    out: dict[str, Any] = {}
    start = time.perf_counter()
    from itsm_desktop.documents.agreement_pdf import render_agreement
    from itsm_desktop.documents.catalog_pdf import render_catalog
    from itsm_desktop.documents.layout import default_page_size
    from itsm_desktop.documents.samples import demo_agreement_snapshot, large_catalog_snapshot

    out["pdf_import_ms"] = _ms(time.perf_counter() - start)
    size = default_page_size()
    out["pdf_demo_sla_ms"] = _ms(_timed(lambda: render_agreement(demo_agreement_snapshot(), page_size=size)))
    from itsm_desktop.services.printing import agreement_pdf

    with Database.open(args.database) as db:
        timings = [_timed(lambda: agreement_pdf(db, args.large_id, page_size=size)) for _ in range(3)]
    out["pdf_large_agreement_ms"] = _ms(statistics.median(timings))
    snapshot = large_catalog_snapshot(1000)
    pdf = render_catalog(snapshot, page_size=size)
    out["pdf_catalog_1000_ms"] = _ms(_timed(lambda: render_catalog(snapshot, page_size=size)))
    out["pdf_catalog_1000_bytes"] = len(pdf)
    return out


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=("large", "small", "tiny"), default="large")
    parser.add_argument("--database", type=Path, help="use this database (built if missing)")
    parser.add_argument("--runs", type=int, default=5, help="cold starts to take the median of")
    parser.add_argument("--queries", type=int, default=50, help="keystrokes of search as you type")
    parser.add_argument("--part", choices=("all", "documents"), default="all")
    parser.add_argument("--worker", choices=("modules", "floor", "gui", "pdf", "catalog", "catalog1000"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--modules", help=argparse.SUPPRESS)
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--edit-id", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--large-id", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    if args.worker == "floor":
        worker_floor(args)
        return 0
    if args.worker is not None:
        sys.path.insert(0, str(HERE))
        import documents_bench

        workers = {"modules": worker_modules, "gui": worker_gui, "pdf": worker_pdf,
                   "catalog": lambda a: documents_bench.worker_catalog(a.database),
                   "catalog1000": lambda a: documents_bench.worker_catalog_1000()}
        result = workers[args.worker](args)
        print(json.dumps(result), flush=True)
        return 0

    sys.path.insert(0, str(HERE))
    from builder import Scale, build

    with tempfile.TemporaryDirectory(prefix="itsm-bench-") as folder:
        database = args.database or Path(folder) / f"bench-{args.scale}.db"
        scale = Scale.named(args.scale)
        result: dict[str, Any] = {"scale": args.scale, "services": scale.services,
                                  "organizations": scale.organizations, "contacts": scale.contacts,
                                  "agreements": scale.agreements}
        if not database.exists():
            result["build_s"] = round(_timed(lambda: build(database, scale)), 1)
        ids = _prepare(database)
        settings = Path(folder) / "settings.ini"
        extra = ["--edit-id", str(ids["edit"]), "--large-id", str(ids["large"])]
        if args.part == "all":
            result.update(_cold_start(database, settings, args.runs))
            settings.unlink(missing_ok=True)
            result.update(_worker("gui", database, settings, "--settings", str(settings),
                                  "--queries", str(args.queries), *extra))
            result.update(_worker("pdf", database, settings, *extra))
        if args.part == "documents" or args.scale != "tiny":  # the tiny run stays quick
            import documents_bench

            result.update(_worker("catalog1000", database, settings))
            result.update(_worker("catalog", database, settings))
            result.update(documents_bench.export_sla_against_bare(_child_env(settings), runs=args.runs))
        result["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                             "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                             "load_average": [round(x, 2) for x in os.getloadavg()]}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
