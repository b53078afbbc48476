"""The operation runner: every use case the window starts goes through here.

It runs the use case (now, or on a pool thread with busy feedback), asks the unit of work what
the use case changed and tells the change hub, so every page showing a changed record
refreshes; it explains a refusal to the user (field messages in the editor, the conflict
dialog for a record someone else changed, one sentence otherwise) and pushes the undo step.
Nobody else notifies the hub.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from itsm_desktop.domain.errors import ConflictError, ItsmError, ValidationError
from itsm_desktop.services.changes import ChangeCollector, Changes, collect_changes

from .background import BackgroundJob
from .dialogs import Dialogs
from .messages import say_error

if TYPE_CHECKING:
    from .context import ChangeHub

T = TypeVar("T")
ShowError = Callable[[QWidget | None, str, str], None]  # parent, title, text


class ShowsFieldErrors(Protocol):
    """An editor or dialog that shows a ``ValidationError`` beside its fields."""

    def show_errors(self, error: ValidationError) -> None: ...


@runtime_checkable
class ExplainsConflicts(Protocol):
    """A record editor: tells what someone else changed, and asks whether to reload."""

    def ask_reload_after_conflict(self, parent: QWidget | None, error: ConflictError, *,
                                  deleting: bool = False) -> bool: ...


def _show_error(parent: QWidget | None, title: str, text: str) -> None:
    Dialogs.error(parent, title, text)


@dataclass(frozen=True)
class Refusal:
    """How to tell the user that a use case was refused, and what to do then.

    ``editor`` shows field messages and explains conflicts with its record; ``on_reload`` runs
    when the user chose to reload after a conflict; ``handle`` may take an error over first
    (True when it did: a delete refused because the record is in use offers to retire it).
    """

    parent: QWidget | None
    title: str
    editor: ShowsFieldErrors | None = None
    deleting: bool = False
    on_reload: Callable[[], object] | None = None
    handle: Callable[[ItsmError], bool] | None = None
    show_error: ShowError = field(default=_show_error)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A use case that went through: what it returned and what it changed."""

    value: T
    changes: Changes


class OperationRunner(QObject):
    """Runs use cases for the window: changes to the hub, refusals to the user, steps to undo."""

    def __init__(self, hub: ChangeHub, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.undo_stack = undo_stack
        self.dropped_because = ""  # why the last undo steps were dropped, for the Edit menu's tip
        # a change made elsewhere (another window, another user) may block the step Undo offers
        hub.changed.connect(self._check_steps_soon)
        undo_stack.indexChanged.connect(self._check_steps_soon)

    def _check_steps_soon(self, *_args: object) -> None:
        """After the undo or change under way has finished (the stack may be running a step)."""
        QTimer.singleShot(0, self, self.drop_blocked_steps)

    def drop_blocked_steps(self) -> None:
        """Forget the undo steps from the one Undo offers down when that one would be refused.

        The stack undoes in order, so when the next step cannot be undone (its agreement was
        activated, say) none below it can be reached either: offering them would only lead to
        an error box.
        """
        stack = self.undo_stack
        if stack.index() == 0:
            return
        step = stack.command(stack.index() - 1)
        reason = getattr(step, "blocked_reason", lambda: "")()
        if reason:
            self.dropped_because = self.tr("“{step}” and the steps before it can no longer be undone: "
                                           "{reason}").format(step=step.text(), reason=reason)
            stack.clear()
            window = self.parent()
            if isinstance(window, QMainWindow):  # said where Undo's own messages are read
                window.statusBar().showMessage(self.dropped_because, 10_000)

    # --- running ------------------------------------------------------------------------

    def call(self, use_case: Callable[[], T]) -> T:
        """Run ``use_case`` now and tell the hub what it changed; its errors propagate."""
        return self._call(use_case).value

    def _call(self, use_case: Callable[[], T]) -> Done[T]:
        collector = ChangeCollector()
        try:
            with collect_changes(collector):
                value = use_case()
        finally:  # what committed before a refusal changed all the same
            self.hub.publish(collector.result())
        return Done(value, collector.result())

    def perform(self, use_case: Callable[[], T], refusal: Refusal, *,
                undo: Callable[[T], QUndoCommand | None] | None = None) -> Done[T] | None:
        """Run a user's action now: None when it was refused (the user has been told why).

        ``undo`` makes the undo step from the result; it is pushed without being run again.
        """
        try:
            done = self._call(use_case)
        except ItsmError as exc:
            self.explain(exc, refusal)
            return None
        step = undo(done.value) if undo is not None else None
        if step is not None:
            self.undo_stack.push(step)
        self.drop_blocked_steps()
        return done

    def start(self, use_case: Callable[[], T], refusal: Refusal, *, label: str,
              on_done: Callable[[T], object] | None = None) -> BackgroundJob:
        """Run ``use_case`` on a pool thread (a progress dialog shows ``label`` when it is slow).

        The hub hears of the changes and ``on_done`` gets the result back on the GUI thread.
        """

        def work() -> Done[T]:
            with collect_changes() as collector:
                value = use_case()
            return Done(value, collector.result())

        def finished(done: Done[T]) -> None:
            self.hub.publish(done.changes)
            if on_done is not None:
                on_done(done.value)

        job = BackgroundJob(work, label=label, parent_widget=refusal.parent)
        job.finished.connect(finished)
        job.refused.connect(lambda error: self.explain(error, refusal))
        job.failed.connect(lambda text: refusal.show_error(refusal.parent, refusal.title, text))
        return job.start()

    def replay(self, command: QUndoCommand, action: Callable[[], object]) -> None:
        """Undo or redo ``command`` by running ``action``; a refusal makes the step obsolete."""
        try:
            self.call(action)
        except ItsmError as exc:
            command.setObsolete(True)
            self.hub.error.emit(command.text(), say_error(exc))

    # --- refusals -----------------------------------------------------------------------

    def explain(self, error: ItsmError, refusal: Refusal) -> None:
        """Tell the user why ``error`` refused the action, in the way ``refusal`` says."""
        if refusal.handle is not None and refusal.handle(error):
            return
        editor = refusal.editor
        if isinstance(error, ValidationError) and editor is not None:
            editor.show_errors(error)
            return
        if isinstance(error, ConflictError):
            if isinstance(editor, ExplainsConflicts):
                reload = editor.ask_reload_after_conflict(refusal.parent, error, deleting=refusal.deleting)
            else:
                reload = Dialogs.ask_reload(refusal.parent, self.tr("Changed by someone else"), say_error(error))
            if reload and refusal.on_reload is not None:
                refusal.on_reload()
            return
        refusal.show_error(refusal.parent, refusal.title, say_error(error))
