"""A stored field key as words a user reads, where no editor label names it."""

from __future__ import annotations


def humanize(key: str) -> str:
    """``hours_exceptions`` → "Hours exceptions", ``owner_id`` → "Owner", ``service_ids`` → "Services"."""
    name = key.split(".")[-1]
    if name.endswith("_ids"):
        name = name[:-4] + "s"
    elif name.endswith("_id"):
        name = name[:-3]
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]
