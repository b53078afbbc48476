"""What every table shares: the base classes, the column helpers, the id and version rules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

import sqlalchemy as sa
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from ..translatable import translatable


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def enum_column(enum: type, *, nullable: bool = False, default: Any = None) -> Any:
    """A portable string column holding an enum's value (no database-native ENUM)."""
    return Field(
        default=default,
        sa_type=sa.Enum(enum, native_enum=False, length=32, validate_strings=True,
                        values_callable=lambda e: [m.value for m in e]),
        nullable=nullable,
    )


OnDelete = Literal["CASCADE", "SET NULL", "RESTRICT"]

NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}
"""Table option: SQLite hands out a deleted row's id again unless asked not to (AUTOINCREMENT);
history, undo and anything keyed to an id rely on ids never coming back. PostgreSQL's
identity/sequence columns never reuse ids anyway."""


def fk(target: str, *, nullable: bool = True, ondelete: OnDelete = "RESTRICT", index: bool = True) -> Any:
    return Field(
        default=None,
        foreign_key=target,
        nullable=nullable,
        ondelete=ondelete,
        index=index,
    )


class TableModel(SQLModel):
    """Base of every table: SQLAlchemy maps its rows, and pydantic validates none of them.

    SQLModel does not validate a table's instances (it constructs them), so pydantic's
    validator and serializer of each table are built only if ever asked for (``defer_build``)
    rather than at import: that was about a third of what defining the tables costs at start.
    """

    model_config = SQLModel.model_config | {"defer_build": True}


class Record(TableModel):
    """Columns every editable record has: id, timestamps and an optimistic-lock version."""

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    version: int = Field(default=1, nullable=False)

    entity_label: ClassVar[str] = translatable("record")

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class attribute, built per table
        # every UPDATE and DELETE says "WHERE id = ? AND version = ?": a save based on a
        # version someone else has replaced meanwhile changes nothing and raises
        # StaleDataError, whatever the backend and however many writers; the services
        # themselves count versions up (see services.common.touch)
        table: sa.Table = cls.__table__  # type: ignore[attr-defined]  # set on each table class
        return {"version_id_col": table.c.version, "version_id_generator": False}
