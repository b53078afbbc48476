"""Importing incidents, outages, satisfaction responses and recovery tests: one transaction
per file, one undo step, no doubles.

A file is known by a fingerprint of its bytes: importing the same file again changes nothing.
Each row is checked (known service and priority, dates that read, resolved after opened, a
reference not used twice); a single problem refuses the whole file and nothing is kept. Rows
whose reference an earlier file already brought are left as they are and counted as
unchanged. Rows are written in chunks inside the one transaction, so a million of them never
sit in memory at once; progress is reported per chunk and a cancel rolls everything back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from itsm_desktop.domain.enums import HistoryAction, Priority, RecordStream
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.models import (
    ImportBatch,
    IncidentRecordRow,
    OutageRow,
    RecoveryTestRow,
    SatisfactionResponseRow,
    Service,
    utcnow,
)
from itsm_desktop.domain.translatable import Quantity, joined, translatable
from itsm_desktop.domain.values import fold
from itsm_desktop.services.common import current_user, record_history
from itsm_desktop.services.exchange.cells import CellProblem, amount, flag, line
from itsm_desktop.services.exchange.errors import ImportRefused
from itsm_desktop.services.exchange.kinds import Kind, Mapping
from itsm_desktop.services.exchange.mappings import MappingStore

from .columns import INCIDENTS, OUTAGES, RECOVERY_TESTS, SATISFACTION
from .moments import duration_of, instant_of, intervals_of, moment_reader
from .sources import open_records

CHUNK = 20_000
MAX_LISTED = 200  # problems listed by name; the rest are counted
Progress = Callable[[int], None]
Cancelled = Callable[[], bool]

_PRIORITY_WORDS = {"1": Priority.P1, "2": Priority.P2, "3": Priority.P3, "4": Priority.P4,
                   "critical": Priority.P1, "high": Priority.P2, "medium": Priority.P3,
                   "low": Priority.P4, "kritisch": Priority.P1, "hoch": Priority.P2,
                   "mittel": Priority.P3, "niedrig": Priority.P4, "critique": Priority.P1,
                   "haute": Priority.P2, "moyenne": Priority.P3, "basse": Priority.P4}


class ImportCancelled(ItsmError):
    """The import was cancelled: nothing was kept."""


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: the batch it created (``None`` if nothing), records created,
    references already stored (left unchanged), and notes (warnings that did not refuse it)."""

    stream: RecordStream
    file_name: str
    batch_id: int | None
    created: int
    unchanged: int
    already_imported: bool = False
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        if self.already_imported:
            return translatable("{file} was imported before; nothing changed.", file=self.file_name)
        one, other = _RECORD_NOUNS[self.stream]
        return translatable("Imported {file}: {created} created, {unchanged} already stored and left unchanged.",
                            file=self.file_name, created=Quantity(self.created, one, other),
                            unchanged=self.unchanged)


_RECORD_NOUNS = {
    RecordStream.INCIDENTS: (translatable("incidents record"), translatable("incidents records")),
    RecordStream.OUTAGES: (translatable("outages record"), translatable("outages records")),
    RecordStream.SATISFACTION: (translatable("satisfaction record"), translatable("satisfaction records")),
    RecordStream.RECOVERY_TESTS: (translatable("recovery tests record"), translatable("recovery tests records")),
}
"""The records an import created, as counted nouns ("2 outages records")."""


@dataclass
class _Problems:
    listed: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, line_number: int, reference: str, message: str) -> None:
        self.count += 1
        if len(self.listed) < MAX_LISTED:
            self.listed.append(translatable("Row {row} ({reference}): {problem}", row=line_number,
                                            reference=reference, problem=message) if reference else
                               translatable("Row {row}: {problem}", row=line_number, problem=message))

    def all(self) -> list[str]:
        more = self.count - len(self.listed)
        return self.listed + ([translatable("… and {more}", more=Quantity(
            more, translatable("more row problem"), translatable("more row problems")))] if more > 0 else [])


