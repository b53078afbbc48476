"""Helpers the data-safety tests share: child processes, damaged files, every kind of record."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itsm_desktop.domain.models import ServiceFamily
from itsm_desktop.services import agreements, catalog, stakeholders
from itsm_desktop.store import Database

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PYTHON = sys.executable


def python_env() -> dict[str, str]:
    """The environment for a child Python process that imports the application from here."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("ITSM_KILLS", None)
    return env



def damage(path: Path, how: str = "index") -> None:
    """Damage a closed database file the way a failing disk or a stray write would.

    ``index`` overwrites the root page of an index with garbage: the file opens, but the
    integrity check finds it. ``pages`` overwrites two pages in the middle; ``header`` the
    first 100 bytes, so that the file is no longer recognisable as a database.
    """
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    garbage = (b"\xde\xad\xbe\xef" * page)[: 2 * page]
    if how == "header":
        data[:100] = garbage[:100]
    elif how == "index":
        with closing(sqlite3.connect(path)) as con:
            root = con.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                               "AND name = 'ix_history_entry_at'").fetchone()[0]
        data[(root - 1) * page: root * page] = garbage[:page]
    else:
        start = (len(data) // page // 2) * page
        data[start:start + 2 * page] = garbage
    path.write_bytes(bytes(data))


@dataclass
class Kind:
    """How to make, load, edit, save and delete one kind of record, for tests that cover all."""

    entity: str  # the table name, as history entries name it
    make: Callable[[Any], Any]  # from the shared test factory
    load: Callable[[Database, int], tuple[int, Any]]  # (version, form)
    field: str  # a free-text field to edit
    save: Callable[[Database, int, int, Any], Any]  # (db, id, version, form)
    delete: Callable[[Database, int], None]


def _family(db: Database, family_id: int) -> tuple[int, Any]:
    with db.read() as session:
        family = session.get(ServiceFamily, family_id)
        assert family is not None
        return family.version, catalog.family_form(family)


def _organization(db: Database, org_id: int) -> tuple[int, Any]:
    org = stakeholders.get_organization(db, org_id)
    return org.version, stakeholders.organization_form(org)


def _contact(db: Database, contact_id: int) -> tuple[int, Any]:
    contact = stakeholders.get_contact(db, contact_id)
    return contact.version, stakeholders.contact_form(contact)


def _service(db: Database, service_id: int) -> tuple[int, Any]:
    detail = catalog.load_service(db, service_id)
    return detail.service.version, detail.form


def _agreement(db: Database, agreement_id: int) -> tuple[int, Any]:
    detail = agreements.load_agreement(db, agreement_id)
    return detail.agreement.version, detail.form


KINDS = [
    Kind("organization", lambda make: make.customer(), _organization, "notes",
         lambda db, i, v, f: stakeholders.update_organization(db, organization_id=i, version=v, form=f),
         lambda db, i: stakeholders.delete_organization(db, organization_id=i)),
    Kind("contact", lambda make: make.contact(), _contact, "notes",
         lambda db, i, v, f: stakeholders.update_contact(db, contact_id=i, version=v, form=f),
         lambda db, i: stakeholders.delete_contact(db, contact_id=i)),
    Kind("service_family", lambda make: make.family(), _family, "description",
         lambda db, i, v, f: catalog.update_family(db, family_id=i, version=v, form=f),
         lambda db, i: catalog.delete_family(db, family_id=i)),
    Kind("service", lambda make: make.service(), _service, "description",
         lambda db, i, v, f: catalog.update_service(db, service_id=i, version=v, form=f),
         lambda db, i: catalog.delete_service(db, service_id=i)),
    Kind("agreement", lambda make: make.agreement(), _agreement, "scope",
         lambda db, i, v, f: agreements.update_agreement(db, agreement_id=i, version=v, form=f),
         lambda db, i: agreements.delete_agreement(db, agreement_id=i)),
]
