"""The File menu's work: new and open database, recent databases, the sample portfolio."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from itsm_desktop.store import Database, StoreError, default_database_path, is_url

from .common.context import AppContext
from .common.dialogs import Dialogs
from .common.messages import say_error
from .common.operations import Refusal
from .common.translate import tr as _tr
from .connect_server import SessionPasswords, ask_server
from .settings import forget_database, recent_databases, remember_database

DEMO_MODULE = "itsm_desktop.services.demo"


def demo_available() -> bool:
    """Whether the sample-portfolio loader is installed."""
    try:
        return importlib.util.find_spec(DEMO_MODULE) is not None
    except ImportError:
        return False


def database_is_empty(db: Database) -> bool:
    from itsm_desktop.services import listing as listings  # not needed to start: imported here

    return all(listing.count(db) == 0 for listing in (listings.SERVICES, listings.ORGANIZATIONS,
                                                       listings.CONTACTS, listings.AGREEMENTS))


def load_sample(db: Database) -> None:
    """Fill an empty database with the sample portfolio (raises ``ItsmError`` otherwise)."""
    module = importlib.import_module(DEMO_MODULE)
    module.load_demo(db)


def _menu_text(target: str) -> str:
    """A recent database as the menu shows it: ``name — folder`` for a file, else the URL."""
    if is_url(target):
        return target
    path = Path(target)
    return f"{path.name}  —  {path.parent}"


class DatabaseFiles(QObject):
    """Switches the open database for the window, keeping the recent files list."""

    switched = Signal()  # another database is open now

    def __init__(self, ctx: AppContext, window: QWidget, can_leave: Callable[[], bool]) -> None:
        super().__init__(window)
        self.ctx, self.window, self.can_leave = ctx, window, can_leave
        self.passwords = SessionPasswords()
        remember_database(ctx.settings, ctx.db.target())

    def dialog_folder(self) -> Path:
        """Where file dialogs start: the open database's folder (the default database's for
        a database on a server)."""
        location = self.ctx.db.location
        return (location if location is not None else default_database_path()).parent

    def new_database(self) -> bool:
        """Ask for a new file name, create the database there and open it."""
        path = Dialogs.save_file(self.window, _tr("New Database"),
                                 str(self.dialog_folder() / "new-database.db"))
        if path is None:
            return False
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            Dialogs.error(self.window, _tr("New Database"),
                          _tr("{path} already exists. Choose another name, or open it with "
                              "File ▸ Open Database.").format(path=path))
            return False
        return self.open_path(path)

    def open_database(self) -> bool:
        path = Dialogs.open_file(self.window, _tr("Open Database"), str(self.dialog_folder()))
        return self.open_path(path) if path is not None else False

    def connect_server(self) -> bool:
        """File ▸ Connect to Team Server…: ask for the address, open it; a typed password is
        kept for this session (the recent list opens the server again without asking)."""
        address = ask_server(self.window)
        if address is None:
            return False
        opened = self.open_path(address.url().render_as_string(hide_password=False))
        if opened:
            self.passwords.remember(self.ctx.db.target(), address.password)
        return opened

    def open_path(self, target: str | Path, *, must_exist: bool = False) -> bool:
        """Open the database ``target`` (a file path or URL) in place of the current one; on
        failure keep the current one."""
        if self._is_open(target):
            return True
        if must_exist and not is_url(target) and not Path(target).expanduser().exists():
            Dialogs.error(self.window, _tr("Cannot Open Database"),
                          _tr("{path} no longer exists; it was removed from the recent list.")
                          .format(path=target))
            forget_database(self.ctx.settings, str(target))
            return False
        if not self.can_leave():
            return False
        try:
            db = Database.open(self.passwords.target(target) if is_url(target) else target)
        except StoreError as exc:
            Dialogs.error(self.window, _tr("Cannot Open Database"), say_error(exc))
            return False
        self.use_database(db)
        return True

    def use_database(self, db: Database) -> None:
        """Make the opened ``db`` the window's database, closing the previous one."""
        previous = self.ctx.switch_database(db)
        if previous is not db:
            previous.close()
        remember_database(self.ctx.settings, db.target())
        self.switched.emit()

    def _is_open(self, target: str | Path) -> bool:
        if is_url(target):
            return str(target) == self.ctx.db.target()
        try:
            return Path(target).expanduser().resolve() == self.ctx.db.location
        except OSError:
            return False

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Rebuild the recent databases submenu."""
        menu.clear()
        targets = recent_databases(self.ctx.settings)
        for number, target in enumerate(targets, start=1):
            action = menu.addAction(f"&{number} {_menu_text(target).replace('&', '&&')}")
            action.setObjectName(f"recent_{number}")
            action.setToolTip(target)
            action.setCheckable(True)
            action.setChecked(self._is_open(target))
            action.triggered.connect(lambda _c=False, t=target: self.open_path(t, must_exist=True))
        if not targets:
            menu.addAction(_tr("No recent databases")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(_tr("Clear List"))
        clear.setObjectName("recent_clear")
        clear.setEnabled(len(targets) > 1)
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        for target in recent_databases(self.ctx.settings):
            if not self._is_open(target):
                forget_database(self.ctx.settings, target)

    def load_sample(self) -> bool:
        """Load the sample portfolio into the open database if it is empty."""
        title = _tr("Load Sample Portfolio")
        if not demo_available():
            Dialogs.info(self.window, title, _tr("The sample portfolio is not installed."))
            return False
        if not database_is_empty(self.ctx.db):
            Dialogs.info(self.window, title,
                         _tr("The sample portfolio can only be loaded into an empty database, so "
                             "that it never mixes with your records. Create one with File ▸ New "
                             "Database, then load it there."))
            return False
        return self.ctx.operations.perform(lambda: load_sample(self.ctx.db),
                                           Refusal(self.window, title)) is not None
