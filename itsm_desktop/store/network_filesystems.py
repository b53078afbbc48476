"""Whether a folder lives on a network filesystem, where a database file must not.

SQLite's locking and its write-ahead log need the shared memory and byte-range locks of a
local disk; over NFS, SMB/CIFS or sshfs two computers can write the same file at once and
damage it. The filesystem type comes from the mount table (``/proc/mounts`` on Linux: the
longest mount point holding the folder); a Windows UNC path (``\\\\server\\share``) is a
network share too. Where neither says, the folder counts as local.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

MOUNTS = Path("/proc/mounts")
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "ocfs2", "gfs2", "sshfs", "fuse.sshfs", "fuse.rclone",
    "fuse.s3fs", "fuse.glusterfs", "fuse.davfs2", "fuse.smbnetfs", "fuse.curlftpfs"})
_ESCAPED = re.compile(r"\\([0-7]{3})")  # /proc/mounts writes a space in a path as \040


def filesystem_type(folder: Path) -> str | None:
    """The type of the filesystem holding ``folder`` (``ext4``, ``nfs4``, ``fuse.sshfs`` …);
    None where the mount table cannot be read."""
    if os.name == "nt":
        return "smb" if str(folder).startswith(("\\\\", "//")) else None
    try:
        table = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best, found = -1, None
    target = str(folder)
    for line in table.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _ESCAPED.sub(lambda m: chr(int(m.group(1), 8)), parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, found = len(point), parts[2]
    return found


def network_filesystem(path: Path) -> str | None:
    """The network filesystem type holding the file ``path`` (or the folder it would be
    created in); None on a local disk."""
    folder = path.expanduser().resolve().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    kind = filesystem_type(folder)
    return kind if kind is not None and kind.lower() in NETWORK_TYPES else None
