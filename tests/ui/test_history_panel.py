"""The History panel of every editor: when, who and what changed (field: old → new)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidgetItem

from itsm_desktop.domain.enums import OrganizationKind, ServiceStatus
from itsm_desktop.services import catalog, stakeholders
from itsm_desktop.services.common import current_user
from itsm_desktop.ui.common.history_panel import VALUE_CHARS, HistoryPanel, elide, humanize
from itsm_desktop.ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


def lines_of(text: str) -> list[str]:
    """The changes listed in a Details cell (several are shown as bullets)."""
    return [line.removeprefix("• ") for line in text.splitlines()]


def rows(panel: HistoryPanel) -> list[list[str]]:
    items: list[QTreeWidgetItem] = [panel.topLevelItem(i) for i in range(panel.topLevelItemCount())]
    return [[item.text(c) for c in range(panel.columnCount())] for item in items]


def open_service(window: MainWindow, service_id: int) -> Any:
    assert window.show_page("catalog")
    page = window.pages["catalog"]
    page.model.reload()
    assert page.show_record(service_id)
    return page


def show_history_tab(editor: Any) -> HistoryPanel:
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "History"
    return editor.history_panel


def test_service_history_lists_edits_newest_first_with_readable_changes(main_window: MainWindow,
                                                                        make: Any, db: Any,
                                                                        qtbot: Any) -> None:
    owner = make.contact(name="Dana Owner")
    service = make.service("MAIL", name="E-mail", status=ServiceStatus.IN_DESIGN)
    page = open_service(main_window, service.id)
    editor = page.editor
    panel = show_history_tab(editor)
    assert panel.isVisible()
    assert [r[2] for r in rows(panel)] == ["Created"]

    editor.name.setText("E-mail and calendar")
    editor.status.set_value(ServiceStatus.LIVE)
    editor.owner.choose(owner.id)
    editor.description.setText("A long description. " * 20)
    main_window.window_actions.save.trigger()
    assert not editor.is_dirty()

    shown = rows(panel)
    assert [r[2] for r in shown] == ["Edited", "Created"]  # newest first, refreshed after the save
    when, who, _event, details = shown[0]
    assert who == current_user() and when[:4].isdigit()
    assert details.startswith("• Name: ")
    lines = lines_of(details)
    assert "Name: E-mail → E-mail and calendar" in lines
    assert "Lifecycle status: In design → Live" in lines  # the label and the enum's label
    assert "Owner: (empty) → Dana Owner" in lines  # a name, not an id
    long_line = next(line for line in lines if line.startswith("Description:"))
    assert long_line.endswith("…") and len(long_line) < len("Description: (empty) → ") + VALUE_CHARS + 2
    tooltip = panel.topLevelItem(0).toolTip(3)
    assert "A long description. A long description." in tooltip

    editor.resize(760, 620)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "safety_history.png"))


def test_history_follows_undo(main_window: MainWindow, make: Any) -> None:
    service = make.service("MAIL", name="E-mail")
    page = open_service(main_window, service.id)
    panel = show_history_tab(page.editor)
    page.editor.name.setText("Mail")
    main_window.window_actions.save.trigger()
    main_window.window_actions.undo.trigger()
    details = [r[3] for r in rows(panel)]
    assert details[0] == "Name: Mail → E-mail" and details[1] == "Name: E-mail → Mail"


def test_a_new_record_has_no_history_yet(main_window: MainWindow) -> None:
    assert main_window.show_page("catalog")
    main_window.window_actions.new.trigger()
    panel = show_history_tab(main_window.pages["catalog"].editor)
    assert rows(panel) == [["", "", "", "Not saved yet."]]


def test_organization_and_contact_editors_have_the_panel(main_window: MainWindow, make: Any) -> None:
    parent = make.customer("Holding")
    org = make.customer("Finance")
    person = make.contact(org, name="Ann Example")
    assert main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    assert page.show_record(org.id)
    page.editor.parent_org.choose(parent.id)
    page.editor.active.setChecked(False)
    main_window.window_actions.save.trigger()
    details = lines_of(rows(page.editor.history_panel)[0][3])
    assert "Part of: (empty) → Holding" in details
    assert "Active: Yes → No" in details

    assert main_window.show_page("contacts")
    page = main_window.pages["contacts"]
    page.model.reload()
    assert page.show_record(person.id)
    page.editor.job_title.setText("Controller")
    main_window.window_actions.save.trigger()
    assert rows(page.editor.history_panel)[0][2:] == ["Edited", "Job title: (empty) → Controller"]


def test_history_of_a_deleted_parent_names_it_as_deleted(main_window: MainWindow, make: Any, db: Any) -> None:
    family = make.family("Collaboration")
    service = make.service("MAIL", family_id=family.id)
    detail = catalog.load_service(db, service.id)
    detail.form.family_id = None
    catalog.update_service(db, service_id=service.id, version=detail.service.version, form=detail.form)
    catalog.delete_family(db, family_id=family.id)
    page = open_service(main_window, service.id)
    panel = show_history_tab(page.editor)
    assert rows(panel)[0][3] == f"Family: #{family.id} (deleted) → (empty)"


def test_rows_of_a_service_read_as_text(main_window: MainWindow, make: Any, db: Any) -> None:
    supplier = make.supplier("Cloud Mail Ltd")
    service = make.service("MAIL")
    detail = catalog.load_service(db, service.id)
    from itsm_desktop.domain.enums import ComponentKind
    from itsm_desktop.domain.forms import ComponentRow, SupplierRow
    detail.form.components = [ComponentRow(name="Exchange Online", kind=ComponentKind.APPLICATION)]
    detail.form.suppliers = [SupplierRow(supplier_id=supplier.id, supplies="Mail hosting")]
    catalog.update_service(db, service_id=service.id, version=detail.service.version, form=detail.form)
    page = open_service(main_window, service.id)
    lines = lines_of(rows(show_history_tab(page.editor))[0][3])
    assert "Components: (empty) → Exchange Online · Application" in lines
    assert "Suppliers: (empty) → Cloud Mail Ltd · Mail hosting" in lines


def test_agreements_use_the_same_panel(main_window: MainWindow, make: Any) -> None:
    agreement = make.agreement(title="Finance services")
    assert main_window.show_page("agreements")
    page = main_window.pages["agreements"]
    page.model.reload()
    assert page.show_record(agreement.id)
    panel = page.editor.history.history
    assert isinstance(panel, HistoryPanel)
    page.editor.general.title.setText("Finance business services")
    main_window.window_actions.save.trigger()
    assert not page.editor.is_dirty()
    first = rows(panel)[0]
    assert first[1] == "1" and first[3] == "Edited"
    assert "Title: Finance services → Finance business services" in lines_of(first[4])


def test_many_changes_are_summed_up(main_window: MainWindow, make: Any, db: Any) -> None:
    org = make.customer("Finance")
    form = stakeholders.organization_form(stakeholders.get_organization(db, org.id))
    for key in ("code", "phone", "address", "notes"):
        setattr(form, key, f"new {key}")
    form.email, form.website = "finance@example.com", "https://finance.example.com"
    form.name = "Finance department"
    form.active = False
    form.kind = OrganizationKind.SUPPLIER
    stakeholders.update_organization(db, organization_id=org.id, version=org.version, form=form)
    assert main_window.show_page("organizations")
    page = main_window.pages["organizations"]
    page.model.reload()
    assert page.show_record(org.id)
    lines = lines_of(rows(page.editor.history_panel)[0][3])
    assert len(lines) == 8 and lines[-1] == "… and 2 more"
    assert "Active" not in lines[0] and lines[0].startswith("Name:")


def test_text_helpers() -> None:
    assert humanize("owner_id") == "Owner" and humanize("service_ids") == "Services"
    assert humanize("hours_exceptions") == "Hours exceptions"
    assert elide("a\nb   c") == "a b c"
    assert elide("x" * 100, 10) == "x" * 9 + "…"
