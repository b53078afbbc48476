"""Fixtures of the data exchange tests: the sample portfolio and a private settings folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from itsm_desktop.services.demo import load_demo
from itsm_desktop.services.exchange.portfolio import tables
from itsm_desktop.store import Database


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Remembered mappings go to the test's own folder, never the user's."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db)
    return db


def dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every field of every record of every table, in id order: what the database holds."""
    with db.read() as session:
        connection = session.connection()
        return {t.name: [dict(r._mapping) for r in connection.execute(
            sa.select(t).order_by(*t.primary_key.columns))] for t in tables()}
