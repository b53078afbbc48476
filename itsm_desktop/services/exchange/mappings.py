"""Column mappings remembered per source: a file whose headers were mapped once is mapped the
same way next time.

A source is known by a fingerprint of its kind and its normalised headers, so a monthly export
from the same tool is recognised whatever the file is called. The mappings live in a small
JSON settings file in the user's configuration folder, not in the database: a mapping is one
person's habit with their own files, not part of the portfolio — it must not travel in a
portable export or be shared with the whole team on a server, and it needs no schema change.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import platformdirs

from itsm_desktop import APP_ID

from .kinds import Kind, Mapping, guess_mapping, normalise

MAX_REMEMBERED = 200


def default_store_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "import-mappings.json"


def fingerprint(kind: Kind, headers: list[str]) -> str:
    """The identity of a source: its kind and its headers, normalised."""
    text = "\x1f".join([kind.name, *(normalise(h) for h in headers)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class MappingStore:
    """Remembered mappings in a JSON file; an unreadable file is treated as empty."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_store_path()

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def mapping_for(self, kind: Kind, headers: list[str]) -> Mapping:
        """The remembered mapping of this source, else one guessed from the headers."""
        known = self._load().get(fingerprint(kind, headers))
        keys = {c.key for c in kind.columns}
        if isinstance(known, dict):
            mapping = {int(i): k for i, k in known.items()
                       if str(i).isdigit() and int(i) < len(headers) and k in keys}
            if mapping:
                return mapping
        return guess_mapping(kind, headers)

    def remember(self, kind: Kind, headers: list[str], mapping: Mapping) -> None:
        data = self._load()
        data.pop(fingerprint(kind, headers), None)
        data[fingerprint(kind, headers)] = {str(i): k for i, k in sorted(mapping.items())}
        while len(data) > MAX_REMEMBERED:  # oldest first: dicts keep insertion order
            data.pop(next(iter(data)))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
