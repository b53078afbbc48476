"""The ``backup`` and ``check`` commands, run as a user would: a separate process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.maintenance import check_database
from itsm_desktop.store import Database

from .safety_helpers import PYTHON, damage, python_env


def itsm(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "itsm_desktop", "--database", str(db_path), *args],
                          capture_output=True, text=True, env=python_env(), timeout=120)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "itsm.db"
    with Database.open(path) as db:
        for name in ("Finance", "Sales"):
            stakeholders.create_organization(db, form=OrganizationForm(name=name))
        org = stakeholders.list_organizations(db)[0]
        form = stakeholders.organization_form(org)
        form.notes = "edited"
        stakeholders.update_organization(db, organization_id=org.id, version=org.version, form=form)
        stakeholders.delete_organization(db, organization_id=stakeholders.list_organizations(db)[1].id)
    return path


def _one_problem_per_line(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.strip() for line in lines)
    assert len(result.stdout.strip().splitlines()) <= 1  # the summary
    return lines


def test_check_a_healthy_database(filled: Path) -> None:
    result = itsm(filled, "check")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip().endswith("healthy.")
    assert "1 organization rows" in result.stdout


@pytest.mark.parametrize("how", ["index", "pages", "header"])
def test_check_a_damaged_database(filled: Path, how: str) -> None:
    damage(filled, how)
    before = filled.read_bytes()
    lines = _one_problem_per_line(itsm(filled, "check"))
    assert any(word in " ".join(lines) for word in ("Integrity", "cannot be read"))
    assert filled.read_bytes() == before  # checking never writes


def test_check_reports_each_broken_reference_and_history_gap(filled: Path) -> None:
    with closing(sqlite3.connect(filled)) as con:
        con.execute("INSERT INTO contact (organization_id, name, job_title, email, phone, notes, active,"
                    " search_text, created_at, updated_at, version) VALUES (4242, 'Orphan', '', '', '',"
                    " '', 1, '', '2026-01-01', '2026-01-01', 1)")
        con.execute("DELETE FROM organization")  # gone without a deletion record in the history
        con.commit()
    lines = _one_problem_per_line(itsm(filled, "check"))
    assert any(line.startswith("Foreign key: contact") for line in lines)
    assert any(line.startswith("History: organization") for line in lines)


def test_check_refuses_what_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list")
    _one_problem_per_line(itsm(text, "check"))
    _one_problem_per_line(itsm(tmp_path / "missing.db", "check"))
    assert not (tmp_path / "missing.db").exists()


def test_backup_command(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies" / "backup.db"
    result = itsm(filled, "backup", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert check_database(out)[0] == []
    with closing(sqlite3.connect(out)) as con:
        assert con.execute("SELECT name, notes FROM organization").fetchall() == [("Finance", "edited")]
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_backup_command_errors_are_one_sentence(filled: Path, tmp_path: Path) -> None:
    for args in (["-o", str(filled)], ["-o", str(tmp_path)]):
        result = itsm(filled, "backup", *args)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    damage(filled, "header")
    result = itsm(filled, "backup", "-o", str(tmp_path / "x.db"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_backup_command_while_another_connection_writes(filled: Path, tmp_path: Path) -> None:
    # another program is in the middle of a big save: the copy has all of it or none of it
    holding = threading.Event()

    def write_slowly() -> None:
        with closing(sqlite3.connect(filled, isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            for n in range(200):
                con.execute("INSERT INTO history_entry (entity, entity_id, action, at, who, summary)"
                            " VALUES ('organization', 1, 'updated', '2026-01-01 00:00:00', 'x', ?)",
                            (f"bulk {n}",))
            holding.set()
            time.sleep(1.5)  # within the command's busy timeout
            con.execute("COMMIT")

    writer = threading.Thread(target=write_slowly)
    writer.start()
    try:
        assert holding.wait(10)
        out = tmp_path / "during.db"
        result = itsm(filled, "backup", "-o", str(out))
    finally:
        writer.join()
    assert result.returncode == 0, result.stderr
    assert check_database(out)[0] == []
    with closing(sqlite3.connect(out)) as con:
        bulk = con.execute("SELECT count(*) FROM history_entry WHERE summary LIKE 'bulk %'").fetchone()[0]
    assert bulk in (0, 200)


def test_backup_damage_restore_round_trip_on_the_command_line(filled: Path, tmp_path: Path) -> None:
    from itsm_desktop.services.maintenance import restore_backup

    out = tmp_path / "backup.db"
    assert itsm(filled, "backup", "-o", str(out)).returncode == 0
    damage(filled)
    assert itsm(filled, "check").returncode != 0
    restore_backup(filled, out)
    result = itsm(filled, "check")
    assert result.returncode == 0, result.stderr
