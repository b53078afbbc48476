"""Two windows on one database file: a stale save is refused, says what changed, overwrites nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import FakeDialogs

from itsm_desktop.services import catalog, stakeholders
from itsm_desktop.store import Database
from itsm_desktop.ui.common.dialogs import reload_box
from itsm_desktop.ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second, independent connection to the same file: another instance of the application."""
    second = Database.open(db.path)
    try:
        yield second
    finally:
        second.close()


def open_record(window: MainWindow, key: str, record_id: int) -> Any:
    assert window.show_page(key)
    page = window.pages[key]
    page.model.reload()
    assert page.show_record(record_id)
    return page


def reload_calls(fake_dialogs: FakeDialogs) -> list[tuple[Any, ...]]:
    return [args for name, args in fake_dialogs.calls if name == "ask_reload"]


def test_second_save_of_the_same_service_gets_the_conflict_and_overwrites_nothing(
        make_window: Any, db: Database, other: Database, make: Any, fake_dialogs: FakeDialogs) -> None:
    owner = make.contact(name="Dana Owner")
    service = make.service("MAIL", name="E-mail", summary="Mail for everyone")
    first = make_window(db)
    second = make_window(other)
    mine = open_record(first, "catalog", service.id)
    theirs = open_record(second, "catalog", service.id)

    mine.editor.name.setText("E-mail and calendar")
    mine.editor.owner.choose(owner.id)
    first.window_actions.save.trigger()
    assert not mine.editor.is_dirty()

    theirs.editor.summary.setText("Mailboxes for every employee")
    fake_dialogs.answer("ask_reload", False)  # keep editing
    second.window_actions.save.trigger()

    calls = reload_calls(fake_dialogs)
    assert len(calls) == 1
    title, text, changes = calls[0]
    assert title == "Changed by someone else"
    assert "“E-mail” was changed by someone else" in text and "not saved" in text
    assert changes == ["Name: E-mail → E-mail and calendar", "Owner: (empty) → Dana Owner"]
    stored = catalog.load_service(db, service.id).form
    assert (stored.name, stored.summary, stored.owner_id) == ("E-mail and calendar", "Mail for everyone", owner.id)
    assert theirs.editor.is_dirty()  # the edits are still there to copy from
    assert theirs.editor.summary.text() == "Mailboxes for every employee"

    second.window_actions.save.trigger()  # still refused: never saved over the newer version
    assert len(reload_calls(fake_dialogs)) == 2
    assert catalog.load_service(db, service.id).form.summary == "Mail for everyone"

    fake_dialogs.answer("ask_reload", True)
    second.window_actions.save.trigger()
    assert theirs.editor.name.text() == "E-mail and calendar"
    assert theirs.editor.summary.text() == "Mail for everyone"
    assert not theirs.editor.is_dirty()
    theirs.editor.summary.setText("Mailboxes for every employee")
    second.window_actions.save.trigger()  # based on the newer version now: it lands
    assert catalog.load_service(db, service.id).form.summary == "Mailboxes for every employee"
    assert catalog.load_service(db, service.id).form.name == "E-mail and calendar"


def test_the_same_field_edited_in_both_shows_yours_and_theirs(make_window: Any, db: Database,
                                                              other: Database, make: Any,
                                                              fake_dialogs: FakeDialogs) -> None:
    org = make.customer("Finance")
    first, second = make_window(db), make_window(other)
    mine = open_record(first, "organizations", org.id)
    theirs = open_record(second, "organizations", org.id)
    mine.editor.phone.setText("+1 555 0100")
    first.window_actions.save.trigger()
    theirs.editor.phone.setText("+1 555 0199")
    fake_dialogs.answer("ask_reload", False)

    second.window_actions.save.trigger()

    assert reload_calls(fake_dialogs)[0][2] == ["Phone: +1 555 0199 → +1 555 0100"]
    assert stakeholders.get_organization(db, org.id).phone == "+1 555 0100"


def test_edits_to_different_records_in_two_windows_both_land(make_window: Any, db: Database,
                                                             other: Database, make: Any,
                                                             fake_dialogs: FakeDialogs) -> None:
    org = make.customer("Finance")
    person = make.contact(org, name="Ann Example")
    first, second = make_window(db), make_window(other)
    mine = open_record(first, "organizations", org.id)
    theirs = open_record(second, "contacts", person.id)
    mine.editor.notes.setText("Budget owner for IT")
    theirs.editor.job_title.setText("Controller")
    first.window_actions.save.trigger()
    second.window_actions.save.trigger()
    assert fake_dialogs.names() == []
    assert stakeholders.get_organization(other, org.id).notes == "Budget owner for IT"
    assert stakeholders.get_contact(db, person.id).job_title == "Controller"


