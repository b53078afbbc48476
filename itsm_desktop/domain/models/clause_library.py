"""The clause library: standard clauses, their numbered wordings, and the ones each agreement
carries."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ..enums import ClauseTopic
from ..translatable import translatable
from . import agreements  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, Record, TableModel, enum_column, fk, utcnow


class Clause(Record, table=True):
    """A standard clause of the team's library (see ``domain.clauses``); its texts are its versions."""

    __tablename__ = "clause"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("clause")

    topic: ClauseTopic = enum_column(ClauseTopic, default=ClauseTopic.AMENDMENT)
    title: str = Field(max_length=200)
    default_for: list[str] | None = Field(default_factory=list, sa_type=sa.JSON, nullable=False)
    """The kinds of agreement (``AgreementKind`` values) that start with this clause."""


class ClauseVersion(TableModel, table=True):
    """One wording of a clause, numbered 1, 2 … and never changed once saved."""

    __tablename__ = "clause_version"
    __table_args__ = (sa.UniqueConstraint("clause_id", "number", name="uq_clause_version_number"),
                      NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    clause_id: int = fk("clause.id", nullable=False, ondelete="CASCADE", index=False)
    number: int = Field(default=1)
    text: str = Field(default="")
    credits: list[dict[str, str]] | None = Field(default=None, sa_type=sa.JSON)
    credit_cap: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    who: str = Field(default="", max_length=100)
    # its wording in the other languages, by language code: {"de": {"title": …, "text": …,
    # "shortfalls": [one per credit step]}}; the columns above are the English wording
    # (declared Optional for SQLAlchemy 2.0.21, which cannot map a bare ``dict``; never None)
    translations: dict[str, dict[str, Any]] | None = Field(
        default_factory=dict, sa_type=sa.JSON, nullable=False, sa_column_kwargs={"server_default": "{}"})


class AgreementClause(TableModel, table=True):
    """A clause version an agreement carries, in print order."""

    __tablename__ = "agreement_clause"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = fk("agreement.id", nullable=False, ondelete="CASCADE")
    clause_version_id: int = fk("clause_version.id", nullable=False, ondelete="RESTRICT")
    position: int = Field(default=0)
