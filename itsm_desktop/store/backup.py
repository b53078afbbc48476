"""Consistent copies of a database through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path


def backup_to(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` consistently, even while it is in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, closing(
        sqlite3.connect(tmp)
    ) as dst:
        src.backup(dst)
    if os.name == "posix":
        tmp.chmod(0o600)
    tmp.replace(target)
    return target
