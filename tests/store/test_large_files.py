"""Opening a file too large to check whole at once: structural checks now, the whole check later.

``FULL_CHECK_MAX_BYTES`` is lowered so that small test files take the large-file path.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.domain.forms import ContactForm, OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database, StoreError
from itsm_desktop.store.backends import sqlite as store_database
from itsm_desktop.store.integrity import IntegrityCheck

pytestmark = pytest.mark.sqlite_only  # the local file itself

PAGE = 4096


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    with Database.open(path) as db:
        org = stakeholders.create_organization(db, form=OrganizationForm(name="Operations"))
        for i in range(120):
            stakeholders.create_contact(db, form=ContactForm(name=f"Person {i:03d}", organization_id=org.id,
                                                             notes="Lorem ipsum " * 30))
    return path


@pytest.fixture
def large(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database file that counts as large: only its structure is checked when opened."""
    monkeypatch.setattr(store_database, "FULL_CHECK_MAX_BYTES", 0)
    path = tmp_path / "large.db"
    shutil.copy2(template, path)
    return path


def _root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(path)) as con:
        page: int = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    return page


def _break_page(path: Path, page: int) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(b"\xde\xad\xbe\xef" * (PAGE // 4))


@pytest.fixture
def damaged(large: Path) -> Path:
    """A large file with a broken page that opening does not read: an index of contacts."""
    _break_page(large, _root_page(large, "ix_contact_name"))
    return large


def test_a_sound_large_file_opens_and_its_whole_check_finds_nothing(large: Path) -> None:
    with Database.open(large) as db:
        assert not db.integrity_checked
        assert IntegrityCheck(db.path).run() is None
        assert len(stakeholders.list_contacts(db)) == 120


def test_a_small_file_is_checked_whole_when_opened(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "small.db"
    shutil.copy2(template, path)
    _break_page(path, _root_page(path, "ix_contact_name"))
    with pytest.raises(StoreError, match="damaged"):
        Database.open(path)


def test_damage_inside_a_large_file_is_found_by_the_whole_check(damaged: Path) -> None:
    before = damaged.read_bytes()
    with Database.open(damaged) as db:
        assert not db.integrity_checked
        message = IntegrityCheck(db.path).run()
    assert message is not None
    assert str(damaged) in message and "damaged" in message and "backup" in message
    assert "\n" not in message and message.endswith(".")
    assert damaged.read_bytes() == before  # the check only reads


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_large_file_is_refused_when_opened(large: Path, keep: float) -> None:
    with large.open("r+b") as handle:
        handle.truncate(int(large.stat().st_size * keep))
    before = large.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        Database.open(large)
    assert large.read_bytes() == before
    assert sorted(p.name for p in large.parent.iterdir()) == ["large.db"]


def test_an_implausible_header_is_refused(large: Path) -> None:
    with large.open("r+b") as handle:
        handle.seek(16)
        handle.write((1000).to_bytes(2, "big"))  # not a power of two
    with pytest.raises(StoreError, match="damaged"):
        Database.open(large)


def test_a_large_file_to_upgrade_is_checked_whole_first(damaged: Path) -> None:
    with closing(sqlite3.connect(damaged)) as con:
        con.execute("UPDATE alembic_version SET version_num = '0002'")
        con.commit()
    with pytest.raises(StoreError, match="damaged"):
        Database.open(damaged)
    assert not list(damaged.parent.glob("*before-upgrade*"))


def test_a_cancelled_check_reports_nothing(damaged: Path) -> None:
    check = IntegrityCheck(damaged)
    check.cancel()  # the window closed, or another file was opened, before it ran
    assert check.run() is None
