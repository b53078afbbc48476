"""The About dialog: version, the open database, and the licenses of what is bundled."""

from __future__ import annotations

import platform
from pathlib import Path

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

from itsm_desktop import APP_NAME, __version__
from itsm_desktop.resources import resource_path
from itsm_desktop.services.maintenance import default_backup_folder

from .common.icons import app_icon
from .common.widgets import SPACING, heading, muted


def licenses_text() -> str:
    """The third-party notices shipped in ``resources/LICENSES.md`` (Markdown)."""
    path = resource_path("LICENSES.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "The license notices could not be read."


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
        database = QLabel(self.tr("Database: {path}").format(path=database_path))
        database.setObjectName("about_database")
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setWordWrap(True)
        backups = QLabel(self.tr("Automatic backups: {folder}").format(
            folder=default_backup_folder(Path(database_path))))
        backups.setObjectName("about_backups")
        backups.setTextFormat(Qt.TextFormat.PlainText)
        backups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups.setWordWrap(True)
        runtime = muted(self.tr("Python {python} · Qt {qt} · PySide6 {pyside}").format(
            python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__))
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (title, version, summary, database, backups, runtime):
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
