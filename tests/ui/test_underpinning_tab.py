"""The Underpinning tab of the agreement editor and the Home page's attention list: linking an
SLA target to the OLA and UC targets beneath it, undoing that, and the flag when no margin is left."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import AgreementKind, Metric, Priority, TargetUnit
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.services import agreements, underpinning
from itsm_desktop.ui.agreements.editor import AgreementEditor
from itsm_desktop.ui.agreements.page import AgreementsPage
from itsm_desktop.ui.agreements.underpinning_tab import ChainModel, LinkPicker, UnderpinningTab
from itsm_desktop.ui.main_window import MainWindow


def p1_resolution(hours: float) -> TargetRow:
    return TargetRow(metric=Metric.RESOLUTION_TIME, value=hours, unit=TargetUnit.HOURS, priority=Priority.P1)


@pytest.fixture
def sla_over_uc(db: Any, make: Any) -> tuple[Any, Any]:
    service = make.service()
    sla = make.active_agreement(services=[service], targets=[p1_resolution(4)])
    uc = make.active_agreement(kind=AgreementKind.UC, provider=make.supplier("Meridian Telecom plc"),
                               services=[service], targets=[p1_resolution(4)])
    return sla, uc


def open_tab(window: MainWindow, agreement_id: int) -> tuple[AgreementEditor, UnderpinningTab]:
    assert window.show_page("agreements")
    page = window.pages["agreements"]
    assert isinstance(page, AgreementsPage)
    page.model.reload()
    page.show_record(agreement_id)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.underpinning)
    return editor, editor.underpinning


def test_linking_flags_the_target_in_the_editor_and_on_home_and_undo_takes_it_back(
        make_window: Any, db: Any, qtbot: Any, sla_over_uc: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    sla, uc = sla_over_uc
    window: MainWindow = make_window(db)
    editor, tab = open_tab(window, sla.id)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 1).data() == "None linked"
    assert tab.flag.isHidden()

    offered: list[list[str]] = []

    def choose(_parent: Any, target: str, candidates: list[Any]) -> Any:
        offered.append([c.reference for c in candidates])
        assert target == "P1 resolution 4\xa0hours"
        return candidates[0]

    monkeypatch.setattr(LinkPicker, "choose", classmethod(lambda cls, *a: choose(*a)))
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    assert offered == [[uc.reference]]
    assert "Meridian Telecom plc" in tab.model.index(0, 1).data()
    assert tab.model.index(0, 2).data() == "No margin"
    assert not tab.flag.isHidden() and "1 of 1 targets" in tab.flag.text()
    assert not editor.tabs.tabIcon(editor.tabs.indexOf(tab)).isNull()

    assert window.show_page("home")
    home = window.pages["home"]
    home.refresh()
    details = [home.attention.topLevelItem(i).text(1) for i in range(home.attention.topLevelItemCount())]
    assert f"P1 resolution 4\xa0hours: no margin left over {uc.reference}" in details

    window.ctx.undo_stack.undo()
    assert underpinning.agreement_chains(db, sla.id)[0].beneath == ()
    assert tab.flag.isHidden() and editor.tabs.tabIcon(editor.tabs.indexOf(tab)).isNull()
    window.ctx.undo_stack.redo()
    assert [b.target_id for b in underpinning.agreement_chains(db, sla.id)[0].beneath] == [
        agreements.load_agreement(db, uc.id).form.targets[0].id]


def test_unlink_removes_the_selected_target_beneath(make_window: Any, db: Any, qtbot: Any,
                                                   sla_over_uc: tuple[Any, Any]) -> None:
    sla, uc = sla_over_uc
    sla_target = agreements.load_agreement(db, sla.id).form.targets[0].id
    uc_target = agreements.load_agreement(db, uc.id).form.targets[0].id
    underpinning.link_target(db, target_id=sla_target, underpinning_target_id=uc_target)
    window: MainWindow = make_window(db)
    _editor, tab = open_tab(window, sla.id)
    tab.table.selectRow(0)
    assert tab.unlink_button.isEnabled()
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    assert tab.model.index(0, 1).data() == "None linked"
    assert underpinning.agreement_chains(db, sla.id)[0].beneath == ()


def test_an_ola_explains_where_its_chain_is_made(make_window: Any, db: Any, make: Any) -> None:
    ola = make.agreement(kind=AgreementKind.OLA)
    window: MainWindow = make_window(db)
    _editor, tab = open_tab(window, ola.id)
    assert "link them from the SLA" in tab.note.text()
    assert tab.link_button.isHidden() and tab.table.isHidden()


def test_the_chain_model_passes_the_model_tester(qtmodeltester: Any, db: Any, sla_over_uc: tuple[Any, Any]) -> None:
    sla, uc = sla_over_uc
    underpinning.link_target(db, target_id=agreements.load_agreement(db, sla.id).form.targets[0].id,
                             underpinning_target_id=agreements.load_agreement(db, uc.id).form.targets[0].id)
    model = ChainModel()
    model.set_chains(underpinning.agreement_chains(db, sla.id))
    qtmodeltester.check(model, force_py=True)
