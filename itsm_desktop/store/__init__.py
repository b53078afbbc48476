"""Storage: the SQLite database, its migrations, transactions and backups."""

from .database import Database, StoreError, default_database_path

__all__ = ["Database", "StoreError", "default_database_path"]
