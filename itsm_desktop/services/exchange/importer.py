"""The preview of an import: for every row, the form it becomes, its problems cell by cell,
and what committing it would do (create, update, leave unchanged, skip).

A row matches an existing record by its code or name (contacts: e-mail, else name); an update
starts from the record as it is and changes only the mapped columns that are not empty. References to other rows
of the same file (a dependency's code, an organization's parent) are kept as names and
resolved at commit, when the row they name has been saved, whatever their order in the file.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping as ReadOnly
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlmodel import Session

from itsm_desktop.collector import collector_paused
from itsm_desktop.domain.enums import ComponentKind, ConsumerRole, OrganizationKind
from itsm_desktop.domain.forms import (
    ComponentRow,
    ConsumerRow,
    ContactForm,
    FamilyForm,
    OrganizationForm,
    ServiceForm,
    SupplierRow,
)
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database

from . import cells
from .bulk import database_state
from .kinds import AMOUNT, ENUM, FLAG, HOURS, LIST, REF, TEXT, WHOLE, Kind, Mapping
from .lookups import AMBIGUOUS, Lookups
from .operations import CONTACT, FAMILY, ORGANIZATION, SERVICE, RecordOps
from .sources import Progress, ReadCancelled, SourceTable, read_table

PLAN_PROGRESS_EVERY = 1000  # rows between two reports


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"


_NO_PROBLEMS: ReadOnly[str, str] = MappingProxyType({})


class RowPlan:
    """One row of the file and what it will do.

    A preview holds one for every row of a file of any size, so it keeps only what the
    preview shows and the commit needs: the row as read (shared with the table, not copied),
    problems only where there are any, and a form only for a row that can be committed."""

    __slots__ = ("line", "raw", "key", "action", "_problems", "record_id", "version", "form", "later",
                 "before")

    def __init__(self, line: int, raw: Sequence[Any] = (), *, key: str = "", action: Action = Action.SKIP
                 ) -> None:
        self.line = line
        self.raw = raw
        self.key = key
        self.action = action
        self._problems: dict[str, str] | None = None
        self.record_id: int | None = None
        self.version: int | None = None
        self.form: Any = None
        self.later: tuple[str, ...] = ()  # keys of rows of this file it refers to
        self.before: Any = None  # the record's form as it is (an update)

    @property
    def problems(self) -> ReadOnly[str, str]:
        """Column key ("" = the row) → the sentence saying what is wrong there."""
        return self._problems if self._problems is not None else _NO_PROBLEMS

    def add_problem(self, key: str, message: str, *, replace: bool = True) -> None:
        """Note a problem in the column ``key``; ``replace=False`` keeps one noted before."""
        if self._problems is None:
            self._problems = {}
        if replace or key not in self._problems:
            self._problems[key] = message

    def cell(self, index: int) -> str:
        """The cell in the file's column ``index``, as one line of text."""
        return cells.line(self.raw[index]) if index < len(self.raw) else ""

    def __repr__(self) -> str:
        return f"RowPlan(line={self.line}, key={self.key!r}, action={self.action.value}, problems={self.problems!r})"


@dataclass
class ImportPreview:
    """Every row of a file as it would be imported; commit it only when ``ready``."""

    kind: Kind
    source: str
    mapping: Mapping
    headers: list[str]
    rows: list[RowPlan]
    notes: list[str] = field(default_factory=list)
    state: Any = None  # what the database held when the preview was made (see bulk)

    @property
    def problem_rows(self) -> list[RowPlan]:
        return [r for r in self.rows if r.problems and r.action != Action.SKIP]

    @property
    def ready(self) -> bool:
        return not self.problem_rows and not self.missing_columns

    @property
    def missing_columns(self) -> list[str]:
        mapped = set(self.mapping.values())
        return [c.heading for c in self.kind.columns if c.required and c.key not in mapped]

    def counts(self) -> dict[Action, int]:
        out = dict.fromkeys(Action, 0)
        for row in self.rows:
            out[row.action] += 1
        return out

    def messages(self) -> list[str]:
        """Every problem as a sentence naming its row and column."""
        out = [translatable("The required column “{name}” is not mapped.", name=name)
               for name in self.missing_columns]
        for row in self.problem_rows:
            for key, message in row.problems.items():
                out.append(translatable("Row {row}, {column}: {problem}", row=row.line, column=self.kind.column(key).heading,
                                        problem=message) if key else
                           translatable("Row {row}: {problem}", row=row.line, problem=message))
        return out


