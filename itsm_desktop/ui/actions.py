"""Every action of the main window, built in one place: text, icon, shortcut and object name."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from .common.icons import icon

StandardKey = QKeySequence.StandardKey

# The record actions a page may support; the window forwards them to the current page.
RECORD_ACTIONS = ("new", "save", "revert", "duplicate", "delete", "find")
# The document actions: the window runs them on what the current page shows (an agreement,
# the catalog report).
PRINT_ACTIONS = ("preview", "print", "export_pdf")
PAGE_KEYS = ("home", "catalog", "organizations", "contacts", "agreements", "service_levels")


def _keys(*keys: StandardKey | str) -> list[QKeySequence]:
    """Shortcuts from standard keys, falling back to the literal ones where a platform has none."""
    out: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in out:
                out.append(sequence)
    return out


class Actions(QObject):
    """The actions of the main window. Menus, the toolbar and tests find them here by name."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        # File
        self.new_database = self._make("new_database", self.tr("&New Database…"), "new-database",
                                       tip=self.tr("Create an empty database file and open it"))
        self.open_database = self._make("open_database", self.tr("&Open Database…"), "open",
                                        _keys(StandardKey.Open),
                                        tip=self.tr("Open another database file"))
        self.connect_server = self._make("connect_server", self.tr("&Connect to Team Server…"), "new-database",
                                         tip=self.tr("Open the team's database on a PostgreSQL server"))
        self.move_to_server = self._make("move_to_server", self.tr("&Move to Team Server…"), "backup",
                                         tip=self.tr("Copy this local database to an empty team server database "
                                                     "and open it there"))
        self.load_sample = self._make("load_sample", self.tr("Load &Sample Portfolio"), "restore",
                                      tip=self.tr("Fill this empty database with a complete example"))
        self.back_up_database = self._make("back_up_database", self.tr("&Back Up Database…"), "backup",
                                           tip=self.tr("Save a copy of the open database"))
        self.restore_backup = self._make("restore_backup", self.tr("Res&tore from Backup…"), "restore",
                                         tip=self.tr("Replace the open database by a backup of it"))
        self.import_data = self._make("import_data", self.tr("&Import…"), "open",
                                      tip=self.tr("Import records from a CSV, XLSX or ODS spreadsheet"))
        self.export_list = self._make("export_list", self.tr("E&xport List…"), "export-pdf",
                                      tip=self.tr("Save this page's list, as shown, to CSV or XLSX"))
        self.quit = self._make("quit", self.tr("&Quit"), "quit", _keys(StandardKey.Quit, "Ctrl+Q"))
        # Edit
        self.undo = self._make("undo", self.tr("&Undo"), "undo", _keys(StandardKey.Undo))
        self.redo = self._make("redo", self.tr("&Redo"), "redo", _keys(StandardKey.Redo))
        self.new = self._make("new", self.tr("&New"), "new", _keys(StandardKey.New),
                              tip=self.tr("Create a new record on this page"))
        self.save = self._make("save", self.tr("&Save"), "save", _keys(StandardKey.Save),
                               tip=self.tr("Save the record being edited"))
        self.revert = self._make("revert", self.tr("Re&vert"), "revert",
                                 tip=self.tr("Throw away the unsaved changes of this record"))
        self.duplicate = self._make("duplicate", self.tr("D&uplicate"), "duplicate", _keys("Ctrl+Shift+D"),
                                    tip=self.tr("Start a new record as a copy of this one"))
        self.delete = self._make("delete", self.tr("&Delete"), "delete", _keys(StandardKey.Delete),
                                 tip=self.tr("Delete this record (it can be undone)"))
        self.find = self._make("find", self.tr("&Find"), "find", _keys(StandardKey.Find),
                               tip=self.tr("Search this page"))
        self.preview = self._make("preview", self.tr("Pre&view…"), "preview",
                                  tip=self.tr("Show the printed document on screen"))
        self.print = self._make("print", self.tr("&Print…"), "print", _keys(StandardKey.Print),
                                tip=self.tr("Print the document of this page"))
        self.export_pdf = self._make("export_pdf", self.tr("&Export PDF…"), "export-pdf",
                                     tip=self.tr("Save the document of this page as a PDF file"))
        self.catalog_report = self._make("catalog_report", self.tr("Catalog &Report…"), "catalog",
                                         tip=self.tr("Preview the live service catalog as a report"))
        self.refresh = self._make("refresh", self.tr("&Reload"), "refresh", _keys(StandardKey.Refresh, "F5"),
                                  tip=self.tr("Read the records of this page again"))
        self.preferences = self._make("preferences", self.tr("Pr&eferences…"), "settings",
                                      _keys(StandardKey.Preferences),
                                      tip=self.tr("Automatic backups and other settings"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Go
        titles = (self.tr("&Home"), self.tr("Service &Catalog"), self.tr("&Organizations"),
                  self.tr("Co&ntacts"), self.tr("&Agreements"), self.tr("Service &Levels"))
        self.go = {key: self._make(f"go_{key}", title, key, _keys(f"Ctrl+{n}"))
                   for n, (key, title) in enumerate(zip(PAGE_KEYS, titles, strict=True), start=1)}
        self.clause_library = self._make("clause_library", self.tr("Clause &Library…"), "",
                                         tip=self.tr("The standard clauses agreements carry, and their versions"))
        # Help
        self.user_guide = self._make("user_guide", self.tr("User &Guide"), "about",
                                     _keys(StandardKey.HelpContents, "F1"),
                                     tip=self.tr("How to do the everyday tasks, step by step"))
        self.keyboard_shortcuts = self._make("keyboard_shortcuts", self.tr("&Keyboard Shortcuts"), "",
                                             _keys("Ctrl+/"),
                                             tip=self.tr("Every shortcut of the application"))
        self.about = self._make("about", self.tr("&About ITSM Desktop"), "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        for name in ("undo", "redo", "save", "revert", "duplicate", "delete", *PRINT_ACTIONS):
            self.by_name[name].setEnabled(False)

    def _make(self, name: str, text: str, icon_name: str = "",
              shortcuts: list[QKeySequence] | None = None, *, tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self.parent())
        action.setObjectName(f"action_{name}")
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        shortcut = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.by_name[name] = action
        return action

    def set_undo_text(self, text: str) -> None:
        """"Undo Edit service ‘E-mail’" — the Edit menu says what it will undo."""
        what = text.replace("&", "&&")
        self.undo.setText(self.tr("&Undo {what}").format(what=what) if text else self.tr("&Undo"))

    def set_redo_text(self, text: str) -> None:
        what = text.replace("&", "&&")
        self.redo.setText(self.tr("&Redo {what}").format(what=what) if text else self.tr("&Redo"))
