"""The History tab: the revisions of the agreement and every status change, who and when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.forms import AgreementForm
from itsm_desktop.domain.models import HistoryEntry

from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import FormSection, page_layout
from ..common.history_panel import HistoryPanel
from ..common.translate import label_of
from ..common.widgets import LinkList
from .common import tr


class HistoryTab(QWidget):
    """Revisions (each opens) and the history of all of them, newest first."""

    open_requested = Signal(str, int)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None, *, ctx: AppContext,
                 labels_from: QWidget | None = None) -> None:
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
        self.history = HistoryPanel(ctx, "agreement", AgreementForm, labels_from=labels_from,
                                    revisions=True, rows=14)
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
            text = tr("Revision {revision} — {status}").format(revision=revision, status=label_of(status).lower())
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
        self.history.set_entries(history, revision_of=revision_of,
                                 empty_text="" if current_id is not None else tr("Not saved yet."))
