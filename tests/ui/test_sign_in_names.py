"""The contact editor says who signs in as the person: "This Is Me" records the login in use,
a name another contact has is refused beside the section, and each change is one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from itsm_desktop.services import user_profiles
from itsm_desktop.services.common import current_user
from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow


def open_contact(main_window: MainWindow, contact_id: int) -> Any:
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(contact_id))
    return page.editor


def test_this_is_me_records_the_login_in_use_and_undo_forgets_it(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database) -> None:
    person = make.contact(make.it, "Rajesh Patel")
    editor = open_contact(main_window, person.id)
    assert editor.logins_label.text() == "Nobody signs in as this person."

    qtbot.mouseClick(editor.this_is_me, Qt.MouseButton.LeftButton)

    assert user_profiles.logins_of(db, person.id) == [current_user()]
    assert editor.logins_label.text() == f"Signs in as {current_user()}"
    main_window.ctx.undo_stack.undo()
    assert user_profiles.logins_of(db, person.id) == []
    assert editor.logins_label.text() == "Nobody signs in as this person."
    main_window.ctx.undo_stack.redo()
    assert user_profiles.logins_of(db, person.id) == [current_user()]


def test_a_name_someone_else_signs_in_with_is_refused_beside_the_section(
        main_window: MainWindow, qtbot: Any, make: Any, db: Database, fake_dialogs: Any) -> None:
    rajesh, margaret = make.contact(make.it, "Rajesh Patel"), make.contact(make.it, "Margaret Ellison")
    user_profiles.set_logins(db, contact_id=rajesh.id, logins=["rpatel"])
    editor = open_contact(main_window, margaret.id)
    fake_dialogs.answer("ask_logins", "mellison, rpatel")

    qtbot.mouseClick(editor.edit_logins, Qt.MouseButton.LeftButton)

    message = editor.findChild(QLabel, "error_logins")
    assert message.isVisibleTo(editor)
    assert message.text() == "“rpatel” already signs in as Rajesh Patel; remove it there first."
    assert user_profiles.logins_of(db, margaret.id) == []
    assert main_window.ctx.undo_stack.count() == 0

    fake_dialogs.answer("ask_logins", "mellison, m.ellison")
    qtbot.mouseClick(editor.edit_logins, Qt.MouseButton.LeftButton)
    assert editor.logins_label.text() == "Signs in as m.ellison, mellison"
