"""Where a database is: the default file, and whether a target names a file or a server.

Plain path arithmetic, importable without the engine machinery (see ``store.__init__``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from itsm_desktop import APP_ID

URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")


def default_database_path() -> Path:
    """Where the database lives unless ``--database`` says otherwise."""
    import platformdirs  # only when no database is named

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "itsm.db"


def is_url(target: str | os.PathLike[str]) -> bool:
    """Whether ``target`` is a URL (``scheme://…``) rather than a file path."""
    return isinstance(target, str) and URL_SCHEME.match(target) is not None


def plain_file(target: str | os.PathLike[str]) -> Path | None:
    """The local file a plain path ``target`` names, as the SQLite backend resolves it; None
    for a URL (``sqlite:///…`` included: its backend says what it means)."""
    if is_url(target):
        return None
    return Path(target).expanduser().resolve()
