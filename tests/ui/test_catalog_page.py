"""The service catalog page: creating, validating, dependencies, deleting, undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from ui_helpers import FakeDialogs, type_text

from itsm_desktop.domain.enums import ChargeModel, ComponentKind, OrganizationKind, ServiceStatus
from itsm_desktop.services import catalog
from itsm_desktop.ui.catalog.page import CatalogPage
from itsm_desktop.ui.common.lookup import LookupField
from itsm_desktop.ui.main_window import MainWindow


def catalog_page(window: MainWindow) -> CatalogPage:
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    assert isinstance(page, CatalogPage)
    return page


def table_texts(page: Any, column: int = 1) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(page: Any, record_id: int) -> None:
    row = page.model.row_of(record_id)
    assert row >= 0
    page.table.selectRow(row)


def test_create_a_service_through_the_form(main_window: MainWindow, qtbot: Any, db: Any, make: Any) -> None:
    provider = make.internal("Infrastructure")
    supplier = make.supplier("Cloud Mail Ltd")
    page = catalog_page(main_window)
    main_window.window_actions.new.trigger()
    editor = page.editor
    qtbot.keyClicks(editor.code, "mail")
    qtbot.keyClicks(editor.name, "Corporate E-mail")
    qtbot.keyClicks(editor.summary, "A mailbox for everyone")
    editor.provider.set_value(provider.id)
    editor.hours.open["mon"].setChecked(True)
    editor.hours.start["mon"].setText("7")
    editor.hours.start["mon"].editingFinished.emit()
    editor.hours.always.setChecked(False)
    row = editor.components.add_row()
    editor.components.set_value(row, "name", "Exchange Online")
    editor.components.set_value(row, "kind", ComponentKind.APPLICATION)
    row = editor.suppliers.add_row()
    editor.suppliers.set_value(row, "supplier_id", supplier.id)
    editor.suppliers.set_value(row, "supplies", "Mail hosting")
    assert main_window.isWindowModified()
    assert main_window.window_actions.save.isEnabled()

    main_window.window_actions.save.trigger()

    assert not editor.is_dirty()
    assert "Corporate E-mail" in table_texts(page)
    assert page.table.currentIndex().data() == "MAIL"  # the new row is selected
    stored = catalog.find_service_by_code(db, "MAIL")
    assert stored is not None and stored.name == "Corporate E-mail"
    detail = catalog.load_service(db, stored.id)
    assert detail.form.provider_id == provider.id
    assert detail.form.hours == {"always": False, "days": {"mon": ["07:00", "18:00"]}}
    assert [(c.name, c.kind) for c in detail.form.components] == [("Exchange Online", ComponentKind.APPLICATION)]
    assert [(s.supplier_id, s.supplies) for s in detail.form.suppliers] == [(supplier.id, "Mail hosting")]
    assert main_window.rows_label.text() == "1 service"


def test_validation_error_beside_its_field_and_nothing_saved(main_window: MainWindow, qtbot: Any,
                                                             db: Any) -> None:
    page = catalog_page(main_window)
    main_window.window_actions.new.trigger()
    qtbot.keyClicks(page.editor.code, "MAIL")
    page.editor.charge_model.set_value(ChargeModel.FIXED)
    qtbot.keyClicks(page.editor.price, "twelve")

    main_window.window_actions.save.trigger()

    # the amount is checked first, in the form itself
    assert "“twelve” is not a number; write it like 1,250.50." in page.editor.errors.text("price")
    assert page.editor.tabs.currentIndex() == 2  # the Cost tab, where the message is

    page.editor.price.setText("12.50")
    main_window.window_actions.save.trigger()

    assert page.editor.errors.text("name") == "Name is required."
    assert page.editor.errors.text("price") == ""
    error_label = page.editor.findChild(QLabel, "error_name")
    assert error_label.isVisible() and page.editor.tabs.currentIndex() == 0
    assert page.editor.is_dirty()
    assert catalog.service_choices(db) == []
    assert main_window.ctx.undo_stack.count() == 0


def test_dependency_cycle_is_refused_with_the_cycle_named(main_window: MainWindow, make: Any,
                                                          db: Any, qtbot: Any) -> None:
    base = make.service("BASE", name="Base")
    middle = make.service("MIDDLE", name="Middle", depends_on=[base.id])
    top = make.service("TOP", name="Top", depends_on=[middle.id])
    page = catalog_page(main_window)
    page.model.reload()
    select(page, base.id)
    assert page.editor.record_id == base.id
    picker = page.editor.depends_on
    qtbot.keyClicks(picker.search, "to")
    picker.run_search()
    offered = picker.completer.model().stringList()
    assert offered == ["TOP — Top"]  # not the service itself, nor what it already depends on
    picker.completer.activated[str].emit(offered[0])
    assert picker.ids() == [top.id]

    main_window.window_actions.save.trigger()

    message = page.editor.errors.text("depends_on")
    assert "cycle" in message and "BASE → TOP → MIDDLE → BASE" in message
    assert page.editor.tabs.currentIndex() == 3  # the tab with the message is shown
    assert catalog.load_service(db, base.id).form.depends_on == []


def test_search_narrows_the_table_including_cyrillic(main_window: MainWindow, qtbot: Any, make: Any) -> None:
    make.service("MAIL", name="Corporate E-mail")
    make.service("POCHTA", name="Почтовый сервис")
    make.service("WIFI", name="Wireless network")
    page = catalog_page(main_window)
    page.model.reload()
    assert page.model.rowCount() == 3

    type_text(page.search, "ПОЧТ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert table_texts(page) == ["Почтовый сервис"]
    assert main_window.rows_label.text() == "1 of 3 services"

    page.search.clear()
    qtbot.keyClicks(page.search, "wireless")
    page.search.flush()
    assert table_texts(page) == ["Wireless network"]

    page.search.clear()
    qtbot.keyClicks(page.search, "nothing like this")
    page.search.flush()
    assert page.model.rowCount() == 0
    assert page.left.currentWidget() is page.empty
    assert page.empty.button("clear_search") is not None


def test_filter_by_status(main_window: MainWindow, make: Any) -> None:
    make.service("A", status=ServiceStatus.LIVE)
    make.service("B", status=ServiceStatus.PROPOSED)
    page = catalog_page(main_window)
    page.model.reload()
    page.set_filter("status", ServiceStatus.PROPOSED)
    assert table_texts(page, 0) == ["B"]
    page.clear_search()
    assert page.model.rowCount() == 2


def test_lifecycle_status_offers_only_allowed_transitions(main_window: MainWindow, make: Any) -> None:
    live = make.service("LIVE", status=ServiceStatus.LIVE)
    page = catalog_page(main_window)
    page.model.reload()
    select(page, live.id)
    offered = [page.editor.status.itemText(i) for i in range(page.editor.status.count())]
    assert offered == ["Live", "Retiring"]


def test_guarded_delete_explains_and_offers_to_retire(main_window: MainWindow, make: Any, db: Any,
                                                      fake_dialogs: FakeDialogs) -> None:
    base = make.service("BASE", name="Base", status=ServiceStatus.LIVE)
    make.service("USER", name="User", depends_on=[base.id])
    page = catalog_page(main_window)
    page.model.reload()
    select(page, base.id)
    fake_dialogs.answer("ask_retire", False)  # no "Delete? You can undo" first: an unasked dialog fails

    main_window.window_actions.delete.trigger()

    assert fake_dialogs.names() == ["ask_retire"]
    explanation = fake_dialogs.texts("ask_retire")[0]
    assert "other services depend on it (USER)" in explanation and "Mark as retiring" in explanation
    assert catalog.get_service(db, base.id).status == ServiceStatus.LIVE

    fake_dialogs.answer("ask_retire", True)
    main_window.window_actions.delete.trigger()

    assert catalog.get_service(db, base.id).status == ServiceStatus.RETIRING
    assert page.editor.status.value() == ServiceStatus.RETIRING
    main_window.window_actions.undo.trigger()
    assert catalog.get_service(db, base.id).status == ServiceStatus.LIVE


def test_undo_and_redo_of_an_edit(main_window: MainWindow, qtbot: Any, make: Any, db: Any) -> None:
    service = make.service("MAIL", name="E-mail")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    page.editor.name.clear()
    qtbot.keyClicks(page.editor.name, "Corporate E-mail")
    main_window.window_actions.save.trigger()
    assert catalog.get_service(db, service.id).name == "Corporate E-mail"
    assert main_window.window_actions.undo.text() == "&Undo Rename service ‘Corporate E-mail’"
    assert main_window.isWindowModified()

    main_window.window_actions.undo.trigger()

    assert catalog.get_service(db, service.id).name == "E-mail"
    assert page.editor.name.text() == "E-mail"
    assert "E-mail" in table_texts(page)
    assert not main_window.isWindowModified()
    assert main_window.window_actions.redo.text().startswith("&Redo Rename service")

    main_window.window_actions.redo.trigger()

    assert catalog.get_service(db, service.id).name == "Corporate E-mail"
    assert page.editor.name.text() == "Corporate E-mail"
    # the editor follows the version the redo produced: the next save is no conflict
    page.editor.summary.setText("Mail for all")
    main_window.window_actions.save.trigger()
    assert catalog.get_service(db, service.id).summary == "Mail for all"


def test_undo_and_redo_of_a_delete(main_window: MainWindow, make: Any, db: Any,
                                   fake_dialogs: FakeDialogs) -> None:
    first = make.service("A", name="Alpha", components=[])
    second = make.service("B", name="Beta")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, first.id)
    fake_dialogs.answer("confirm", True)

    main_window.window_actions.delete.trigger()

    assert [s[0] for s in catalog.service_choices(db)] == [second.id]
    assert table_texts(page) == ["Beta"]
    assert page.editor.record_id == second.id  # the next row is shown
    assert main_window.window_actions.undo.text() == "&Undo Delete service ‘Alpha’"

    main_window.window_actions.undo.trigger()
    assert catalog.get_service(db, first.id).name == "Alpha"
    assert table_texts(page) == ["Alpha", "Beta"]

    main_window.window_actions.redo.trigger()
    assert [s[0] for s in catalog.service_choices(db)] == [second.id]


def test_conflicting_save_offers_to_reload(main_window: MainWindow, make: Any, db: Any,
                                          fake_dialogs: FakeDialogs) -> None:
    service = make.service("MAIL", name="E-mail")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    page.editor.name.setText("Mine")
    detail = catalog.load_service(db, service.id)
    detail.form.name = "Theirs"
    catalog.update_service(db, service_id=service.id, version=detail.service.version, form=detail.form)
    fake_dialogs.answer("ask_reload", True)

    main_window.window_actions.save.trigger()

    assert fake_dialogs.names() == ["ask_reload"]
    assert "changed by someone else" in fake_dialogs.texts("ask_reload")[0]
    assert catalog.get_service(db, service.id).name == "Theirs"
    assert page.editor.name.text() == "Theirs" and not page.editor.is_dirty()


def test_duplicate_starts_an_unsaved_copy(main_window: MainWindow, make: Any, db: Any) -> None:
    service = make.service("MAIL", name="E-mail", status=ServiceStatus.LIVE)
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    main_window.window_actions.duplicate.trigger()
    assert page.editor.record_id is None and page.editor.is_dirty()
    assert page.editor.code.text() == "MAIL-COPY"
    main_window.window_actions.save.trigger()
    copy = catalog.find_service_by_code(db, "MAIL-COPY")
    assert copy is not None and copy.status == ServiceStatus.PROPOSED


def test_supplier_must_be_a_supplier(main_window: MainWindow, make: Any) -> None:
    customer = make.org("Customer Co", OrganizationKind.CUSTOMER)
    service = make.service("MAIL")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    row = page.editor.suppliers.add_row()
    page.editor.suppliers.set_value(row, "supplier_id", customer.id)
    main_window.window_actions.save.trigger()
    assert page.editor.errors.text("suppliers").startswith("Row 1:")


def test_agreements_covering_the_service_are_listed_and_open(main_window: MainWindow, make: Any) -> None:
    service = make.service("MAIL", name="E-mail")
    agreement = make.agreement(services=[service])
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    links = page.editor.agreements
    assert links.count() == 1
    assert links.item(0).text().startswith(agreement.reference)
    assert links.item(0).data(Qt.ItemDataRole.UserRole) == ("agreement", agreement.id)


def test_link_a_supplier_by_typing_in_its_cell(main_window: MainWindow, make: Any, db: Any) -> None:
    supplier = make.supplier("Stratus Cloud Services")
    make.supplier("Meridian Telecom")
    make.customer("Stratus Customer")  # not a supplier: never offered
    service = make.service("MAIL")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)
    page.editor.tabs.setCurrentIndex(4)
    table = page.editor.suppliers.table
    row = page.editor.suppliers.add_row()  # starts editing the supplier cell
    field = table.findChild(LookupField)
    assert field is not None and field.isVisible()
    field.edit.setText("stratus")
    field.edit.editingFinished.emit()
    table.setCurrentCell(row, 1)  # moving on commits the cell
    assert table.item(row, 0).text() == "Stratus Cloud Services"

    main_window.window_actions.save.trigger()

    assert [s.supplier_id for s in catalog.load_service(db, service.id).form.suppliers] == [supplier.id]


def test_service_families_are_kept_from_the_service_editor(main_window: MainWindow, make: Any, db: Any,
                                                           fake_dialogs: FakeDialogs) -> None:
    service = make.service("MAIL", name="E-mail")
    page = catalog_page(main_window)
    page.model.reload()
    select(page, service.id)

    def add_a_family(_parent: Any, dialog: Any) -> int:
        dialog.new_family()
        dialog.save()  # without a name: refused beside the field
        assert dialog.errors.text("name") == "Name is required."
        dialog.name.setText("Workplace & devices")
        assert dialog.save()
        return 0

    fake_dialogs.answer("run_dialog", add_a_family)
    page.editor.findChild(QToolButton, "edit_families").click()

    family = catalog.list_families(db)[0]
    assert family.name == "Workplace & devices"
    page.editor.family.set_value(family.id)
    main_window.window_actions.save.trigger()
    assert catalog.get_service(db, service.id).family_id == family.id
    assert page.filter_combos["family_id"].findText("Workplace & devices") >= 0


def test_typing_with_a_record_open_paints_the_first_matches_and_selects_it_after(
        main_window: MainWindow, qtbot: Any, make: Any, monkeypatch: Any) -> None:
    from itsm_desktop.ui.common import table_model

    monkeypatch.setattr(table_model, "PAGE", 4)  # a first screen smaller than the catalog
    services = [make.service(f"SVC{n:02d}", name=f"Mail relay {n}") for n in range(10)]
    page = catalog_page(main_window)
    page.model.reload()
    opened = services[8]
    assert page.show_record(opened.id)
    page.search.setText("relay")
    page.search.flush()
    assert page.model.rowCount() == 4  # the first matches at once: the search is not completed first
    assert not page.table.selectionModel().hasSelection()
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=2000)  # the rest, appended
    assert page.table.currentIndex().row() == page.model.row_of(opened.id) == 8
    assert main_window.rows_label.text() == "10 services"  # counted again once the rest came

    page.search.setText("")
    page.search.flush()
    assert page.model.rowCount() == 4  # the whole list too, its first page first
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=2000)
    assert page.table.currentIndex().row() == 8 and page.editor.record_id == opened.id