def file_fingerprint(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


KINDS = {RecordStream.INCIDENTS: INCIDENTS, RecordStream.OUTAGES: OUTAGES,
         RecordStream.SATISFACTION: SATISFACTION, RecordStream.RECOVERY_TESTS: RECOVERY_TESTS}
MODELS: dict[RecordStream, Any] = {
    RecordStream.INCIDENTS: IncidentRecordRow, RecordStream.OUTAGES: OutageRow,
    RecordStream.SATISFACTION: SatisfactionResponseRow, RecordStream.RECOVERY_TESTS: RecoveryTestRow}


def kind_of(stream: RecordStream) -> Kind:
    """The columns of a file of ``stream``."""
    return KINDS[stream]


def import_file(
    db: Any, path: Path, stream: RecordStream, *, zone: str = "UTC", mapping: Mapping | None = None,
    mappings: MappingStore | None = None, sheet: str | None = None, dry_run: bool = False,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportOutcome:
    """Import a CSV/XLSX/ODS file of ``stream`` records (see the module description).
    ``mapping`` (column index → field) defaults to the one remembered for these headers;
    a mapping given is remembered for next time."""
    path = Path(path)
    kind = kind_of(stream)
    table = open_records(path, sheet=sheet)
    store = mappings or MappingStore()
    if mapping is None:
        mapping = store.mapping_for(kind, table.headers)
    else:
        store.remember(kind, table.headers, mapping)
    outcome = import_rows(db, stream, table.rows, mapping, zone=zone, file_name=path.name,
                          fingerprint=file_fingerprint(path), first_line=table.first_line,
                          dry_run=dry_run, progress=progress, cancelled=cancelled)
    if table.notes:
        outcome = ImportOutcome(**{**outcome.__dict__, "notes": (*table.notes, *outcome.notes)})
    return outcome


def import_rows(
    db: Any, stream: RecordStream, rows: Iterable[Sequence[Any]], mapping: Mapping, *, zone: str,
    file_name: str, fingerprint: str, first_line: int = 2, dry_run: bool = False,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportOutcome:
    """Import rows already read (cells in columns, ``mapping`` column index → field) in one
    transaction; ``ImportRefused`` (nothing changed) when any row cannot be used."""
    kind = kind_of(stream)
    missing = [c.heading for c in kind.columns if c.required and c.key not in mapping.values()]
    if missing:
        raise ImportRefused([translatable("no column is mapped to {columns}", columns=joined(missing))])
    model = MODELS[stream]
    with db.write() as session:
        known = session.execute(select(col(ImportBatch.id)).where(col(ImportBatch.stream) == stream,
                                                             col(ImportBatch.fingerprint) == fingerprint)).first()
        if known is not None:
            return ImportOutcome(stream, file_name, None, 0, 0, already_imported=True)
        batch = ImportBatch(stream=stream, fingerprint=fingerprint, file_name=file_name[:300],
                            imported_at=utcnow(), who=current_user())
        session.add(batch)
        session.flush()
        assert batch.id is not None
        reader = _Reader(session, stream, mapping, zone, batch.id)
        created = 0
        for chunk in _chunks(reader.read(rows, first_line)):
            if cancelled is not None and cancelled():
                raise ImportCancelled(translatable("The import was cancelled; nothing was kept."))
            if reader.problems.count == 0:
                insert_rows(session, model.__table__, COLUMNS[stream], chunk)  # type: ignore[union-attr]
            created += len(chunk)
            if progress is not None:
                progress(created + reader.unchanged)
        notes = reader.finish()
        if reader.problems.count:
            raise ImportRefused(reader.problems.all())
        if created == 0 and reader.unchanged == 0:
            raise ImportRefused([translatable("{file} holds no records", file=file_name)])
        batch.records = created
        record_history(session, entity="import_batch", entity_id=batch.id, action=HistoryAction.CREATED,
                       summary=translatable("{stream} imported from {file}: {count:,}", stream=stream.label,
                                            file=file_name, count=created),
                       changes={"records": [None, created], "file": [None, file_name]})
        outcome = ImportOutcome(stream, file_name, batch.id, created, reader.unchanged, notes=tuple(notes))
        if dry_run:
            session.rollback()
            return ImportOutcome(stream, file_name, None, created, reader.unchanged, notes=tuple(notes))
    return outcome


def undo_import(db: Any, batch_id: int) -> int:
    """Delete everything one import brought, in one transaction; how many records went."""
    with db.write() as session:
        gone = 0
        for model in MODELS.values():
            result = session.execute(delete(model).where(model.batch_id == batch_id))  # type: ignore[arg-type]
            gone += result.rowcount or 0  # type: ignore[attr-defined]
        session.execute(delete(ImportBatch).where(ImportBatch.id == batch_id))  # type: ignore[arg-type]
        record_history(session, entity="import_batch", entity_id=batch_id, action=HistoryAction.DELETED,
                       summary=translatable("Import undone; records removed: {count:,}", count=gone))
    return gone


COLUMNS = {
    RecordStream.INCIDENTS: ("batch_id", "reference", "service_id", "priority", "opened_at", "responded_at",
                             "resolved_at", "paused"),
    RecordStream.OUTAGES: ("batch_id", "reference", "service_id", "starts_at", "ends_at", "planned",
                           "announced_at"),
    RecordStream.SATISFACTION: ("batch_id", "reference", "service_id", "answered_at", "score"),
    RecordStream.RECOVERY_TESTS: ("batch_id", "reference", "service_id", "performed_at", "recovery_seconds",
                                  "data_loss_seconds"),
}
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(session: Session, table: Any, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows of plain values (JSON already as text) through the driver's own
    ``executemany``: SQLAlchemy's per-row parameter handling would cost more than SQLite's."""
    connection = session.connection()
    mark = _MARKS.get(connection.dialect.paramstyle)
    if mark is None:
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    names = ", ".join(columns)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({', '.join([mark] * len(columns))})",
                               rows)


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Reader:
    """Turns the cells of each row into the values of a table row, noting problems."""

    def __init__(self, session: Session, stream: RecordStream, mapping: Mapping, zone: str, batch_id: int) -> None:
        self.kind, self.zone, self.batch_id = kind_of(stream), zone, batch_id
        self.convert = {RecordStream.INCIDENTS: self._incident, RecordStream.OUTAGES: self._outage,
                        RecordStream.SATISFACTION: self._satisfaction,
                        RecordStream.RECOVERY_TESTS: self._recovery}[stream]
        self.columns = {key: index for index, key in mapping.items()}
        # every row is cut or padded to the mapped columns plus one blank cell, where the keys
        # not mapped point: the conversions then index cells directly, with no checks
        self.blank_at = max(self.columns.values(), default=-1) + 1
        self.at = {c.key: self.columns.get(c.key, self.blank_at) for c in self.kind.columns}
        self.blank: list[Any] = [None] * (self.blank_at + 1)
        self.problems = _Problems()
        self.unchanged = 0
        self.services: dict[str, int] = {}
        for service_id, code, name in session.execute(select(col(Service.id), col(Service.code), col(Service.name))):
            self.services.setdefault(fold(code), service_id)
            self.services.setdefault(fold(name), service_id)
        self.stored = set(session.execute(select(MODELS[stream].reference)).scalars())
        self.seen: dict[str, int] = {}
        self.service_cache: dict[str, int] = {}
        self.priority_cache: dict[str, Priority] = {}
        self.spans: list[tuple[int, int, int, str, int]] = []  # outages: service, start, end, ref, line
        self.read_moment = moment_reader(zone)
        self.service_at, self.priority_at = self.at["service"], self.at.get("priority", self.blank_at)
        self.priority_value: dict[Any, str] = {}
        self.moment_columns = tuple(self.at.get(k, self.blank_at) for k in ("opened", "responded", "resolved"))

    def cell(self, row: Sequence[Any], key: str) -> Any:
        """The cell of ``key`` in a row as :meth:`read` hands it on (cut or padded)."""
        return row[self.at[key]]

    def moment(self, row: Sequence[Any], key: str) -> int | None:
        return instant_of(row[self.at[key]], self.zone)

    def read(self, rows: Iterable[Sequence[Any]], first_line: int) -> Iterator[tuple[Any, ...]]:
        convert = self.convert
        at = self.columns.get("reference", 0)
        seen, stored, problems = self.seen, self.stored, self.problems
        blank, width = self.blank, self.blank_at
        for offset, whole in enumerate(rows):
            row = [*whole[:width], *blank[min(len(whole), width):]]
            number = first_line + offset
            cell = row[at]
            reference = (cell.strip() if type(cell) is str else line(cell))[:100]
            if not reference:
                if any(line(v) for v in whole):
                    problems.add(number, "", translatable("it has no reference."))
                continue
            earlier = seen.get(reference)
            if earlier is not None:
                problems.add(number, reference, translatable("the reference was used before, in row {row}.", row=earlier))
                continue
            seen[reference] = number
            try:
                values = convert(row, reference, number)
            except CellProblem as problem:
                problems.add(number, reference, problem.args[0] if problem.args else str(problem))
                continue
            if reference in stored:
                self.unchanged += 1
                continue
            yield values

    def _any_service(self, row: Sequence[Any]) -> int | None:
        """The service of a record that may be about every service (a blank cell)."""
        return self._service(row) if line(self.cell(row, "service")) else None

    def _service(self, row: Sequence[Any]) -> int:
        raw = self.cell(row, "service")
        found = self.service_cache.get(raw) if type(raw) is str else None
        if found is not None:
            return found
        name = line(raw)
        found = self.services.get(fold(name))
        if found is None:
            raise CellProblem(translatable("there is no service “{name}” in the catalog.", name=name) if name
                              else translatable("it names no service."))
        if type(raw) is str:
            self.service_cache[raw] = found
        return found

    def _priority(self, row: Sequence[Any]) -> Priority:
        raw = self.cell(row, "priority")
        found = self.priority_cache.get(raw) if type(raw) is str else None
        if found is not None:
            return found
        text = line(raw)
        found = _PRIORITY_WORDS.get(fold(text)) or next((p for p in Priority if p.value == text.upper()), None)
        if found is None:
            raise CellProblem(translatable("“{value}” is not a priority; write P1, P2, P3 or P4.", value=text) if text
                              else translatable("it has no priority."))
        if type(raw) is str:
            self.priority_cache[raw] = found
        return found

    def _incident(self, row: Sequence[Any], reference: str, _number: int) -> tuple[Any, ...]:
        # the service and priority cells repeat: known ones are looked up here, not in a call each
        raw = row[self.service_at]
        service_id = self.service_cache.get(raw) if type(raw) is str else None
        if service_id is None:
            service_id = self._service(row)
        raw = row[self.priority_at]
        priority = self.priority_value.get(raw) if type(raw) is str else None
        if priority is None:
            priority = self.priority_value[raw] = self._priority(row).value
        read, (opened_at, responded_at, resolved_at) = self.read_moment, self.moment_columns
        opened = read(row[opened_at])
        if opened is None:
            raise CellProblem(translatable("it has no opening date."))
        responded, resolved = read(row[responded_at]), read(row[resolved_at])
        if resolved is not None and resolved < opened:
            raise CellProblem(translatable("it was resolved before it was opened."))
        if responded is not None and responded < opened:
            raise CellProblem(translatable("it was responded to before it was opened."))
        paused = intervals_of(self.cell(row, "paused"), self.zone) or None if "paused" in self.columns else None
        return (self.batch_id, reference, service_id, priority, opened, responded, resolved,
                json.dumps(paused) if paused else None)

    def _outage(self, row: Sequence[Any], reference: str, number: int) -> tuple[Any, ...]:
        service_id = self._service(row)
        start, end = self.moment(row, "start"), self.moment(row, "end")
        if start is None or end is None:
            raise CellProblem(translatable("it needs a start and an end."))
        if end <= start:
            raise CellProblem(translatable("it ends before it starts."))
        planned = bool(flag(self.cell(row, "planned")))
        announced = self.moment(row, "announced")
        if not planned:
            self.spans.append((service_id, start, end, reference, number))
        return (self.batch_id, reference, service_id, start, end, planned, announced)

    def _satisfaction(self, row: Sequence[Any], reference: str, _number: int) -> tuple[Any, ...]:
        service_id = self._any_service(row)
        answered = self.moment(row, "answered")
        if answered is None:
            raise CellProblem(translatable("it has no date of the answer."))
        score = amount(self.cell(row, "score"))
        if score is None:
            raise CellProblem(translatable("it has no score."))
        return (self.batch_id, reference, service_id, answered, float(score))

    def _recovery(self, row: Sequence[Any], reference: str, _number: int) -> tuple[Any, ...]:
        service_id = self._any_service(row)
        performed = self.moment(row, "performed")
        if performed is None:
            raise CellProblem(translatable("it has no date of the test."))
        recovery, loss = duration_of(self.cell(row, "recovery")), duration_of(self.cell(row, "data_loss"))
        if recovery is None or loss is None:
            raise CellProblem(translatable("it needs both a recovery time and a data loss (0 when none)."))
        return (self.batch_id, reference, service_id, performed, recovery, loss)

    def finish(self) -> list[str]:
        """Notes that do not refuse the file: overlapping outages of one service."""
        notes = []
        last: dict[int, tuple[int, str]] = {}
        for service_id, start, end, reference, number in sorted(self.spans):
            previous = last.get(service_id)
            if previous is not None and start < previous[0]:
                notes.append(translatable("Row {row} ({reference}): it overlaps {other} of the same service; the "
                                          "time they share is counted once.", row=number, reference=reference,
                                          other=previous[1]))
            if previous is None or end > previous[0]:
                last[service_id] = (end, reference)
        return notes
