"""The agreement editor's Parties & terms tab: which side is which, an OLA's or UC's own facts
of its services, and the terms the agreement defines once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from test_agreement_editor import agreements_page, choose, pick

from itsm_desktop.domain.definitions import DEFAULT_PRIORITY_SCHEME
from itsm_desktop.domain.enums import AgreementKind, ChargeModel, Metric, TargetUnit
from itsm_desktop.domain.forms import ServiceTermsRow, SupplierRow, TargetRow
from itsm_desktop.services import agreements
from itsm_desktop.services.agreement_definitions import team_definitions
from itsm_desktop.ui.agreements.editor import TERMS
from itsm_desktop.ui.agreements.targets_model import DEFINITION, WARNING, TargetsModel
from itsm_desktop.ui.agreements.terms_tab import CHARGE, PRICE
from itsm_desktop.ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_new_uc_says_who_is_who_and_starts_from_the_suppliers_row(
        main_window: MainWindow, qtbot: Any, make: Any, sql: Any) -> None:
    carrier = make.supplier("Carrier plc")
    wan = make.service("WAN", name="Site links", description="Our own words.",
                       suppliers=[SupplierRow(supplier_id=carrier.id, supplies="MPLS circuits",
                                              contract_reference="CAR-77")])
    make.it  # noqa: B018 - the internal unit the supplier delivers to
    page = agreements_page(main_window)
    main_window.window_actions.new.trigger()
    editor, general, terms = page.editor, page.editor.general, page.editor.terms
    choose(general.kind, AgreementKind.UC)
    qtbot.keyClicks(general.title, "Site links from the carrier")
    pick(qtbot, general.provider, "Carrier")
    assert "Supplier: an external party that delivers to us" in terms.explanation.text()
    assert "never our catalog's owners" in terms.explanation.text()
    qtbot.keyClicks(general.services.search, "WAN")
    qtbot.keyClick(general.services.search, Qt.Key.Key_Return)
    editor.tabs.setCurrentIndex(TERMS)
    assert terms.terms.isVisible() and not terms.sla_note.isVisible()
    assert [terms.terms.item(0, c).text() for c in (1, 4)] == ["MPLS circuits", "CAR-77"]
    assert terms.terms.item(0, 3).text() == ""  # the catalog's support is ours, not the supplier's
    terms.terms.item(0, 2).setText("Carrier fault line +44 161 496 0300")
    combo = terms.terms.cellWidget(0, CHARGE)
    assert isinstance(combo, QComboBox)
    choose(combo, ChargeModel.FIXED)
    terms.terms.item(0, PRICE).setText("6,150.00")
    shot(main_window, "terms_uc_new")
    main_window.window_actions.save.trigger()

    assert not editor.is_dirty(), [label.text() for label in editor.errors.visible_labels()]
    form = agreements.load_agreement(main_window.ctx.db, editor.record_id).form
    [row] = form.service_terms
    assert row.service_id == wan.id
    assert (row.description, row.support_channels, row.contract_reference) == (
        "MPLS circuits", "Carrier fault line +44 161 496 0300", "CAR-77")
    assert (row.charge_model, row.price) == (ChargeModel.FIXED, Decimal("6150.00"))
    assert form.priorities == []  # the team's default, until a level is changed


def test_a_bad_price_is_refused_beside_its_table_and_nothing_is_saved(
        main_window: MainWindow, qtbot: Any, make: Any, sql: Any) -> None:
    carrier, service = make.supplier("Carrier plc"), make.service()
    uc = make.agreement(kind=AgreementKind.UC, provider=carrier, customers=[make.it], services=[service],
                        service_terms=[ServiceTermsRow(service_id=service.id, description="Circuits.")])
    page = agreements_page(main_window)
    page.show_record(uc.id)
    terms = page.editor.terms
    page.editor.tabs.setCurrentIndex(TERMS)
    terms.terms.item(0, PRICE).setText("twelve")
    main_window.window_actions.save.trigger()
    assert page.editor.is_dirty()
    assert "Row 1: “twelve” is not a number; write it like 1,250.50." in page.editor.errors.text("service_terms")
    assert sql("select count(*) from agreement_service_terms where agreement_id = ?", uc.id) == [(1,)]
    assert sql("select price from agreement_service_terms where agreement_id = ?", uc.id) == [(None,)]


def test_priority_levels_and_support_hours_are_the_agreements_own_once_changed(
        main_window: MainWindow, qtbot: Any, make: Any) -> None:
    sla = make.agreement()
    page = agreements_page(main_window)
    page.show_record(sla.id)
    editor, terms = page.editor, page.editor.terms
    editor.tabs.setCurrentIndex(TERMS)
    assert not terms.terms.isVisible() and terms.sla_note.isVisible()
    assert "Provider: us" in terms.explanation.text()
    assert terms.scheme() == list(DEFAULT_PRIORITY_SCHEME)
    assert "team's default" in terms.scheme_note.text()
    terms.levels.item(1, 2).setText("A key user cannot work.")
    assert "own levels" in terms.scheme_note.text()
    qtbot.keyClicks(terms.hours_name, "Service desk hours")
    qtbot.keyClicks(terms.hours_text, "Monday to Friday 07:30-18:30 UK time")
    shot(main_window, "terms_sla")
    main_window.window_actions.save.trigger()
    form = agreements.load_agreement(main_window.ctx.db, sla.id).form
    assert [p.definition for p in form.priorities][1] == "A key user cannot work."
    assert form.support_hours_name == "Service desk hours"

    qtbot.mouseClick(terms.save_team, Qt.MouseButton.LeftButton)
    team = team_definitions(main_window.ctx.db)
    assert team.priorities[1].definition == "A key user cannot work."
    assert team.support_hours == "Monday to Friday 07:30-18:30 UK time"


def test_the_targets_table_names_the_warning_as_a_level_or_a_share_and_defines_custom_metrics() -> None:
    model = TargetsModel()
    model.set_targets([
        TargetRow(metric=Metric.AVAILABILITY, value=99.9, warning_threshold=99.95),
        TargetRow(metric=Metric.RESPONSE_TIME, value=15, unit=TargetUnit.MINUTES, warning_threshold=80),
        TargetRow(metric=Metric.CUSTOM, custom_metric="Payroll on time", value=100),
    ])
    assert model.index(0, WARNING).data() == "99.95 %"
    assert model.index(1, WARNING).data() == "80 % of target"
    assert not model.flags(model.index(0, DEFINITION)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, DEFINITION)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(2, DEFINITION), "Share of payroll runs paid on time.")
    assert model.rows()[2].definition == "Share of payroll runs paid on time."


def test_the_support_hours_field_shows_what_will_be_measured(
        main_window: MainWindow, qtbot: Any, make: Any, sql: Any) -> None:
    sla = make.agreement()
    page = agreements_page(main_window)
    page.show_record(sla.id)
    terms = page.editor.terms
    page.editor.tabs.setCurrentIndex(TERMS)
    qtbot.keyClicks(terms.hours_text, "Weekdays 07:30-18:30 UK time, except bank holidays in England")
    assert terms.hours_measured.text() == ("Measured as: Monday to Friday 07:30–18:30 UK time, except bank "
                                           "holidays in England.")
    shot(terms.hours, "terms_hours_measured")
    main_window.window_actions.save.trigger()
    assert sql("select support_calendar is not null from agreement where id = ?", sla.id) == [(1,)]

    terms.hours_text.clear()
    qtbot.keyClicks(terms.hours_text, "When the desk is staffed")
    assert terms.hours_measured.text().startswith("Not measurable until defined: ")
    shot(terms.hours, "terms_hours_not_measurable")
    main_window.window_actions.save.trigger()
    assert sql("select support_hours, support_calendar from agreement where id = ?", sla.id) == [
        ("When the desk is staffed", None)]
