"""File ▸ Move to Team Server…: copy the open local database into an empty database on a
team server, compare every record, then open the server in its place.

The copy runs off the GUI thread with a progress dialog; the local file is left as it was,
and the server database stays empty when anything fails (see ``services.team_server``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .common.background import BackgroundJob, JobControl
from .common.dialogs import Dialogs
from .common.local_formats import show_whole
from .common.messages import say_error
from .common.translate import tr as _tr
from .connect_server import ServerAddress, ask_server
from .files import DatabaseFiles

if TYPE_CHECKING:
    from itsm_desktop.store.server_copy import CopyReport


class MoveToServer(QObject):
    """Runs the move for the window whose database ``files`` switches."""

    def __init__(self, files: DatabaseFiles) -> None:
        super().__init__(files)
        self.files = files
        self.job: BackgroundJob | None = None

    def start(self) -> BackgroundJob | None:
        """Ask for the server database and start copying into it; None when not started."""
        ctx, window = self.files.ctx, self.files.window
        title = _tr("Move to Team Server")
        source = ctx.db.location
        if source is None:
            Dialogs.error(window, title, _tr("The open database is already on a team server."))
            return None
        if not self.files.can_leave():
            return None
        address = ask_server(window)
        if address is None:
            return None
        from itsm_desktop.services.team_server import move_to_server  # Alembic: not needed to start

        target = address.url().render_as_string(hide_password=False)
        control = JobControl()
        job = BackgroundJob(lambda: move_to_server(source, target, on_progress=control.report),
                            label=_tr("Copying {file} to the team server and comparing every record…")
                            .format(file=source.name), parent_widget=window)
        job.follow(control)
        job.finished.connect(lambda report: self._moved(report, address))
        job.refused.connect(lambda error: Dialogs.error(window, title, say_error(error)))
        job.failed.connect(lambda text: Dialogs.error(window, title, text))
        self.job = job.start()
        return self.job

    def _moved(self, report: CopyReport, address: ServerAddress) -> None:
        source = self.files.ctx.db.describe()
        if not self.files.open_path(address.url().render_as_string(hide_password=False)):
            return
        self.files.passwords.remember(self.files.ctx.db.target(), address.password)
        Dialogs.info(self.files.window, _tr("Move to Team Server"),
                     _tr("Copied {count} records from {file} to {server}; every record was compared and is "
                         "the same. The team server is open now; the local file was left as it was.")
                     .format(count=show_whole(report.total), file=source, server=self.files.ctx.db.describe()))
