"""A real window watching a team server during the load run: the application's main window,
offscreen, on the catalog page, refreshed by the live refresh as any user's window is.

Each time the change hub tells the window that services changed (after the catalog page has
handled it: this slot is connected last), the rows of those services are read as the view
paints them; the moment each row shows what is stored now is what the load run reports as
the time from a commit to the other windows' refresh. A window stands for a workstation of
its own: it runs at normal priority even when the load run is niced.
"""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import Any


def watch(target: str, stop: Any, ready: Any, results: Any) -> None:
    """Run a window on ``target`` until ``stop`` (an event) is set; put its refreshes on
    ``results`` as a list of (service id, time)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with suppress(OSError):  # a window stands for a workstation of its own: not niced with the load
        os.setpriority(os.PRIO_PROCESS, 0, 0)
    from PySide6.QtCore import QTimer

    from itsm_desktop.store import Database
    from itsm_desktop.ui.app import application
    from itsm_desktop.ui.settings import open_settings

    refreshed: list[tuple[int, float]] = []
    try:
        app = application()
        with tempfile.TemporaryDirectory() as folder, Database.open(target) as db:
            from itsm_desktop.ui.main_window import MainWindow

            window = MainWindow(db, open_settings(Path(folder) / "settings.ini"))
            window.resize(1280, 800)
            window.show()
            window.show_page("catalog")
            model: Any = window.pages["catalog"].model  # type: ignore[attr-defined]
            model.rowCount()

            def shown(kind: str, ids: tuple[int, ...]) -> None:
                if kind != "service":
                    return
                for record_id in ids:
                    row = model.row_of(record_id)
                    if row >= 0:
                        model.data(model.index(row, 1))  # read again, as the view paints it
                        refreshed.append((record_id, time.time()))

            window.ctx.hub.changed.connect(shown)
            timer = QTimer()
            timer.timeout.connect(lambda: app.quit() if stop.is_set() else None)
            timer.start(200)
            QTimer.singleShot(0, ready.set)
            app.exec()
            window.live.stop()
            window.close()
    finally:
        results.put(refreshed)