def test_a_record_deleted_meanwhile(make_window: Any, db: Database, other: Database, make: Any,
                                    fake_dialogs: FakeDialogs) -> None:
    person = make.contact(name="Ann Example")
    window = make_window(other)
    page = open_record(window, "contacts", person.id)
    stakeholders.delete_contact(db, contact_id=person.id)
    page.editor.job_title.setText("Controller")
    fake_dialogs.answer("ask_reload", True)

    window.window_actions.save.trigger()

    _title, text, changes = reload_calls(fake_dialogs)[0]
    assert "was deleted by someone else" in text and changes == []
    assert page.editor.record_id is None  # reloading found nothing: the editor is closed


def test_deleting_a_record_changed_meanwhile(make_window: Any, db: Database, other: Database, make: Any,
                                             fake_dialogs: FakeDialogs) -> None:
    person = make.contact(name="Ann Example")
    window = make_window(other)
    page = open_record(window, "contacts", person.id)
    contact = stakeholders.get_contact(db, person.id)
    form = stakeholders.contact_form(contact)
    form.name = "Ann Example-Smith"
    stakeholders.update_contact(db, contact_id=person.id, version=contact.version, form=form)
    fake_dialogs.answer("confirm", True)
    fake_dialogs.answer("ask_reload", False)

    window.window_actions.delete.trigger()

    _title, text, changes = reload_calls(fake_dialogs)[0]
    assert "so it was not deleted" in text
    assert changes == ["Name: Ann Example → Ann Example-Smith"]
    assert stakeholders.get_contact(db, person.id).name == "Ann Example-Smith"
    assert page.editor.record_id == person.id  # still shown, as it was loaded


def test_the_conflict_message_reads_well(qtbot: Any) -> None:
    lines = ["Name: E-mail → E-mail and calendar", "Owner: (empty) → Dana Owner",
             "Summary: Mail for everyone → Mailboxes for every employee, with calendars and shar…"]
    box, reload = reload_box(None, "Changed by someone else",
                             "“E-mail” was changed by someone else since you opened it, so your changes "
                             "were not saved. Last saved by alice at 2026-11-21 10:02.", lines)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert reload.text() == "Reload"
    assert box.defaultButton() is not reload and box.escapeButton() is not reload
    assert box.defaultButton().text() == "Keep Editing"
    assert all(line in box.informativeText() for line in lines)
    assert box.width() < 800
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "safety_conflict.png"))


def test_an_editor_with_unsaved_changes_says_when_someone_else_saved_and_offers_to_compare(
        make_window: Any, db: Database, other: Database, make: Any, fake_dialogs: FakeDialogs) -> None:
    service = make.service("MAIL", name="E-mail", summary="Mail for everyone")
    window = make_window(db)
    mine = open_record(window, "catalog", service.id)
    mine.editor.summary.setText("Mailboxes for every employee")
    assert not mine.changed_elsewhere.isVisible()

    stored = catalog.load_service(other, service.id)
    catalog.update_service(other, service_id=service.id, version=stored.service.version,
                           form=replace(stored.form, name="E-mail and calendar"))
    window.ctx.hub.changed.emit("service", (service.id,))  # as the live refresh tells of it

    assert mine.changed_elsewhere.isVisible()  # said, not silently kept
    assert mine.editor.is_dirty() and mine.editor.summary.text() == "Mailboxes for every employee"
    fake_dialogs.answer("ask_reload", False)  # compare, keep editing
    mine.changed_elsewhere.compare.click()
    (title, text, changes), = reload_calls(fake_dialogs)
    assert "“E-mail” was changed by someone else while you were editing it" in text
    assert changes == ["Name: E-mail → E-mail and calendar"]
    assert mine.editor.is_dirty() and mine.changed_elsewhere.isVisible()

    fake_dialogs.answer("ask_reload", True)  # take theirs
    mine.changed_elsewhere.compare.click()
    assert mine.editor.name.text() == "E-mail and calendar" and not mine.editor.is_dirty()
    assert not mine.changed_elsewhere.isVisible()
