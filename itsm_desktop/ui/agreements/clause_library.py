"""The clause library window: the team's standard clauses in a list, the one chosen in an
editor, and its versions. Saving a changed wording adds a version; agreements keep theirs."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.clauses import ClauseForm, ClauseWording, CreditRow
from itsm_desktop.domain.enums import AgreementKind, ClauseTopic
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.models import Clause
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services import clauses

from ..common.commands import DeleteCommand, RecordOps, SaveCommand, quoted
from ..common.context import AppContext
from ..common.editor import FieldErrors
from ..common.fields import FormSection, TextArea, enum_combo, line_edit
from ..common.language_field import language_combo
from ..common.local_formats import NumberNotUnderstood, parse_percent, show_datetime, show_number
from ..common.operations import Refusal
from ..common.translate import label_of
from ..common.widgets import SPACING, heading, muted
from .clause_wordings import ENGLISH, ClauseWordings
from .common import tr

CLAUSE_OPS = RecordOps("clause", "clause_id", clauses.create_clause, clauses.update_clause,
                       clauses.delete_clause, lambda record: quoted(translatable("clause"), record.title))


class ClauseLibraryDialog(QDialog):
    """List, editor and version history of the clause library (a window beside the editor)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clause_library")
        self.setWindowTitle(tr("Clause Library"))
        self.ctx = ctx
        self.clause: Clause | None = None
        self.loaded: ClauseForm | None = None
        self.errors = FieldErrors()
        self.errors.general = self.errors.label_for("", self)

        self.list = QListWidget(self)
        self.list.setObjectName("clause_list")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(tr("New Clause"), self)
        self.new_button.setObjectName("new_clause")
        self.new_button.clicked.connect(self.new_clause)
        self.delete_button = QPushButton(tr("Remove"), self)
        self.delete_button.setObjectName("remove_clause")
        self.delete_button.clicked.connect(self.remove_clause)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(heading(tr("Clauses"), size_delta=1))
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_box.addLayout(buttons)

        editor = FormSection(self.errors, tr("Clause"), tr(
            "Saving a changed text adds a new version; agreements keep the version they carry."))
        self.topic = enum_combo(ClauseTopic)
        self.topic.setObjectName("topic_choice")
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self.language = language_combo()
        self.language.setObjectName("language")
        self.language.setToolTip(tr("Title, text and conditions are written in each language the agreements "
                                    "print in; English is the original."))
        self.language.currentIndexChanged.connect(self._language_changed)
        topic_row = QWidget(self)  # the language beside the topic: the form stays within a small screen
        topic_box = QHBoxLayout(topic_row)
        topic_box.setContentsMargins(0, 0, 0, 0)
        topic_box.addWidget(self.topic, 3)
        topic_box.addWidget(QLabel(tr("Language"), topic_row))
        topic_box.addWidget(self.language, 2)
        editor.add("topic", tr("Topic"), topic_row)
        self.wordings = ClauseWordings()
        self.title = editor.add("title", tr("Title"), line_edit(200))
        kinds = QWidget(self)
        kinds_box = QHBoxLayout(kinds)
        kinds_box.setContentsMargins(0, 0, 0, 0)
        self.kinds = {kind: QCheckBox(kind.value, kinds) for kind in AgreementKind}
        for kind, box in self.kinds.items():
            box.setObjectName(f"default_{kind.value.lower()}")
            kinds_box.addWidget(box)
        kinds_box.addStretch(1)
        editor.add("default_for", tr("Default for"), kinds,
                   hint=tr("New agreements of these kinds start with this clause."))
        self.text = editor.add("text", tr("Text"), TextArea(7))
        self.credits = editor.add("credits", tr("Credits"), QTableWidget(0, 2, self),
                                  hint=tr("One row per step: when a target is missed by this much, "
                                          "this share of the month's charge."))
        self.credits.setHorizontalHeaderLabels([tr("When"), tr("Credit (%)")])
        self.credits.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.credits.verticalHeader().hide()
        self.credits.setFixedHeight(self.fontMetrics().height() * 8)
        self.add_step = QPushButton(tr("Add Step"), self)
        self.add_step.setObjectName("add_credit_step")
        self.add_step.clicked.connect(lambda: self._add_credit(CreditRow()))
        self.cap = editor.add("credit_cap_percent", tr("Cap (%)"), line_edit(10),
                              hint=tr("The most a month's credits may add up to."))
        self._editor = editor
        self.missing_note = muted("", self)
        self.missing_note.setObjectName("missing_translations")
        self.missing_note.setWordWrap(True)
        editor.add_full("missing_translations", self.missing_note)
        self.save_button = QPushButton(tr("Save Clause"), self)
        self.save_button.setObjectName("save_clause")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.add_step)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        history = FormSection(self.errors, tr("Versions"), tr("Every wording this clause has had, newest first."))
        self.versions = QTableWidget(0, 3, self)
        self.versions.setHorizontalHeaderLabels([tr("Version"), tr("Saved"), tr("By")])
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.versions.verticalHeader().hide()
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setMaximumHeight(self.fontMetrics().height() * 8)
        self.versions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.versions.currentCellChanged.connect(lambda row, *_: self._show_version(row))
        history.add_full("versions", self.versions)
        self.version_text = QPlainTextEdit(self)
        self.version_text.setObjectName("version_text")
        self.version_text.setReadOnly(True)
        self.version_text.setMaximumHeight(90)
        history.add_full("version_text", self.version_text)

        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(SPACING, 0, 0, 0)
        right_box.addWidget(self.errors.general)
        right_box.addWidget(editor)
        right_box.addLayout(save_row)
        right_box.addWidget(history)
        right_box.addStretch(1)
        scroll = QScrollArea(self)  # a small screen scrolls the clause rather than squeezing its fields
        scroll.setObjectName("clause_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(muted(tr("Standard texts the team agrees once and every agreement may carry: "
                                  "amendment, termination, precedence, confidentiality, liability, "
                                  "service credits, missed targets, data protection."), self))
        layout.addWidget(splitter, 1)
        self._history: list[clauses.VersionSummary] = []
        available = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1000, available.width()), min(760, int(available.height() * 0.9)))  # a small screen too
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    # --- the list ---------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Fill the list again and show ``select`` (or the clause shown, or the first)."""
        wanted = select if select is not None else (self.clause.id if self.clause else None)
        self.list.blockSignals(True)
        self.list.clear()
        for summary in clauses.list_clauses(self.ctx.db):
            kinds = ", ".join(k.value for k in summary.default_for) or tr("no kind")
            item = QListWidgetItem(tr("{topic}: {title}\nversion {number} · default for {kinds}").format(
                topic=label_of(summary.topic), title=summary.title, number=summary.latest, kinds=kinds))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
            if summary.id == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem())

    def _chosen(self, item: QListWidgetItem | None, *_args: object) -> None:
        self.errors.clear()
        if item is None:
            self.new_clause()
            return
        self.clause, self.loaded = clauses.load_clause(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))
        self._apply(self.loaded)
        self._history = clauses.clause_history(self.ctx.db, self.clause.id or 0)
        self.versions.setRowCount(0)
        for summary in self._history:
            row = self.versions.rowCount()
            self.versions.insertRow(row)
            for column, text in enumerate((str(summary.number), show_datetime(summary.created_at),
                                           summary.who)):
                self.versions.setItem(row, column, QTableWidgetItem(text))
        self.versions.setCurrentCell(0, 0)
        self._show_version(0)
        self.delete_button.setEnabled(True)

    def _show_version(self, row: int) -> None:
        self.version_text.setPlainText(self._history[row].text if 0 <= row < len(self._history) else "")

    def new_clause(self) -> None:
        """Start a clause not saved yet."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.clause, self.loaded, self._history = None, None, []
        self._apply(ClauseForm())
        self.versions.setRowCount(0)
        self.version_text.clear()
        self.delete_button.setEnabled(False)
        self.title.setFocus()

    # --- the editor -------------------------------------------------------------------------

    def _apply(self, form: ClauseForm) -> None:
        self.topic.set_value(form.topic)
        self.wordings = ClauseWordings.of(form)
        self.language.blockSignals(True)
        self.language.set_value(ENGLISH)
        self.language.blockSignals(False)
        self.title.setText(form.title)
        for kind, box in self.kinds.items():
            box.setChecked(kind in form.default_for)
        self.text.setText(form.text)
        self.credits.setRowCount(0)
        for row in form.credits:
            self._add_credit(row)
        self.cap.setText("" if form.credit_cap_percent is None else show_number(form.credit_cap_percent))
        self._topic_changed()
        self._show_missing()

    def _shown_wording(self) -> ClauseWording:
        return ClauseWording(self.title.text(), self.text.text(),
                             [_cell_text(self.credits.item(i, 0)) for i in range(self.credits.rowCount())])

    def _language_changed(self, *_args: object) -> None:
        """Show the wording of the language chosen, keeping the one shown until now."""
        self.wordings.keep(self._shown_wording())
        wording = self.wordings.switch(self.language.value() or ENGLISH)
        self.title.setText(wording.title)
        self.text.setText(wording.text)
        for index in range(self.credits.rowCount()):
            condition = wording.shortfalls[index] if index < len(wording.shortfalls) else ""
            self.credits.setItem(index, 0, QTableWidgetItem(condition))
        self._show_missing()

    def _show_missing(self) -> None:
        missing = self.wordings.missing()
        self.missing_note.setText(tr("No text yet in: {languages}. Agreements in these languages print "
                                     "this clause in English.").format(languages=", ".join(missing))
                                  if missing else "")
        self.missing_note.setVisible(bool(missing))

    def _add_credit(self, row: CreditRow) -> None:
        index = self.credits.rowCount()
        self.credits.insertRow(index)
        percent = "" if row.credit_percent is None else show_number(row.credit_percent)
        self.credits.setItem(index, 0, QTableWidgetItem(row.shortfall))
        self.credits.setItem(index, 1, QTableWidgetItem(percent))

    def _topic_changed(self, *_args: object) -> None:
        credits = self.topic.value() is ClauseTopic.SERVICE_CREDITS
        for widget in (self.credits, self.cap):
            self._editor.set_row_visible(widget, credits)
        self.add_step.setVisible(credits)

    def form(self) -> ClauseForm:
        """The clause as edited, in English with its translations (whichever language is shown)."""
        self.wordings.keep(self._shown_wording())
        english = self.wordings.english
        credits = self.topic.value() is ClauseTopic.SERVICE_CREDITS
        rows = []
        for index in range(self.credits.rowCount() if credits else 0):
            condition = english.shortfalls[index] if index < len(english.shortfalls) else ""
            percent = _cell_text(self.credits.item(index, 1))
            if condition or percent:
                rows.append(CreditRow(condition, _percent(percent)))
        return ClauseForm(topic=self.topic.value(), title=english.title, text=english.text,
                          default_for=[k for k, box in self.kinds.items() if box.isChecked()],
                          credits=rows, credit_cap_percent=_percent(self.cap.text()) if credits else None,
                          translations={language: wording for language, wording
                                        in self.wordings.translations.items() if wording.is_written()
                                        or wording.title.strip()})

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)

    def save(self) -> bool:
        """Save the clause as one undo step (a new version when its wording changed)."""
        clause = self.clause
        record = SaveCommand.apply(self.ctx, CLAUSE_OPS, record_id=clause.id if clause else None,
                                   version=clause.version if clause else None, old_form=self.loaded,
                                   new_form=self.form(), refusal=Refusal(self, tr("Clause not saved"), editor=self))
        if record is None:
            return False
        self.reload(select=record.id)
        return True

    def remove_clause(self) -> None:
        clause, form = self.clause, self.loaded
        if clause is None or form is None:
            return
        if DeleteCommand.apply(self.ctx, CLAUSE_OPS, record=clause, form=form,
                               refusal=Refusal(self, tr("Clause not removed"))):
            self.clause = None
            self.reload()

    def _on_changed(self, entity: str, _ids: tuple[int, ...]) -> None:
        if entity == "clause" and self.isVisible():  # undo, redo, or someone else
            self.reload()


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


def _percent(text: str) -> Decimal | None:
    """A percentage as typed in the locale ("12,5 %" in German); NaN for text that is no number, so that the
    rules say what is wrong with it; None when nothing was typed."""
    if not text.replace("%", "").strip():
        return None
    try:
        return parse_percent(text)
    except NumberNotUnderstood:
        return Decimal("NaN")
