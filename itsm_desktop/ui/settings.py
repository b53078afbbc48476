"""Where window state and recent files are kept: an INI file, relocatable for tests."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from itsm_desktop import APP_ID
from itsm_desktop.store import public_target

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


def recent_databases(settings: QSettings) -> list[str]:
    """The recently opened databases (file paths and URLs), most recent first."""
    value = settings.value(RECENT_KEY, [])  # one entry comes back as a string, several as a list
    targets = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [public_target(str(v)) for v in targets if v]


def remember_database(settings: QSettings, target: str) -> None:
    """Put the database ``target`` (a path or URL) first in the recent list; a URL's password
    is never stored."""
    target = public_target(target)
    targets = [t for t in recent_databases(settings) if t != target]
    settings.setValue(RECENT_KEY, [target, *targets][:RECENT_MAX])


def forget_database(settings: QSettings, target: str) -> None:
    """Drop ``target`` from the recent list (it no longer opens)."""
    target = public_target(target)
    settings.setValue(RECENT_KEY, [t for t in recent_databases(settings) if t != target])
