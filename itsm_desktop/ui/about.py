"""The About dialog: version, the open database, and the licenses of what is bundled."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop import APP_ID, APP_NAME, __version__
from itsm_desktop.resources import resource_path
from itsm_desktop.services.maintenance import default_backup_folder

from .common.icons import app_icon
from .common.translate import tr
from .common.widgets import SPACING, heading, muted
from .diagnostics import log_folder


def package_version(name: str) -> str:
    """The installed version of ``name``, read from its metadata (nothing is imported)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def runtime_versions() -> dict[str, str]:
    """What a bug report needs: the versions of the application and of what it runs on."""
    return {"ITSM Desktop": __version__, "Python": platform.python_version(), "Qt": qVersion(),
            "PySide6": PySide6.__version__, "SQLite": sqlite3.sqlite_version,
            "reportlab": package_version("reportlab")}


def _selectable(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def licenses_text() -> str:
    """The third-party notices shipped in ``resources/LICENSES.md`` (Markdown)."""
    path = resource_path("LICENSES.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return tr("The license notices could not be read.")


class AboutDialog(QDialog):
    """Who we are, which version, which database, and the licenses of bundled material."""

    def __init__(self, database_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = heading(APP_NAME, size_delta=6)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("about_version")
        summary = muted(self.tr("Service catalog, stakeholders and printable service level "
                                "agreements for small IT teams."))
        database = _selectable(self.tr("Database: {path}").format(path=database_path),
                               "about_database")
        backups = _selectable(self.tr("Automatic backups: {folder}").format(
            folder=default_backup_folder(Path(database_path))), "about_backups")
        data = _selectable(self.tr("Data folder: {folder}").format(
            folder=platformdirs.user_data_dir(APP_ID, appauthor=False)), "about_data_folder")
        logs = _selectable(self.tr("Log folder: {folder}").format(folder=log_folder()),
                           "about_log_folder")
        runtime = _selectable(" · ".join(f"{name} {version}" for name, version
                                         in runtime_versions().items()), "about_versions")
        runtime.setStyleSheet("color: palette(placeholder-text);")
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (title, version, summary, database, backups, data, logs, runtime):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(SPACING * 2)
        top.addWidget(logo)
        top.addLayout(text, 1)
        self.licenses = QTextBrowser(self)
        self.licenses.setObjectName("about_licenses")
        self.licenses.setOpenExternalLinks(True)
        self.licenses.setMarkdown(licenses_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(heading(self.tr("Licenses"), size_delta=1))
        layout.addWidget(self.licenses, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
