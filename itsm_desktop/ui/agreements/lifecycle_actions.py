"""Running the agreement lifecycle steps the editor offers, through the services.

Submitting for review and returning to draft undo each other, so both are undo commands.
Activating, terminating and revising are not pushed on the undo stack: a signed agreement
cannot be un-signed, an ended one cannot be revived, and a revision is a new record in its
own right (delete the draft to drop it). They are recorded in the agreement's history, and
the stack is left as it is, so earlier edits elsewhere can still be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.errors import ConflictError, ItsmError, TransitionError, ValidationError
from itsm_desktop.domain.models import Agreement
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.services.agreement_drafting import party_choices, signature_parties

from ..commands import CallCommand, SaveCommand
from ..context import AppContext
from ..dialogs import Dialogs
from .common import tr
from .editor import AGREEMENT_OPS, agreement_label

if TYPE_CHECKING:
    from .page import AgreementsPage

Transition = Callable[..., Agreement]


class TransitionCommand(CallCommand):
    """A reversible status change (submit ↔ return to draft) as an undo step.

    Redo and undo read the agreement's current version: edits saved in between (their own undo
    steps) change the version without changing the status. A step whose agreement has moved on
    since (it was activated, say) is refused with a sentence saying so.
    """

    def __init__(self, ctx: AppContext, text: str, agreement_id: int,
                 forward: tuple[Transition, AgreementStatus],
                 backward: tuple[Transition, AgreementStatus]) -> None:
        self.agreement_id = agreement_id
        super().__init__(ctx, text, redo=lambda: self._step(*forward), undo=lambda: self._step(*backward))

    def _step(self, transition: Transition, expected: AgreementStatus) -> None:
        current = agreements.load_agreement(self.ctx.db, self.agreement_id).agreement
        if current.status != expected:
            raise TransitionError(tr("{reference} revision {revision} is {status} now, so this step can no "
                                     "longer be undone or redone.").format(
                reference=current.reference, revision=current.revision, status=current.status.label.lower()))
        transition(self.ctx.db, agreement_id=self.agreement_id, version=current.version)
        self.ctx.hub.notify("agreement", self.agreement_id)


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

    def _call(self, title: str, action: Callable[[], Any]) -> Any:
        """Run a service call; show its field messages or error and return None when refused."""
        try:
            return action()
        except ValidationError as exc:
            self.editor.show_errors(exc)
            self.page.message.emit(title)
        except ConflictError as exc:
            if Dialogs.ask_reload(self.page, tr("Changed by someone else"), str(exc)):
                self.page.revert_record()
        except ItsmError as exc:
            Dialogs.error(self.page, title, str(exc))
        return None

    def _done(self, text: str, *ids: int | None) -> None:
        self.ctx.hub.notify("agreement", *ids)
        self.page.message.emit(text)
        self.page.actions_changed.emit()

    # --- steps ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self._saved() or (record := self._record()) is None or record.id is None:
            return
        aid = record.id
        done = self._call(tr("Not submitted for review"), lambda: lifecycle.submit_for_review(
            self.ctx.db, agreement_id=aid, version=record.version))
        if done is None:
            return
        self.ctx.undo_stack.push(TransitionCommand(
            self.ctx, tr("Submit {label} for review").format(label=agreement_label(record)), aid,
            (lifecycle.submit_for_review, AgreementStatus.DRAFT),
            (lifecycle.return_to_draft, AgreementStatus.IN_REVIEW)))
        self._done(tr("{name} is in review.").format(name=self._name(record)), aid)

    def return_to_draft(self) -> None:
        if not self._saved() or (record := self._record()) is None or record.id is None:
            return
        aid = record.id
        done = self._call(tr("Not returned to draft"), lambda: lifecycle.return_to_draft(
            self.ctx.db, agreement_id=aid, version=record.version))
        if done is None:
            return
        self.ctx.undo_stack.push(TransitionCommand(
            self.ctx, tr("Return {label} to draft").format(label=agreement_label(record)), aid,
            (lifecycle.return_to_draft, AgreementStatus.IN_REVIEW),
            (lifecycle.submit_for_review, AgreementStatus.DRAFT)))
        self._done(tr("{name} is a draft again.").format(name=self._name(record)), aid)

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
        answer = Dialogs.ask_activation(
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
        reason = Dialogs.ask_termination(self.page, title=tr("Terminate {name}?").format(name=self._name(record)))
        if reason is None:
            return
        aid = record.id
        done = self._call(tr("Not terminated"), lambda: lifecycle.terminate(
            self.ctx.db, agreement_id=aid, version=record.version, reason=reason))
        if done is not None:
            self._done(tr("{name} is terminated.").format(name=self._name(record)), aid)

    def revise(self) -> None:
        if (record := self._record()) is None or record.id is None or not self.page.can_leave():
            return
        aid = record.id
        new = self._call(tr("Not revised"), lambda: agreements.revise_agreement(self.ctx.db, agreement_id=aid))
        if new is None:
            return
        draft = {"id": new.id}

        def undo() -> None:  # edits of the draft come later on the stack, so they are undone first
            agreements.delete_agreement(self.ctx.db, agreement_id=draft["id"])
            self.ctx.hub.notify("agreement", draft["id"], aid)

        def redo() -> None:
            draft["id"] = agreements.revise_agreement(self.ctx.db, agreement_id=aid).id
            self.ctx.hub.notify("agreement", draft["id"], aid)

        self.ctx.undo_stack.push(CallCommand(
            self.ctx, tr("Revise {label}").format(label=agreement_label(record)), redo, undo))
        self._done(tr("Revision {revision} of {reference} started as a draft; revision {old} stays in force "
                      "until it is activated.").format(revision=new.revision, reference=new.reference,
                                                      old=record.revision), aid, new.id)
        self.page.show_record(new.id)

    def duplicate(self) -> None:
        """Copy the agreement as a new draft (for another customer); undo deletes the copy."""
        if (record := self._record()) is None or record.id is None or not self.page.can_leave():
            return
        request = Dialogs.ask_duplicate_agreement(self.page, ctx=self.ctx, source=record.reference,
                                                  title=record.title)
        if request is None:
            return
        aid = record.id
        new = self._call(tr("Not duplicated"), lambda: agreements.duplicate_agreement(
            self.ctx.db, agreement_id=aid, customer_id=request.customer_id,
            representative_id=request.representative_id, title=request.title))
        if new is None:
            return
        form = agreements.load_agreement(self.ctx.db, new.id).form
        self.ctx.undo_stack.push(SaveCommand(
            self.ctx, AGREEMENT_OPS, tr("Duplicate {label} as {new}").format(
                label=agreement_label(record), new=new.reference), record=new, old_form=None, new_form=form))
        self._done(tr("{reference} created as a copy of {source}.").format(reference=new.reference,
                                                                          source=record.reference), new.id)
        self.page.show_record(new.id)

    def open_newer(self) -> None:
        state = self.editor.lifecycle_state()
        if state.newer is not None:
            self.page.show_record(state.newer[0])
