"""How a team server compares with a local file: prints one JSON object of measurements.

    ITSM_TEST_POSTGRESQL_URL=postgresql://… python tests/perf/server_bench.py [--scale small]
        [--latency-ms 5] [--load-clients 20] [--load-seconds 60]

Builds a local database of the given scale (``builder.py``), moves it onto a fresh database
on the server named by ``ITSM_TEST_POSTGRESQL_URL`` (a role that may create databases: see
``.ci/postgres-server``) with ``copy`` — timed, every record compared — and then measures the
same actions on both, with the statements (round trips) each sends:

- search in SQL as a record picker does it (the first 12, ranked), median and 95th percentile
  over typed keystrokes;
- opening a service in its editor, and saving a rename of it;
- listing every service id of the catalog (what the catalog page reads first);
- the catalog's first paint: the first page of ids in code order, their rows and the count;
- on the server, from a save's commit to its notice reaching another client's listener
  (what the live refresh waits for), median and 95th percentile of 20 saves;
- the load run (``server_load.py``): many client processes saving overlapping records at
  once, counting lost updates, duplicate references, conflicts and commit-to-notice delays.

The server is reached through a TCP proxy adding ``--latency-ms`` of round trip
(``latency_proxy.py``): the network between a workstation and the server. Budgets at 100,000
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
from collections.abc import Callable
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

from itsm_desktop.domain.models import Service  # noqa: E402
from itsm_desktop.services import catalog, team_server  # noqa: E402
from itsm_desktop.services.listing import SERVICES  # noqa: E402
from itsm_desktop.store import Database  # noqa: E402

PAGE = 200  # the ids the catalog lists before the complete list is known (see table_model.PAGE)
WORDS = ["mail", "payroll", "svc-0421", "équipe", "network sto", "zzz", "archive serv", "почта", "ident"]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _typed() -> list[str]:
    return [word[:n] for word in WORDS for n in range(1, len(word) + 1)]


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _measure(db: Database, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    typed = _typed()
    latencies = sorted(_timed(lambda t=t: SERVICES.ids(db, search=t, sort="code", limit=12)) for t in typed)
    out[f"{prefix}_search_p50_ms"] = _ms(statistics.median(latencies))
    out[f"{prefix}_search_p95_ms"] = _ms(latencies[int(0.95 * (len(latencies) - 1))])
    with db.read() as session:
        service_id = session.execute(sa.select(Service.id).order_by(Service.id).limit(1)).scalar_one()
    paints = []
    for _ in range(5):
        with counting_statements() as painted:
            paints.append(_timed(lambda: _first_paint(db)))
    out[f"{prefix}_catalog_first_paint_ms"] = _ms(statistics.median(paints))
    out[f"{prefix}_catalog_first_paint_statements"] = painted.statements
    with counting_statements() as seen:
        out[f"{prefix}_all_ids_ms"] = _ms(_timed(lambda: SERVICES.ids(db, sort="code")))
    out[f"{prefix}_all_ids_statements"] = seen.statements
    opens, saves = [], []
    for n in range(10):
        with counting_statements() as opened:
            opens.append(_timed(lambda: catalog.load_service(db, service_id)))
        detail = catalog.load_service(db, service_id)
        form = replace(detail.form, name=f"{detail.form.name.split(' #')[0]} #{n}")
        with counting_statements() as saved:
            saves.append(_timed(lambda f=form, v=detail.service.version: catalog.update_service(
                db, service_id=service_id, version=v, form=f)))
    out[f"{prefix}_editor_open_ms"] = _ms(statistics.median(opens))
    out[f"{prefix}_editor_open_statements"] = opened.statements
    out[f"{prefix}_save_ms"] = _ms(statistics.median(saves))
    out[f"{prefix}_save_statements"] = saved.statements
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
    parser.add_argument("--load-seconds", type=float, default=60.0, help="0: no load run")
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
            local = Path(folder) / "bench.db"
            build(local, Scale.named(args.scale))
            start = time.perf_counter()
            report = team_server.move_to_server(local, target)
            out["copy_ms"] = _ms(time.perf_counter() - start)
            out["copy_records"] = report.total
            out["services"] = report.rows["service"]
            with Database.open(local) as db:
                out |= _measure(db, "file")
            with Database.open(remote) as db:
                out |= _measure(db, "server")
            out |= _notice_delays(remote)
            print(json.dumps(out), file=sys.stderr, flush=True)  # kept should the load run fail
            if args.load_seconds > 0:
                out |= load_run(remote, clients=args.load_clients, seconds=args.load_seconds)
    finally:
        proxy.close()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
