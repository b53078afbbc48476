"""``restore`` on the command line, tried as a user would: back up, damage, check, restore, check."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest


def itsm(database: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "itsm_desktop", "--database", str(database), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def damage_middle(path: Path) -> None:
    """Overwrite bytes in the middle of the (closed) database file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    start = (len(data) // page // 2) * page - page
    data[start:start + 3 * page] = (b"\xde\xad\xbe\xef" * page)[: 3 * page]
    path.write_bytes(bytes(data))


def service_codes(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return [row[0] for row in con.execute("SELECT code FROM service ORDER BY code")]


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "itsm.db"
    result = itsm(path, "load-demo")
    assert result.returncode == 0, result.stderr
    return path


def test_back_up_damage_check_restore_check(portfolio: Path, tmp_path: Path) -> None:
    codes = service_codes(portfolio)
    backup = tmp_path / "usb" / "itsm-monday.db"

    made = itsm(portfolio, "backup", "-o", backup)
    assert made.returncode == 0, made.stderr
    assert str(backup) in made.stdout

    damage_middle(portfolio)
    damaged = itsm(portfolio, "check")
    assert damaged.returncode != 0
    assert "Traceback" not in damaged.stderr
    problems = [line for line in damaged.stderr.splitlines() if line.strip()]
    assert problems  # each problem on a line of its own

    restored = itsm(portfolio, "restore", backup)
    assert restored.returncode == 0, restored.stderr
    kept = sorted(portfolio.parent.glob("itsm.before-restore-*.db"))
    assert len(kept) == 1
    assert f"Restored {backup} into {portfolio}." in restored.stdout
    assert str(kept[0]) in restored.stdout  # where the damaged database was kept

    healthy = itsm(portfolio, "check")
    assert healthy.returncode == 0, healthy.stderr
    assert healthy.stderr == ""
    assert service_codes(portfolio) == codes
    assert itsm(kept[0], "check").returncode != 0  # the kept copy is the damaged file, as it was


def test_a_damaged_backup_is_refused_and_nothing_changes(portfolio: Path, tmp_path: Path) -> None:
    backup = tmp_path / "bad.db"
    assert itsm(portfolio, "backup", "-o", backup).returncode == 0
    damage_middle(backup)
    before = portfolio.read_bytes()

    message = one_sentence(itsm(portfolio, "restore", backup))

    assert message.startswith("itsm-desktop: ") and "cannot be restored" in message
    assert portfolio.read_bytes() == before
    assert not list(portfolio.parent.glob("*.before-restore-*"))


def test_restore_errors_are_one_sentence(portfolio: Path, tmp_path: Path) -> None:
    assert "does not exist" in one_sentence(itsm(portfolio, "restore", tmp_path / "missing.db"))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    assert "is not an ITSM Desktop database backup" in one_sentence(itsm(portfolio, "restore", notes))
    assert "not the database itself" in one_sentence(itsm(portfolio, "restore", portfolio))


def test_restore_into_a_new_place(portfolio: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh" / "itsm.db"
    target.parent.mkdir()
    result = itsm(target, "restore", portfolio)
    assert result.returncode == 0, result.stderr
    assert "kept" not in result.stdout  # there was nothing to keep
    assert service_codes(target) == service_codes(portfolio)


def test_restore_needs_a_file(tmp_path: Path) -> None:
    result = itsm(tmp_path / "itsm.db", "restore")
    assert result.returncode == 2
    assert "FILE" in result.stderr or "backup" in result.stderr
    assert "restore" in itsm(tmp_path / "itsm.db", "--help").stdout
