"""What other users save on a team server appears in every window within a second.

A thread of its own waits on the server's change notices (``store.backends.postgresql_listen``)
and hands them to the GUI thread, which tells the change hub: pages refresh the records that
changed exactly as after the user's own saves (an editor with unsaved changes is left as it
is). After the connection was lost and made again, everything is read again, since notices
sent meanwhile were missed. A local file has no notices: nothing runs.
"""

from __future__ import annotations

import threading
from contextlib import suppress

from PySide6.QtCore import QObject, Qt, Signal, Slot

from itsm_desktop.store import Database
from itsm_desktop.store.backends.postgresql_listen import ChangeListener, Notices, listener_for

from .common.context import AppContext

WAIT_SECONDS = 0.5  # how long the thread waits for notices before looking whether to stop
KINDS = {"organization": "organization", "contact": "contact", "service_family": "family",
         "service": "service", "agreement": "agreement"}  # table → the hub's kind of record


class LiveRefresh(QObject):
    """Publishes the changes others commit on the open server database to the change hub."""

    _arrived = Signal(object)  # Notices, emitted from the listening thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stop: threading.Event | None = None
        self._listener: ChangeListener | None = None
        self._thread: threading.Thread | None = None
        self._arrived.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    @property
    def listening(self) -> bool:
        """Whether changes others commit from now on will be shown."""
        return self._listener is not None and self._listener.connected

    def watch(self, db: Database) -> None:
        """Listen for the changes of ``db`` (stopping any earlier listening)."""
        self.stop()
        listener = self._listener = listener_for(db.backend)
        if listener is None:
            return
        stop = threading.Event()

        def listen() -> None:
            try:
                while not stop.is_set():
                    notices = listener.wait(WAIT_SECONDS)
                    if (notices.changed or notices.resync) and not stop.is_set():
                        with suppress(RuntimeError):  # the window was closed meanwhile
                            self._arrived.emit(notices)
            finally:
                listener.close()

        self._stop, self._thread = stop, threading.Thread(target=listen, name="live-refresh", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (another database is opened, the window closes)."""
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * WAIT_SECONDS + 1)
        self._stop, self._thread, self._listener = None, None, None

    @Slot(object)
    def _publish(self, notices: Notices) -> None:
        if notices.resync:
            for kind in KINDS.values():
                self.ctx.hub.reload(kind)
            return
        grouped: dict[str, set[int]] = {}
        for table, record_id in notices.changed:
            if table in KINDS:
                grouped.setdefault(KINDS[table], set()).add(record_id)
        for kind, ids in sorted(grouped.items()):
            self.ctx.hub.changed.emit(kind, tuple(sorted(ids)))
