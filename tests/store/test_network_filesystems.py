"""A local database on a network filesystem is refused at open, pointing to the team server;
the filesystem's type comes from the mount table (faked here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from itsm_desktop.store import Database, StoreError, network_filesystems

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A mount table in which ``tmp_path/share`` (with a space in a folder below) is NFS."""
    table = tmp_path / "mounts"
    share = tmp_path / "share"
    table.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"server:/exports {share} nfs4 rw,relatime 0 0\n"
        f"alice@host:/home {str(tmp_path / 'my sshfs').replace(' ', chr(92) + '040')} fuse.sshfs rw 0 0\n"
        f"/dev/sdb1 {share}/local ext4 rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network_filesystems, "MOUNTS", table)
    return table


@pytest.mark.parametrize(("where", "kind"), [("share/itsm.db", "nfs4"), ("my sshfs/team/itsm.db", "fuse.sshfs")])
def test_a_database_on_a_network_filesystem_is_refused_and_nothing_is_created(
        tmp_path: Path, mounts: Path, where: str, kind: str) -> None:
    path = tmp_path / where
    path.parent.mkdir(parents=True)
    with pytest.raises(StoreError) as refused:
        Database.open(path)
    message = str(refused.value)
    assert f"is on a network filesystem ({kind})" in message and "team server" in message
    assert "\n" not in message and message.endswith(".")
    assert not path.exists()  # nothing was created there


def test_a_local_disk_mounted_below_a_share_and_elsewhere_opens(tmp_path: Path, mounts: Path) -> None:
    for path in (tmp_path / "share" / "local" / "itsm.db", tmp_path / "home" / "itsm.db"):
        path.parent.mkdir(parents=True)
        with Database.open(path) as db:
            assert db.writable
        assert path.exists()


def test_an_unreadable_mount_table_counts_as_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network_filesystems, "MOUNTS", tmp_path / "no-such-table")
    assert network_filesystems.filesystem_type(tmp_path) is None
    with Database.open(tmp_path / "itsm.db"):
        pass


def test_the_real_mount_table_names_the_temporary_folders_filesystem(tmp_path: Path) -> None:
    if not network_filesystems.MOUNTS.exists():
        pytest.skip("no /proc/mounts on this system")
    assert network_filesystems.filesystem_type(tmp_path)
