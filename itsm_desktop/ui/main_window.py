"""The main window: navigation, pages, menus, toolbar, status bar and the guard on leaving.

Starting costs what the first paint needs and no more: a page (with its editor) is imported
and built the first time it is shown, the print actions and the About box when first used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from itsm_desktop import APP_NAME
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.store import Database

from .actions import PAGE_KEYS, PRINT_ACTIONS, RECORD_ACTIONS, Actions
from .backups import Backups
from .common.accessible import name_the_rest
from .common.commands import adopt_steps
from .common.context import AppContext
from .common.dialogs import Dialogs
from .common.first_paint import after_first_paint
from .common.icons import app_icon, icon
from .common.page import Page
from .common.undo_keys import UndoKeyRouter
from .files import DatabaseFiles, demo_available
from .home.page import HomePage
from .integrity import IntegrityWatch
from .live_refresh import LiveRefresh
from .move_to_server import MoveToServer
from .viewer_mode import EDITING_ACTIONS, ViewerBanner, lock_editing, lock_empty_states

if TYPE_CHECKING:
    from .printing import PrintActions

ENTITY_PAGES = {"service": "catalog", "organization": "organizations", "contact": "contacts",
                "agreement": "agreements", "service_level_target": "service_levels"}
# the pages other than Home, imported when first shown: "feature:class", the class in
# itsm_desktop.ui.<feature>.page
PRELOAD_AFTER_MS = 1500
"""How long after the first paint the pages not yet shown start loading their code, one by one
in idle moments: the first clicks of the start go first."""
PAGE_CLASSES = {"catalog": "catalog:CatalogPage", "organizations": "organizations:OrganizationsPage",
                "contacts": "contacts:ContactsPage", "agreements": "agreements:AgreementsPage",
                "service_levels": "service_levels:ServiceLevelsPage"}


def record_page(key: str, ctx: AppContext) -> Page:
    """The page ``key`` of ``PAGE_CLASSES``, its module imported now."""
    page: Page = getattr(load_page_code(key), PAGE_CLASSES[key].split(":")[1])(ctx)
    return page


def load_page_code(key: str) -> ModuleType:
    """The module of the page ``key``, imported (with its editor and the Qt classes they use)."""
    return importlib.import_module(f"{__package__}.{PAGE_CLASSES[key].split(':')[0]}.page")


class LazyPages(dict[str, Page]):
    """The window's pages by key; a page missing is built when it is first asked for."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        page = self[key] = self._build(key)
        return page


