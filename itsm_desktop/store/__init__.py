"""Storage: the database named by a path or URL, its migrations, transactions and backups."""

from .backends import ErrorKind, error_kind, is_url, public_target
from .database import Database, default_database_path
from .errors import StoreError

__all__ = ["Database", "ErrorKind", "StoreError", "default_database_path", "error_kind", "is_url",
           "public_target"]
