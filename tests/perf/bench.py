"""How fast ITSM Desktop is at a given scale: prints one JSON object of measurements.

    python tests/perf/bench.py                    # 100,000 services (about a minute to build)
    python tests/perf/bench.py --scale small      # 1,000 services
    python tests/perf/bench.py --database big.db  # reuse a database built before

Builds a database of the given scale into a temporary folder (bulk inserts, see builder.py)
unless ``--database`` names one, adds two agreements to measure (10 services with 50 targets,
20 services with 100 targets), then measures, each part in a process of its own:

- cold start: launch of ``python -m itsm_desktop`` to the main window painted (median of
  ``--runs``), the floor (a process importing the same third-party modules, in the order the
  application does, and showing an empty ``QMainWindow``) and their ratio; the Home page reads
  its figures once the window has painted: that is timed apart (``home_figures_ms``), and so is
  loading the German and French catalogues (``translations_de_ms``, goal at most 20 ms);
- search as you type on the real catalog page: a keystroke to the table repainted with the
  first screen of matches, and to the complete list of matches, over ``--queries``
  keystrokes (the search field's debounce delay is not included: it is reported), with the
  GUI thread's CPU time per keystroke beside (what a busy machine does not inflate);
- opening the service and agreement editors and saving an edit in each, with the statements,
  transactions and rows written of a save, in the editor and through the use case alone;
- previewing an agreement from the window: time, and how many snapshots of it were read;
- search in SQL as a record picker does it (ranked, the first 12), over the same keystrokes,
  and renames that refresh the search texts of the records naming the renamed one: a supplier,
  a contact who owns or manages services, a family (each renamed and back, the median of both);
- PDF: the demo SLA, the large agreement from the database, a catalog of 1,000 services;
- spreadsheets: export of every service to CSV and XLSX (and the process's peak memory), the
  whole portfolio to its portable file and back into an empty database (compared table by
  table), and the preview and commit of an XLSX of 10,000 new services; reading a CSV file
  of 300,000 rows (about 60 MB, once refused) as a stream, with the memory it takes;
- peak resident memory of the GUI process after scrolling the service table to its end (and
  at the end of the session, the agreements page built too);
- service level measurement: response and resolution compliance of incident records (a
  million at the large scale, generated in memory) for 200 targets over 24 months, in three
  time bases (clock time, office hours in Berlin, extended hours in New York), and the peak
  memory of that process;
- documents (``documents_bench.py``): the catalog report of the whole database streamed (time,
  peak memory, progress), the 1,000-service catalog report, the 30-service × 40-target
  agreement (time, and the fewest rows of a continued table on a page), the service level report of
  one agreement with 200 targets (wall and CPU time), and ``export-sla`` from the command line
  against a bare reportlab script writing the same pages;
- what a durable save costs: an organization saved through the services, median and 95th
  percentile, with ``synchronous=NORMAL`` and with ``FULL`` (what the application uses), in
  the database's folder (a RAM-backed /tmp makes both free: use ``--database`` on a disk).

``--part documents`` measures only the documents (the database is still built if missing),
``--part cold-start`` only the cold start (wall-clock and CPU time to the first paint);
at ``--scale tiny`` the documents are measured only when asked for so.

Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise. Not part of
the test suite; ``tests/test_bench_runs.py`` only checks that it runs at ``--scale tiny``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import functools
import json
import os
import platform
import resource
import shutil
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
CPU_MARK = "itsm-desktop: CPU seconds to first paint"  # printed just before it
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


def _anonymous_rss_mb() -> float | None:
    """This process's resident memory that is not a mapped file (Linux only)."""
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else []:
        if line.startswith("RssAnon:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


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


def _painted_after(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching ``command`` to the first-paint line it prints, and the CPU
    seconds it had used by then (what a busy shared machine inflates far less)."""
    started = time.time()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as process:
        assert process.stdout is not None
        painted = cpu = None
        deadline = time.monotonic() + START_TIMEOUT
        for line in process.stdout:
            if line.startswith(CPU_MARK):
                cpu = float(line.split()[-1])
            if line.startswith(PAINTED_MARK):
                painted = float(line.split()[-1])
                break
            if time.monotonic() > deadline:
                break
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    if painted is None or cpu is None:
        raise SystemExit(f"no first paint reported by {' '.join(command)}")
    return painted - started, cpu


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
    start, bottom = (statistics.median(s for s, _ in starts), statistics.median(f for f, _ in floors))
    start_cpu, bottom_cpu = (statistics.median(c for _, c in starts),
                             statistics.median(c for _, c in floors))
    return {"cold_start_ms": _ms(start), "cold_start_runs_ms": [_ms(s) for s, _ in starts],
            "floor_ms": _ms(bottom), "floor_runs_ms": [_ms(f) for f, _ in floors],
            "cold_start_ratio": round(start / bottom, 2),
            "cold_start_cpu_ms": _ms(start_cpu), "floor_cpu_ms": _ms(bottom_cpu),
            "cold_start_cpu_ratio": round(start_cpu / bottom_cpu, 2),
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
        painted, cpu = time.time(), time.process_time()
        print(f"{CPU_MARK} {cpu:.6f}", flush=True)
        print(f"{PAINTED_MARK} {painted:.6f}", flush=True)
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


def _translations_loading(app: Any) -> dict[str, float]:
    """What installing a language's catalogues (the application's and Qt's) adds to a start."""
    from itsm_desktop.ui.languages import install_translators, remove_translators

    out = {}
    for language in ("de", "fr"):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            translators = install_translators(app, language)
            times.append(time.perf_counter() - started)
            remove_translators(app, translators)
        out[f"translations_{language}_ms"] = _ms(times[0])  # the first load: what a start pays
        out[f"translations_{language}_again_ms"] = _ms(statistics.median(times[1:]))
    return out


def worker_gui(args: argparse.Namespace) -> dict[str, Any]:
    """Search, editors, save and scrolling on the real main window, in this process."""
    from PySide6.QtWidgets import QApplication
    from statements import counting_statements  # beside this file

    from itsm_desktop.store import Database
    from itsm_desktop.ui.app import application
    from itsm_desktop.ui.common.widgets import SEARCH_DELAY_MS
    from itsm_desktop.ui.main_window import MainWindow
    from itsm_desktop.ui.settings import open_settings

    app = application()
    out: dict[str, Any] = _translations_loading(app)
    db = Database.open(args.database)
    window = MainWindow(db, open_settings(args.settings))
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()

    def settle() -> None:
        QApplication.processEvents()

    # the Home page's figures: read just after the first paint, not part of the cold start
    home = window.pages["home"]
    out["home_figures_ms"] = _ms(statistics.median(_timed(home.refresh) for _ in range(3)))

    # the catalog page, shown for the first time
    out["catalog_page_first_show_ms"] = _ms(_timed(lambda: (window.show_page("catalog"), settle())))
    page = window.pages["catalog"]
    table = page.table

    def keystroke(text: str) -> None:
        page.search.setText(text)
        page.search.flush()  # what the debounce timer does once the user pauses
        table.viewport().repaint()

    latencies, completed, cpu = [], [], []
    first = None
    for text in _typing(args.queries):
        started_cpu = time.thread_time()  # the GUI thread's own work, whatever else runs on the machine
        elapsed = _timed(lambda t=text: keystroke(t))  # type: ignore[misc]
        cpu.append(time.thread_time() - started_cpu)
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
    out["search_cpu_p50_ms"] = _ms(statistics.median(cpu))
    out["search_cpu_p95_ms"] = _ms(_percentile(cpu, 0.95))
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
        with counting_statements() as asked:  # the last save's figures are reported
            saves.append(_timed(lambda: (page.save_record(), settle())))
    out["service_save_ms"] = _ms(statistics.median(saves))
    out.update(_prefixed("service_editor_save", asked.summary()))

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
        with counting_statements() as asked:
            saves.append(_timed(lambda: (agreements_page.save_record(), settle())))
    out["agreement_save_ms"] = _ms(statistics.median(saves))
    out.update(_prefixed("agreement_editor_save", asked.summary()))

    out.update(_preview(window, args.edit_id))
    out["peak_rss_session_mb"] = _peak_rss_mb()  # with the agreements page built too
    window, out["language_switch_ms"] = _language_switch(window)
    window.close()
    db.close()
    return out


def _language_switch(window: Any) -> tuple[Any, float]:
    """Choosing German in Preferences: the window built anew in it, on the agreements page;
    the new window and the time until it is shown."""
    from PySide6.QtWidgets import QApplication

    from itsm_desktop.ui.language_switch import rebuild_in_language
    from itsm_desktop.ui.languages import use_language

    app = QApplication.instance()
    started = time.perf_counter()
    fresh = rebuild_in_language(window, "de")
    app.processEvents()
    took = _ms(time.perf_counter() - started)
    use_language(app, "en")
    return fresh or window, took


def _preview(window: Any, agreement_id: int) -> dict[str, Any]:
    """Preview an agreement as the window does: the time to the preview shown, and how many
    snapshots of the agreement it read (each one a read transaction of its own)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from itsm_desktop.services import printing, snapshots

    reads = []

    def counted(original: Callable[..., Any]) -> Callable[..., Any]:
        def snapshot(*a: Any, **kw: Any) -> Any:
            reads.append(1)
            return original(*a, **kw)
        return snapshot

    patched = [(m, m.agreement_snapshot) for m in (printing, snapshots)]
    for module, original in patched:
        module.agreement_snapshot = counted(original)  # type: ignore[attr-defined]
    try:
        actions = window.print_actions
        loop = QEventLoop()
        actions.preview_opened.connect(loop.quit)
        QTimer.singleShot(int(START_TIMEOUT * 1000), loop.quit)
        start = time.perf_counter()
        actions.preview_agreement(agreement_id)
        loop.exec()
        elapsed = time.perf_counter() - start
        shown = actions.previews()
        assert shown, "the preview did not open"
        for preview in shown:
            preview.close()
    finally:
        for module, original in patched:
            module.agreement_snapshot = original  # type: ignore[attr-defined]
    return {"preview_agreement_ms": _ms(elapsed), "preview_snapshots": len(reads)}
def _prefixed(prefix: str, figures: dict[str, int]) -> dict[str, int]:
    return {f"{prefix}_{key}": value for key, value in figures.items()}


def worker_writes(args: argparse.Namespace) -> dict[str, Any]:
    """What one save asks of the database, through the use cases alone (no window).

    A one-field rename of a service, and a title edit of the agreement of 10 services and 50
    targets: statements, transactions, and rows written (INSERT/UPDATE/DELETE statements).
    """
    import sqlalchemy as sa
    from statements import counting_statements  # beside this file

    from itsm_desktop.domain.models import Service
    from itsm_desktop.services import agreements, catalog
    from itsm_desktop.store import Database

    out: dict[str, Any] = {}
    with Database.open(args.database) as db:
        with db.read() as session:
            service_id = session.execute(sa.select(Service.id).order_by(Service.id).limit(1)).scalar_one()
        detail = catalog.load_service(db, service_id)
        form = detail.form
        form.name = f"{form.name.split(' #')[0]} #w"
        with counting_statements() as asked:
            catalog.update_service(db, service_id=service_id, version=detail.service.version, form=form)
        out.update(_prefixed("service_save", asked.summary()))
        out["service_save_tables_written"] = sorted({table for _verb, table in asked.writes})
        loaded = agreements.load_agreement(db, args.edit_id)
        edited = loaded.form
        edited.title = f"{edited.title.split(' #')[0]} #w"
        with counting_statements() as asked:
            agreements.update_agreement(db, agreement_id=args.edit_id, version=loaded.agreement.version,
                                        form=edited)
        out.update(_prefixed("agreement_save", asked.summary()))
        out["agreement_save_tables_written"] = sorted({table for _verb, table in asked.writes})
    return out


def worker_lookup(args: argparse.Namespace) -> dict[str, Any]:
    """Search in SQL (what a picker shows while the user types) and renames of named records."""
    import sqlalchemy as sa

    from itsm_desktop.domain.enums import OrganizationKind
    from itsm_desktop.domain.models import Organization, Service, ServiceFamily, ServiceSupplier
    from itsm_desktop.services import catalog, stakeholders
    from itsm_desktop.services.listing import SERVICES
    from itsm_desktop.store import Database

    out: dict[str, Any] = {}
    with Database.open(args.database) as db:
        typed = [text for text in _typing(args.queries) if text]
        latencies, cpu = [], []
        for text in typed:
            started_cpu = time.process_time()
            latencies.append(_timed(lambda t=text: SERVICES.ids(db, search=t, sort="code", limit=12)))  # type: ignore[misc]
            cpu.append(time.process_time() - started_cpu)
        out["sql_search_p50_ms"] = _ms(statistics.median(latencies))
        out["sql_search_p95_ms"] = _ms(_percentile(latencies, 0.95))
        out["sql_search_cpu_p50_ms"] = _ms(statistics.median(cpu))
        out["sql_search_cpu_p95_ms"] = _ms(_percentile(cpu, 0.95))
        with db.read() as session:
            supplier = session.execute(sa.select(Organization.id).where(
                Organization.kind == OrganizationKind.SUPPLIER).order_by(Organization.id)).scalars().first()
            supplied = session.execute(sa.select(sa.func.count()).where(
                ServiceSupplier.supplier_id == supplier)).scalar_one()
            owner = session.execute(sa.select(Service.owner_id).order_by(Service.id)).scalars().first()
            family = session.execute(sa.select(ServiceFamily.id).order_by(ServiceFamily.id)).scalars().first()
            in_family = session.execute(sa.select(sa.func.count()).where(Service.family_id == family)).scalar_one()
            people = session.execute(sa.select(sa.func.count()).where(
                sa.or_(Service.owner_id == owner, Service.manager_id == owner))).scalar_one()
        assert supplier is not None and owner is not None and family is not None

        def rename_organization(suffix: str) -> None:
            org = stakeholders.get_organization(db, supplier)
            form = stakeholders.organization_form(org)
            form.name = form.name.removesuffix(" (renamed)") + suffix
            stakeholders.update_organization(db, organization_id=supplier, version=org.version, form=form)

        def rename_contact(suffix: str) -> None:
            person = stakeholders.get_contact(db, owner)
            form = stakeholders.contact_form(person)
            form.name = form.name.removesuffix(" (renamed)") + suffix
            stakeholders.update_contact(db, contact_id=owner, version=person.version, form=form)

        def rename_family(suffix: str) -> None:
            with db.read() as session:
                current = session.get(ServiceFamily, family)
                assert current is not None
            form = catalog.family_form(current)
            form.name = form.name.removesuffix(" (renamed)") + suffix
            catalog.update_family(db, family_id=family, version=current.version, form=form)

        for key, rename, count in (("supplier", rename_organization, supplied), ("contact", rename_contact, people),
                                   ("family", rename_family, in_family)):
            times = [_timed(lambda r=rename, s=suffix: r(s)) for suffix in (" (renamed)", "")]  # type: ignore[misc]
            out[f"rename_{key}_ms"] = _ms(statistics.median(times))
            out[f"rename_{key}_services"] = count
    return out


def worker_pdf(args: argparse.Namespace) -> dict[str, Any]:
    """PDF documents, timed in a fresh process (the first includes loading reportlab)."""
    from itsm_desktop.store import Database

    out: dict[str, Any] = {}
    start = time.perf_counter()
    from dataclasses import replace

    from document_samples import demo_agreement_snapshot, large_catalog_snapshot

    from itsm_desktop.documents.agreement_pdf import render_agreement
    from itsm_desktop.documents.catalog_pdf import render_catalog
    from itsm_desktop.documents.layout import default_page_size
    from itsm_desktop.domain.languages import DocumentLanguage

    out["pdf_import_ms"] = _ms(time.perf_counter() - start)
    size = default_page_size()
    out["pdf_demo_sla_ms"] = _ms(_timed(lambda: render_agreement(demo_agreement_snapshot(), page_size=size)))
    # the same in German: its words from the catalogue, dates and money through Babel
    german = replace(demo_agreement_snapshot(), language=DocumentLanguage.GERMAN)
    out["pdf_demo_sla_german_ms"] = _ms(_timed(lambda: render_agreement(german, page_size=size)))
    from itsm_desktop.services.printing import agreement_pdf

    with Database.open(args.database) as db:
        timings = [_timed(lambda: agreement_pdf(db, args.large_id, page_size=size)) for _ in range(3)]
    out["pdf_large_agreement_ms"] = _ms(statistics.median(timings))
    snapshot = large_catalog_snapshot(1000)
    pdf = render_catalog(snapshot, page_size=size)
    out["pdf_catalog_1000_ms"] = _ms(_timed(lambda: render_catalog(snapshot, page_size=size)))
    out["pdf_catalog_1000_bytes"] = len(pdf)
    french = replace(snapshot, language=DocumentLanguage.FRENCH)
    out["pdf_catalog_1000_french_ms"] = _ms(_timed(lambda: render_catalog(french, page_size=size)))
    return out


def worker_measure(args: argparse.Namespace) -> dict[str, Any]:
    """Compliance of ``--rows`` generated incident records for 200 targets over 24 months."""
    import random
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from itsm_desktop.domain.enums import Metric, Priority, TargetUnit
    from itsm_desktop.domain.measurement.calendar import CLOCK, Calendar
    from itsm_desktop.domain.measurement.compliance import TimeTarget, time_compliance
    from itsm_desktop.domain.measurement.limits import limit_seconds
    from itsm_desktop.domain.measurement.records import IncidentBatch

    office = Calendar.weekly({d: [("08:00", "18:00")] for d in range(5)}, zone="Europe/Berlin",
                             holidays=[date(y, m, d) for y in (2025, 2026)
                                       for m, d in ((1, 1), (5, 1), (10, 3), (12, 25), (12, 26))])
    extended = Calendar.weekly({**{d: [("07:00", "12:00"), ("13:00", "22:00")] for d in range(5)},
                                5: [("22:00", "06:00")]}, zone="America/New_York")
    bases = (CLOCK, office, extended)
    limits = {Metric.RESPONSE_TIME: ((15, TargetUnit.MINUTES), (1, TargetUnit.HOURS),
                                     (4, TargetUnit.BUSINESS_HOURS), (1, TargetUnit.BUSINESS_DAYS)),
              Metric.RESOLUTION_TIME: ((4, TargetUnit.HOURS), (8, TargetUnit.BUSINESS_HOURS),
                                       (3, TargetUnit.BUSINESS_DAYS), (10, TargetUnit.BUSINESS_DAYS))}
    services = [f"SVC-{n:02d}" for n in range(25)]  # 25 services × 4 priorities × 2 metrics
    targets = [TimeTarget(key=(s, p, m), metric=m, limit=limit_seconds(v, u, bases[n % 3]),
                          calendar=bases[n % 3], priority=p, services=frozenset({s}), warning_share=80)
               for n, s in enumerate(services) for m, table in limits.items()
               for p, (v, u) in zip(Priority, table, strict=True)]
    start, end = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()), int(datetime(2027, 1, 1, tzinfo=UTC).timestamp())
    rng = random.Random(7)
    priorities = list(Priority)

    def build() -> IncidentBatch:
        batch = IncidentBatch()
        for _ in range(args.rows):
            opened = rng.randrange(start, end - 30 * 86_400)
            responded = opened + int(rng.expovariate(1 / 1200))
            resolved = responded + int(rng.expovariate(1 / 36_000))
            paused = [(responded + 600, responded + 600 + rng.randrange(3600, 3 * 3600))] \
                if rng.random() < 0.1 else []
            batch.add(service=rng.choice(services), priority=rng.choice(priorities), opened=opened,
                      responded=None if rng.random() < 0.01 else responded,
                      resolved=None if rng.random() < 0.02 else resolved, paused=paused)
        return batch

    generate_start = time.perf_counter()
    batch = build()
    out: dict[str, Any] = {"measure_rows": len(batch), "measure_targets": len(targets),
                           "measure_generate_s": round(time.perf_counter() - generate_start, 2)}
    compute_start, cpu_start = time.perf_counter(), time.process_time()
    results = time_compliance(batch, targets, zone="Europe/Berlin", first_day=date(2025, 1, 1),
                              as_of=datetime(2027, 1, 1, tzinfo=ZoneInfo("Europe/Berlin")))
    out["measure_compute_s"] = round(time.perf_counter() - compute_start, 2)
    out["measure_compute_cpu_s"] = round(time.process_time() - cpu_start, 2)
    out["measure_load_average"] = round(os.getloadavg()[0], 2)  # other work slows it down
    out["measure_results"] = sum(len(r) for r in results.values())
    out["measure_periods"] = max(len(r) for r in results.values())
    out["measure_peak_rss_mb"] = _peak_rss_mb()
    return out


def worker_service_levels(args: argparse.Namespace) -> dict[str, Any]:
    """``--rows`` incident rows imported from a CSV file into a fresh database and computed for
    200 targets over 24 months through the services layer; a cancelled import first, which must
    leave nothing behind; then the values stored, the page's read and the agreement's report."""
    import csv
    import random
    from datetime import UTC, datetime

    from itsm_desktop.domain.enums import Metric, Priority, RecordStream, TargetUnit
    from itsm_desktop.domain.forms import AgreementForm, ServiceForm, TargetRow
    from itsm_desktop.domain.measurement.periods import Period
    from itsm_desktop.services import agreements, catalog
    from itsm_desktop.services.service_levels.imports import CHUNK, ImportCancelled, import_file
    from itsm_desktop.services.service_levels.measure import measure
    from itsm_desktop.services.service_levels.scopes import target_scopes
    from itsm_desktop.store import Database

    folder = Path(tempfile.mkdtemp(prefix="itsm-bench-levels-"))
    db = Database.open(folder / "levels.db")
    office = {"always": False, "days": {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}}
    codes = [f"SVC-{n:02d}" for n in range(25)]
    services = [catalog.create_service(db, form=ServiceForm(code=c, name=f"Service {c}",
                                                            hours=office if n % 2 else None))
                for n, c in enumerate(codes)]
    limits = {Metric.RESPONSE_TIME: ((15, TargetUnit.MINUTES), (1, TargetUnit.HOURS),
                                     (4, TargetUnit.BUSINESS_HOURS), (1, TargetUnit.BUSINESS_DAYS)),
              Metric.RESOLUTION_TIME: ((4, TargetUnit.HOURS), (8, TargetUnit.BUSINESS_HOURS),
                                       (3, TargetUnit.BUSINESS_DAYS), (10, TargetUnit.BUSINESS_DAYS))}
    provider = _bench_provider(db)
    form = AgreementForm(
        title="Benchmark service levels", provider_id=provider[0], service_ids=[s.id for s in services],
        customers=[provider[1]], support_hours_name="Service desk hours",  # business time counts in these
        support_hours="Monday to Friday 07:30–18:30 UK time, except bank holidays in England",
        targets=[TargetRow(metric=m, value=v, unit=u, priority=p, service_id=s.id, warning_threshold=80)
                 for s in services for m, table in limits.items()
                 for p, (v, u) in zip(Priority, table, strict=True)])
    agreement = agreements.create_agreement(db, form=form)
    start = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2027, 1, 1, tzinfo=UTC).timestamp())

    def text(at: int) -> str:
        return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M:%S")

    def rows(count: int) -> Iterator[list[str]]:
        rng = random.Random(7)
        priorities = [p.value for p in Priority]
        for n in range(count):
            opened = rng.randrange(start, end - 30 * 86_400)
            responded = opened + int(rng.expovariate(1 / 1200))
            resolved = responded + int(rng.expovariate(1 / 36_000))
            yield [f"INC-{n:07d}", rng.choice(codes), rng.choice(priorities), text(opened),
                   "" if rng.random() < 0.01 else text(responded), "" if rng.random() < 0.02 else text(resolved)]

    # the file a service desk tool exports, written first (not timed): the import reads it as a user's would
    source = folder / "incidents.csv"
    began = time.perf_counter()
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ticket", "Service", "Priority", "Opened", "Responded", "Resolved"])
        writer.writerows(rows(args.rows))
    out: dict[str, Any] = {"levels_rows": args.rows, "levels_file_mb": round(source.stat().st_size / 2**20, 1),
                           "levels_write_file_s": round(time.perf_counter() - began, 2)}
    calls: list[int] = []
    # a fifth of the rows in, or before the first chunk is written when there are few
    cancel_at = min(args.rows // 5, CHUNK * (args.rows // CHUNK - 1))
    began = time.perf_counter()
    try:
        import_file(db, source, RecordStream.INCIDENTS, progress=calls.append,
                    cancelled=lambda: (calls[-1] if calls else 0) >= cancel_at)
        raise SystemExit("the import was not cancelled")
    except ImportCancelled:
        out["levels_cancel_after_rows"] = calls[-1] if calls else 0
        out["levels_cancel_s"] = round(time.perf_counter() - began, 2)
    out["levels_rows_after_cancel"] = db.plain_rows(__import__("sqlalchemy").text(
        "SELECT count(*) FROM incident_record"))[0][0]
    calls.clear()
    began, cpu = time.perf_counter(), time.process_time()
    outcome = import_file(db, source, RecordStream.INCIDENTS, progress=calls.append)
    out["levels_import_s"] = round(time.perf_counter() - began, 2)
    out["levels_import_cpu_s"] = round(time.process_time() - cpu, 2)
    out["levels_imported"] = outcome.created
    out["levels_progress_calls"] = len(calls)
    steps: list[tuple[str, int]] = []
    began, cpu = time.perf_counter(), time.process_time()
    with db.read() as session:
        scopes = target_scopes(session, agreement.id, zone="UTC")  # type: ignore[arg-type]
    results = measure(db, scopes, first=Period.parse("2025-01"), as_of=datetime(2027, 1, 1, tzinfo=UTC),
                      zone="UTC", progress=lambda step, n: steps.append((step, n)))
    out["levels_compute_s"] = round(time.perf_counter() - began, 2)
    out["levels_compute_cpu_s"] = round(time.process_time() - cpu, 2)
    out["levels_targets"] = len(results)
    out["levels_periods"] = max(len(r) for r in results.values())
    out["levels_total_s"] = round(out["levels_import_s"] + out["levels_compute_s"], 2)
    out["levels_peak_rss_mb"] = _peak_rss_mb()
    out.update(_levels_page_and_report(db, results, agreement.reference))
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    return out


def _levels_page_and_report(db: Any, results: dict[int, Any], reference: str) -> dict[str, Any]:
    """The values stored, the Service Levels page's read of 200 targets × 24 months, and the
    report of the agreement for its last month."""
    import sqlite3
    from datetime import UTC, datetime

    from itsm_desktop.documents.service_level_report import render_report
    from itsm_desktop.domain.measurement.periods import Period
    from itsm_desktop.services.service_levels.board import load_board
    from itsm_desktop.services.service_levels.report import build_report
    from itsm_desktop.services.service_levels.values import record_computed

    out: dict[str, Any] = {}
    now = datetime(2027, 1, 1, tzinfo=UTC)
    began, cpu = time.perf_counter(), time.process_time()
    out["levels_values_stored"] = record_computed(db, (m for rows in results.values() for m in rows), now=now)
    out["levels_store_values_s"] = round(time.perf_counter() - began, 2)
    out["levels_store_values_cpu_s"] = round(time.process_time() - cpu, 2)
    with sqlite3.connect(db.path) as connection:  # the page shows active agreements; this one is a draft
        connection.execute("UPDATE agreement SET status = 'active'")
    timings = []
    for _ in range(3):
        began = time.perf_counter()
        board = load_board(db, first=Period.parse("2025-01"), last=Period.parse("2026-12"))
        timings.append(time.perf_counter() - began)
    out["levels_page_read_ms"] = round(min(timings) * 1000, 1)
    out["levels_page_cells"] = board.value_count()
    # the page in a process of its own, as a user opens it: not in this one, whose heap the
    # million records' import left for the garbage collector to walk
    out.update(_worker("levels_page", db.path, Path(tempfile.mkdtemp(prefix="itsm-bench-levels-settings-"))
                       / "settings.ini"))
    began, cpu = time.perf_counter(), time.process_time()
    report = build_report(db, reference=reference, period="2026-12", now=now)
    out["levels_report_build_s"] = round(time.perf_counter() - began, 2)
    out["levels_report_build_cpu_s"] = round(time.process_time() - cpu, 2)
    began, cpu = time.perf_counter(), time.process_time()
    out["levels_report_pdf_kb"] = len(render_report(report)) // 1024
    out["levels_report_render_s"] = round(time.perf_counter() - began, 2)
    out["levels_report_render_cpu_s"] = round(time.process_time() - cpu, 2)
    return out


def worker_levels_page(args: argparse.Namespace) -> dict[str, Any]:
    """The Service Levels page of the database ``--database``, in a process started as the
    application starts (its modules loaded, then frozen for the garbage collector)."""
    return _levels_page_on_screen(args.database)


def _levels_page_on_screen(path: Path) -> dict[str, Any]:
    """The Service Levels page in the real main window: shown for the first time, then widened
    to 24 months, and read again with a value selected (which also shows the records behind
    it); wall and CPU time of each, how the wall time of the 24 months splits into reading
    the values, resetting the table model and painting, and the longest full collection of the
    garbage collector in all three (a full pass walks every object the window keeps)."""
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from itsm_desktop.services.service_levels import board as levels_board
    from itsm_desktop.store import Database
    from itsm_desktop.ui.app import application
    from itsm_desktop.ui.main_window import PRELOAD_AFTER_MS, MainWindow
    from itsm_desktop.ui.settings import open_settings

    application()
    gc.freeze()  # as run_gui does once its modules are loaded (the pages' own load when shown)
    full: list[float] = []
    started: list[float] = []

    def collected(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started[:] = [time.perf_counter()]
            elif started:
                full.append(time.perf_counter() - started[0])

    gc.callbacks.append(collected)
    out: dict[str, Any] = {}
    settings = Path(tempfile.mkdtemp(prefix="itsm-bench-levels-settings-")) / "settings.ini"
    with Database.open(path) as db:
        window = MainWindow(db, open_settings(settings))
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        began, cpu = time.perf_counter(), time.process_time()
        window.show_page("service_levels")
        QApplication.processEvents()
        out["levels_page_first_show_ms"] = _ms(time.perf_counter() - began)
        out["levels_page_first_show_cpu_ms"] = _ms(time.process_time() - cpu)
        page = window.pages["service_levels"]
        parts: dict[str, float] = {}
        load, reset = levels_board.load_board, page.model.set_board

        def timed_load(*a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return load(*a, **k)
            finally:
                parts["read"] = parts.get("read", 0.0) + time.perf_counter() - start

        def timed_reset(board: Any) -> None:
            start = time.perf_counter()
            reset(board)
            parts["reset"] = parts.get("reset", 0.0) + time.perf_counter() - start

        import itsm_desktop.ui.service_levels.page as page_module

        fit = page_module.fit_columns

        def timed_fit(*a: Any, **k: Any) -> None:  # each month as wide as its widest text
            start = time.perf_counter()
            fit(*a, **k)
            parts["fit_columns"] = parts.get("fit_columns", 0.0) + time.perf_counter() - start

        page_module.load_board, page.model.set_board = timed_load, timed_reset  # type: ignore[assignment]
        page_module.fit_columns = timed_fit  # type: ignore[assignment]
        began, cpu = time.perf_counter(), time.process_time()
        page.first.setDate(QDate(2025, 1, 1))  # 24 months: the page reads them again
        start = time.perf_counter()
        page.view.viewport().repaint()
        parts["paint"] = time.perf_counter() - start
        out["levels_page_24_months_ms"] = _ms(time.perf_counter() - began)
        out["levels_page_24_months_cpu_ms"] = _ms(time.process_time() - cpu)
        out["levels_page_24_months_parts_ms"] = {k: _ms(v) for k, v in parts.items()}
        out["levels_page_columns"] = page.model.columnCount()
        page.view.setCurrentIndex(page.model.index(0, page.model.columnCount() - 1))
        QApplication.processEvents()
        began, cpu = time.perf_counter(), time.process_time()
        page.refresh()
        page.view.viewport().repaint()
        out["levels_page_refresh_selected_ms"] = _ms(time.perf_counter() - began)
        out["levels_page_refresh_selected_cpu_ms"] = _ms(time.process_time() - cpu)
        page_module.load_board = load  # type: ignore[assignment]
        page_module.fit_columns = fit  # type: ignore[assignment]
        window.close()
        # as a user meets it: a window open for a few seconds has loaded the pages' code in its
        # idle moments after the start (see PRELOAD_AFTER_MS), so the first show builds the page
        # and reads its values
        window = MainWindow(db, open_settings(settings.with_name("fresh.ini")))  # starts on Home
        window.resize(1280, 800)
        window.show()
        idle_until = time.monotonic() + PRELOAD_AFTER_MS / 1000 + 1.0
        while time.monotonic() < idle_until:
            QApplication.processEvents()
            time.sleep(0.01)
        began, cpu = time.perf_counter(), time.process_time()
        window.show_page("service_levels")
        QApplication.processEvents()
        out["levels_page_first_show_after_start_ms"] = _ms(time.perf_counter() - began)
        out["levels_page_first_show_after_start_cpu_ms"] = _ms(time.process_time() - cpu)
        window.close()
    gc.callbacks.remove(collected)
    out["levels_page_full_collections"] = len(full)
    out["levels_page_longest_full_collection_ms"] = _ms(max(full, default=0.0))
    return out


def _bench_provider(db: Any) -> tuple[int, Any]:
    """An internal provider and a customer row for the benchmark's agreement."""
    from itsm_desktop.domain.enums import OrganizationKind, UnitType
    from itsm_desktop.domain.forms import CustomerRow, OrganizationForm
    from itsm_desktop.services import stakeholders

    it = stakeholders.create_organization(db, form=OrganizationForm(
        name="IT", kind=OrganizationKind.INTERNAL, unit_type=UnitType.TEAM))
    customer = stakeholders.create_organization(db, form=OrganizationForm(name="Customer",
                                                                          kind=OrganizationKind.CUSTOMER))
    return int(it.id), CustomerRow(organization_id=customer.id)  # type: ignore[arg-type]


# --- spreadsheets and the portable portfolio ----------------------------------------------------


def _table_digests(database: Path) -> dict[str, tuple[int, str]]:
    """Per table: the number of records and a digest of every field of every record, in id order."""
    import hashlib

    import sqlalchemy as sa

    from itsm_desktop.services.exchange.portfolio import tables
    from itsm_desktop.store import Database

    out = {}
    with Database.open(database) as db, db.read() as session:
        connection = session.connection()
        for table in tables():
            digest, count = hashlib.sha256(), 0
            for row in connection.execute(sa.select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
                count += 1
            out[table.name] = (count, digest.hexdigest())
    return out


def _services_workbook(path: Path, database: Path, rows: int) -> None:
    """An XLSX of ``rows`` new services naming families, providers, owners and dependencies."""
    import sqlalchemy as sa
    from openpyxl import Workbook

    from itsm_desktop.domain.enums import OrganizationKind
    from itsm_desktop.domain.models import Contact, Organization, Service, ServiceFamily
    from itsm_desktop.store import Database

    with Database.open(database) as db, db.read() as session:
        families = list(session.execute(sa.select(ServiceFamily.name)).scalars())
        providers = list(session.execute(sa.select(Organization.name).where(
            Organization.kind == OrganizationKind.INTERNAL).limit(50)).scalars())
        owners = list(session.execute(sa.select(Contact.email).where(Contact.email != "").limit(500)).scalars())
        existing = list(session.execute(sa.select(Service.code).limit(500)).scalars())
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Services")
    sheet.append(["Code", "Name", "Family", "Summary", "Status", "Provider", "Owner", "Criticality",
                  "Service hours", "Price", "Charge model", "Components", "Depends on"])
    for i in range(rows):
        depends = [existing[i % len(existing)]] + ([f"IMP-{i - 1:06d}"] if i else [])
        sheet.append([f"IMP-{i:06d}", f"Imported service {i}", families[i % len(families)],
                      "A service brought in from a spreadsheet", "proposed", providers[i % len(providers)],
                      owners[i % len(owners)], "medium", "Mon-Fri 08:00-18:00", "12,50", "per_user",
                      "Application | application\nDatabase | server", "; ".join(depends)])
    book.save(path)


def worker_exchange(args: argparse.Namespace) -> dict[str, Any]:
    """Exports of the whole catalog, the portfolio round trip, and a large import.

    Each step reports its wall time (``_ms``) and this process's CPU time (``_cpu_ms``): on a
    busy machine the second still says what the code costs.
    """
    from itsm_desktop.services.exchange.commit import commit_import, undo_import
    from itsm_desktop.services.exchange.exporter import export_list
    from itsm_desktop.services.exchange.importer import preview_file
    from itsm_desktop.services.exchange.kinds import SERVICES
    from itsm_desktop.services.exchange.portfolio import export_portfolio, import_portfolio
    from itsm_desktop.store import Database

    out: dict[str, Any] = {}

    def measure(name: str, action: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        value = action()
        out[f"{name}_ms"] = _ms(time.perf_counter() - wall)
        out[f"{name}_cpu_ms"] = _ms(time.process_time() - cpu)
        return value

    folder = Path(tempfile.mkdtemp(prefix="itsm-bench-exchange-"))
    with Database.open(args.database) as db:
        measure("export_services_csv", lambda: export_list(db, "services", folder / "s.csv"))
        measure("export_services_xlsx", lambda: export_list(db, "services", folder / "s.xlsx"))
        out["export_peak_rss_mb"] = _peak_rss_mb()  # counts the pages of the database file read mapped
        out["export_rss_anon_mb"] = _anonymous_rss_mb()  # what the process itself holds
        out["export_services_csv_mb"] = round((folder / "s.csv").stat().st_size / 2**20, 1)
        measure("portfolio_export", lambda: export_portfolio(db, folder / "portfolio.zip"))
    out["portfolio_mb"] = round((folder / "portfolio.zip").stat().st_size / 2**20, 1)
    copy = folder / "moved.db"
    with Database.open(copy) as moved:
        measure("portfolio_import", lambda: import_portfolio(moved, folder / "portfolio.zip"))
    out["portfolio_round_trip_lossless"] = _table_digests(args.database) == _table_digests(copy)
    _services_workbook(folder / "import.xlsx", copy, args.import_rows)
    with Database.open(copy) as moved:
        preview = measure("import_preview", lambda: preview_file(moved, SERVICES, folder / "import.xlsx"))
        if not preview.ready:
            raise SystemExit("; ".join(preview.messages()[:5]))
        result = measure("import_commit", lambda: commit_import(moved, preview))
        measure("import_undo", lambda: undo_import(moved, result))
    out["import_rows"] = args.import_rows
    out["exchange_peak_rss_mb"] = _peak_rss_mb()
    shutil.rmtree(folder, ignore_errors=True)
    return out


def worker_large_file(args: argparse.Namespace) -> dict[str, Any]:
    """A CSV file of about 100 MB (300,000 rows), read as a stream and then previewed as a
    services import against the benchmark database (every row names a family and an owner
    it lacks, so the answer is a refusal with two problems a row): time, and this process's
    peak memory after reading and after the preview."""
    from itsm_desktop.services.exchange.importer import plan_import
    from itsm_desktop.services.exchange.kinds import SERVICES, guess_mapping
    from itsm_desktop.services.exchange.sources import read_table
    from itsm_desktop.store import Database

    folder = Path(tempfile.mkdtemp(prefix="itsm-bench-large-file-"))
    path = folder / "services.csv"
    text = ("a service brought in from a spreadsheet, described at some length so that a row "
            "is as long as a real one, with the outcomes it brings and whom to call for help;")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Code,Name,Family,Summary,Description,Status,Owner,Service hours,Components\n")
        for i in range(args.file_rows):
            handle.write(f"LRG-{i:07d},Large file service {i},Family {i % 12:02d},\"{text}\","
                         f"\"Service number {i}, {text[:80]}\",proposed,owner{i % 500}@example.org,"
                         f"Mon-Fri 08:00-18:00,\"Application {i} | application\"\n")
    out: dict[str, Any] = {"large_file_mb": round(path.stat().st_size / 2**20, 1), "large_file_rows": args.file_rows,
                           "large_file_rss_before_mb": _peak_rss_mb()}
    reports: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    table = read_table(path, progress=lambda fraction: reports.append(fraction) or True)
    out["large_file_read_ms"] = _ms(time.perf_counter() - wall)
    out["large_file_read_cpu_ms"] = _ms(time.process_time() - cpu)
    out["large_file_progress_reports"] = len(reports)
    out["large_file_peak_rss_mb"] = _peak_rss_mb()
    assert len(table.rows) == args.file_rows
    with Database.open(args.database) as db:
        wall, cpu = time.perf_counter(), time.process_time()
        preview = plan_import(db, SERVICES, table, guess_mapping(SERVICES, table.headers), source=path.name)
        out["large_file_preview_ms"] = _ms(time.perf_counter() - wall)
        out["large_file_preview_cpu_ms"] = _ms(time.process_time() - cpu)
    out["large_file_preview_peak_rss_mb"] = _peak_rss_mb()
    out["large_file_preview_problems"] = sum(len(row.problems) for row in preview.rows)
    assert not preview.ready
    shutil.rmtree(folder, ignore_errors=True)
    return out


def worker_saves(args: argparse.Namespace) -> dict[str, Any]:
    """Time saves with each durability setting, in fresh databases beside ``args.database``."""
    from itsm_desktop.domain.forms import OrganizationForm
    from itsm_desktop.services import stakeholders
    from itsm_desktop.store import Database
    from itsm_desktop.store.backends import sqlite as store_database

    out: dict[str, Any] = {"save_folder": str(args.database.parent)}
    for level in ("NORMAL", "FULL"):
        store_database.SYNCHRONOUS = level
        path = args.database.parent / f"bench-saves-{level.lower()}.db"
        try:
            with Database.open(path) as db:
                org = stakeholders.create_organization(db, form=OrganizationForm(name="Durable"))
                assert org.id is not None
                timings = []
                for n in range(args.saves):
                    form = stakeholders.organization_form(org)
                    form.notes = f"save {n}"
                    save = functools.partial(stakeholders.update_organization, db, organization_id=org.id,
                                             version=org.version + n, form=form)
                    timings.append(_timed(save))
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        out[f"save_ms_synchronous_{level.lower()}"] = _ms(statistics.median(timings))
        out[f"save_p95_ms_synchronous_{level.lower()}"] = _ms(_percentile(timings, 0.95))
    return out


# --- main --------------------------------------------------------------------------------------


WORKERS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "modules": worker_modules, "gui": worker_gui, "pdf": worker_pdf, "writes": worker_writes,
    "measure": worker_measure,
    "service_levels": worker_service_levels,
    "levels_page": worker_levels_page,
    "exchange": worker_exchange,
    "large_file": worker_large_file,
    "lookup": worker_lookup,
    "saves": worker_saves,
    "catalog": lambda a: _documents_bench().worker_catalog(a.database),
    "catalog1000": lambda a: _documents_bench().worker_catalog_1000(),
    "agreement30x40": lambda a: _documents_bench().worker_agreement_30x40(),
    "levels_report": lambda a: _documents_bench().worker_levels_report(),
}


def _documents_bench() -> Any:
    sys.path.insert(0, str(HERE))
    import documents_bench

    return documents_bench


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=("large", "small", "tiny"), default="large")
    parser.add_argument("--database", type=Path, help="use this database (built if missing)")
    parser.add_argument("--runs", type=int, default=5, help="cold starts to take the median of")
    parser.add_argument("--queries", type=int, default=50, help="keystrokes of search as you type")
    parser.add_argument("--rows", type=int, help="incident records to measure (default by scale)")
    parser.add_argument("--part", choices=("all", "documents", "cold-start"), default="all")
    parser.add_argument("--worker", choices=("floor", *WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--import-rows", type=int, default=10_000, help=argparse.SUPPRESS)
    parser.add_argument("--file-rows", type=int, default=300_000, help=argparse.SUPPRESS)
    parser.add_argument("--saves", type=int, default=200, help="saves to time per durability setting")
    parser.add_argument("--modules", help=argparse.SUPPRESS)
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--edit-id", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--large-id", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(1, str(HERE.parent))  # the sample snapshots (tests/document_samples.py)

    if args.worker == "floor":
        worker_floor(args)
        return 0
    if args.worker is not None:
        result = WORKERS[args.worker](args)
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
            result.update(_worker("lookup", database, settings, "--queries", str(args.queries)))
            result.update(_worker("pdf", database, settings, *extra))
            result.update(_worker("writes", database, settings, *extra))
            result.update(_worker("saves", database, settings, "--saves", str(args.saves)))
            rows = args.rows or {"large": 1_000_000, "small": 100_000, "tiny": 10_000}[args.scale]
            result.update(_worker("measure", database, settings, "--rows", str(rows)))
            result.update(_worker("service_levels", database, settings, "--rows", str(rows)))
            result.update(_worker("exchange", database, settings, "--import-rows",
                                  str(min(10_000, scale.services))))
            result.update(_worker("large_file", database, settings, "--file-rows",
                                  str({"large": 300_000, "small": 30_000, "tiny": 3_000}[args.scale])))
        if args.part == "cold-start":
            result.update(_cold_start(database, settings, args.runs))
        elif args.part == "documents" or args.scale != "tiny":  # the tiny run stays quick
            import documents_bench

            result.update(_worker("catalog1000", database, settings))
            result.update(_worker("agreement30x40", database, settings))
            result.update(_worker("levels_report", database, settings))
            result.update(_worker("catalog", database, settings))
            result.update(documents_bench.export_sla_against_bare(_child_env(settings), runs=args.runs))
        result["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                             "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                             "load_average": [round(x, 2) for x in os.getloadavg()]}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
