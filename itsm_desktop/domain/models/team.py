"""What the team keeps once: letterheads, who signs in as whom, shared defaults."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlmodel import Field

from ..translatable import translatable
from . import stakeholders  # noqa: F401 - the tables its foreign keys name, mapped first
from .base import NEVER_REUSE_IDS, Record, TableModel, fk, utcnow


class ProviderProfile(Record, table=True):
    """The letterhead of an organization, printed on the documents it provides
    (see ``domain.letterhead``)."""

    __tablename__ = "provider_profile"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("letterhead")

    organization_id: int = Field(foreign_key="organization.id", nullable=False, ondelete="CASCADE",
                                 sa_column_kwargs={"unique": True})
    legal_name: str = Field(default="", max_length=200)
    address: str = Field(default="")
    registration: str = Field(default="")
    primary_colour: str = Field(default="", max_length=7)
    accent_colour: str = Field(default="", max_length=7)
    paper_size: str = Field(default="A4", max_length=10)
    logo_media_type: str = Field(default="", max_length=40)
    logo_source: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    logo_printable: bytes | None = Field(default=None, sa_type=sa.LargeBinary)


class UserProfile(TableModel, table=True):
    """A sign-in name (the OS login, or the database user on a team server) and the contact
    who signs in with it: history records the login, documents print the person's name."""

    __tablename__ = "user_profile"
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(max_length=100, sa_column_kwargs={"unique": True})
    contact_id: int = fk("contact.id", nullable=False, ondelete="CASCADE")


class TeamSetting(TableModel, table=True):
    """A default the whole team shares (the priority scheme new agreements start from …)."""

    __tablename__ = "team_setting"

    key: str = Field(max_length=60, primary_key=True)
    value: Any = Field(default=None, sa_type=sa.JSON, nullable=True)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
