"""``--database`` takes a URL as well as a path."""

from __future__ import annotations

from pathlib import Path

from .test_cli import assert_one_sentence_error, run


def test_commands_take_an_sqlite_url(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    url = f"sqlite:///{path}"
    loaded = run("--database", url, "load-demo")
    assert loaded.returncode == 0, loaded.stderr
    assert f"into {path}:" in loaded.stdout  # described as the file, not as the URL
    checked = run("--database", url, "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"{path}: schema")
    backed_up = run("--database", url, "backup", "-o", tmp_path / "copy.db")
    assert backed_up.returncode == 0, backed_up.stderr
    assert run("--database", tmp_path / "copy.db", "check").returncode == 0
    refused = run("--database", url, "backup", "-o", path)
    assert_one_sentence_error(refused, "database")
    assert run("--database", url, "check").returncode == 0


def test_an_unknown_kind_of_database_is_one_sentence(tmp_path: Path) -> None:
    result = run("--database", "mysql://me:secret@host/itsm", "check")
    assert_one_sentence_error(result, "mysql://me@host/itsm", "cannot use")
    assert "secret" not in result.stderr
