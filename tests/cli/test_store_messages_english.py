"""The command line says the database layer's refusals in English, word for word, though the
screens say the same sentences in their language."""

from __future__ import annotations

from pathlib import Path

from .test_cli import run


def test_a_file_that_is_no_database_is_refused_in_english(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    result = run("--database", notes, "backup", "-o", tmp_path / "copy.db")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"itsm-desktop: {notes} is not an ITSM Desktop database: SQLite does not recognise it "
        "(if it was one, it is damaged; restore it from a backup).")


def test_a_restore_of_a_file_that_is_no_backup_is_refused_in_english(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    result = run("--database", tmp_path / "portfolio.db", "restore", notes)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"itsm-desktop: {notes} cannot be restored: it is damaged, or it is not an ITSM Desktop "
        "database backup.")
    assert notes.read_text(encoding="utf-8") == "my notes"
