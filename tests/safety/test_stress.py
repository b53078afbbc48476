"""Several real application processes on one file, killed at random: nothing lost, nothing broken.

A window (offscreen, saving from its event loop, with its automatic backup and background
check), service-level writers, and command-line ``backup``, ``export-sla``, ``check`` and
``restore`` run together on one database while a killer sends SIGKILL at random. All the
while, every process's open files are read from ``/proc/PID/fd``: none may hold a deleted
``-wal`` or ``-shm`` of the database. Afterwards every save a process reported is found,
with its exact value, in the change history of the database or of a copy a restore kept,
and every one of those files passes SQLite's full check.

``ITSM_STRESS_SECONDS`` sets the length (default 25); ``ITSM_STRESS_SEED`` the randomness.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database

from .app_process import deleted_journals
from .safety_helpers import HERE, PYTHON, python_env

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir() or not hasattr(signal, "SIGKILL"),
                                reason="needs /proc and POSIX signals")

APP = HERE / "app_process.py"
SECONDS = float(os.environ.get("ITSM_STRESS_SECONDS", "25"))
SEED = int(os.environ.get("ITSM_STRESS_SEED", str(random.SystemRandom().randrange(10**6))))
SCAN_INTERVAL = 0.02
KILL_GAP = (1.5, 3.5)  # seconds between two kills, drawn at random: a kill every two to four seconds
PERSISTENT_SCANS = 3  # a closing connection holds its deleted log for an instant: not a fault


@dataclass
class Figures:
    started: Counter[str] = field(default_factory=Counter)
    kills: Counter[str] = field(default_factory=Counter)
    exits: Counter[str] = field(default_factory=Counter)
    refusals: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    deleted_held: list[str] = field(default_factory=list)
    scans: int = 0

    def as_text(self) -> str:
        return json.dumps({"seed": SEED, "seconds": SECONDS, "started": self.started, "kills": self.kills,
                           "exits": self.exits, "refusals": len(self.refusals), "failures": self.failures,
                           "deleted_held": self.deleted_held, "scans": self.scans}, default=dict)


class Scanner(threading.Thread):
    """Reads every child's ``/proc/PID/fd`` again and again for deleted journal files."""

    def __init__(self, database: Path, pids: dict[int, str], figures: Figures) -> None:
        super().__init__(daemon=True)
        self.database, self.pids, self.figures = str(database), pids, figures
        self.stop = threading.Event()
        self._streak: Counter[tuple[int, str]] = Counter()

    def run(self) -> None:
        while not self.stop.is_set():
            seen = set()
            for pid in list(self.pids):
                for target in deleted_journals(pid):
                    if target.startswith(self.database + "-"):
                        seen.add((pid, target))
            for key in list(self._streak):
                if key not in seen:
                    del self._streak[key]
            for key in seen:
                self._streak[key] += 1
                if self._streak[key] == PERSISTENT_SCANS:
                    self.figures.deleted_held.append(f"{self.pids.get(key[0], '?')} pid {key[0]}: {key[1]}")
            self.figures.scans += 1
            time.sleep(SCAN_INTERVAL)


def _cli(database: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "itsm_desktop", "--database", str(database), *args]


def _judge(kind: str, proc: subprocess.Popen[str], figures: Figures) -> None:
    """A command that ended by itself: exit 0, or 1 with one sentence and no traceback."""
    out, err = proc.communicate()
    figures.exits[f"{kind} {proc.returncode}"] += 1
    lines = [line for line in err.splitlines() if line.strip()]
    if proc.returncode == 0 and not (kind == "check" and lines):
        return
    if "Traceback" in err or proc.returncode not in (0, 1) or (kind != "check" and len(lines) != 1):
        figures.failures.append(f"{kind} exit {proc.returncode}: {err[-2000:]}")
    elif kind == "check":
        figures.failures.append(f"check found problems: {err[-2000:]}")  # the file must stay healthy
    else:
        figures.refusals.append(f"{kind}: {lines[0]}")


