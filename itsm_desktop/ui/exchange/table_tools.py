"""A list table's data tools: Ctrl+C copies the selected rows as tab-separated text (pastes
into a spreadsheet), a context menu offers Copy and Export, and the list exports to CSV or
XLSX with its current search, filters and order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.exchange.exporter import ListQuery, export_list

from ..common.context import AppContext
from ..common.dialogs import Dialogs
from ..common.messages import say_error
from ..common.table_model import ListingModel

TABLES = translatable("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)")
LIST_NAMES = {"service": "services", "organization": "organizations", "contact": "contacts",
              "agreement": "agreements"}


def selected_text(table: QTableView) -> str:
    """The selected rows as a spreadsheet pastes them: tab-separated, a header line first."""
    model = table.model()
    rows = sorted({index.row() for index in table.selectionModel().selectedIndexes()})
    columns = range(model.columnCount())
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)]
    for row in rows:
        cells = (str(model.index(row, c).data() or "") for c in columns)
        lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return "\n".join(lines) + "\n"


def copy_rows(table: QTableView) -> None:
    if table.selectionModel() is not None and table.selectionModel().hasSelection():
        QGuiApplication.clipboard().setText(selected_text(table))


def export_current_list(ctx: AppContext, parent: QWidget, entity: str, model: ListingModel) -> Path | None:
    """Ask for a file and write the list as shown (search, filters, order); the file or None."""
    kind = LIST_NAMES.get(entity)
    if kind is None:
        return None
    query = ListQuery(search=model.search, sort=model.sort_key, descending=model.descending,
                      filters=dict(model.filters))
    return _ask_and_export(ctx, parent, kind, query, parent.tr("Export the List"))


def export_history(ctx: AppContext, parent: QWidget, entry_ids: Sequence[int]) -> Path | None:
    """Ask for a file and write the history entries ``entry_ids``, newest first; the file or None."""
    query = ListQuery(descending=True, filters={"ids": list(entry_ids)})
    return _ask_and_export(ctx, parent, "history", query, parent.tr("Export the History"))


def _ask_and_export(ctx: AppContext, parent: QWidget, kind: str, query: ListQuery, title: str) -> Path | None:
    chosen = Dialogs.save_file(parent, title, f"{kind}.xlsx", TABLES)
    if chosen is None:
        return None
    if chosen.suffix.lower() not in (".csv", ".xlsx"):
        chosen = chosen.with_suffix(".xlsx")
    try:
        export_list(ctx.db, kind, chosen, query=query)
    except (ItsmError, OSError) as exc:
        Dialogs.error(parent, title, say_error(exc))
        return None
    return chosen


def install(table: QTableView, export: Callable[[], object]) -> None:
    """Give ``table`` Ctrl+C and a context menu with Copy and Export."""
    copy = QAction(table.tr("&Copy Rows"), table)
    copy.setObjectName("action_copy_rows")
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: copy_rows(table))
    table.addAction(copy)
    export_action = QAction(table.tr("&Export List…"), table)
    export_action.setObjectName("action_export_rows")
    export_action.triggered.connect(export)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(position: QPoint) -> None:
        menu = QMenu(table)
        menu.addActions([copy, export_action])
        menu.popup(table.viewport().mapToGlobal(position))

    table.customContextMenuRequested.connect(show_menu)
