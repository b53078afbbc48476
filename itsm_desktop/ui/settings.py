"""Where window state and recent files are kept: an INI file, relocatable for tests."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from itsm_desktop import APP_ID

SETTINGS_ENV = "ITSM_DESKTOP_SETTINGS"
RECENT_KEY = "files/recent_databases"
RECENT_MAX = 8


def open_settings(path: str | os.PathLike[str] | None = None) -> QSettings:
    """The application's settings: ``path``, else ``$ITSM_DESKTOP_SETTINGS``, else the user's.

    Always the INI format, so the file is readable and tests can point it at a temporary folder.
    """
    chosen = path or os.environ.get(SETTINGS_ENV)
    if chosen:
        return QSettings(str(Path(chosen)), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


def recent_databases(settings: QSettings) -> list[Path]:
    """The recently opened database files, most recent first."""
    value = settings.value(RECENT_KEY, [])  # one path comes back as a string, several as a list
    paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [Path(v) for v in paths if v]


def remember_database(settings: QSettings, path: Path) -> None:
    """Put ``path`` first in the recent files list."""
    paths = [p for p in recent_databases(settings) if p != path]
    settings.setValue(RECENT_KEY, [str(p) for p in [path, *paths][:RECENT_MAX]])


def forget_database(settings: QSettings, path: Path) -> None:
    """Drop ``path`` from the recent files list (it no longer opens)."""
    settings.setValue(RECENT_KEY, [str(p) for p in recent_databases(settings) if p != path])
