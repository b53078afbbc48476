"""Incident and request records, held column by column so that a million of them stay small.

:class:`IncidentRecord` is one record as an import reads it; :class:`IncidentBatch` holds many
as arrays of instants (seconds since the epoch, UTC) with services and priorities as small
codes, and paused intervals in one flat list addressed per record — about 60 bytes a record.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from itsm_desktop.domain.enums import Priority
from itsm_desktop.domain.translatable import translatable

from .intervals import Interval, normalize
from .zones import instant

MISSING = 2**62  # an instant not (yet) recorded: later than any real one, so min() skips it


class RecordError(ValueError):
    """A record that cannot be measured, with a sentence saying why."""


@dataclass(frozen=True)
class IncidentRecord:
    """An incident or request: when it was opened, first responded to, resolved, and paused."""

    reference: str
    service: Hashable
    priority: Priority
    opened: datetime
    responded: datetime | None = None
    resolved: datetime | None = None
    paused: tuple[tuple[datetime, datetime], ...] = field(default=())


@dataclass
class IncidentBatch:
    """Many records as columns; row ``i`` of every column is record ``i``."""

    services: list[Hashable] = field(default_factory=list)  # code → service
    service: array = field(default_factory=lambda: array("i"))
    priority: array = field(default_factory=lambda: array("b"))  # index into list(Priority)
    opened: array = field(default_factory=lambda: array("q"))
    responded: array = field(default_factory=lambda: array("q"))
    resolved: array = field(default_factory=lambda: array("q"))
    pause_from: array = field(default_factory=lambda: array("q", [0]))  # len = rows + 1
    pause_start: array = field(default_factory=lambda: array("q"))
    pause_end: array = field(default_factory=lambda: array("q"))
    _codes: dict[Hashable, int] = field(default_factory=dict, repr=False)
    _latest: int = field(default=-(2**62), repr=False)  # the latest instant recorded

    def __len__(self) -> int:
        return len(self.opened)

    @classmethod
    def of(cls, records: Iterable[IncidentRecord]) -> IncidentBatch:
        batch = cls()
        for record in records:
            batch.add_record(record)
        return batch

    def add_record(self, record: IncidentRecord) -> int:
        """Append a record; its row number. Raises :class:`RecordError` naming the reference."""
        try:
            return self.add(
                service=record.service, priority=record.priority, opened=instant(record.opened),
                responded=None if record.responded is None else instant(record.responded),
                resolved=None if record.resolved is None else instant(record.resolved),
                paused=[(instant(a), instant(b)) for a, b in record.paused],
            )
        except ValueError as exc:
            raise RecordError(translatable("{reference}: {problem}", reference=record.reference,
                                           problem=exc.args[0] if exc.args else str(exc))) from exc

    def add(
        self,
        *,
        service: Hashable,
        priority: Priority,
        opened: int,
        responded: int | None = None,
        resolved: int | None = None,
        paused: Sequence[Interval] = (),
    ) -> int:
        """Append a record given as instants; its row number."""
        if responded is not None and responded < opened:
            raise RecordError(translatable("It was responded before it was opened."))
        if resolved is not None and resolved < opened:
            raise RecordError(translatable("It was resolved before it was opened."))
        if paused and any(b <= a for a, b in paused):
            raise RecordError(translatable("A paused interval ends before it starts."))
        rank = PRIORITY_CODES.get(priority)
        if rank is None:
            raise RecordError(translatable("{priority} is not a priority.", priority=repr(priority)))
        # checked above: nothing below can fail halfway and leave the columns uneven
        code = self._codes.get(service)
        if code is None:
            code = self._codes[service] = len(self.services)
            self.services.append(service)
        self.service.append(code)
        self.priority.append(rank)
        self.opened.append(opened)
        self.responded.append(MISSING if responded is None else responded)
        self.resolved.append(MISSING if resolved is None else resolved)
        latest = max(opened, -1 if responded is None else responded, -1 if resolved is None else resolved)
        if paused:
            for a, b in normalize(paused):
                self.pause_start.append(a)
                self.pause_end.append(b)
                latest = max(latest, b)
        if latest > self._latest:
            self._latest = latest
        self.pause_from.append(len(self.pause_start))
        return len(self.opened) - 1

    def extend(self, services: Sequence[Hashable], priorities: Sequence[Priority], opened: Sequence[int],
               responded: Sequence[int | None], resolved: Sequence[int | None]) -> None:
        """Append many records without paused intervals, given as columns of equal length: what
        :meth:`add` does row by row, a column at a time (a million records loaded in a second)."""
        if not len(services) == len(priorities) == len(opened) == len(responded) == len(resolved):
            raise ValueError("The columns of the records differ in length.")
        responses = [MISSING if r is None else r for r in responded]
        resolutions = [MISSING if r is None else r for r in resolved]
        if any(r < o for r, o in zip(responses, opened, strict=True)):
            raise RecordError(translatable("A record was responded before it was opened."))
        if any(r < o for r, o in zip(resolutions, opened, strict=True)):
            raise RecordError(translatable("A record was resolved before it was opened."))
        try:
            ranks = [PRIORITY_CODES[p] for p in priorities]
        except KeyError as unknown:
            raise RecordError(translatable("{priority} is not a priority.", priority=repr(unknown.args[0]))) from None
        codes = self._codes
        for service in dict.fromkeys(services):  # each new one in order of first appearance
            if service not in codes:
                codes[service] = len(self.services)
                self.services.append(service)
        self.service.extend([codes[s] for s in services])
        self.priority.extend(ranks)
        self.opened.extend(opened)
        self.responded.extend(responses)
        self.resolved.extend(resolutions)
        latest = max(max(opened, default=-1), *(max((t for t in column if t != MISSING), default=-1)
                                                 for column in (responses, resolutions)))
        if opened and latest > self._latest:
            self._latest = latest
        self.pause_from.extend([len(self.pause_start)] * len(opened))

    def pauses(self, row: int) -> list[Interval]:
        """The normal list of paused intervals of a row."""
        a, b = self.pause_from[row], self.pause_from[row + 1]
        return list(zip(self.pause_start[a:b], self.pause_end[a:b], strict=True))

    def rows_by_group(self) -> dict[tuple[int, int], array]:
        """Row numbers by (service code, priority code)."""
        ranks = len(PRIORITIES)
        combined = [s * ranks + p for s, p in zip(self.service, self.priority, strict=True)]
        groups = {key: array("i") for key in set(combined)}
        add = {key: rows.append for key, rows in groups.items()}
        for row, key in enumerate(combined):
            add[key](row)
        return {divmod(key, ranks): rows for key, rows in sorted(groups.items())}

    def span(self) -> tuple[int, int]:
        """The earliest and latest instant recorded (opened, responded, resolved, paused)."""
        if not self.opened:
            raise ValueError("The batch holds no records.")
        earliest = min(self.opened)
        if self.pause_start:
            earliest = min(earliest, min(self.pause_start))
        return earliest, self._latest


PRIORITIES = tuple(Priority)
PRIORITY_CODES = {p: n for n, p in enumerate(PRIORITIES)}
