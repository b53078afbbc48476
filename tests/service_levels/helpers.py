"""Putting records into a test database through the real import."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from itsm_desktop.domain.enums import RecordStream
from itsm_desktop.services.service_levels.imports import ImportOutcome, import_rows
from itsm_desktop.store import Database

_files = itertools.count(1)
INCIDENT_COLUMNS = ("reference", "service", "priority", "opened", "responded", "resolved")
OUTAGE_COLUMNS = ("reference", "service", "start", "end", "planned", "announced")


def add_incidents(db: Database, rows: Sequence[Sequence[Any]], zone: str = "UTC") -> ImportOutcome:
    n = next(_files)
    return import_rows(db, RecordStream.INCIDENTS, rows, dict(enumerate(INCIDENT_COLUMNS)), zone=zone,
                       file_name=f"incidents-{n}.csv", fingerprint=f"test-{n}")


def add_outages(db: Database, rows: Sequence[Sequence[Any]], zone: str = "UTC") -> ImportOutcome:
    n = next(_files)
    return import_rows(db, RecordStream.OUTAGES, rows, dict(enumerate(OUTAGE_COLUMNS)), zone=zone,
                       file_name=f"outages-{n}.csv", fingerprint=f"test-{n}")
