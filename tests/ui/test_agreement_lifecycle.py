"""The agreement lifecycle on the agreements page: each step, read-only states, expiry, duplicates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from test_agreement_editor import agreements_page
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import AgreementContactRole, AgreementStatus, Side
from itsm_desktop.domain.forms import AgreementContactRow
from itsm_desktop.services import agreements, lifecycle
from itsm_desktop.ui.agreements.dialogs import Activation, DuplicateRequest
from itsm_desktop.ui.agreements.targets_model import VALUE
from itsm_desktop.ui.main_window import MainWindow


def status_of(db: Any, agreement_id: int) -> AgreementStatus:
    return agreements.load_agreement(db, agreement_id).agreement.status


def click_step(page: Any, step: str) -> None:
    """Click the button of a lifecycle step, in the strip or on the read-only banner."""
    editor = page.editor
    if not editor.banner.isHidden() and editor.banner.step == step:
        editor.banner.button.click()
        return
    button = editor.lifecycle.buttons[step]
    assert button.isVisible(), f"{step} is not offered"
    button.click()


def offered(page: Any) -> set[str]:
    editor = page.editor
    steps = set(editor.lifecycle.visible_steps())
    if editor.banner.isVisible():
        steps.add(editor.banner.step)
    return steps


def signing(names: dict[int, str] | None = None) -> Any:
    """An activation dialog answer: the names it was offered, with ``names`` (by row) filled in."""
    def answer(*_args: Any, **details: Any) -> Activation:
        parties = details["parties"]
        for row, party in enumerate(parties):
            party.signatory_name = (names or {}).get(row) or party.signatory_name or "Someone"
        return Activation(signed_on=date(2025, 12, 20), signatures=list(parties))
    return answer


def test_submit_and_return_to_draft_are_undoable(main_window: MainWindow, make: Any, db: Any) -> None:
    agreement = make.agreement(title="Desk services")
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    assert offered(page) == {"submit", "duplicate"}
    stack = main_window.ctx.undo_stack

    click_step(page, "submit")

    assert status_of(db, agreement.id) == AgreementStatus.IN_REVIEW
    assert offered(page) == {"activate", "return", "duplicate"}
    assert page.editor.lifecycle.chip.text() == "In review"
    assert stack.undoText().startswith("Submit agreement ‘SLA-")
    stack.undo()
    assert status_of(db, agreement.id) == AgreementStatus.DRAFT
    assert offered(page) == {"submit", "duplicate"}
    stack.redo()
    assert status_of(db, agreement.id) == AgreementStatus.IN_REVIEW

    click_step(page, "return")

    assert status_of(db, agreement.id) == AgreementStatus.DRAFT
    stack.undo()
    assert status_of(db, agreement.id) == AgreementStatus.IN_REVIEW


def test_activate_records_signatories_and_makes_the_agreement_read_only(
        main_window: MainWindow, make: Any, db: Any, sql: Any, fake_dialogs: FakeDialogs) -> None:
    customer = make.customer("Finance")
    cfo = make.contact(customer, "Carla Finance", job_title="CFO")
    agreement = make.submit(make.agreement(customers=[customer], title="Finance SLA"))
    form = agreements.load_agreement(db, agreement.id).form
    form.customers[0].representative_id = cfo.id
    form.contacts = [AgreementContactRow(contact_id=cfo.id, role=AgreementContactRole.SIGNATORY)]
    agreement = agreements.update_agreement(db, agreement_id=agreement.id, version=agreement.version, form=form)
    fake_dialogs.answer("ask_activation", signing({0: "Ian Provider"}))
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    stack_count = main_window.ctx.undo_stack.count()

    click_step(page, "activate")

    [(_name, details)] = [c for c in fake_dialogs.calls if c[0] == "ask_activation"]
    parties = details[1]
    assert [(p.side, p.signatory_name, p.signatory_title) for p in parties] == [
        (Side.PROVIDER, "Ian Provider", ""), (Side.CUSTOMER, "Carla Finance", "CFO")]
    assert status_of(db, agreement.id) == AgreementStatus.ACTIVE
    assert sql("select signed_on from agreement where id = ?", agreement.id) == [("2025-12-20",)]
    assert sql("select side, signatory_name from signature order by id") == [
        ("provider", "Ian Provider"), ("customer", "Carla Finance")]
    assert main_window.ctx.undo_stack.count() == stack_count  # a signature cannot be undone

    editor = page.editor
    assert editor.banner.isVisible() and editor.banner.title.text() == "In force — read-only"
    assert "signed on 2025-12-20" in editor.banner.text.text()
    assert editor.banner.button.text() == "Revise"
    assert offered(page) == {"revise", "terminate", "duplicate"}
    assert editor.general.title.isReadOnly()
    assert not editor.general.provider.isEnabled()
    assert not editor.general.services.search.isVisible()
    model = editor.targets.model
    assert not model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, VALUE), 50.0)
    assert not editor.targets.add_button.isVisible()
    assert editor.texts.edits["scope"].isReadOnly()
    assert not editor.is_dirty()
    assert not main_window.window_actions.save.isEnabled()
    assert not page.action_enabled("delete")
    assert editor.contacts.signatures.rowCount() == 2


def test_revise_then_activate_supersedes_the_old_revision(main_window: MainWindow, make: Any, db: Any,
                                                          qtbot: Any, fake_dialogs: FakeDialogs) -> None:
    old = make.active_agreement(title="Warehouse services")
    page = agreements_page(main_window)
    page.show_record(old.id)

    click_step(page, "revise")

    editor = page.editor
    new_id = editor.record_id
    assert new_id != old.id and editor.record.revision == 2
    assert editor.record.status == AgreementStatus.DRAFT and editor.record.reference == old.reference
    assert editor.banner.isHidden() and not editor.general.title.isReadOnly()
    assert editor.general.title.text() == "Warehouse services"  # everything copied
    assert status_of(db, old.id) == AgreementStatus.ACTIVE  # until the new one is activated
    page.show_record(old.id)
    assert editor.banner.button.text() == "Open revision 2"
    assert "Revision 2 is being prepared (draft)." in editor.banner.text.text()
    click_step(page, "open_newer")
    assert editor.record_id == new_id

    editor.general.title.clear()
    qtbot.keyClicks(editor.general.title, "Warehouse services 2027")
    click_step(page, "submit")  # saves the edit first
    assert agreements.load_agreement(db, new_id).form.title == "Warehouse services 2027"
    fake_dialogs.answer("ask_activation", signing())
    click_step(page, "activate")

    assert status_of(db, new_id) == AgreementStatus.ACTIVE
    assert status_of(db, old.id) == AgreementStatus.SUPERSEDED
    assert [c for c in fake_dialogs.calls if c[0] == "ask_activation"][0][1][-1] == 1  # supersedes rev. 1
    page.show_record(old.id)
    assert editor.banner.title.text() == "Superseded — read-only"
    assert "replaced by revision 2" in editor.banner.text.text()
    assert offered(page) == {"open_newer", "duplicate"}
    history = [editor.history.history.topLevelItem(i).text(4)
               for i in range(editor.history.history.topLevelItemCount())]
    assert "Superseded by revision 2" in history
    assert any(text.startswith("Revision 2 started from revision 1") for text in history)


def test_terminate(main_window: MainWindow, make: Any, db: Any, fake_dialogs: FakeDialogs) -> None:
    agreement = make.active_agreement()
    fake_dialogs.answer("ask_termination", "Replaced by a framework contract")
    page = agreements_page(main_window)
    page.show_record(agreement.id)

    click_step(page, "terminate")

    assert status_of(db, agreement.id) == AgreementStatus.TERMINATED
    assert page.editor.banner.title.text() == "Terminated — read-only"
    assert offered(page) == {"duplicate"}
    history = agreements.load_agreement(db, agreement.id).history
    assert history[-1].summary == "Terminated: Replaced by a framework contract"


def test_cancelled_dialogs_change_nothing(main_window: MainWindow, make: Any, db: Any,
                                          fake_dialogs: FakeDialogs) -> None:
    active = make.active_agreement()
    in_review = make.submit(make.agreement())
    fake_dialogs.answer("ask_termination", None)
    fake_dialogs.answer("ask_activation", None)
    page = agreements_page(main_window)
    page.show_record(active.id)
    click_step(page, "terminate")
    page.show_record(in_review.id)
    click_step(page, "activate")
    assert status_of(db, active.id) == AgreementStatus.ACTIVE
    assert status_of(db, in_review.id) == AgreementStatus.IN_REVIEW


def test_expired_by_date_when_the_page_loads(make_window: Any, make: Any, db: Any, qtbot: Any) -> None:
    ended = make.activate(make.agreement(title="Old deal", valid_from=date(2023, 1, 1),
                                         valid_to=date(2024, 6, 30)), signed_on=date(2022, 12, 1))
    running = make.active_agreement(title="Current", valid_from=date(2025, 1, 1), valid_to=date(2099, 1, 1))
    window = make_window(db)

    # once the window has painted, before Home reads its lists
    qtbot.waitUntil(lambda: status_of(db, ended.id) == AgreementStatus.EXPIRED)
    assert status_of(db, running.id) == AgreementStatus.ACTIVE
    page = agreements_page(window)
    page.show_record(ended.id)
    assert page.editor.banner.title.text() == "Expired — read-only"
    assert "ended on 2024-06-30" in page.editor.banner.text.text()
    assert offered(page) == {"revise", "duplicate"}
    assert agreements.load_agreement(db, ended.id).history[-1].summary == "Expired: valid until 2024-06-30"


def test_duplicate_for_another_customer(main_window: MainWindow, make: Any, db: Any, sql: Any,
                                        fake_dialogs: FakeDialogs) -> None:
    source = make.active_agreement(title="Finance SLA")
    other = make.customer("Logistics")
    rep = make.contact(other, "Lou Logistics")
    fake_dialogs.answer("ask_duplicate_agreement", DuplicateRequest(
        customer_id=other.id, representative_id=rep.id, title="Logistics SLA"))
    page = agreements_page(main_window)
    page.show_record(source.id)

    main_window.window_actions.duplicate.trigger()

    editor = page.editor
    copy_id = editor.record_id
    assert copy_id != source.id
    assert editor.record.status == AgreementStatus.DRAFT and editor.record.reference != source.reference
    assert editor.general.title.text() == "Logistics SLA"
    assert editor.general.customers.rows()[0].organization_id == other.id
    assert sql("select organization_id, representative_id from agreement_customer where agreement_id = ?",
               copy_id) == [(other.id, rep.id)]
    assert len(agreements.load_agreement(db, copy_id).form.targets) == 1  # the targets came along
    stack = main_window.ctx.undo_stack
    assert stack.undoText().startswith("Duplicate agreement")
    stack.undo()
    assert sql("select count(*) from agreement where id = ?", copy_id) == [(0,)]
    stack.redo()
    assert sql("select title from agreement where id = ?", copy_id) == [("Logistics SLA",)]


def test_draft_can_be_deleted_but_not_an_active_agreement(main_window: MainWindow, make: Any) -> None:
    draft, active = make.agreement(), make.active_agreement()
    page = agreements_page(main_window)
    page.show_record(draft.id)
    assert page.action_enabled("delete")
    page.show_record(active.id)
    assert not page.action_enabled("delete")
    assert page.current_agreement_id() == active.id


def test_after_activation_undo_offers_no_step_it_would_refuse(
        main_window: MainWindow, make: Any, db: Any, fake_dialogs: FakeDialogs, qtbot: Any) -> None:
    agreement = make.agreement()
    fake_dialogs.answer("ask_activation", signing())
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    page.editor.general.title.setText("Desk services, reviewed")
    qtbot.keyClick(page.editor.general.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    click_step(page, "submit")
    stack = main_window.ctx.undo_stack
    assert stack.undoText().startswith("Submit agreement")

    click_step(page, "activate")

    assert not stack.canUndo()  # neither the submit nor the edit below it is offered
    assert "can no longer be undone" in main_window.ctx.operations.dropped_because
    assert not main_window.window_actions.undo.isEnabled()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(db, agreement.id) == AgreementStatus.ACTIVE
    assert fake_dialogs.texts("error") == []  # no error box


def test_revise_is_undone_by_deleting_the_new_draft_and_redone(main_window: MainWindow, make: Any,
                                                                db: Any) -> None:
    old = make.active_agreement(title="Warehouse services")
    page = agreements_page(main_window)
    page.show_record(old.id)
    stack = main_window.ctx.undo_stack

    click_step(page, "revise")
    assert page.editor.record.revision == 2
    assert stack.undoText().startswith("Revise")

    stack.undo()
    revisions = agreements.load_agreement(db, old.id).revisions
    assert [r for _i, r, _s in revisions] == [1]  # the draft is gone
    assert status_of(db, old.id) == AgreementStatus.ACTIVE

    stack.redo()
    revisions = agreements.load_agreement(db, old.id).revisions
    assert [(r, s) for _i, r, s in revisions] == [(1, AgreementStatus.ACTIVE), (2, AgreementStatus.DRAFT)]
    assert agreements.load_agreement(db, revisions[1][0]).form.title == "Warehouse services"


def test_a_step_someone_else_made_impossible_is_dropped_once_told(
        main_window: MainWindow, make: Any, db: Any, fake_dialogs: FakeDialogs, qtbot: Any) -> None:
    agreement = make.agreement()
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    click_step(page, "submit")
    stack = main_window.ctx.undo_stack
    assert stack.canUndo()
    current = agreements.load_agreement(db, agreement.id).agreement
    lifecycle.return_to_draft(db, agreement_id=agreement.id, version=current.version)  # another window

    main_window.ctx.hub.reload("agreement")  # as the watch on the database file does

    qtbot.waitUntil(lambda: not stack.canUndo())
    assert "is draft now" in main_window.ctx.operations.dropped_because
    assert main_window.statusBar().currentMessage() == main_window.ctx.operations.dropped_because
    assert fake_dialogs.texts("error") == []
