"""The agreement screens choose organizations, people and services by typing: lookups that read
only the records matching what is typed, whatever the size of the portfolio."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import AgreementKind
from itsm_desktop.services import stakeholders
from itsm_desktop.ui.agreements.dialogs import DuplicateDialog, DuplicateRequest
from itsm_desktop.ui.agreements.page import AgreementsPage
from itsm_desktop.ui.common.lookup import Lookup, LookupField
from itsm_desktop.ui.main_window import MainWindow


def agreements_page(window: MainWindow) -> AgreementsPage:
    assert window.show_page("agreements")
    page = window.pages["agreements"]
    assert isinstance(page, AgreementsPage)
    page.model.reload()
    return page


def pick(qtbot: Any, field: LookupField, text: str) -> None:
    """Type ``text`` into a lookup field and press Return, as the user would."""
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def offered(lookup: Lookup, text: str = "") -> list[str]:
    return [label for _id, label in lookup.search(text)]


def listed(page: AgreementsPage) -> set[int | None]:
    return {page.model.id_at(row) for row in range(page.model.rowCount())}


def test_party_fields_offer_the_kinds_that_fit_first(main_window: MainWindow, make: Any, qtbot: Any) -> None:
    make.internal("IT Operations")
    desk = make.internal("Service Desk")
    finance = make.customer("Finance")
    make.customer("Old Finance", active=False)
    make.supplier("Acme Hosting")
    cfo = make.contact(finance, "Carla Finance", job_title="CFO")
    make.contact(finance, "Frank Finance")
    make.contact(desk, "Dana Desk")
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    general = page.editor.general

    # an SLA: provided by internal units (or suppliers), for customers; inactive ones are not offered
    assert offered(general.provider.lookup) == ["IT Operations", "Service Desk", "Acme Hosting", "Finance"]
    qtbot.mouseClick(general.customers.add_button, Qt.MouseButton.LeftButton)
    [(party, representative, _remove)] = general.customers.rows_widgets
    assert offered(party.lookup) == ["Finance", "IT Operations", "Service Desk", "Acme Hosting"]
    assert offered(party.lookup, "fin") == ["Finance"]
    general.kind.set_value(AgreementKind.OLA)  # an OLA is between internal units
    assert offered(party.lookup) == ["IT Operations", "Service Desk", "Finance", "Acme Hosting"]

    assert not representative.isEnabled()
    pick(qtbot, party, "Finance")
    assert party.value() == finance.id and representative.isEnabled()
    assert offered(representative.lookup) == ["Carla Finance — CFO", "Frank Finance"]  # Finance's people only
    pick(qtbot, representative, "carla")
    assert representative.value() == cfo.id and representative.text() == "Carla Finance — CFO"

    party.edit.clear()
    pick(qtbot, party, "Service Desk")
    assert party.value() == desk.id
    assert representative.value() is None and representative.text() == ""  # Finance's person went with it
    assert offered(representative.lookup) == ["Dana Desk"]
    assert page.editor.is_dirty()


def test_agreement_contacts_are_chosen_by_typing_a_name(main_window: MainWindow, make: Any, qtbot: Any,
                                                       sql: Any) -> None:
    desk = make.internal("Service Desk")
    lea = make.contact(desk, "Lea Lead", phone="+44 20 1")
    make.contact(desk, "Leo Gone", active=False)
    agreement = make.agreement()
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    tab = page.editor.contacts
    page.editor.tabs.setCurrentWidget(tab)

    tab.add_contact()  # a new row, its person being chosen

    field = tab.table.findChild(LookupField)
    assert field is not None
    assert offered(field.lookup, "le") == ["Lea Lead — Service Desk"]  # active people only
    pick(qtbot, field, "lea")
    qtbot.waitUntil(lambda: tab.table.state() != tab.table.State.EditingState)  # Return closed the editor
    assert tab.model.contacts[0].contact_id == lea.id
    assert [tab.model.index(0, column).data() for column in range(4)] == [
        "Support contact", "Lea Lead", "Service Desk", "+44 20 1"]
    main_window.window_actions.save.trigger()
    assert sql("select contact_id, role from agreement_contact where agreement_id = ?", agreement.id) == [
        (lea.id, "support_contact")]


def test_services_are_added_by_their_code_or_from_the_first_ones(main_window: MainWindow, make: Any,
                                                                 qtbot: Any) -> None:
    net = make.service("NET", name="Network")
    make.service("NET1", name="Network one")
    mail = make.service("MAIL", name="Mail about the network")
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    picker = page.editor.general.services

    qtbot.keyClicks(picker.search, "net")  # three services match: the one whose code it is is added
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.ids() == [net.id] and picker.search.text() == ""

    picker.finder.show_choices()  # the first services by code, those chosen left out
    choices = picker.finder.completer.model().stringList()
    assert choices == ["MAIL — Mail about the network", "NET1 — Network one"]
    picker.finder.completer.activated[str].emit(choices[0])
    picker.finder.completer.popup().hide()
    qtbot.wait(1)  # the completer writes the suggestion in, the field empties itself after
    assert picker.ids() == [net.id, mail.id] and picker.search.text() == ""
    assert page.editor.targets.model.service_labels == picker.labels()

    qtbot.keyClicks(picker.search, "e")  # NET1 and ERP match: nothing is added, the text stays
    make.service("ERP", name="ERP")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.ids() == [net.id, mail.id] and picker.search.text() == "e"
    qtbot.keyClicks(picker.search, "twork")  # only NET1 is left to add
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.labels()[picker.ids()[-1]] == "NET1 — Network one"


def test_the_customer_and_service_filters_are_searched(main_window: MainWindow, make: Any, qtbot: Any,
                                                       db: Any) -> None:
    finance, sales = make.customer("Finance"), make.customer("Sales")
    mail, erp = make.service("MAIL", name="Mail"), make.service("ERP", name="ERP")
    first = make.agreement(customers=[finance], services=[mail])
    second = make.agreement(customers=[sales], services=[erp])
    page = agreements_page(main_window)
    customer, service = page.filter_fields["customer_id"], page.filter_fields["service_id"]
    assert customer.edit.placeholderText() == "All customers"
    assert listed(page) == {first.id, second.id}

    pick(qtbot, customer, "fin")
    assert customer.text() == "Finance" and listed(page) == {first.id}
    customer.edit.clear()  # no customer: all of them
    customer.edit.editingFinished.emit()
    assert customer.value() is None and listed(page) == {first.id, second.id}

    pick(qtbot, service, "ERP")
    assert listed(page) == {second.id}
    page.clear_search()
    assert service.value() is None and service.text() == "" and listed(page) == {first.id, second.id}

    # the customer chosen shows its new name when it is renamed
    page.set_filter("customer_id", sales.id)
    assert customer.text() == "Sales" and listed(page) == {second.id}
    org = stakeholders.get_organization(db, sales.id)
    form = stakeholders.organization_form(org)
    form.name = "Field Sales"
    main_window.ctx.operations.call(lambda: stakeholders.update_organization(
        db, organization_id=sales.id, version=org.version, form=form))
    assert customer.text() == "Field Sales"


def test_duplicate_dialog_finds_the_new_customer_and_its_representative(main_window: MainWindow, make: Any,
                                                                       qtbot: Any) -> None:
    finance = make.customer("Finance")
    rita = make.contact(finance, "Rita Rep")
    make.contact(make.customer("Sales"), "Sam Sales")
    make.supplier("Acme Hosting")
    dialog = DuplicateDialog(main_window, ctx=main_window.ctx, source="SLA-2026-001", title="Finance SLA")

    assert offered(dialog.customer.lookup) == ["Finance", "Sales"]  # customers and internal units
    assert not dialog.representative.isEnabled()
    pick(qtbot, dialog.customer, "Finance")
    assert dialog.representative.isEnabled()
    pick(qtbot, dialog.representative, "r")  # Rita is the only person of Finance
    assert dialog.result_value() == DuplicateRequest(customer_id=finance.id, representative_id=rita.id,
                                                     title="Finance SLA")
    dialog.close()