def preview_file(db: Database, kind: Kind, path: Path, *, sheet: str | None = None,
                 mapping: Mapping | None = None, skip_lines: set[int] | frozenset[int] = frozenset()
                 ) -> ImportPreview:
    """Read ``path`` and plan its import (mapping guessed from the headers unless given)."""
    from .kinds import guess_mapping

    table = read_table(path, sheet=sheet)
    return plan_import(db, kind, table, mapping if mapping is not None else guess_mapping(kind, table.headers),
                       source=Path(path).name, skip_lines=skip_lines)


def plan_import(db: Database, kind: Kind, table: SourceTable, mapping: Mapping, *, source: str = "",
                skip_lines: set[int] | frozenset[int] = frozenset(), progress: Progress | None = None
                ) -> ImportPreview:
    """The preview of importing ``table`` as ``kind`` with ``mapping``; nothing is changed.

    ``progress`` hears the fraction planned now and then; when it answers False the planning
    stops with ``ReadCancelled``."""
    total = 2 * max(1, len(table.rows))

    def step(done: int) -> None:
        if progress is not None and done % PLAN_PROGRESS_EVERY == 0 and not progress(done / total):
            raise ReadCancelled(translatable("The preview was stopped."))

    with db.read() as session, collector_paused():
        lookups = Lookups.read(session)
        planner = _PLANNERS[kind.name](kind, lookups)
        rows = []
        for i, raw in enumerate(table.rows):
            step(i)
            rows.append(planner.row(table.line(i), raw, mapping))
        planner.mark_duplicates(rows, skip_lines)
        for i, row in enumerate(rows, start=len(rows)):
            step(i)
            if row.action != Action.SKIP:
                planner.resolve(row, session, mapping)
                if table.uncalculated:
                    _mark_uncalculated(row, table.uncalculated, mapping)
            if row.action == Action.UPDATE and not row.problems and not row.later and row.before == row.form:
                row.action = Action.UNCHANGED
            if row.problems or row.action == Action.UNCHANGED:  # no commit of this preview will use them
                row.form = row.before = None
        _mark_cycles(rows)
        for row in rows:
            if row.problems:
                row.form = row.before = None
        state = database_state(session)
    return ImportPreview(kind=kind, source=source, mapping=dict(mapping), headers=list(table.headers),
                         rows=rows, notes=list(table.notes), state=state)


UNCALCULATED = translatable("This cell holds a formula that was never calculated, so the file has no value "
                            "for it: open the file in a spreadsheet program, save it, and import it again.")


def _mark_uncalculated(row: RowPlan, cells_at: set[tuple[int, int]], mapping: Mapping) -> None:
    """A formula cell without a value would import as empty where the user sees a value."""
    for index, key in mapping.items():
        if (row.line, index) in cells_at:
            row.add_problem(key, UNCALCULATED)


def _mark_cycles(rows: list[RowPlan]) -> None:
    """Rows that refer to each other in a circle cannot be saved in any order."""
    by_key = {r.key: r for r in rows if r.action == Action.CREATE}
    state: dict[str, int] = {}

    def visit(key: str, trail: list[str]) -> None:
        state[key] = 1
        for other in by_key[key].later:
            if state.get(other) == 1:
                cycle = trail[trail.index(other):] + [other] if other in trail else [key, other]
                for name in cycle:
                    by_key[name].add_problem("", translatable("The rows refer to each other in a circle: {cycle}.",
                                                              cycle=" → ".join(cycle)), replace=False)
            elif other in by_key and other not in state:
                visit(other, [*trail, other])
        state[key] = 2

    for key in by_key:
        if key not in state:
            visit(key, [key])


