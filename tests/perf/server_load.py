"""The load run of the server benchmark: many client processes saving overlapping records at
once for a while, then counting what must never happen and how fast others hear of saves.

Each client opens the server database on its own (another workstation) and, until the time
is up, opens a service picked at random from a few, saves a new summary naming the save, and
now and then creates an agreement with a reference handed out by the application. A stale
save is a ``ConflictError`` to that client: counted, never retried; a lock waited for past
the timeout is a "busy" refusal (nothing saved): counted too. A listener in the parent
hears every notice. Afterwards:

- lost updates: a service whose stored version or summary is not the last successful save's,
  or two successful saves that produced the same version;
- duplicate references: agreements sharing a reference and revision;
- commit-to-notice delays: from each successful save's commit to the first notice of that
  service the listener received after the save began (what a window's live refresh waits
  for; a notice may arrive before the saving client hears its commit returned).
"""

from __future__ import annotations

import bisect
import multiprocessing
import random
import statistics
import threading
import time
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from itsm_desktop.domain.errors import ConflictError, ItsmError, ValidationError
from itsm_desktop.domain.models import Agreement, Service
from itsm_desktop.services import agreements, catalog
from itsm_desktop.store import Database

HOT_SERVICES = 10  # the records every client saves: overlapping on purpose
AGREEMENT_EVERY = 20  # saves between two agreements a client creates


def _client(target: str, seconds: float, service_ids: list[int], agreement_id: int, seed: int,
            results: Any) -> None:
    rng = random.Random(seed)
    saves: list[tuple[int, int, str, float, float]] = []
    counts = {"conflicts": 0, "busy": 0, "attempts": 0, "agreements": 0, "agreements_refused": 0}
    try:
        with Database.open(target) as db:
            template = replace(agreements.load_agreement(db, agreement_id).form, reference="")
            end = time.time() + seconds
            while time.time() < end:
                counts["attempts"] += 1
                n = counts["attempts"]
                service_id = rng.choice(service_ids)
                detail = catalog.load_service(db, service_id)
                token = f"client {seed} save {n}"
                began = time.time()
                try:
                    saved = catalog.update_service(db, service_id=service_id, version=detail.service.version,
                                                   form=replace(detail.form, summary=token))
                    saves.append((service_id, saved.version, token, began, time.time()))
                except ConflictError:
                    counts["conflicts"] += 1
                except ItsmError:  # busy: a lock waited for longer than the timeout; nothing saved
                    counts["busy"] += 1
                if n % AGREEMENT_EVERY == 0:
                    try:
                        agreements.create_agreement(db, form=template)
                        counts["agreements"] += 1
                    except ValidationError:
                        counts["agreements_refused"] += 1
                    except ItsmError:
                        counts["busy"] += 1
    finally:  # always report, so that the parent never waits for a client that failed
        results.put({"saves": saves, **counts})


def _listen(target: Any, stop: threading.Event, heard: list[tuple[int, float]]) -> None:
    from itsm_desktop.store.backends.postgresql_listen import ChangeListener

    listener = ChangeListener(target)
    try:
        while not stop.is_set():
            notices = listener.wait(0.2)
            now = time.time()
            heard.extend((record_id, now) for table, record_id in notices.changed if table == "service")
    finally:
        listener.close()


def load_run(target: Any, *, clients: int, seconds: float) -> dict[str, Any]:
    """Run ``clients`` processes for ``seconds`` on the server database ``target`` (a URL)."""
    written = target.render_as_string(hide_password=False)
    with Database.open(written) as db, db.read() as session:
        service_ids = list(session.execute(sa.select(Service.id).order_by(Service.id).limit(HOT_SERVICES)).scalars())
        agreement_id = session.execute(sa.select(Agreement.id).order_by(Agreement.id).limit(1)).scalar_one()
    heard: list[tuple[int, float]] = []
    stop = threading.Event()
    listener = threading.Thread(target=_listen, args=(target, stop, heard), daemon=True)
    listener.start()
    time.sleep(0.5)
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    workers = [spawn.Process(target=_client, args=(written, seconds, service_ids, agreement_id, n, results))
               for n in range(clients)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=seconds + 300) for _ in workers]
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    time.sleep(2)  # the last notices
    stop.set()
    listener.join()
    return _verdict(written, outcomes, heard, clients, elapsed)


def _verdict(written: str, outcomes: list[dict[str, Any]], heard: list[tuple[int, float]], clients: int,
             elapsed: float) -> dict[str, Any]:
    saves = [save for outcome in outcomes for save in outcome["saves"]]
    by_service: dict[int, list[tuple[int, str]]] = {}
    for service_id, version, token, _began, _committed in saves:
        by_service.setdefault(service_id, []).append((version, token))
    with Database.open(written) as db, db.read() as session:
        stored = {row.id: (row.version, row.summary) for row in session.execute(
            sa.select(Service.id, Service.version, Service.summary).where(Service.id.in_(list(by_service))))}
        duplicates = session.execute(sa.text(
            "SELECT count(*) FROM (SELECT reference, revision FROM agreement GROUP BY reference, revision "
            "HAVING count(*) > 1) AS twice")).scalar_one()
    lost = 0
    for service_id, done in by_service.items():
        versions = [version for version, _token in done]
        lost += len(versions) - len(set(versions))  # two saves from the same version: one was lost
        last_version, last_token = max(done)
        if stored[service_id] != (last_version, last_token):
            lost += 1
    arrivals: dict[int, list[float]] = {}
    for service_id, at in heard:
        arrivals.setdefault(service_id, []).append(at)
    delays = []
    for service_id, _version, _token, began, committed in saves:
        times = arrivals.get(service_id, [])
        i = bisect.bisect_left(times, began)  # its notice may come before the client hears of its commit
        if i < len(times):
            delays.append(max(0.0, times[i] - committed))
    delays.sort()
    return {
        "load_clients": clients, "load_seconds": round(elapsed, 1),
        "load_attempts": sum(o["attempts"] for o in outcomes), "load_saves": len(saves),
        "load_conflicts_reported": sum(o["conflicts"] for o in outcomes),
        "load_lost_updates": lost, "load_duplicate_references": duplicates,
        "load_agreements_created": sum(o["agreements"] for o in outcomes),
        "load_agreements_refused": sum(o["agreements_refused"] for o in outcomes),
        "load_busy_refusals": sum(o["busy"] for o in outcomes),
        "load_saves_heard": len(delays),
        "load_refresh_p50_ms": round(statistics.median(delays) * 1000, 1) if delays else None,
        "load_refresh_p95_ms": round(delays[int(0.95 * (len(delays) - 1))] * 1000, 1) if delays else None,
    }
