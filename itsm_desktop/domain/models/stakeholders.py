"""Stakeholders: the organizations (internal units, customers, suppliers) and their contact
people."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Field

from ..enums import OrganizationKind, UnitType
from ..translatable import translatable
from .base import NEVER_REUSE_IDS, Record, enum_column, fk


class Organization(Record, table=True):
    """A party: an internal unit, a customer or a supplier."""

    __tablename__ = "organization"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("organization")

    name: str = Field(max_length=200, sa_column_kwargs={"unique": True})
    code: str = Field(default="", max_length=40)
    kind: OrganizationKind = enum_column(OrganizationKind, default=OrganizationKind.CUSTOMER)
    unit_type: UnitType | None = enum_column(UnitType, nullable=True)
    parent_id: int | None = fk("organization.id", ondelete="SET NULL")
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=60)
    website: str = Field(default="", max_length=300)
    address: str = Field(default="")
    notes: str = Field(default="")
    active: bool = Field(default=True)
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index
    # the language its agreements print in (a ``DocumentLanguage`` value): a new agreement
    # takes its first customer's
    language: str = Field(default="en", max_length=5, sa_column_kwargs={"server_default": "en"})


class Contact(Record, table=True):
    """A person who belongs to one organization."""

    __tablename__ = "contact"
    __table_args__ = NEVER_REUSE_IDS
    entity_label: ClassVar[str] = translatable("contact")

    organization_id: int = fk("organization.id", nullable=False, ondelete="RESTRICT")
    name: str = Field(max_length=200, index=True)
    job_title: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=60)
    notes: str = Field(default="")
    active: bool = Field(default=True)
    search_text: str = Field(default="")  # found through store.search_index, not a B-tree index
