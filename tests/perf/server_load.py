"""The load run of the server benchmark: many client processes saving overlapping records at
once, then counting what must never happen and how fast the other windows show the saves.

Each client opens the server database on its own (another workstation, at the service
level: no window) and makes its number of saves (or saves until the time is up): it opens a
service picked at random from a few, saves a new summary naming the save, and every 20th
save also creates an agreement with a reference handed out by the application. A stale save
is a ``ConflictError`` to that client: counted, never retried; a lock waited for past the
timeout is a "busy" refusal (nothing saved): counted too. A few real windows
(``server_window.py``: the main window, offscreen, on the catalog page) watch meanwhile, and
a bare listener in the parent hears every notice. Afterwards:

- lost updates: a service whose stored version or summary is not the last successful save's,
  two successful saves that produced the same version, or a successful save whose history
  entry is missing;
- conflicts not reported: a save its client was told was refused (conflict or busy) that
  the history nevertheless records;
- duplicate references: agreements sharing a reference and revision;
- commit-to-refresh delays: from each successful save's commit to the first refresh of that
  service in each window after the save began (a refresh may come before the saving client
  hears its commit returned), and the same to the bare listener's notice.
"""

from __future__ import annotations

import bisect
import json
import multiprocessing
import queue
import random
import statistics
import sys
import threading
import time
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from itsm_desktop.domain.errors import ConflictError, ItsmError, ValidationError
from itsm_desktop.domain.models import Agreement, HistoryEntry, Service
from itsm_desktop.services import agreements, catalog
from itsm_desktop.store import Database

HOT_SERVICES = 10  # the records every client saves: overlapping on purpose
AGREEMENT_EVERY = 20  # saves between two agreements a client creates


def _client(target: str, saves: int, seconds: float, service_ids: list[int], agreement_id: int, seed: int,
            results: Any) -> None:
    rng = random.Random(seed)
    done: list[tuple[int, int, str, float, float]] = []
    refused: list[str] = []
    counts = {"conflicts": 0, "busy": 0, "attempts": 0, "agreements": 0, "agreements_refused": 0,
              "agreements_busy": 0}
    try:
        with Database.open(target) as db:
            template = replace(agreements.load_agreement(db, agreement_id).form, reference="")
            end = time.time() + seconds
            while counts["attempts"] < saves and time.time() < end:
                counts["attempts"] += 1
                n = counts["attempts"]
                service_id = rng.choice(service_ids)
                detail = catalog.load_service(db, service_id)
                token = f"client {seed} save {n}"
                began = time.time()
                try:
                    saved = catalog.update_service(db, service_id=service_id, version=detail.service.version,
                                                   form=replace(detail.form, summary=token))
                    done.append((service_id, saved.version, token, began, time.time()))
                except ConflictError:
                    counts["conflicts"] += 1
                    refused.append(token)
                except ItsmError:  # busy: a lock waited for longer than the timeout; nothing saved
                    counts["busy"] += 1
                    refused.append(token)
                if n % AGREEMENT_EVERY == 0:
                    try:
                        agreements.create_agreement(db, form=template)
                        counts["agreements"] += 1
                    except ValidationError:
                        counts["agreements_refused"] += 1
                    except ItsmError:  # busy
                        counts["agreements_busy"] += 1
    finally:  # always report, so that the parent never waits for a client that failed
        results.put({"saves": done, "refused": refused, **counts})


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


def load_run(target: Any, *, clients: int, seconds: float, saves: int = 10**9, windows: int = 0) -> dict[str, Any]:
    """Run ``clients`` processes on the server database ``target`` (a URL), each making
    ``saves`` saves or saving for ``seconds``, whichever ends first, with ``windows`` real
    windows watching."""
    from server_window import watch

    written = target.render_as_string(hide_password=False)
    with Database.open(written) as db, db.read() as session:
        service_ids = list(session.execute(sa.select(Service.id).order_by(Service.id).limit(HOT_SERVICES)).scalars())
        agreement_id = session.execute(sa.select(Agreement.id).order_by(Agreement.id).limit(1)).scalar_one()
        history_before = session.execute(sa.select(sa.func.max(HistoryEntry.id))).scalar_one() or 0
    heard: list[tuple[int, float]] = []
    stop = threading.Event()
    listener = threading.Thread(target=_listen, args=(target, stop, heard), daemon=True)
    listener.start()
    spawn = multiprocessing.get_context("spawn")
    windows_stop, shown = spawn.Event(), spawn.Queue()
    readies = [spawn.Event() for _ in range(windows)]
    watchers = [spawn.Process(target=watch, args=(written, windows_stop, ready, shown)) for ready in readies]
    for watcher in watchers:
        watcher.start()
    for ready in readies:
        ready.wait(timeout=120)
    time.sleep(0.5)
    results = spawn.Queue()
    workers = [spawn.Process(target=_client, args=(written, saves, seconds, service_ids, agreement_id, n, results))
               for n in range(clients)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=seconds + 600) for _ in workers]
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    time.sleep(2)  # the last notices
    stop.set()
    listener.join()
    verdict = _verdict(written, outcomes, clients, elapsed, history_before)
    saved = [save for outcome in outcomes for save in outcome["saves"]]
    verdict |= _delays("load_notice", saved, [heard])
    print(verdict, file=sys.stderr, flush=True)  # kept should a window not report
    windows_stop.set()
    refreshed = []
    for _watcher in watchers:  # a window still working through notices reports when it has
        try:
            refreshed.append(shown.get(timeout=600))
        except queue.Empty:
            break
    for watcher in watchers:
        watcher.join(timeout=30)
        if watcher.is_alive():
            watcher.terminate()
    verdict |= _delays("load_window_refresh", saved, refreshed)
    verdict["load_windows"], verdict["load_windows_reported"] = windows, len(refreshed)
    return verdict