class _Planner:
    """Turns rows of one kind into forms; subclasses know their kind's references."""

    ops: RecordOps
    form_type: type

    def __init__(self, kind: Kind, lookups: Lookups) -> None:
        self.kind = kind
        self.lookups = lookups
        self.file_keys: dict[str, RowPlan] = {}  # folded key of each row of the file to create
        self.columns = {c.key: c for c in kind.columns}
        self.sentences: dict[str, str] = {}

    # -- per row -------------------------------------------------------------------------

    def row(self, line: int, raw: list[Any], mapping: Mapping) -> RowPlan:
        values = _values(raw, mapping)
        plan = RowPlan(line, raw)
        if all(cells.is_blank(v) for v in values.values()):
            return plan
        texts = {k: cells.line(v) for k, v in values.items()}
        plan.key = self.key_of(texts)
        plan.record_id, plan.version = self.match(texts)
        plan.action = Action.CREATE if plan.record_id is None else Action.UPDATE
        return plan

    def key_of(self, values: dict[str, str]) -> str:
        return values.get("name", "")

    def match(self, values: dict[str, str]) -> tuple[int | None, int | None]:
        raise NotImplementedError

    def mark_duplicates(self, rows: list[RowPlan], skip_lines: set[int] | frozenset[int]) -> None:
        seen: dict[str, int] = {}
        for row in rows:
            if row.line in skip_lines:
                row.action = Action.SKIP
            if row.action == Action.SKIP:
                continue
            folded = cells.key(row.key)
            if folded and folded in seen:
                row.add_problem(self.kind.match_keys[0], translatable("“{key}” appears again: row {row} has it "
                                                                      "already.", key=row.key, row=seen[folded]))
                continue
            seen[folded] = row.line
            if row.action == Action.CREATE and folded:
                self.file_keys[folded] = row

    def resolve(self, row: RowPlan, session: Session, mapping: Mapping) -> None:
        """Fill the row's form from its cells and the database, and collect its problems."""
        values = _values(row.raw, mapping)
        if row.record_id is None:
            row.form = self.form_type()
        else:
            row.before = self.ops.form(session, row.record_id)
            row.form = copy.deepcopy(row.before)
        for key, value in values.items():
            column = self.columns[key]
            if row.record_id is not None and cells.is_blank(value):
                continue  # an empty cell never erases what the record holds
            try:
                self.fill(row, column.key, column.kind, column.enum, value)
            except cells.CellProblem as problem:
                row.add_problem(key, self.sentence(problem.args[0] if problem.args else str(problem)))
        for key, message in self.ops.problems(row.form).items():
            row.add_problem(self.column_of(key), self.sentence(message), replace=False)
        for column in self.kind.columns:
            if column.required and column.key in values and cells.is_blank(values[column.key]):
                row.add_problem(column.key, self.sentence(translatable("{label} is required.", label=column.heading)),
                                replace=False)

    def sentence(self, text: str) -> str:
        """``text``, shared with the rows that have the same problem: a file of 300,000 rows
        naming the same unknown owner keeps the sentence once."""
        return self.sentences.setdefault(text, text)

    def fill(self, row: RowPlan, key: str, kind: str, enum: Any, value: Any) -> None:
        form = row.form
        if kind == ENUM:
            member = cells.choice(value, enum)
            if member is not None:
                setattr(form, key, member)
            elif not getattr(type(form)(), key):  # an optional choice left empty is cleared
                setattr(form, key, None)
        elif kind == AMOUNT:
            setattr(form, key, cells.amount(value))
        elif kind == WHOLE:
            setattr(form, key, cells.whole(value) or 0)
        elif kind == FLAG:
            answer = cells.flag(value)
            if answer is not None:
                setattr(form, key, answer)
        elif kind == HOURS:
            setattr(form, key, cells.hours(value))
        elif kind in (REF, LIST):
            self.fill_reference(row, key, value)
        elif kind == TEXT:
            setattr(form, key, cells.text(value))
        else:
            setattr(form, key, cells.line(value))

    def fill_reference(self, row: RowPlan, key: str, value: Any) -> None:
        raise NotImplementedError

    def column_of(self, problem_key: str) -> str:
        """The column a rule's field key belongs to ("" when it is not a column)."""
        head = problem_key.split(".", 1)[0]
        head = {"family_id": "family", "provider_id": "provider", "owner_id": "owner", "manager_id": "manager",
                "depends_on": "dependencies", "parent_id": "parent", "organization_id": "organization"
                }.get(head, head)
        return head if any(c.key == head for c in self.kind.columns) else ""

    # -- references ------------------------------------------------------------------------

    def organization(self, name: str, *, kind: OrganizationKind | None = None, in_file_too: bool = False
                     ) -> int | None:
        found = self.lookups.organization(name)
        if found == AMBIGUOUS:
            raise cells.CellProblem(translatable("Two organizations are called “{name}”; use its code.", name=name))
        if found is None:
            raise cells.CellProblem(
                translatable("There is no organization “{name}” in the database or in this file.", name=name)
                if in_file_too else translatable("There is no organization “{name}”.", name=name))
        if kind is not None and self.lookups.organization_kinds.get(found) != kind:
            raise cells.CellProblem(translatable("“{name}” is not of kind {kind}.", name=name, kind=kind.value))
        return found


class _FamilyPlanner(_Planner):
    ops, form_type = FAMILY, FamilyForm

    def match(self, values: dict[str, str]) -> tuple[int | None, int | None]:
        found = self.lookups.families.get(cells.key(values.get("name", "")))
        if found is None or found == AMBIGUOUS:
            return None, None
        return found, self.lookups.family_versions[found]


class _OrganizationPlanner(_Planner):
    ops, form_type = ORGANIZATION, OrganizationForm

    def match(self, values: dict[str, str]) -> tuple[int | None, int | None]:
        found = self.lookups.organizations.get(cells.key(values.get("name", "")))
        if found is None or found == AMBIGUOUS:
            return None, None
        return found, self.lookups.organization_versions[found]

    def fill_reference(self, row: RowPlan, key: str, value: Any) -> None:
        name = cells.line(value)
        row.form.parent_id = None
        if not name:
            return
        in_file = self.file_keys.get(cells.key(name))
        if in_file is not None and in_file is not row:
            row.later += (in_file.key,)
            return
        row.form.parent_id = self.organization(name, in_file_too=True)


