"""An application process for the multi-process tests: it saves and says what it saved.

``python app_process.py save DATABASE NAME``
    open the database, create the organization NAME, print ``saved`` or ``error <sentence>``
    and the journal files it holds deleted (``deleted <path>``, normally none).
``python app_process.py writer DATABASE LOG PROCESS SEED``
    save in a loop through the services until killed.
``python app_process.py gui DATABASE LOG PROCESS SEED``
    the same from the main window's event loop (offscreen), with the window's automatic
    backup and background integrity check running; a dialog is printed, never shown.

Every save that returned is logged to LOG (appended and fsynced) as one line:
``created <name> <notes>`` or ``updated <name> <notes>``. Every save writes a value of its
own, so the checks afterwards can find each one, exactly, in the change history.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from itsm_desktop.domain.errors import ConflictError, ItsmError, NotFoundError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.domain.models import Organization
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database


def deleted_journals(pid: int | str = "self") -> list[str]:
    """The ``-wal``/``-shm``/``-journal`` files process ``pid`` holds open though deleted."""
    found = []
    folder = Path(f"/proc/{pid}/fd")
    try:
        fds = list(folder.iterdir())
    except OSError:
        return found
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.endswith(" (deleted)") and target[: -len(" (deleted)")].endswith(("-wal", "-shm", "-journal")):
            found.append(target)
    return found


class Saver:
    """Random saves of organizations this process owns, each logged once it returned."""

    def __init__(self, db: Database, log: TextIO, process: str, seed: str) -> None:
        self.db, self.log, self.process = db, log, process
        self.rng = random.Random(f"{seed}-{process}")
        self.n = 0
        self.mine: list[str] = []

    def _line(self, text: str) -> None:
        self.log.write(text + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def step(self) -> None:
        self.n += 1
        notes = f"{self.process}-{self.n}-{self.rng.randrange(10**9)}" + "x" * self.rng.randrange(0, 3000)
        if not self.mine or self.rng.random() < 0.4:
            name = f"Org {self.process}-{self.n}"
            stakeholders.create_organization(self.db, form=OrganizationForm(name=name, notes=notes))
            self.mine.append(name)
            self._line(f"created {name} {notes}")
            return
        name = self.rng.choice(self.mine)
        from sqlmodel import select

        with self.db.read() as session:
            org = session.exec(select(Organization).where(Organization.name == name)).first()
        if org is None or org.id is None:  # a restore took it away
            self.mine.remove(name)
            return
        form = stakeholders.organization_form(org)
        form.notes = notes
        try:
            stakeholders.update_organization(self.db, organization_id=org.id, version=org.version, form=form)
        except (ConflictError, NotFoundError):  # a restore changed it meanwhile
            return
        self._line(f"updated {name} {notes}")


def _save_once(db_path: Path, name: str) -> int:
    try:
        with Database.open(db_path, busy_timeout=30) as db:
            stakeholders.create_organization(db, form=OrganizationForm(name=name))
            print("saved", flush=True)
            for target in deleted_journals():
                print(f"deleted {target}", flush=True)
    except ItsmError as exc:
        print(f"error {exc}", flush=True)
    return 0


def _writer(db_path: Path, log_path: Path, process: str, seed: str) -> int:
    db = Database.open(db_path, busy_timeout=30)
    with open(log_path, "a", encoding="utf-8") as log:
        saver = Saver(db, log, process, seed)
        print("ready", flush=True)
        while True:
            time.sleep(saver.rng.uniform(0, 0.05))  # leave the processor to the others too
            try:
                saver.step()
            except ItsmError as exc:  # busy while a restore holds the lock: one sentence
                print(f"error {exc}", flush=True)
                time.sleep(0.05)


def _gui(db_path: Path, log_path: Path, process: str, seed: str) -> int:
    from PySide6.QtCore import QTimer

    from itsm_desktop.ui.app import application
    from itsm_desktop.ui.common.dialogs import Dialogs
    from itsm_desktop.ui.main_window import MainWindow
    from itsm_desktop.ui.settings import open_settings

    def show(_cls: Any, _parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> None:
        print(f"dialog {title}: {text}", flush=True)

    Dialogs.error = classmethod(show)  # type: ignore[assignment, method-assign]
    Dialogs.info = classmethod(show)  # type: ignore[assignment, method-assign]
    app = application()
    db = Database.open(db_path, busy_timeout=30)
    window = MainWindow(db, open_settings())
    window.show()
    window.backups.start_automatic(delay_ms=100)
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - open until the process is killed
    saver = Saver(window.ctx.db, log, process, seed)

    def tick() -> None:
        try:
            saver.step()
        except ItsmError as exc:
            print(f"error {exc}", flush=True)

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(40)
    print("ready", flush=True)
    return app.exec()


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "save":
        return _save_once(Path(argv[1]), argv[2])
    runner = _gui if mode == "gui" else _writer
    return runner(Path(argv[1]), Path(argv[2]), argv[3], argv[4])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
