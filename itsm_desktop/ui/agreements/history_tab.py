"""The History tab: the revisions of the agreement and every status change, who and when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction
from itsm_desktop.domain.models import HistoryEntry

from ..editors.base import FieldErrors
from ..editors.fields import FormSection, page_layout
from ..table_model import display_value
from ..widgets import LinkList
from .common import tr

ACTIONS = {
    HistoryAction.CREATED: "Created",
    HistoryAction.UPDATED: "Edited",
    HistoryAction.DELETED: "Deleted",
    HistoryAction.STATUS: "Status",
    HistoryAction.REVISED: "Revised",
}


class HistoryTab(QWidget):
    """Revisions (each opens) and the history of all of them, newest first."""

    open_requested = Signal(str, int)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        revisions = FormSection(errors, tr("Revisions"),
                                tr("Every revision of this agreement; click one to open it."))
        self.revisions = LinkList(rows=3)
        self.revisions.setObjectName("revisions")
        self.revisions.activated_record.connect(self.open_requested)
        revisions.add_full("revisions", self.revisions)
        history = FormSection(errors, tr("History"),
                              tr("Status changes, revisions and edits: when, and who (the computer user)."))
        history.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.history = QTreeWidget(self)
        self.history.setObjectName("history")
        self.history.setColumnCount(5)
        self.history.setHeaderLabels([tr("When"), tr("Rev."), tr("Who"), tr("Event"), tr("Details")])
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.history.setUniformRowHeights(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setMinimumHeight(self.fontMetrics().height() * 16)
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.history.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 44, 90, 70)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.history.doItemsLayout())
        history.add_full("history_list", self.history)
        layout = page_layout(revisions, history)
        layout.setStretch(layout.indexOf(history), 1)
        layout.takeAt(layout.count() - 1)  # no stretch below: the history takes the room
        self.setLayout(layout)

    def set_history(self, *, current_id: int | None, revisions: Sequence[tuple[int, int, AgreementStatus]],
                    history: Sequence[HistoryEntry]) -> None:
        """Show a stored agreement's revisions and history (nothing for a new one)."""
        links = []
        for record_id, revision, status in revisions:
            text = tr("Revision {revision} — {status}").format(revision=revision, status=status.label.lower())
            if record_id == current_id:
                text += tr("  (shown)")
            links.append(("agreement", None if record_id == current_id else record_id, text))
        self.revisions.set_links(links, tr("Not saved yet."))
        bold = QFont(self.revisions.font())
        bold.setBold(True)
        for row, (record_id, _revision, _status) in enumerate(revisions):
            if record_id == current_id:
                self.revisions.item(row).setFont(bold)
        revision_of = {record_id: revision for record_id, revision, _s in revisions}
        self.history.clear()
        for entry in sorted(history, key=lambda e: (e.at, e.id or 0), reverse=True):
            item = QTreeWidgetItem([
                display_value(entry.at), str(revision_of.get(entry.entity_id, "")), entry.who,
                tr(ACTIONS.get(entry.action, entry.action.label)), entry.summary])
            item.setToolTip(4, entry.summary if len(entry.summary) > 60 else "")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.history.addTopLevelItem(item)
        if not history:
            self.history.addTopLevelItem(QTreeWidgetItem(["", "", "", "", tr("Nothing recorded yet.")]))
