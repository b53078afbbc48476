"""Storing the rows a record owns (targets, components …) so that each row keeps its id.

A form lists the rows as the editor shows them. Saving it updates a stored row in place when
the form names it (by id, or by the natural key of tables keyed by what they link), inserts
the rows that are new and deletes the rows the form no longer lists; rows that did not change
are not written at all. Anything keyed to a row (an achieved value, a link from another
agreement) therefore survives an edit of its neighbours, and the history's ids stay true.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, SQLModel, func, select


@dataclass(frozen=True)
class OwnedRows:
    """One kind of row a record owns: its table, the column naming the owner, its identity.

    ``key`` is the column that identifies a row among its owner's rows: ``id`` for rows with
    their own id, else the natural key (the organization of an agreement's customer row).
    """

    model: type[SQLModel]
    owner: str
    key: str = "id"

    @property
    def own_ids(self) -> bool:
        return self.key == "id"


def _content(values: dict[str, Any]) -> Hashable:
    """What a row says, whatever its id and place: matches a form row that carries no id."""
    return tuple(sorted((k, v) for k, v in values.items() if k not in ("id", "position")))


def store_rows(session: Session, rows: OwnedRows, owner_id: int,
               wanted: Sequence[dict[str, Any]], *, restoring: bool = False) -> list[Any]:
    """Make the owner's stored rows what ``wanted`` lists (column values, in order).

    A wanted row is matched to a stored row of the same owner by its key; failing that (a
    form that did not carry ids), by equal content. A wanted ``id`` that names no stored row
    brings that row back under its id (undoing the save that deleted it) when the id lies
    below the highest in use; an id that belongs to another owner's row is not taken over:
    the row is inserted as a new one. When ``restoring`` a deleted record under its id, its
    rows come back under theirs wherever they are free. Returns the stored rows in the order
    of ``wanted``.
    """
    model = rows.model
    stored = list(session.exec(select(model).where(getattr(model, rows.owner) == owner_id)).all())
    unclaimed = {getattr(row, rows.key): row for row in stored}
    matched: list[Any] = [None] * len(wanted)
    for i, values in enumerate(wanted):
        key = values.get(rows.key)
        if key is not None and key in unclaimed:
            matched[i] = unclaimed.pop(key)
    by_content: dict[Hashable, list[Any]] = {}
    for row in unclaimed.values():
        by_content.setdefault(_content(_values(row, wanted)), []).append(row)
    for i, values in enumerate(wanted):
        if matched[i] is None and (values.get(rows.key) is None or rows.own_ids):
            candidates = by_content.get(_content(values))
            if candidates:
                row = candidates.pop(0)
                matched[i] = row
                unclaimed.pop(getattr(row, rows.key))
    for row in unclaimed.values():
        session.delete(row)
    if unclaimed:
        session.flush()  # a row re-added under the same natural key must find its place free
    for i, values in enumerate(wanted):
        row = matched[i]
        if row is None:
            matched[i] = _insert(session, rows, owner_id, values, restoring=restoring)
            continue
        for name, value in values.items():
            if name != "id" and getattr(row, name) != value:
                setattr(row, name, value)
    return matched


def _free_below_the_top(session: Session, model: type[SQLModel], row_id: int) -> bool:
    """Whether ``row_id`` is unused and below the highest id in use.

    Only such an id can be given back: an id above every other would move the counter that
    hands out new ids (to its limit, for a forged one, after which no row could be added).
    """
    highest = session.exec(select(func.max(model.id))).one()  # type: ignore[attr-defined]
    return highest is not None and row_id < highest and session.get(model, row_id) is None


def _values(row: Any, like: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The stored row's values of the columns the wanted rows give."""
    names = like[0].keys() if like else ()
    return {name: getattr(row, name) for name in names}


def _insert(session: Session, rows: OwnedRows, owner_id: int, values: dict[str, Any], *,
            restoring: bool) -> Any:
    fields = {**values, rows.owner: owner_id}
    if rows.own_ids:
        wanted_id = fields.pop("id", None)
        if wanted_id is not None and (session.get(rows.model, wanted_id) is None if restoring
                                      else _free_below_the_top(session, rows.model, wanted_id)):
            fields["id"] = wanted_id  # a row deleted by the save being undone comes back as it was
    row = rows.model(**fields)
    session.add(row)
    return row