def _verdict(written: str, outcomes: list[dict[str, Any]], clients: int, elapsed: float,
             history_before: int) -> dict[str, Any]:
    saves = [save for outcome in outcomes for save in outcome["saves"]]
    refused = {token for outcome in outcomes for token in outcome["refused"]}
    by_service: dict[int, list[tuple[int, str]]] = {}
    for service_id, version, token, _began, _committed in saves:
        by_service.setdefault(service_id, []).append((version, token))
    with Database.open(written) as db, db.read() as session:
        stored = {row.id: (row.version, row.summary) for row in session.execute(
            sa.select(Service.id, Service.version, Service.summary).where(Service.id.in_(list(by_service))))}
        duplicates = session.execute(sa.text(
            "SELECT count(*) FROM (SELECT reference, revision FROM agreement GROUP BY reference, revision "
            "HAVING count(*) > 1) AS twice")).scalar_one()
        recorded = [json.loads(changes) if isinstance(changes, str) else changes for changes in session.execute(
            sa.select(HistoryEntry.changes).where(HistoryEntry.id > history_before, HistoryEntry.entity == "service",
                                                  HistoryEntry.action == "updated")).scalars()]
    tokens = [changes["summary"][1] for changes in recorded if changes and "summary" in changes]
    lost = 0
    for service_id, done in by_service.items():
        versions = [version for version, _token in done]
        lost += len(versions) - len(set(versions))  # two saves from the same version: one was lost
        last_version, last_token = max(done)
        if stored[service_id] != (last_version, last_token):
            lost += 1
    in_history = set(tokens)
    lost += sum(1 for _s, _v, token, _b, _c in saves if token not in in_history)
    return {
        "load_clients": clients, "load_seconds": round(elapsed, 1),
        "load_attempts": sum(o["attempts"] for o in outcomes), "load_saves": len(saves),
        "load_saves_per_second": round(len(saves) / elapsed, 1) if elapsed else None,
        "load_conflicts_reported": sum(o["conflicts"] for o in outcomes),
        "load_lost_updates": lost,
        "load_refused_saves_in_history": len(refused & in_history),
        "load_history_entries_twice": len(tokens) - len(in_history),
        "load_duplicate_references": duplicates,
        "load_agreements_created": sum(o["agreements"] for o in outcomes),
        "load_agreements_refused": sum(o["agreements_refused"] for o in outcomes),
        "load_busy_refusals": sum(o["busy"] for o in outcomes),  # of service saves
        "load_agreements_busy": sum(o["agreements_busy"] for o in outcomes),
    }


def _delays(name: str, saves: list[tuple[int, int, str, float, float]],
            watchers: list[list[tuple[int, float]]]) -> dict[str, Any]:
    """From each save's commit to the first refresh of its service in each watcher after the
    save began: how many were seen, the median and the 95th percentile."""
    delays = []
    missed = 0
    for seen in watchers:
        arrivals: dict[int, list[float]] = {}
        for service_id, at in sorted(seen, key=lambda item: item[1]):
            arrivals.setdefault(service_id, []).append(at)
        for service_id, _version, _token, began, committed in saves:
            times = arrivals.get(service_id, [])
            i = bisect.bisect_left(times, began)  # its refresh may come before the client hears of its commit
            if i < len(times):
                delays.append(max(0.0, times[i] - committed))
            else:
                missed += 1
    delays.sort()
    return {
        f"{name}_seen": len(delays), f"{name}_missed": missed,
        f"{name}_p50_ms": round(statistics.median(delays) * 1000, 1) if delays else None,
        f"{name}_p95_ms": round(delays[int(0.95 * (len(delays) - 1))] * 1000, 1) if delays else None,
    }
