"""Storage: the database named by a path or URL, its migrations, transactions and backups.

The names below load on first use (PEP 562): a module of the package that needs no
SQLAlchemy, such as ``store.rows``, can be imported without the engine machinery.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backends import ErrorKind, error_kind, public_target
    from .database import Database
    from .errors import StoreError
    from .locations import default_database_path, is_url

__all__ = ["Database", "ErrorKind", "StoreError", "default_database_path", "error_kind", "is_url",
           "public_target"]

_HOMES = {"Database": ".database", "default_database_path": ".locations", "StoreError": ".errors",
          "ErrorKind": ".backends", "error_kind": ".backends", "is_url": ".locations",
          "public_target": ".backends"}


if not TYPE_CHECKING:  # the type checker sees the imports above, so a misspelt name stays an error

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(home, __name__), name)
        globals()[name] = value
        return value