class _ContactPlanner(_Planner):
    ops, form_type = CONTACT, ContactForm

    def key_of(self, values: dict[str, str]) -> str:
        return values.get("email") or values.get("name", "")

    def match(self, values: dict[str, str]) -> tuple[int | None, int | None]:
        email = cells.key(values.get("email", ""))
        found = self.lookups.contact_emails.get(email) if email else None
        if found is None:
            found = self.lookups.contact_names.get(cells.key(values.get("name", "")))
        if found is None or found == AMBIGUOUS:
            return None, None
        return found, self.lookups.contact_versions[found]

    def fill_reference(self, row: RowPlan, key: str, value: Any) -> None:
        name = cells.line(value)
        row.form.organization_id = self.organization(name) if name else None


class _ServicePlanner(_Planner):
    ops, form_type = SERVICE, ServiceForm

    def key_of(self, values: dict[str, str]) -> str:
        return values.get("code") or values.get("name", "")

    def match(self, values: dict[str, str]) -> tuple[int | None, int | None]:
        code = values.get("code", "").strip()
        found = self.lookups.service_codes.get(code) if code else None
        if found is None and not code:
            found = self.lookups.service_names.get(cells.key(values.get("name", "")))
        if found is None or found == AMBIGUOUS:
            return None, None
        return found, self.lookups.service_versions[found]

    def fill_reference(self, row: RowPlan, key: str, value: Any) -> None:
        form: ServiceForm = row.form
        text = cells.line(value)
        if key == "family":
            form.family_id = None
            if text:
                found = self.lookups.families.get(cells.key(text))
                if found is None or found == AMBIGUOUS:
                    raise cells.CellProblem(translatable("There is no service family “{name}”; import the families first.", name=text))
                form.family_id = found
        elif key == "provider":
            form.provider_id = self.organization(text, kind=OrganizationKind.INTERNAL) if text else None
        elif key in ("owner", "manager"):
            setattr(form, f"{key}_id", self._contact(text) if text else None)
        elif key == "components":
            form.components = [ComponentRow(name=p[0], kind=cells.choice(_part(p, 1), ComponentKind)
                                            or ComponentKind.OTHER, notes=_part(p, 2))
                               for p in cells.items(value)]
        elif key == "dependencies":
            form.depends_on = []
            codes = [parts[0] for parts in cells.items(value)]
            if len(set(codes)) != len(codes):
                raise cells.CellProblem(translatable("A dependency is listed twice."))
            for code in codes:
                if cells.key(code) in self.file_keys and self.file_keys[cells.key(code)] is not row:
                    row.later += (self.file_keys[cells.key(code)].key,)
                elif code in self.lookups.service_codes:
                    form.depends_on.append(self.lookups.service_codes[code])
                else:
                    raise cells.CellProblem(translatable("There is no service with the code {code} in the database or in this file.", code=code))
            form.depends_on.sort()  # as the service's editor lists them
        elif key == "suppliers":
            form.suppliers = [SupplierRow(supplier_id=self.organization(p[0], kind=OrganizationKind.SUPPLIER),
                                          supplies=_part(p, 1), contract_reference=_part(p, 2))
                              for p in cells.items(value)]
        elif key == "consumers":
            form.consumers = [ConsumerRow(organization_id=self.organization(p[0]),
                                          role=cells.choice(_part(p, 1), ConsumerRole) or ConsumerRole.CUSTOMER,
                                          users=cells.whole(_part(p, 2)))
                              for p in cells.items(value)]

    def _contact(self, text: str) -> int:
        found = self.lookups.contact(text)
        if found == AMBIGUOUS:
            raise cells.CellProblem(translatable("Two contacts are called “{name}”; use the e-mail address.", name=text))
        if found is None:
            raise cells.CellProblem(translatable("There is no contact “{name}”; import the contacts first.", name=text))
        return found


def _values(raw: Sequence[Any], mapping: Mapping) -> dict[str, Any]:
    """The mapped cells of a row by field key (None past the row's end)."""
    return {key: raw[i] if i < len(raw) else None for i, key in mapping.items()}


def _part(parts: list[str], index: int) -> str:
    return parts[index] if index < len(parts) else ""


_PLANNERS: dict[str, type[_Planner]] = {
    "families": _FamilyPlanner,
    "organizations": _OrganizationPlanner,
    "contacts": _ContactPlanner,
    "services": _ServicePlanner,
}