def run_stress(tmp_path: Path, seconds: float) -> Figures:
    rng = random.Random(SEED)
    database = tmp_path / "itsm.db"
    with Database.open(database) as db:
        load_demo(db)
        with db.read() as session:
            from sqlmodel import select

            from itsm_desktop.domain.models import Agreement
            reference = session.exec(select(Agreement.reference)).first()
    assert reference is not None
    env = python_env()
    env.update(QT_QPA_PLATFORM="offscreen", ITSM_DESKTOP_SETTINGS=str(tmp_path / "settings.ini"))
    log, backups = tmp_path / "saves.log", tmp_path / "backups-made"
    backups.mkdir()
    figures = Figures()
    long_running: dict[str, subprocess.Popen[str]] = {}
    commands: list[tuple[str, subprocess.Popen[str]]] = []
    pids: dict[int, str] = {}
    scanner = Scanner(database.resolve(), pids, figures)
    scanner.start()
    counter = 0

    def start(kind: str, args: list[str]) -> subprocess.Popen[str]:
        nonlocal counter
        counter += 1
        proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=tmp_path)
        pids[proc.pid] = kind
        figures.started[kind] += 1
        return proc

    def keep_long_running() -> None:
        for name in ("gui", "writer-a", "writer-b"):
            proc = long_running.get(name)
            if proc is not None and proc.poll() is None:
                continue
            if proc is not None:
                out, err = proc.communicate()
                if proc.returncode != -signal.SIGKILL:
                    figures.failures.append(f"{name} stopped by itself ({proc.returncode}): {err[-2000:]}")
            mode = "gui" if name == "gui" else "writer"
            long_running[name] = start(name, [PYTHON, str(APP), mode, str(database), str(log),
                                              f"{name}{counter}", str(SEED)])

    def start_command() -> None:
        made = sorted(backups.glob("*.db"))
        choice = rng.choice(["backup", "export-sla", "check", "restore", "restore"] if made else ["backup"])
        if choice == "backup":
            args = ["backup", "-o", str(backups / f"b{counter}.db")]
        elif choice == "export-sla":
            args = ["export-sla", reference, "-o", str(tmp_path / f"sla{counter}.pdf")]
        elif choice == "check":
            args = ["check"]
        else:
            args = ["restore", str(rng.choice(made))]
        commands.append((choice, start(choice, _cli(database, *args))))

    deadline = time.monotonic() + seconds
    next_kill = time.monotonic() + rng.uniform(*KILL_GAP)
    try:
        while time.monotonic() < deadline:
            keep_long_running()
            for kind, proc in list(commands):
                if proc.poll() is not None:
                    commands.remove((kind, proc))
                    if proc.returncode == -signal.SIGKILL:
                        proc.communicate()
                    else:
                        _judge(kind, proc, figures)
            if len(commands) < 3 and rng.random() < 0.5:
                start_command()
            if time.monotonic() >= next_kill:
                next_kill = time.monotonic() + rng.uniform(*KILL_GAP)
                victims = [(k, p) for k, p in [*long_running.items(), *commands] if p.poll() is None]
                if victims:
                    kind, victim = rng.choice(victims)
                    victim.send_signal(signal.SIGKILL)
                    figures.kills[kind.split("-")[0] if kind.startswith("writer") else kind] += 1
            time.sleep(0.1)
    finally:
        scanner.stop.set()
        for proc in [*long_running.values(), *(p for _k, p in commands)]:
            proc.kill()
            proc.communicate()
        scanner.join(5)
    return figures


def _history_values(path: Path) -> set[tuple[str, str, str]]:
    """(action, organization name, notes) of every organization save in ``path``'s history."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
        rows = con.execute(
            "SELECT h.action, o.name, h.changes FROM history_entry h JOIN organization o "
            "ON h.entity = 'organization' AND h.entity_id = o.id").fetchall()
    found = set()
    for action, name, changes in rows:
        data = json.loads(changes) if changes else {}
        notes = data.get("notes")
        value = notes[1] if isinstance(notes, list) else notes
        found.add((action, name, value if isinstance(value, str) else ""))
    return found


def _full_check(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        keys = con.execute("PRAGMA foreign_key_check").fetchall()
    return ([] if rows == ["ok"] else rows) + [f"foreign key {k}" for k in keys]


def verify(tmp_path: Path) -> tuple[int, int, list[str]]:
    """Every file sound; every reported save, exactly, in the database or a copy a restore kept.

    Returns (saves reported, restores that kept a copy, the reported saves found nowhere)."""
    database = tmp_path / "itsm.db"
    Database.open(database).close()  # as the next start would: after a kill, SQLite recovers
    files = [database, *sorted(tmp_path.glob("itsm.before-restore-*.db"))]
    for path in files:
        assert _full_check(path) == [], f"{path.name} is damaged (ITSM_STRESS_SEED={SEED})"
    history: set[tuple[str, str, str]] = set()
    for path in files:
        history |= _history_values(path)
    names = {(a, n) for a, n, _v in history}
    lines = (tmp_path / "saves.log").read_text(encoding="utf-8").split("\n")[:-1]
    missing = []
    for line in lines:
        action, rest = line.split(" ", 1)
        org, notes = rest.rsplit(" ", 1)
        if action == "created" and (action, org) not in names:
            missing.append(line[:120])
        if action == "updated" and (action, org, notes) not in history:
            missing.append(line[:120])
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part") or ".part-" in p.name]
    assert leftovers == [], leftovers  # the open above removed what killed processes left
    return len(lines), len(files) - 1, missing


def test_many_processes_on_one_file(tmp_path: Path) -> None:
    figures = run_stress(tmp_path, SECONDS)
    print(figures.as_text(), file=sys.stderr)
    saves, kept, missing = verify(tmp_path)
    report = figures.as_text() + f" saves {saves}, restores that kept a copy {kept}, lost {len(missing)}"
    print(report, file=sys.stderr)
    assert figures.deleted_held == [], report
    assert figures.failures == [], report
    assert figures.scans > 100 and saves > 20, report
    assert sum(figures.kills.values()) > 3, report
    assert missing == [], f"{report}: {missing[:5]}"
