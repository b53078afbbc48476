"""The agreement editor: writing an SLA through the form, the targets table, and the rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyleOptionViewItem
from ui_helpers import FakeDialogs

from itsm_desktop.domain.enums import (
    AgreementContactRole,
    AgreementKind,
    AgreementStatus,
    Metric,
    Priority,
    ServiceStatus,
    Side,
    TargetUnit,
)
from itsm_desktop.domain.forms import AgreementContactRow, SignatureRow, TargetRow
from itsm_desktop.domain.values import WeeklyHours
from itsm_desktop.services import agreements, catalog
from itsm_desktop.ui.agreements.contacts_tab import ContactsModel
from itsm_desktop.ui.agreements.dialogs import Activation
from itsm_desktop.ui.agreements.page import AgreementsPage
from itsm_desktop.ui.agreements.targets_model import METRIC, PRIORITY, UNIT, VALUE, TargetsModel
from itsm_desktop.ui.common.lookup import LookupField
from itsm_desktop.ui.main_window import MainWindow


def agreements_page(window: MainWindow) -> AgreementsPage:
    """The agreements page, showing the records the test made through the services."""
    assert window.show_page("agreements")
    page = window.pages["agreements"]
    assert isinstance(page, AgreementsPage)
    page.model.reload()
    page.editor.refresh_choices()
    return page


def choose(combo: QComboBox, value: Any) -> None:
    """Pick ``value`` in a combo box as the user would."""
    index = combo.index_of(value) if hasattr(combo, "index_of") else combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def pick(qtbot: Any, field: LookupField, text: str) -> None:
    """Type ``text`` into a lookup field and press Return, as the user would."""
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_build_an_sla_with_two_services_two_customers_and_the_matrix(
        main_window: MainWindow, qtbot: Any, make: Any, sql: Any) -> None:
    it = make.it
    finance, sales = make.customer("Finance"), make.customer("Sales")
    cfo = make.contact(finance, "Carla Finance", job_title="CFO")
    mail = make.service("MAIL", name="Corporate E-mail", hours={"always": True, "days": {}})
    erp = make.service("ERP", name="ERP Finance", hours=WeeklyHours.office().to_json())
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    editor, general = page.editor, page.editor.general

    qtbot.keyClicks(general.title, "Finance and Sales services")
    pick(qtbot, general.provider, it.name)
    assert general.provider.value() == it.id
    qtbot.mouseClick(general.customers.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(general.customers.add_button, Qt.MouseButton.LeftButton)
    (party1, rep1, _), (party2, rep2, _) = general.customers.rows_widgets
    assert not rep1.isEnabled()  # a representative is chosen among the customer's contacts
    pick(qtbot, party1, "Finance")
    pick(qtbot, rep1, "Carla")
    pick(qtbot, party2, "Sales")
    assert (party1.text(), rep1.text(), party2.text()) == ("Finance", "Carla Finance — CFO", "Sales")
    assert rep1.isEnabled() and rep2.value() is None
    for code in ("MAIL", "ERP"):
        qtbot.keyClicks(general.services.search, code)
        qtbot.keyClick(general.services.search, Qt.Key.Key_Return)
    assert general.services.ids() == [mail.id, erp.id]
    qtbot.keyClicks(general.valid_from.edit, "2026-01-01")
    qtbot.keyClicks(general.valid_to.edit, "2026-12-31")
    editor.tabs.setCurrentWidget(editor.targets)
    qtbot.mouseClick(editor.targets.matrix_button, Qt.MouseButton.LeftButton)
    assert editor.targets.model.rowCount() == 10
    # the texts were written from the catalog while the services were added
    assert "Corporate E-mail (MAIL): every day 24 hours (24×7)" in editor.texts.edits["hours_text"].toPlainText()
    assert main_window.isWindowModified()

    main_window.window_actions.save.trigger()

    assert not editor.is_dirty()
    [(aid, reference, title, kind, status)] = sql("select id, reference, title, kind, status from agreement")
    assert (title, kind, status) == ("Finance and Sales services", "SLA", "draft")
    assert reference.startswith("SLA-") and editor.record_id == aid
    assert sql("select organization_id, representative_id from agreement_customer where agreement_id = ? "
               "order by position", aid) == [(finance.id, cfo.id), (sales.id, None)]
    assert sql("select service_id from agreement_service order by position") == [(mail.id,), (erp.id,)]
    targets = sql("select metric, service_id, priority, value, unit from service_level_target "
                  "where agreement_id = ? order by position", aid)
    assert [t for t in targets if t[0] == "availability"] == [("availability", mail.id, None, 99.5, "percent"),
                                                               ("availability", erp.id, None, 99.5, "percent")]
    for metric in ("response_time", "resolution_time"):
        assert sorted(t[2] for t in targets if t[0] == metric) == ["P1", "P2", "P3", "P4"]
    assert page.table.currentIndex().data() == reference  # the new row is listed and selected
    assert main_window.ctx.undo_stack.count() == 1


def test_targets_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = TargetsModel()
    model.set_services({1: "MAIL — E-mail", 2: "ERP — ERP"})
    model.set_targets([TargetRow(metric=Metric.AVAILABILITY, value=99.9, service_id=1),
                       TargetRow(metric=Metric.RESPONSE_TIME, value=15, unit=TargetUnit.MINUTES,
                                 priority=Priority.P1),
                       TargetRow(metric=Metric.CUSTOM, custom_metric="Tickets closed", value=3,
                                 unit=TargetUnit.SCORE)])
    qtmodeltester.check(model, force_py=True)
    model.move_target(0, 1)
    model.removeRows(2, 1)
    qtmodeltester.check(model, force_py=True)


def test_contacts_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = ContactsModel()
    model.set_rows([AgreementContactRow(contact_id=1, role=AgreementContactRole.ESCALATION_1),
                    AgreementContactRow(contact_id=None)])
    qtmodeltester.check(model, force_py=True)


def test_units_and_ranges_follow_the_metric(main_window: MainWindow, make: Any) -> None:
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    tab = page.editor.targets
    tab.add_target()
    model = tab.model
    assert (model.targets[0].metric, model.targets[0].unit) == (Metric.AVAILABILITY, TargetUnit.PERCENT)
    assert not model.flags(model.index(0, PRIORITY)) & Qt.ItemFlag.ItemIsEditable

    assert model.setData(model.index(0, METRIC), Metric.RESPONSE_TIME)

    row = model.targets[0]
    assert (row.metric, row.value, row.unit) == (Metric.RESPONSE_TIME, 4.0, TargetUnit.HOURS)
    assert model.flags(model.index(0, PRIORITY)) & Qt.ItemFlag.ItemIsEditable
    unit_editor = tab.table.itemDelegateForColumn(UNIT).createEditor(
        tab.table.viewport(), QStyleOptionViewItem(), model.index(0, UNIT))
    assert "%" not in [unit_editor.itemText(i) for i in range(unit_editor.count())]
    value_editor = tab.table.itemDelegateForColumn(VALUE).createEditor(
        tab.table.viewport(), QStyleOptionViewItem(), model.index(0, VALUE))
    assert value_editor.minimum() > 0 and value_editor.maximum() > 100
    unit_editor.deleteLater()
    value_editor.deleteLater()

    model.setData(model.index(0, PRIORITY), Priority.P2)
    model.setData(model.index(0, METRIC), Metric.CUSTOMER_SATISFACTION)
    row = model.targets[0]
    assert (row.unit, row.priority) == (TargetUnit.PERCENT, None)
    percent_editor = tab.table.itemDelegateForColumn(VALUE).createEditor(
        tab.table.viewport(), QStyleOptionViewItem(), model.index(0, VALUE))
    assert (percent_editor.minimum(), percent_editor.maximum()) == (0, 100)
    percent_editor.deleteLater()

    model.setData(model.index(0, METRIC), (Metric.CUSTOM, "Tickets per user"))
    assert model.index(0, METRIC).data() == "Tickets per user"
    assert page.editor.is_dirty()


# --- the rules as field messages -----------------------------------------------------------------


def test_dates_and_percentages_show_beside_their_fields(main_window: MainWindow, qtbot: Any, make: Any,
                                                        db: Any) -> None:
    agreement = make.agreement(title="Dates")
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    editor = page.editor
    editor.general.valid_to.set_value(date(2025, 6, 1))  # before "valid from", 2026-01-01
    model = editor.targets.model
    model.setData(model.index(0, VALUE), 120.0)
    assert model.index(0, VALUE).data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted at once
    assert "between 0 and 100" in model.index(0, VALUE).data(Qt.ItemDataRole.ToolTipRole)

    main_window.window_actions.save.trigger()

    assert editor.errors.text("valid_to") == "“Valid to” must be after “valid from”."
    assert editor.errors.text("targets") == "Row 1: Availability must be between 0 and 100 %."
    assert editor.findChild(QLabel, "error_valid_to").isVisible()
    assert editor.is_dirty()
    assert agreements.load_agreement(db, agreement.id).form.valid_to == date(2026, 12, 31)

    editor.general.valid_to.edit.setText("2026-13-01")
    main_window.window_actions.save.trigger()
    assert "is not a date" in editor.errors.text("valid_to")


def test_a_service_and_a_customer_are_needed_before_review(main_window: MainWindow, qtbot: Any,
                                                           fake_dialogs: FakeDialogs, db: Any) -> None:
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    qtbot.keyClicks(page.editor.general.title, "Incomplete")
    main_window.window_actions.save.trigger()
    assert page.editor.record_id is not None
    assert page.editor.allowed_steps() == ["submit", "duplicate"]

    qtbot.mouseClick(page.editor.lifecycle.buttons["submit"], Qt.MouseButton.LeftButton)

    errors = page.editor.errors
    assert errors.text("service_ids") == "Add at least one service before submitting for review."
    assert errors.text("customers") == "Add at least one customer before submitting for review."
    assert errors.text("valid_from") == "Set the date from which the agreement is valid."
    assert page.editor.tabs.currentIndex() == 0
    assert agreements.load_agreement(db, page.editor.record_id).agreement.status == AgreementStatus.DRAFT


def test_ola_and_uc_party_kinds(main_window: MainWindow, make: Any) -> None:
    customer = make.customer("Outside Ltd")
    agreement = make.agreement(customers=[customer])
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    general = page.editor.general

    choose(general.kind, AgreementKind.OLA)
    main_window.window_actions.save.trigger()
    assert "must be an internal unit, not “Outside Ltd”" in page.editor.errors.text("customers")

    choose(general.kind, AgreementKind.UC)
    main_window.window_actions.save.trigger()
    assert page.editor.errors.text("provider_id") == "The provider of an underpinning contract must be a supplier."
    assert page.editor.errors.text("customers") == ""


def test_a_retired_service_cannot_be_in_an_active_sla(main_window: MainWindow, make: Any,
                                                      fake_dialogs: FakeDialogs, db: Any) -> None:
    old = make.service("OLDFAX", name="Fax")
    agreement = make.submit(make.agreement(services=[old]))
    fresh = catalog.get_service(db, old.id)
    fresh = catalog.set_service_status(db, service_id=old.id, version=fresh.version, status=ServiceStatus.RETIRING)
    catalog.set_service_status(db, service_id=old.id, version=fresh.version, status=ServiceStatus.RETIRED)
    fake_dialogs.answer("ask_activation", Activation(signed_on=date(2025, 12, 1), signatures=[
        SignatureRow(side=Side.CUSTOMER, signatory_name="Ann Signer")]))
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    assert "activate" in page.editor.lifecycle.visible_steps()

    page.editor.lifecycle.buttons["activate"].click()

    assert page.editor.errors.text("service_ids") == (
        "Only live or retiring services can be in an active SLA: OLDFAX (retired).")
    assert agreements.load_agreement(db, agreement.id).agreement.status == AgreementStatus.IN_REVIEW
    assert "Only live or retiring" in page.editor.general.services.list.item(0).toolTip()


def test_leaving_unsaved_changes_asks(main_window: MainWindow, qtbot: Any, make: Any,
                                      fake_dialogs: FakeDialogs) -> None:
    first, second = make.agreement(title="First"), make.agreement(title="Second")
    page = agreements_page(main_window)
    page.show_record(first.id)
    qtbot.keyClicks(page.editor.general.title, " changed")
    from itsm_desktop.ui.common.dialogs import Answer
    fake_dialogs.answer("ask_save_discard_cancel", Answer.CANCEL)

    page.table.selectRow(page.model.row_of(second.id))

    assert fake_dialogs.names() == ["ask_save_discard_cancel"]
    assert page.editor.record_id == first.id and page.editor.is_dirty()
    assert not page.show_record(second.id)
    fake_dialogs.answer("ask_save_discard_cancel", Answer.DISCARD)
    assert page.show_record(second.id)
    assert page.editor.general.title.text() == "Second"


def test_empty_list_of_contacts_rows_and_escalation_levels(main_window: MainWindow, make: Any) -> None:
    desk = make.internal("Service Desk")
    lead = make.contact(desk, "Lea Lead", phone="+44 20 1")
    agreement = make.agreement()
    page = agreements_page(main_window)
    page.show_record(agreement.id)
    contacts = page.editor.contacts
    contacts.add_contact(AgreementContactRow(contact_id=lead.id, role=AgreementContactRole.ESCALATION_2))
    assert "Level 2: Lea Lead (Service Desk) — +44 20 1" in page.editor.texts.escalation_list.text()
    page.editor.texts.write_escalation()
    assert "- Level 2: Lea Lead (Service Desk) — +44 20 1" in page.editor.texts.edits["escalation"].toPlainText()
    assert contacts.model.index(0, 2).data() == "Service Desk"
    assert QModelIndex().isValid() is False
