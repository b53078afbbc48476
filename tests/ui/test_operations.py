"""The operation runner: what a use case changed reaches the hub, refusals reach the user."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool
from ui_helpers import FakeDialogs

from itsm_desktop.domain.errors import NotFoundError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database
from itsm_desktop.ui.common.operations import Refusal
from itsm_desktop.ui.main_window import MainWindow


def heard(main_window: MainWindow) -> list[tuple[str, tuple[int, ...]]]:
    signals: list[tuple[str, tuple[int, ...]]] = []
    main_window.ctx.hub.changed.connect(lambda kind, ids: signals.append((kind, ids)))
    return signals


def test_the_hub_hears_what_a_use_case_changed(main_window: MainWindow, db: Database, make: Any) -> None:
    org = make.customer("Finance")
    signals = heard(main_window)
    person = main_window.ctx.operations.call(lambda: make.contact(org, "Ann"))
    assert signals == [("contact", (person.id,))]


def test_a_refused_action_is_explained_and_changes_nothing(main_window: MainWindow, db: Database,
                                                           fake_dialogs: FakeDialogs) -> None:
    signals = heard(main_window)

    def missing() -> None:
        raise NotFoundError("That organization no longer exists.")

    done = main_window.ctx.operations.perform(missing, Refusal(main_window, "Not saved"))
    assert done is None
    assert fake_dialogs.calls == [("error", ("Not saved", "That organization no longer exists."))]
    assert signals == []
    assert main_window.ctx.undo_stack.count() == 0


def test_a_use_case_runs_off_the_gui_thread_and_its_changes_arrive(main_window: MainWindow, qtbot: Any,
                                                                   db: Database) -> None:
    signals = heard(main_window)
    threads: list[threading.Thread] = []
    results: list[Any] = []

    def create() -> Any:
        threads.append(threading.current_thread())
        return stakeholders.create_organization(db, form=OrganizationForm(name="Logistics"))

    job = main_window.ctx.operations.start(create, Refusal(main_window, "Not saved"), label="Saving…",
                                           on_done=results.append)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    QThreadPool.globalInstance().waitForDone(10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert [r.name for r in results] == ["Logistics"]
    assert ("organization", (results[0].id,)) in signals
    assert main_window.pages["organizations"].model.row_of(results[0].id) >= 0
