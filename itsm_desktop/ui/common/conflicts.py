"""After a save was refused because someone else saved the record first: say what they changed.

Nothing is ever overwritten: the user either reloads the stored record (discarding their
edits) or keeps editing, and a later save is refused again until they reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from itsm_desktop.domain.errors import ConflictError, ItsmError
from itsm_desktop.services.common import plain
from itsm_desktop.services.maintenance import conflict_changes, history_of

from .dialogs import Dialogs
from .history_panel import ChangeText, elide, field_labels
from .messages import say_error
from .table_model import display_value
from .translate import tr as _tr

if TYPE_CHECKING:
    from .editor import RecordEditor

MAX_LINES = 10
# the kinds of record whose table is not named like the record (history names the table)
_TABLES = {"family": "service_family"}


def conflict_report(editor: RecordEditor, error: ConflictError | None, *,
                    deleting: bool = False) -> tuple[str, list[str]]:
    """The message and the changed fields (``Field: yours → theirs``, at most ``MAX_LINES``).

    ``deleting``: the refused change was deleting the record, not saving the user's edits;
    ``error`` None: nothing was refused yet, someone else saved while the user was editing.
    """
    record = editor.record
    title = str(getattr(record, "name", None) or getattr(record, "title", None) or editor.heading()[0])
    name = f"“{elide(title, 60)}”" if title else _tr("This {noun}").format(noun=_tr(editor.noun))
    entity = _TABLES.get(editor.ops.entity, editor.ops.entity) if editor.ops is not None else None
    record_id, loaded = editor.record_id, editor.loaded_form
    fallback = say_error(error) if error is not None else _tr("{name} was changed by someone else.").format(name=name)
    if entity is None or record_id is None or loaded is None:
        return fallback, []
    db = editor.ctx.db
    try:
        theirs = conflict_changes(db, entity, record_id, loaded)
        history = history_of(db, entity, record_id) if theirs is not None else []
    except (ItsmError, SQLAlchemyError, ValueError):
        return fallback, []
    if theirs is None:
        return _tr("{name} was deleted by someone else since you opened it.").format(name=name), []
    if error is None:
        text = _tr("{name} was changed by someone else while you were editing it; your changes are "
                   "not saved yet.").format(name=name)
    elif deleting:
        text = _tr("{name} was changed by someone else since you opened it, so it was not "
                   "deleted.").format(name=name)
    else:
        text = _tr("{name} was changed by someone else since you opened it, so your changes were "
                   "not saved.").format(name=name)
    if history:
        last = history[-1]
        text += " " + _tr("Last saved by {who} at {when}.").format(who=last.who or _tr("an unknown user"),
                                                                  when=display_value(last.at))
    return text, change_lines(editor, theirs, edited=not deleting)


def change_lines(editor: RecordEditor, theirs: dict[str, list[Any]], *, edited: bool = True) -> list[str]:
    """``Field: yours → theirs`` for every field someone else changed that differs from yours.

    Yours is what the editor shows (``edited``) or what it loaded.
    """
    mine = editor.loaded_form
    if edited:
        try:
            mine = editor.form()
        except Exception:  # the widgets cannot describe a form right now: use what was loaded
            mine = editor.loaded_form
    words = ChangeText(editor.ctx, type(editor.loaded_form), field_labels(editor))
    pairs = []
    for key in words.ordered(theirs):
        yours = plain(getattr(mine, key, theirs[key][0]))
        if yours != theirs[key][1]:
            pairs.append((key, yours, theirs[key][1]))
    words.prefetch({key: [yours, now]} for key, yours, now in pairs)
    lines = [words.line(key, yours, now) for key, yours, now in pairs]
    if len(lines) > MAX_LINES:
        more = len(lines) - (MAX_LINES - 1)
        lines = [*lines[: MAX_LINES - 1], _tr("… and {count} more fields").format(count=more)]
    return lines


def ask_reload_changed_meanwhile(parent: QWidget | None, editor: RecordEditor) -> bool:
    """Someone else saved the record being edited: show what they changed next to the user's
    edits and ask: reload the stored record (True) or keep editing (False)."""
    text, lines = conflict_report(editor, None)
    return Dialogs.ask_reload(parent, _tr("Changed by someone else"), text, changes=lines)


def ask_reload_after_conflict(parent: QWidget | None, editor: RecordEditor, error: ConflictError, *,
                              deleting: bool = False) -> bool:
    """Show what changed and ask: reload the stored record (True) or keep editing (False)."""
    text, lines = conflict_report(editor, error, deleting=deleting)
    return Dialogs.ask_reload(parent, _tr("Changed by someone else"), text, changes=lines)
