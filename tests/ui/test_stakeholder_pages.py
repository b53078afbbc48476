"""The organizations and contacts pages and their editors."""

from __future__ import annotations

from typing import Any

from ui_helpers import FakeDialogs, type_text

from itsm_desktop.domain.enums import OrganizationKind, UnitType
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database
from itsm_desktop.ui.main_window import MainWindow


def test_create_an_internal_team_inside_a_division(main_window: MainWindow, qtbot: Any, make: Any,
                                                   db: Database) -> None:
    division = make.internal("IT Services", unit_type=UnitType.DIVISION)
    main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    main_window.window_actions.new.trigger()
    editor = page.editor
    assert not editor.unit_type.isVisible()  # customers have no unit type
    qtbot.keyClicks(editor.name, "Service Desk")
    editor.kind.set_value(OrganizationKind.INTERNAL)
    assert editor.unit_type.isVisible()
    editor.unit_type.set_value(UnitType.FUNCTION)
    editor.parent_org.set_value(division.id)
    assert page.editor_title.text() == "Service Desk"
    assert page.editor_subtitle.text() == "Internal unit (function)"

    main_window.window_actions.save.trigger()

    org = next(o for o in stakeholders.list_organizations(db) if o.name == "Service Desk")
    assert (org.kind, org.unit_type, org.parent_id) == (OrganizationKind.INTERNAL, UnitType.FUNCTION,
                                                         division.id)
    assert page.model.row_of(org.id) >= 0


def test_organization_lists_its_contacts_and_opens_them(main_window: MainWindow, make: Any) -> None:
    org = make.customer("Finance")
    person = make.contact(org, "Catherine Hale", job_title="Finance Director")
    main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(org.id))
    links = page.editor.contacts
    assert links.item(0).text() == "Catherine Hale — Finance Director"

    links.itemClicked.emit(links.item(0))

    assert main_window.page_key() == "contacts"
    assert main_window.pages["contacts"].editor.record_id == person.id


def contact_links(page: Any) -> list[str]:
    links = page.editor.contacts
    return [links.item(row).text() for row in range(links.count())]


def test_contacts_added_elsewhere_show_in_the_organization_at_once(main_window: MainWindow, make: Any,
                                                                   qtbot: Any) -> None:
    org = make.customer("Finance")
    main_window.show_page("organizations")
    organizations = main_window.pages["organizations"]
    organizations.model.reload()
    organizations.table.selectRow(organizations.model.row_of(org.id))
    assert contact_links(organizations) == ["No contacts yet."]

    main_window.show_page("contacts")
    contacts = main_window.pages["contacts"]
    main_window.window_actions.new.trigger()
    qtbot.keyClicks(contacts.editor.name, "Catherine Hale")
    contacts.editor.organization.set_value(org.id)
    qtbot.keyClicks(contacts.editor.job_title, "Director")
    main_window.window_actions.save.trigger()
    assert contacts.editor.record_id is not None

    main_window.show_page("organizations")  # no reload: the page heard of the new contact
    assert organizations.editor.record_id == org.id
    assert contact_links(organizations) == ["Catherine Hale — Director"]

    main_window.window_actions.undo.trigger()  # the undo step goes through the runner too
    assert contact_links(organizations) == ["No contacts yet."]


def test_organization_in_use_is_offered_to_be_made_inactive(main_window: MainWindow, make: Any,
                                                            db: Database,
                                                            fake_dialogs: FakeDialogs) -> None:
    org = make.customer("Finance")
    make.contact(org, "Catherine Hale")
    main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(org.id))
    fake_dialogs.answer("ask_retire", True)

    main_window.window_actions.delete.trigger()

    assert fake_dialogs.names() == ["ask_retire"]  # why at once, not "Delete? You can undo" first

    assert "contacts (1)" in fake_dialogs.texts("ask_retire")[0]
    assert "Mark inactive" in fake_dialogs.texts("ask_retire")[0]
    assert stakeholders.get_organization(db, org.id).active is False
    assert main_window.window_actions.undo.text() == "&Undo Deactivate organization ‘Finance’"


def test_unused_contact_is_deleted_and_comes_back_with_undo(main_window: MainWindow, make: Any,
                                                            db: Database,
                                                            fake_dialogs: FakeDialogs) -> None:
    person = make.contact(make.customer("Sales"), "José Álvarez")
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()
    page.table.selectRow(page.model.row_of(person.id))
    fake_dialogs.answer("confirm", True)

    main_window.window_actions.delete.trigger()

    assert stakeholders.list_contacts(db) == []
    assert page.left.currentWidget() is page.empty
    main_window.window_actions.undo.trigger()
    assert [c.name for c in stakeholders.list_contacts(db)] == ["José Álvarez"]
    assert page.model.rowCount() == 1


def test_contact_email_is_checked_beside_the_field(main_window: MainWindow, qtbot: Any, make: Any,
                                                   db: Database) -> None:
    org = make.customer("Sales")
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    main_window.window_actions.new.trigger()
    qtbot.keyClicks(page.editor.name, "Emily Carter")
    qtbot.keyClicks(page.editor.organization.edit, "sal")
    page.editor.organization.edit.editingFinished.emit()  # the one match is taken
    assert page.editor.organization.value() == org.id
    assert page.editor.organization.edit.text() == "Sales"
    qtbot.keyClicks(page.editor.email, "emily at example")

    main_window.window_actions.save.trigger()

    assert "is not an e-mail address" in page.editor.errors.text("email")
    assert stakeholders.list_contacts(db) == []

    page.editor.email.setText("emily.carter@example.com")
    main_window.window_actions.save.trigger()
    assert [(c.name, c.organization_id) for c in stakeholders.list_contacts(db)] == [("Emily Carter", org.id)]


def test_lookup_field_lists_choices_and_keeps_a_valid_choice(main_window: MainWindow, make: Any,
                                                             qtbot: Any) -> None:
    first, second = make.customer("Finance"), make.customer("Field Sales")
    main_window.show_page("contacts")
    field = main_window.pages["contacts"].editor.organization
    main_window.window_actions.new.trigger()
    field.show_choices()
    assert field.completer.model().stringList() == ["Field Sales", "Finance"]
    field.completer.activated[str].emit("Finance")
    field.completer.popup().hide()
    assert field.value() == first.id
    field.edit.setText("fi")  # two matches: the choice stays as it was
    field.edit.editingFinished.emit()
    assert field.value() == first.id and field.edit.text() == "Finance"
    field.edit.setText("field sales")
    field.edit.editingFinished.emit()
    assert field.value() == second.id


def test_contact_search_finds_cyrillic_and_accents(main_window: MainWindow, make: Any, qtbot: Any) -> None:
    org = make.internal("Infrastructure")
    make.contact(org, "Дмитрий Соколов")
    make.contact(org, "Zoë Müller")
    make.contact(org, "Oliver Grant")
    main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()

    type_text(page.search, "соколов")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == "Дмитрий Соколов"

    page.search.clear()
    qtbot.keyClicks(page.search, "muller")
    page.search.flush()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Zoë Müller"]
