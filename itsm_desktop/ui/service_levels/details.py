"""Below the heatmap: the records behind the chosen value, and the note on a breach."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.service_levels.board import BoardCell
from itsm_desktop.services.service_levels.drill import DrillDown

from ..common.messages import say
from ..common.translate import tr as _tr
from ..common.widgets import SPACING, hbox, muted


class RecordsPanel(QWidget):
    """The incidents or outages behind one value: counted ones, then those left out and why."""

    HEADERS = ("Reference", "Kind", "From", "Until", "Counted", "Outcome")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = muted()
        self.summary.setObjectName("drill_summary")
        self.summary.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("drill_records")
        self.table.setAccessibleName(_tr("Records behind the value"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([_tr("Reference"), _tr("Kind"), _tr("From"), _tr("Until"),
                                    _tr("Counted"), _tr("Outcome")])
        for column, width in enumerate((170, 70, 130, 130, 70)):
            self.table.header().resizeSection(column, width)
        self.table.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.show_hint(_tr("Select a value in the table above to see the records behind it."))

    def show_hint(self, text: str) -> None:
        self.summary.setText(text)
        self.table.clear()

    def show_drill(self, drill: DrillDown) -> None:
        self.table.clear()
        more = _tr(" Not listed: %Ln more record(s).", "", drill.more) if drill.more else ""
        self.summary.setText(f"{drill.period}: {say(drill.summary)}{more}")
        items = []
        for row in drill.rows:
            outcome = say(row.outcome)
            item = QTreeWidgetItem([row.reference, say(row.kind), row.when, row.until,
                                    _tr("yes") if row.counted else _tr("no"), outcome])
            item.setToolTip(5, outcome)
            items.append(item)
        self.table.addTopLevelItems(items)


class BreachNoteEditor(QWidget):
    """Cause and action of a breached or at-risk value; saved as one undoable step."""

    save_requested = Signal(str, str)  # cause, action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell: BoardCell | None = None
        self.hint = muted()
        self.hint.setObjectName("note_hint")
        self.hint.setWordWrap(True)
        self.cause = QPlainTextEdit(self)
        self.cause.setObjectName("breach_cause")
        self.cause.setPlaceholderText(_tr("What caused it: the incident, the change, the supplier…"))
        self.action = QPlainTextEdit(self)
        self.action.setObjectName("breach_action")
        self.action.setPlaceholderText(_tr("What was done or will be done so that it does not happen again"))
        for edit in (self.cause, self.action):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self._update_button)
        self.error = QLabel(self)
        self.error.setObjectName("note_error")
        self.error.setStyleSheet("color: palette(link);")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save = QPushButton(_tr("Save note"), self)
        self.save.setObjectName("save_note")
        self.save.clicked.connect(lambda: self.save_requested.emit(self.cause.toPlainText(),
                                                                   self.action.toPlainText()))
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow(_tr("&Cause:"), self.cause)
        form.addRow(_tr("&Action:"), self.action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(hbox(None, self.save))
        layout.addStretch(1)
        self.show_cell(None, "")

    def show_cell(self, cell: BoardCell | None, title: str) -> None:
        """Edit the note of ``cell`` (only a breached or at-risk one takes a note)."""
        self.cell = cell
        noted = cell is not None and cell.status in (Status.BREACHED, Status.AT_RISK)
        if cell is None:
            self.hint.setText(_tr("Select a breached or at-risk value to note its cause and the action taken."))
        elif not noted:
            self.hint.setText(_tr("{title}: the target was not breached nor at risk; there is no breach "
                                  "to explain.").format(title=title))
        else:
            self.hint.setText(_tr("{title}: why it happened and what is done about it. The note is printed "
                                  "in the service level report.").format(title=title))
        for edit, text in ((self.cause, cell.breach_cause if noted and cell else ""),
                           (self.action, cell.breach_action if noted and cell else "")):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
            edit.setEnabled(noted)
        self.error.hide()
        self._update_button()

    def is_dirty(self) -> bool:
        cell = self.cell
        return cell is not None and (self.cause.toPlainText().strip() != cell.breach_cause
                                     or self.action.toPlainText().strip() != cell.breach_action)

    def _update_button(self) -> None:
        self.save.setEnabled(self.cause.isEnabled() and self.is_dirty())

    def show_errors(self, error: ValidationError) -> None:
        """Field messages of a refused save, beside the fields."""
        words = {"cause": _tr("Cause"), "action": _tr("Action")}
        self.error.setText(" ".join(f"{words.get(k, '')}: {say(v)}" if k in words else say(v)
                                    for k, v in error.fields.items()))
        self.error.show()
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft)
