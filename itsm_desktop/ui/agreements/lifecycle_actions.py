"""Running the agreement lifecycle steps the editor offers, through the services.

Submitting for review and returning to draft undo each other, so both are undo commands.
Activating, terminating and revising are not pushed on the undo stack: a signed agreement
cannot be un-signed, an ended one cannot be revived, and a revision is a new record in its
own right (delete the draft to drop it). They are recorded in the agreement's history, and
the stack is left as it is, so earlier edits elsewhere can still be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.errors import ItsmError, TransitionError, ValidationError
from itsm_desktop.domain.models import Agreement
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.services.agreement_drafting import party_choices, signature_parties

from ..common.commands import CallCommand, SaveCommand, TextSource
from ..common.context import AppContext
from ..common.operations import Refusal
from ..common.translate import label_of
from .common import tr
from .dialogs import AgreementDialogs
from .editor import AGREEMENT_OPS, agreement_label, agreement_locked

if TYPE_CHECKING:
    from .page import AgreementsPage

Transition = Callable[..., Agreement]
T = TypeVar("T")


def _stored_id(agreement: Agreement) -> int:
    """The id of an agreement read from or written to the database (never None there)."""
    assert agreement.id is not None
    return agreement.id


class TransitionCommand(CallCommand):
    """A reversible status change (submit ↔ return to draft) as an undo step.

    Redo and undo read the agreement's current version: edits saved in between (their own undo
    steps) change the version without changing the status. A step whose agreement has moved on
    since (it was activated, say) is refused with a sentence saying so.
    """

    def __init__(self, ctx: AppContext, text: str | TextSource, agreement_id: int,
                 forward: tuple[Transition, AgreementStatus],
                 backward: tuple[Transition, AgreementStatus]) -> None:
        self.agreement_id = agreement_id
        super().__init__(ctx, text, redo=lambda: self._step(*forward), undo=lambda: self._step(*backward),
                         blocked=lambda: self._moved_on(backward[1]))

    def _moved_on(self, expected: AgreementStatus) -> str:
        """Why the agreement is no longer where the step starts from ("" when it is)."""
        current = agreements.load_agreement(self.ctx.db, self.agreement_id).agreement
        if current.status == expected:
            return ""
        return tr("{reference} revision {revision} is {status} now.").format(
            reference=current.reference, revision=current.revision, status=label_of(current.status).lower())

    def _step(self, transition: Transition, expected: AgreementStatus) -> None:
        reason = self._moved_on(expected)
        if reason:
            raise TransitionError(tr("{reason} This step can no longer be undone or redone.").format(
                reason=reason))
        current = agreements.load_agreement(self.ctx.db, self.agreement_id).agreement
        transition(self.ctx.db, agreement_id=self.agreement_id, version=current.version)


class LifecycleActions(QObject):
    """The steps of the agreements page: submit, return, activate, terminate, revise, duplicate."""

    def __init__(self, page: AgreementsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.editor = page.editor

    def run(self, step: str) -> None:
        """Run the lifecycle step ``step`` on the agreement shown."""
        handler = {
            "submit": self.submit,
            "return": self.return_to_draft,
            "activate": self.activate,
            "terminate": self.terminate,
            "revise": self.revise,
            "duplicate": self.duplicate,
            "open_newer": self.open_newer,
        }.get(step)
        if handler is not None and step in self.editor.allowed_steps():
            handler()

    # --- helpers --------------------------------------------------------------------------

    def _record(self) -> Agreement | None:
        return self.editor.record

    def _saved(self) -> bool:
        """Save pending edits first; False when they could not be saved (messages are shown)."""
        if self.editor.record_id is None or self.editor.is_dirty():
            return self.page.save_record()
        return True

    def _name(self, record: Agreement) -> str:
        return tr("{reference} revision {revision}").format(reference=record.reference,
                                                            revision=record.revision)

    def _call(self, title: str, action: Callable[[], T],
              undo: Callable[[T], QUndoCommand | None] | None = None) -> T | None:
        """Run a step through the operation runner; None when refused (the user is told why)."""
        def refused(error: ItsmError) -> bool:
            if isinstance(error, ValidationError):  # beside the fields, and said in the status bar
                self.editor.show_errors(error)
                self.page.message.emit(title)
                return True
            return False

        done = self.ctx.operations.perform(action, Refusal(
            self.page, title, editor=self.editor, on_reload=self.page.revert_record, handle=refused),
            undo=undo)
        return done.value if done is not None else None

    def _done(self, text: str) -> None:
        self.page.message.emit(text)
        self.page.actions_changed.emit()

    # --- steps ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self._saved() or (record := self._record()) is None or record.id is None:
            return
        aid = record.id
        done = self._call(tr("Not submitted for review"), lambda: lifecycle.submit_for_review(
            self.ctx.db, agreement_id=aid, version=record.version), undo=lambda _a: TransitionCommand(
            self.ctx, lambda: tr("Submit {label} for review").format(label=agreement_label(record)), aid,
            (lifecycle.submit_for_review, AgreementStatus.DRAFT),
            (lifecycle.return_to_draft, AgreementStatus.IN_REVIEW)))
        if done is not None:
            self._done(tr("{name} is in review.").format(name=self._name(record)))

    def return_to_draft(self) -> None:
        if not self._saved() or (record := self._record()) is None or record.id is None:
            return
        aid = record.id
        done = self._call(tr("Not returned to draft"), lambda: lifecycle.return_to_draft(
            self.ctx.db, agreement_id=aid, version=record.version), undo=lambda _a: TransitionCommand(
            self.ctx, lambda: tr("Return {label} to draft").format(label=agreement_label(record)), aid,
            (lifecycle.return_to_draft, AgreementStatus.IN_REVIEW),
            (lifecycle.submit_for_review, AgreementStatus.DRAFT)))
        if done is not None:
            self._done(tr("{name} is a draft again.").format(name=self._name(record)))

    def activate(self) -> None:
        if not self._saved() or (record := self._record()) is None or record.id is None:
            return
        detail = self.editor.detail
        form = detail.form if detail is not None else self.editor.form()
        superseded = next((rev for _i, rev, status in (detail.revisions if detail else [])
                           if status in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED)
                           and rev != record.revision), None)
        parties = signature_parties(self.ctx.db, form)
        names = {p.id: p.name for p in party_choices(self.ctx.db, [p.organization_id for p in parties])}
        answer = AgreementDialogs.ask_activation(
            self.page, title=tr("Activate {name}").format(name=self._name(record)), parties=parties, names=names,
            valid_from=record.valid_from, valid_to=record.valid_to, supersedes=superseded)
        if answer is None:
            return
        aid = record.id
        done = self._call(tr("Not activated"), lambda: lifecycle.activate(
            self.ctx.db, agreement_id=aid, version=record.version, signed_on=answer.signed_on,
            signatures=answer.signatures))
        if done is None:
            return
        text = tr("{name} is active.").format(name=self._name(record))
        if superseded is not None:
            text += " " + tr("Revision {revision} is superseded.").format(revision=superseded)
        self._done(text)

    def terminate(self) -> None:
        if (record := self._record()) is None or record.id is None or not self.page.can_leave():
            return
        reason = AgreementDialogs.ask_termination(self.page, title=tr("Terminate {name}?").format(name=self._name(record)))
        if reason is None:
            return
        aid = record.id
        done = self._call(tr("Not terminated"), lambda: lifecycle.terminate(
            self.ctx.db, agreement_id=aid, version=record.version, reason=reason))
        if done is not None:
            self._done(tr("{name} is terminated.").format(name=self._name(record)))

    def revise(self) -> None:
        if (record := self._record()) is None or record.id is None or not self.page.can_leave():
            return
        aid = record.id
        new = self._call(tr("Not revised"), lambda: agreements.revise_agreement(self.ctx.db, agreement_id=aid),
                         undo=lambda draft: self._revision_step(record, draft))
        if new is None:
            return
        self._done(tr("Revision {revision} of {reference} started as a draft; revision {old} stays in force "
                      "until it is activated.").format(revision=new.revision, reference=new.reference,
                                                      old=record.revision))
        self.page.show_record(_stored_id(new))

    def duplicate(self) -> None:
        """Copy the agreement as a new draft (for another customer); undo deletes the copy."""
        if (record := self._record()) is None or record.id is None or not self.page.can_leave():
            return
        request = AgreementDialogs.ask_duplicate_agreement(self.page, ctx=self.ctx, source=record.reference,
                                                  title=record.title)
        if request is None:
            return
        aid = record.id
        new = self._call(tr("Not duplicated"), lambda: agreements.duplicate_agreement(
            self.ctx.db, agreement_id=aid, customer_id=request.customer_id,
            representative_id=request.representative_id, title=request.title),
            undo=lambda copy: SaveCommand(
                self.ctx, AGREEMENT_OPS, lambda: tr("Duplicate {label} as {new}").format(
                    label=agreement_label(record), new=copy.reference), record=copy, old_form=None,
                new_form=agreements.load_agreement(self.ctx.db, _stored_id(copy)).form))
        if new is None:
            return
        self._done(tr("{reference} created as a copy of {source}.").format(reference=new.reference,
                                                                          source=record.reference))
        self.page.show_record(_stored_id(new))

    def _revision_step(self, record: Agreement, new: Agreement) -> CallCommand:
        """Undo deletes the new draft; redo starts it again (edits of the draft come later on
        the stack, so they are undone first)."""
        aid, draft = _stored_id(record), {"id": _stored_id(new)}

        def undo() -> None:
            agreements.delete_agreement(self.ctx.db, agreement_id=draft["id"])

        def redo() -> None:
            draft["id"] = _stored_id(agreements.revise_agreement(self.ctx.db, agreement_id=aid))

        return CallCommand(self.ctx, lambda: tr("Revise {label}").format(label=agreement_label(record)), redo, undo,
                           blocked=lambda: agreement_locked(self.ctx.db, draft["id"]))

    def open_newer(self) -> None:
        state = self.editor.lifecycle_state()
        if state.newer is not None:
            self.page.show_record(state.newer[0])