class MainWindow(QMainWindow):
    """Navigation on the left, one page per kind of record, and the application's actions."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        """``undo_stack``: the undo history of the window this one replaces (a change of
        language), its steps acting for this window from now on."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.settings = settings
        self.ctx = AppContext(db, settings, self, undo_stack=undo_stack)
        if undo_stack is not None:
            adopt_steps(undo_stack, self.ctx)
        self.window_actions = Actions(self)
        self._print_actions: PrintActions | None = None
        self._help_windows: dict[str, QWidget] = {}
        self.integrity = IntegrityWatch(self)
        self.live = LiveRefresh(self.ctx, self)  # others' saves on a team server
        self.files = DatabaseFiles(self.ctx, self, self.can_leave_all)
        self.files.switched.connect(self._database_switched)
        self.backups = Backups(self.ctx, self, self.files, self.can_leave_all)
        self.move_to_server = MoveToServer(self.files)
        self._current = -1
        self._locked_editors: list[QWidget] = []  # a viewer's editors, locked again after each load
        self._build_pages()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.undo_keys = UndoKeyRouter(self, lambda: self.current_page().is_dirty())
        self.resize(1280, 800)
        self.restore_state()
        self._update_title()
        after_first_paint(self, self._after_first_paint)
        self.integrity.watch(db)  # a large file's full check, once the window has painted
        self.live.watch(db)

    @property
    def print_actions(self) -> PrintActions:
        """Preview, print and export (imported on first use: reportlab and the documents)."""
        if self._print_actions is None:
            from .printing import PrintActions

            self._print_actions = PrintActions(self.ctx, self)
        return self._print_actions

    # --- building -------------------------------------------------------------------------

    def _build_pages(self) -> None:
        # a page is built the first time it is shown (or asked for): starting stays as fast
        # with 100,000 records as with none
        self.pages: dict[str, Page] = LazyPages(self._create_page)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding: 6px; outline: 0;"
            " show-decoration-selected: 1; }"
            "QListWidget#navigation::item { padding: 7px 6px; border-radius: 4px; color: palette(text); }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.stack = QStackedWidget(self)
        titles = {"home": self.tr("Home"), "catalog": self.tr("Service catalog"),
                  "organizations": self.tr("Organizations"), "contacts": self.tr("Contacts"),
                  "agreements": self.tr("Agreements"), "service_levels": self.tr("Service levels")}
        for key in PAGE_KEYS:
            item = QListWidgetItem(icon(key), titles[key], self.nav)
            item.setToolTip(self.window_actions.go[key].toolTip())
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is built
        self.pages["home"]
        self.nav.setFixedWidth(max(176, self.nav.sizeHintForColumn(0) + 36))
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.viewer_banner = ViewerBanner(central)
        self.viewer_banner.show_for(self.ctx.db)
        outer.addWidget(self.viewer_banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        outer.addLayout(layout, 1)
        layout.addWidget(self.nav)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)
        self._current = 0
        self.nav.currentRowChanged.connect(self._nav_changed)

    def _after_first_paint(self) -> None:
        """What starting can leave until the window shows: agreements whose validity ended
        become expired, then the Home page reads its figures (it waits for this, see HomePage)."""
        expired = self._expire_agreements()
        if expired:
            self.statusBar().showMessage(self.tr("Expired because their validity ended: {names}.")
                                         .format(names=", ".join(expired)), 5000)
        home = self.pages.get("home")
        if home is not None and self.current_page() is home:
            home.page_shown()
        QTimer.singleShot(PRELOAD_AFTER_MS, self, lambda: self._load_pages_code(list(PAGE_CLASSES)))

    def _load_pages_code(self, keys: list[str]) -> None:
        """Load the code of the pages not yet shown, one per idle moment: opening one the first
        time then costs building it and reading its records, not loading its modules and the
        Qt classes they use (some 80 ms for the Service Levels page)."""
        waiting = [key for key in keys if key not in self.pages]
        if waiting:
            load_page_code(waiting[0])
            QTimer.singleShot(0, self, lambda: self._load_pages_code(waiting[1:]))

    def _import_data(self) -> None:
        from .exchange.wizard import run_import  # the spreadsheet readers: not needed to start

        run_import(self.ctx, self)

    def _expire_agreements(self) -> list[str]:
        """Mark agreements whose validity ended as expired before anything is listed.

        The agreements page does so too, once a day, but it is built only when first shown.
        """
        if not self.ctx.db.writable:  # a viewer: the editors of the team will
            return []
        from itsm_desktop.services import lifecycle  # after the first paint: not needed to start

        try:
            return self.ctx.operations.call(lambda: lifecycle.expire_due(self.ctx.db))
        except (ItsmError, SQLAlchemyError):  # a read-only or locked database: not now
            return []

    def _create_page(self, key: str) -> Page:
        if key == "home":
            page: Page = HomePage(self.ctx)
        else:
            page = record_page(key, self.ctx)
        page.setObjectName(f"page_{key}")
        self._lock_if_read_only(page)
        name_the_rest(page)
        index = PAGE_KEYS.index(key)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if stand_in is not None and not isinstance(stand_in, Page):
            if self.stack.currentWidget() is stand_in:
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        page.status_changed.connect(self._update_status)
        page.actions_changed.connect(self._update_actions)
        page.dirty_changed.connect(self._update_modified)
        page.action_requested.connect(self._page_request)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if isinstance(page, HomePage):
            page.show_services.connect(self.show_services)
        page.restore_state(self.settings)
        return page

    def _build_menus(self) -> None:
        a = self.window_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_database, a.open_database, a.connect_server])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.back_up_database, a.restore_backup, a.move_to_server])
        file_menu.addSeparator()
        file_menu.addAction(a.load_sample)
        file_menu.addActions([a.import_data, a.export_list])
        file_menu.addSeparator()
        file_menu.addActions([a.preview, a.print, a.export_pdf, a.catalog_report])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.new, a.save, a.revert, a.duplicate, a.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions([a.go[key] for key in PAGE_KEYS])
        go_menu.addSeparator()
        go_menu.addAction(a.clause_library)
        go_menu.addAction(a.refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.user_guide, a.keyboard_shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(a.about)

    def show_clause_library(self) -> None:
        """Go ▸ Clause Library: the team's standard clauses, in a window beside this one."""
        from .agreements.clause_library import ClauseLibraryDialog

        library = self.findChild(ClauseLibraryDialog) or ClauseLibraryDialog(self.ctx, self)
        library.reload()
        library.show()
        library.raise_()

    def _build_toolbar(self) -> None:
        a = self.window_actions
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.new, a.save, a.revert, a.duplicate, a.delete])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([a.preview, a.print, a.export_pdf])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("status_rows")
        self.path_label = QLabel(self)
        self.path_label.setObjectName("status_path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.rows_label)
        self.statusBar().addPermanentWidget(self.path_label)

    def _connect(self) -> None:
        a, stack = self.window_actions, self.ctx.undo_stack
        for name in RECORD_ACTIONS:
            a.by_name[name].triggered.connect(lambda _c=False, n=name: self.current_page().trigger_action(n))
        for name in PRINT_ACTIONS:
            a.by_name[name].triggered.connect(lambda _c=False, n=name: self.print_document(n))
        a.catalog_report.triggered.connect(lambda: self.print_actions.preview_catalog())
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.refresh.triggered.connect(self.reload_page)
        a.clause_library.triggered.connect(self.show_clause_library)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.user_guide.triggered.connect(self.show_guide)
        a.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        a.new_database.triggered.connect(self.files.new_database)
        a.open_database.triggered.connect(self.files.open_database)
        a.connect_server.triggered.connect(self.files.connect_server)
        a.move_to_server.triggered.connect(self.move_to_server.start)
        a.load_sample.triggered.connect(self.files.load_sample)
        a.load_sample.setEnabled(demo_available())
        a.import_data.triggered.connect(self._import_data)
        a.export_list.triggered.connect(lambda: getattr(self.current_page(), "export_list", lambda: None)())
        a.back_up_database.triggered.connect(self.backups.back_up)
        a.restore_backup.triggered.connect(self.backups.restore)
        a.preferences.triggered.connect(self.backups.edit_preferences)
        for key in PAGE_KEYS:
            a.go[key].triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(a.go[key])
        stack.canUndoChanged.connect(lambda can: a.undo.setEnabled(can and self.ctx.db.writable))
        stack.canRedoChanged.connect(lambda can: a.redo.setEnabled(can and self.ctx.db.writable))
        stack.undoTextChanged.connect(a.set_undo_text)
        stack.redoTextChanged.connect(a.set_redo_text)
        stack.cleanChanged.connect(self._update_modified)
        a.set_undo_text(stack.undoText())  # an adopted history has steps already
        a.set_redo_text(stack.redoText())
        a.undo.setEnabled(stack.canUndo() and self.ctx.db.writable)
        a.redo.setEnabled(stack.canRedo() and self.ctx.db.writable)
        self.ctx.hub.error.connect(lambda title, text: Dialogs.error(self, title, text))
        self.ctx.hub.open_record.connect(self.open_record)
        self._update_actions()
        self._update_status()

    # --- pages ------------------------------------------------------------------------------

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def show_page(self, key: str) -> bool:
        """Switch to page ``key`` unless the current page has unsaved changes the user keeps."""
        index = PAGE_KEYS.index(key)
        if index == self.stack.currentIndex():
            return True
        if not self.current_page().can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return False
        self.pages[key]  # built now if it is shown for the first time
        self.stack.setCurrentIndex(index)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.current_page().page_shown()
        self._update_actions()
        self._update_status()
        return True

    @Slot(int)
    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.show_page(PAGE_KEYS[row])

    @Slot(str, int)
    def open_record(self, entity: str, record_id: int) -> None:
        """Show a record on its page (from the home page or a link in an editor)."""
        key = ENTITY_PAGES.get(entity)
        if key is None or not self.show_page(key):
            return
        if not self.pages[key].show_record(record_id):
            self.statusBar().showMessage(self.tr("That record is no longer there."), 5000)

    def _page_request(self, name: str) -> None:
        if name == "load_sample":
            self.window_actions.load_sample.trigger()
        elif name == "new_service" and self.show_page("catalog"):
            self.pages["catalog"].trigger_action("new")
        elif name in self.window_actions.by_name:
            self.window_actions.by_name[name].trigger()

    def show_services(self, status: Any) -> None:
        """Open the catalog filtered by a lifecycle status (the home page's cards)."""
        if self.show_page("catalog"):
            catalog = self.pages["catalog"]
            if hasattr(catalog, "show_only"):
                catalog.show_only("status", status)

    def reload_page(self) -> None:
        page = self.current_page()
        if page.entity and page.can_leave():
            self.ctx.hub.reload(page.entity)
        elif page.entity is None:
            page.page_shown()

    # --- documents -------------------------------------------------------------------------

    def _print_target(self) -> int | str | None:
        """What Preview, Print… and Export PDF… apply to: an agreement id, "catalog" or None."""
        key = self.page_key()
        if key == "catalog":
            return "catalog"
        current = getattr(self.current_page(), "current_agreement_id", None)
        return current() if key == "agreements" and callable(current) else None

    def print_document(self, name: str) -> None:
        """Run ``name`` (preview, print, export_pdf) on the shown agreement or the catalog report.

        What is printed is what is stored, so unsaved changes are settled first.
        """
        page = self.current_page()
        if page.is_dirty() and not page.can_leave():
            return
        target = self._print_target()
        pa = self.print_actions
        if target == "catalog":
            {"preview": pa.preview_catalog, "print": pa.print_catalog,
             "export_pdf": pa.export_catalog}[name]()
        elif isinstance(target, int):
            {"preview": pa.preview_agreement, "print": pa.print_agreement,
             "export_pdf": pa.export_agreement}[name](target)

    # --- undo -------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.current_page().can_leave():
            self.ctx.undo_stack.undo()

    def redo(self) -> None:
        if self.current_page().can_leave():
            self.ctx.undo_stack.redo()

    # --- state shown ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        page = self.current_page()
        for name in RECORD_ACTIONS:
            self.window_actions.by_name[name].setEnabled(page.action_enabled(name))
        printable = self._print_target() is not None
        for name in PRINT_ACTIONS:
            self.window_actions.by_name[name].setEnabled(printable)
        self.window_actions.move_to_server.setEnabled(self.ctx.db.location is not None)
        if not self.ctx.db.writable:
            for name in EDITING_ACTIONS:
                self.window_actions.by_name[name].setEnabled(False)

    def _lock_if_read_only(self, page: Page) -> None:
        """A viewer's page: its editor's fields read-only, again after each record it loads, and
        its empty states without buttons that create."""
        lock_empty_states(page, not self.ctx.db.writable)
        editor = getattr(page, "editor", None)
        if self.ctx.db.writable or not isinstance(editor, QWidget):
            return
        lock_editing(editor)
        heading_changed = getattr(editor, "heading_changed", None)
        if heading_changed is not None and editor not in self._locked_editors:
            self._locked_editors.append(editor)
            heading_changed.connect(lambda: None if self.ctx.db.writable else lock_editing(editor))

    def _update_status(self) -> None:
        self.rows_label.setText(self.current_page().status_text())
        self.path_label.setText(self.ctx.db.describe())
        self.path_label.setToolTip(self.tr("The open database"))

    def _update_modified(self, *_args: Any) -> None:
        dirty = any(page.is_dirty() for page in self.pages.values())
        self.setWindowModified(dirty or not self.ctx.undo_stack.isClean())

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.ctx.db.title()}[*] — {APP_NAME}")
        self._update_modified()

    def _database_switched(self) -> None:
        self.viewer_banner.show_for(self.ctx.db)
        for page in self.pages.values():
            self._lock_if_read_only(page)
        self.integrity.watch(self.ctx.db)
        self.live.watch(self.ctx.db)
        self._update_title()
        self._update_status()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=self.ctx.db.describe()), 5000)

    def show_guide(self) -> None:
        """Help ▸ User Guide: a window beside this one (one at a time)."""
        from .help import GuideWindow

        self._show_beside("guide", lambda: GuideWindow(self))

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts, read from the menus as they are now."""
        from .help import ShortcutsWindow, shortcut_rows

        self._show_beside("shortcuts", lambda: ShortcutsWindow(
            shortcut_rows(self.menuBar(), list(self.window_actions.go.values())), self), rebuild=True)

    def _show_beside(self, key: str, build: Callable[[], QWidget], *, rebuild: bool = False) -> None:
        shown = self._help_windows.get(key)
        if shown is not None and rebuild:
            shown.close()
            shown.deleteLater()
            shown = None
        if shown is None:
            shown = self._help_windows[key] = build()
        shown.show()
        shown.raise_()
        shown.activateWindow()

    def show_about(self) -> None:
        from .about import AboutDialog

        Dialogs.show_about(self, AboutDialog(self.ctx.db.describe(), self))

    # --- leaving and closing -------------------------------------------------------------------

    def can_leave_all(self) -> bool:
        """Ask about unsaved changes on every page, the current one first."""
        current = self.current_page()
        if not current.can_leave():
            return False
        for key, page in self.pages.items():
            if page is not current and page.is_dirty():
                self.show_page(key)
                if not page.can_leave():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.can_leave_all():
            event.ignore()
            return
        self.save_state()
        self.integrity.cancel()
        self.live.stop()
        event.accept()

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.page_key())
        for page in self.pages.values():
            page.save_state(self.settings)
        self.settings.sync()

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for page in self.pages.values():
            page.restore_state(self.settings)
        key = self.settings.value("window/page", "home")
        if key in PAGE_KEYS:
            self.show_page(str(key))
