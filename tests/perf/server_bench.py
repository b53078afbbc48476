"""How a team server compares with a local file: prints one JSON object of measurements.

    ITSM_TEST_POSTGRESQL_URL=postgresql://… python tests/perf/server_bench.py [--scale small]
        [--latency-ms 5] [--load-clients 20] [--load-saves 1000] [--load-windows 3] [--load-seconds 1800]
        [--local FILE]

Builds a local database of the given scale (``builder.py``), moves it onto a fresh database
on the server named by ``ITSM_TEST_POSTGRESQL_URL`` (a role that may create databases: see
``.ci/postgres-server``) with ``copy`` — timed, every record compared — and then measures the
same actions on both, with the statements (round trips) each sends:

- search in SQL as a record picker does it (the first 12, ranked), median and 95th percentile
  over typed keystrokes;
- opening a service in its editor, and saving a rename of it;
- opening an agreement in its editor, and the agreement's print preview (its snapshot read,
  then the pages drawn);
- listing every service id of the catalog (what the catalog page reads first);
- the catalog's first paint: the first page of ids in code order, their rows and the count;
- on the server, from a save's commit to its notice reaching another client's listener
  (what the live refresh waits for), median and 95th percentile of 20 saves;
- the load run (``server_load.py``): many client processes saving overlapping records at
  once, counting lost updates, duplicate references, conflicts and commit-to-notice delays.

The server is reached through a TCP proxy adding ``--latency-ms`` of round trip
(``latency_proxy.py``), the network between a workstation and the server, which also counts
the round trips each action makes (``server_<action>_round_trips``, beside the statements
SQLAlchemy sent); each action has a budget of round trips (``ROUND_TRIP_BUDGETS``), and
``server_round_trips_within_budget`` lists the actions that exceed theirs. Budgets at 100,000
services with 5 ms: first paint ≤ 400 ms, editor open ≤ 100 ms, save ≤ 100 ms, search p95 ≤
30 ms; load: no lost update, no duplicate reference, refresh p95 ≤ 1 s. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from builder import Scale, build  # noqa: E402
from latency_proxy import LatencyProxy  # noqa: E402
from postgresql_server import URL_VARIABLE, driver_url  # noqa: E402
from server_load import load_run  # noqa: E402
from statements import counting_statements  # noqa: E402

from itsm_desktop.domain.models import Service, ServiceLevelTarget  # noqa: E402
from itsm_desktop.services import agreements, catalog, printing, team_server  # noqa: E402
from itsm_desktop.services import snapshots as snapshots_of  # noqa: E402
from itsm_desktop.services.listing import SERVICES  # noqa: E402
from itsm_desktop.store import Database  # noqa: E402

PAGE = 200  # the ids the catalog lists before the complete list is known (see table_model.PAGE)
ROUND_TRIP_BUDGETS = {  # per user action on a team server (each unit of work's BEGIN rides on its first
    # statement, its ROLLBACK is one round trip, a save's history rides on its COMMIT)
    "catalog_first_paint": 6,  # a page of ids, their rows, the count: three units of work
    "editor_open": 6,  # the service, its four lists (one statement), what depends on it, what covers it
    "save": 13,  # a rename: the service, its lists, the names its search text borrows (3), the UPDATE,
                 # the search texts of the agreements covering it (6: the search's own), history + COMMIT
    "agreement_editor_open": 14,  # the agreement, its parties, services, targets, texts …
    "print_preview": 30,  # the agreement's snapshot: every fact the document prints
}
WORDS = ["mail", "payroll", "svc-0421", "équipe", "network sto", "zzz", "archive serv", "почта", "ident"]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _typed() -> list[str]:
    return [word[:n] for word in WORDS for n in range(1, len(word) + 1)]


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class _RoundTrips:
    """Counts what an action costs: the statements SQLAlchemy sent, and (through the proxy)
    the round trips on the wire."""

    def __init__(self, proxy: LatencyProxy | None) -> None:
        self.proxy = proxy
        self.statements = 0
        self.round_trips: int | None = None

    @contextmanager
    def counting(self) -> Iterator[None]:
        before = self.proxy.round_trips if self.proxy is not None else 0
        with counting_statements() as seen:
            yield
        self.statements = seen.statements
        if self.proxy is not None:
            self.round_trips = self.proxy.round_trips - before


def _record(out: dict[str, Any], prefix: str, action: str, counted: _RoundTrips) -> None:
    out[f"{prefix}_{action}_statements"] = counted.statements
    if counted.round_trips is not None:
        out[f"{prefix}_{action}_round_trips"] = counted.round_trips
        out[f"{prefix}_{action}_round_trip_budget"] = ROUND_TRIP_BUDGETS[action]


def _measure(db: Database, prefix: str, proxy: LatencyProxy | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    typed = _typed()
    SERVICES.ids(db, sort="code", limit=1)  # connected, as a window is when its user types
    timed = sorted((_timed(lambda t=t: SERVICES.ids(db, search=t, sort="code", limit=12)), t) for t in typed)
    latencies = [seconds for seconds, _ in timed]
    out[f"{prefix}_search_p50_ms"] = _ms(statistics.median(latencies))
    out[f"{prefix}_search_p95_ms"] = _ms(latencies[int(0.95 * (len(latencies) - 1))])
    out[f"{prefix}_search_slowest_ms"] = {t: _ms(seconds) for seconds, t in timed[-4:]}  # p95: the 4th
    with db.read() as session:
        service_id = session.execute(sa.select(Service.id).order_by(Service.id).limit(1)).scalar_one()
    paints = []
    painted = _RoundTrips(proxy)
    for _ in range(5):
        with painted.counting():
            paints.append(_timed(lambda: _first_paint(db)))
    out[f"{prefix}_catalog_first_paint_ms"] = _ms(statistics.median(paints))
    _record(out, prefix, "catalog_first_paint", painted)
    with counting_statements() as seen:
        out[f"{prefix}_all_ids_ms"] = _ms(_timed(lambda: SERVICES.ids(db, sort="code")))
    out[f"{prefix}_all_ids_statements"] = seen.statements
    opens, saves = [], []
    opened, saved = _RoundTrips(proxy), _RoundTrips(proxy)
    for n in range(10):
        with opened.counting():
            opens.append(_timed(lambda: catalog.load_service(db, service_id)))
        detail = catalog.load_service(db, service_id)
        form = replace(detail.form, name=f"{detail.form.name.split(' #')[0]} #{n}")
        with saved.counting():
            saves.append(_timed(lambda f=form, v=detail.service.version: catalog.update_service(
                db, service_id=service_id, version=v, form=f)))
    out[f"{prefix}_editor_open_ms"] = _ms(statistics.median(opens))
    _record(out, prefix, "editor_open", opened)
    out[f"{prefix}_save_ms"] = _ms(statistics.median(saves))
    _record(out, prefix, "save", saved)
    out |= _agreement_actions(db, prefix, proxy)
    if proxy is not None:
        out[f"{prefix}_round_trips_within_budget"] = not [
            action for action, budget in ROUND_TRIP_BUDGETS.items() if out[f"{prefix}_{action}_round_trips"] > budget]
    return out


def _agreement_actions(db: Database, prefix: str, proxy: LatencyProxy | None) -> dict[str, Any]:
    """Opening the agreement with the most targets in its editor, and its print preview: the
    snapshot read from the database, then the pages drawn (no round trips)."""
    out: dict[str, Any] = {}
    with db.read() as session:
        agreement_id = session.execute(
            sa.select(ServiceLevelTarget.agreement_id).group_by(ServiceLevelTarget.agreement_id)
            .order_by(sa.func.count().desc(), ServiceLevelTarget.agreement_id).limit(1)).scalar_one()
    opened, previewed = _RoundTrips(proxy), _RoundTrips(proxy)
    opens, snapshots, previews = [], [], []
    for _ in range(5):
        with opened.counting():
            opens.append(_timed(lambda: agreements.load_agreement(db, agreement_id)))
        with previewed.counting():
            snapshots.append(_timed(lambda: snapshots_of.agreement_snapshot(db, agreement_id)))
        previews.append(_timed(lambda: printing.print_agreement(db, agreement_id)))
    out[f"{prefix}_agreement_editor_open_ms"] = _ms(statistics.median(opens))
    _record(out, prefix, "agreement_editor_open", opened)
    out[f"{prefix}_print_preview_snapshot_ms"] = _ms(statistics.median(snapshots))
    out[f"{prefix}_print_preview_ms"] = _ms(statistics.median(previews))
    _record(out, prefix, "print_preview", previewed)
    return out


def _first_paint(db: Database) -> None:
    """What the catalog page reads before it paints: a page of ids, their rows, the count."""
    ids = SERVICES.ids(db, sort="code", limit=PAGE)
    SERVICES.rows(db, ids[:50])
    SERVICES.count(db)


def _notice_delays(target: Any) -> dict[str, Any]:
    from itsm_desktop.store.backends.postgresql_listen import ChangeListener

    listener = ChangeListener(target)
    delays = []
    try:
        listener.wait(0.1)
        with Database.open(target) as db:
            with db.read() as session:
                service_id = session.execute(sa.select(Service.id).order_by(Service.id).limit(1)).scalar_one()
            for n in range(20):
                detail = catalog.load_service(db, service_id)
                catalog.update_service(db, service_id=service_id, version=detail.service.version,
                                       form=replace(detail.form, summary=f"notice {n}"))
                committed = time.perf_counter()
                while not listener.wait(1.0).changed:
                    pass
                delays.append(time.perf_counter() - committed)
    finally:
        listener.close()
    delays.sort()
    return {"notice_p50_ms": _ms(statistics.median(delays)), "notice_p95_ms": _ms(delays[int(0.95 * 19)])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=("large", "small", "tiny"), default="small")
    parser.add_argument("--latency-ms", type=float, default=5.0, help="round trip added between client and server")
    parser.add_argument("--load-clients", type=int, default=20)
    parser.add_argument("--load-saves", type=int, default=1000, help="saves each client makes")
    parser.add_argument("--load-seconds", type=float, default=1800.0, help="at most this long; 0: no load run")
    parser.add_argument("--load-windows", type=int, default=3, help="real windows watching the load run")
    parser.add_argument("--local", type=Path, help="the local database to measure and copy, built there at "
                        "the scale when missing and kept (a large one takes minutes to build)")
    args = parser.parse_args(argv)
    written = os.environ.get(URL_VARIABLE)
    if not written:
        print(f"Set {URL_VARIABLE} to a PostgreSQL role that may create databases.", file=sys.stderr)
        return 2
    server = driver_url(written)
    name = f"itsm_bench_{os.getpid()}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    target = server.set(database=name)
    out: dict[str, Any] = {"scale": args.scale, "latency_ms": args.latency_ms}
    proxy = LatencyProxy((server.host or "127.0.0.1", server.port or 5432), round_trip=args.latency_ms / 1000)
    remote = target.set(host="127.0.0.1", port=proxy.port)  # the server as a workstation reaches it
    try:
        with tempfile.TemporaryDirectory() as folder:
            local = args.local or Path(folder) / "bench.db"
            if not local.exists():
                build(local, Scale.named(args.scale))
            start = time.perf_counter()
            report = team_server.move_to_server(local, target)
            out["copy_ms"] = _ms(time.perf_counter() - start)
            out["copy_records"] = report.total
            out["services"] = report.rows["service"]
            with Database.open(local) as db:
                out |= _measure(db, "file")
            with Database.open(remote) as db:
                out |= _measure(db, "server", proxy)
            out |= _notice_delays(remote)
            print(json.dumps(out), file=sys.stderr, flush=True)  # kept should the load run fail
            if args.load_seconds > 0:  # straight to the server: the proxy, one Python process, would be
                # the bottleneck of twenty clients, and the load measures concurrency, not latency
                out |= load_run(target, clients=args.load_clients, seconds=args.load_seconds,
                                saves=args.load_saves, windows=args.load_windows)
    finally:
        proxy.close()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
