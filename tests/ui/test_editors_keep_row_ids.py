"""The editors carry each row's id through a save, so edited rows keep their ids."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from itsm_desktop.domain.enums import ComponentKind, Metric, Priority, Side, TargetUnit
from itsm_desktop.domain.forms import ComponentRow, ResponsibilityRow, TargetRow
from itsm_desktop.ui.agreements.targets_model import VALUE
from itsm_desktop.ui.main_window import MainWindow


def _ids(sql: Any, table: str, owner: str, owner_id: int) -> list[int]:
    return [i for (i,) in sql(f"SELECT id FROM {table} WHERE {owner} = ? ORDER BY position, id", owner_id)]


def test_editing_an_agreements_rows_in_the_editor_keeps_their_ids(main_window: MainWindow, make: Any,
                                                                   sql: Any) -> None:
    service = make.service()
    agreement = make.agreement(
        services=[service],
        targets=[TargetRow(metric=Metric.RESPONSE_TIME, value=15, unit=TargetUnit.MINUTES, priority=p)
                 for p in (Priority.P1, Priority.P2)],
        responsibilities=[ResponsibilityRow(side=Side.PROVIDER, text="Keep it running"),
                          ResponsibilityRow(side=Side.CUSTOMER, text="Report incidents")])
    targets = _ids(sql, "service_level_target", "agreement_id", agreement.id)
    responsibilities = _ids(sql, "responsibility", "agreement_id", agreement.id)
    assert main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    assert page.show_record(agreement.id)

    model = page.editor.targets.model
    assert model.setData(model.index(1, VALUE), 30, Qt.ItemDataRole.EditRole)
    page.editor.responsibilities.customer.list.item(0).setText("Report incidents at once")
    assert page.save_record()

    assert sql("SELECT value FROM service_level_target WHERE id = ?", targets[1]) == [(30.0,)]
    assert _ids(sql, "service_level_target", "agreement_id", agreement.id) == targets
    assert sql("SELECT text FROM responsibility WHERE id = ?", responsibilities[1]) == [("Report incidents at once",)]
    assert _ids(sql, "responsibility", "agreement_id", agreement.id) == responsibilities


def test_editing_a_services_rows_in_the_editor_keeps_their_ids(main_window: MainWindow, make: Any,
                                                               sql: Any) -> None:
    service = make.service(components=[ComponentRow(name="Server", kind=ComponentKind.SERVER),
                                       ComponentRow(name="Client")])
    components = _ids(sql, "service_component", "service_id", service.id)
    assert main_window.show_page("catalog")
    page = main_window.pages["catalog"]
    page.model.reload()
    assert page.show_record(service.id)
    page.editor.components.set_value(1, "notes", "Outlook")
    assert page.save_record()
    assert _ids(sql, "service_component", "service_id", service.id) == components
    assert sql("SELECT notes FROM service_component WHERE id = ?", components[1]) == [("Outlook",)]
