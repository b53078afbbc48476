"""The error every part of the store raises for a database that cannot be opened or used."""

from __future__ import annotations

from itsm_desktop.domain.errors import ItsmError


class StoreError(ItsmError):
    """A database that cannot be opened or used; the message is one sentence for the user."""
