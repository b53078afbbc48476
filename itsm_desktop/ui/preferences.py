"""Edit ▸ Preferences…: the appearance and language, how many automatic backups to keep, and where they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.services.maintenance import default_backup_folder, list_automatic_backups

from .common.dialogs import Dialogs
from .common.fields import RangeSpinBox, say_problems_as_typed
from .common.icons import icon
from .common.local_formats import show_datetime
from .common.theme import DEFAULT_THEME, THEMES, set_tone
from .common.translate import takes_singular
from .common.widgets import SPACING, heading, muted
from .languages import LANGUAGES, SYSTEM
from .printing.pdf import locale_page_size, page_size_names

MAX_KEEP = 365


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


@dataclass(frozen=True)
class PreferenceChanges:
    """What the user changed in Preferences (None: left as it was)."""

    keep: int | None = None
    theme: str | None = None
    paper: str | None = None  # "" follows the locale
    language: str | None = None  # "" follows the system


class PreferencesDialog(QDialog):
    """The theme, the number of automatic backups kept (0: none made) and their folder."""

    def __init__(self, keep: int, folder: Path, last_backup: datetime | None = None,
                 parent: QWidget | None = None, *, theme: str = DEFAULT_THEME, paper: str = "",
                 language: str = SYSTEM) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.folder = folder

        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        labels = {"system": self.tr("Same as the system"), "light": self.tr("Light"),
                  "dark": self.tr("Dark")}
        for key in THEMES:
            self.theme.addItem(labels[key], key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.theme.setAccessibleName(self.tr("Theme"))

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Takes effect at once; unsaved changes are asked about first"))

        self.paper = QComboBox(self)
        self.paper.setObjectName("paper_size")
        self.paper.addItem(self.tr("Automatic ({paper}, from your region)").format(
            paper=dict(page_size_names())[locale_page_size()]), "")
        for value, label in page_size_names():
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setToolTip(self.tr("The paper printed and exported documents are laid out for"))

        self.keep = RangeSpinBox(self)
        self.keep.setObjectName("keep_backups")
        self.keep.setRange(0, MAX_KEEP)
        self.keep.setValue(min(max(0, keep), MAX_KEEP))
        self.keep.setAccelerated(True)
        self.keep.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        self.keep.valueChanged.connect(self._update_state)
        keep_row = QHBoxLayout()
        keep_row.setSpacing(SPACING)
        keep_row.addWidget(self.keep)
        self.keep_label = QLabel(self)
        keep_row.addWidget(self.keep_label, 1)
        self.keep_error = QLabel(self)
        self.keep_error.setObjectName("error_keep_backups")
        set_tone(self.keep_error, "error")
        self.keep_error.hide()
        say_problems_as_typed(self.keep, self.keep_error)
        self.keep.lineEdit().textChanged.connect(self._fit_height)  # after the message came or went

        self.folder_edit = QLineEdit(str(folder), self)
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setCursorPosition(0)
        self.folder_edit.setToolTip(str(folder))
        self.folder_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 52))
        self.open_button = QPushButton(icon("open"), self.tr("Open Folder"), self)
        self.open_button.setObjectName("open_backup_folder")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: open_folder(self.folder))
        folder_row = QHBoxLayout()
        folder_row.setSpacing(SPACING // 2)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.open_button)

        last = (show_datetime(last_backup) if last_backup is not None
                else self.tr("none yet"))
        self.last_label = muted(self.tr("Latest automatic backup: {when}").format(when=last), self)
        self.last_label.setObjectName("last_backup")

        look = QFormLayout()
        look.setHorizontalSpacing(SPACING + 4)
        look.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        theme_caption = QLabel(self.tr("&Theme"), self)
        theme_caption.setBuddy(self.theme)
        look.addRow(theme_caption, self.theme)
        language_caption = QLabel(self.tr("&Language"), self)
        language_caption.setBuddy(self.language)
        look.addRow(language_caption, self.language)
        paper_caption = QLabel(self.tr("&Paper size"), self)
        paper_caption.setBuddy(self.paper)
        look.addRow(paper_caption, self.paper)

        form = QFormLayout()
        form.setHorizontalSpacing(SPACING + 4)
        form.setVerticalSpacing(SPACING)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        keep_caption = QLabel(self.tr("&Keep"), self)
        keep_caption.setBuddy(self.keep)
        form.addRow(keep_caption, keep_row)
        form.addRow("", self.keep_error)
        folder_caption = QLabel(self.tr("Folder"), self)
        form.addRow(folder_caption, folder_row)
        form.addRow("", self.last_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.addWidget(heading(self.tr("Appearance"), size_delta=1))
        layout.addLayout(look)
        layout.addSpacing(SPACING)
        layout.addWidget(heading(self.tr("Automatic backups"), size_delta=1))
        layout.addWidget(muted(self.tr("Once a day, when a database is opened, a copy of it is saved "
                                       "in the folder below. The oldest copies beyond the number "
                                       "kept are removed."), self))
        layout.addSpacing(SPACING // 2)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addSpacing(SPACING)
        layout.addWidget(buttons)
        self._update_state()
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.setFixedHeight(self.sizeHint().height())

    def _update_state(self) -> None:
        count = self.keep.value()
        self.keep_label.setText(self.tr("automatic backup (0 turns them off)") if takes_singular(count)
                                else self.tr("automatic backups (0 turns them off)"))
        exists = self.folder.is_dir()
        self.open_button.setEnabled(exists)
        self.open_button.setToolTip("" if exists else self.tr("No automatic backup has been made yet."))

    def accept(self) -> None:
        """OK keeps the dialog open while the number of backups typed is out of range."""
        problem = self.keep.problem()
        if problem:
            self.keep_error.setText(problem)
            self.keep_error.show()
            self._fit_height()
            self.keep.setFocus()
            return
        super().accept()

    def keep_value(self) -> int:
        return self.keep.value()

    def theme_value(self) -> str:
        return str(self.theme.currentData())

    def language_value(self) -> str:
        """"en", "de", "fr", or "" to follow the system."""
        return str(self.language.currentData())

    def paper_value(self) -> str:
        """"A4", "Letter", or "" for the locale's paper."""
        return str(self.paper.currentData())


def ask_preferences(parent: QWidget | None, keep: int, database: str,
                    theme: str = DEFAULT_THEME, paper: str = "",
                    language: str = SYSTEM) -> PreferenceChanges | None:
    """Show the preferences (the backups are those of the database ``database``, a path or
    URL); what the user changed, or None when they cancelled."""
    folder = default_backup_folder(database)
    backups = list_automatic_backups(database)
    dialog = PreferencesDialog(keep, folder, backups[0][0] if backups else None, parent, theme=theme,
                               paper=paper, language=language)
    if Dialogs.run_dialog(parent, dialog) != QDialog.DialogCode.Accepted.value:
        return None
    return PreferenceChanges(keep=dialog.keep_value() if dialog.keep_value() != keep else None,
                             theme=dialog.theme_value() if dialog.theme_value() != theme else None,
                             paper=dialog.paper_value() if dialog.paper_value() != paper else None,
                             language=(dialog.language_value() if dialog.language_value() != language
                                       else None))
