"""The Service Levels page: what every target of the active agreements achieved, month by month.

The heatmap reads the stored values only, so it opens at once at any size; "Compute values"
measures the imported records again (in the background) and stores what changed. Choosing a
value shows the target's trend, the records behind the value, and the note on a breach.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import MeasurementPeriod, RecordStream
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.service_levels.board import (
    Board,
    BoardCell,
    compute_values,
    filter_choices,
    load_board,
    month_range,
)
from itsm_desktop.services.service_levels.drill import cell_records
from itsm_desktop.services.service_levels.notes import set_breach_note

from ..common.commands import CallCommand
from ..common.context import AppContext
from ..common.dialogs import Answer, Dialogs
from ..common.messages import say, say_error
from ..common.operations import Refusal
from ..common.page import Page
from ..common.translate import label_of, tr
from ..common.widgets import MARGIN, SPACING, EmptyState, hbox, heading, muted
from .details import BreachNoteEditor, RecordsPanel
from .heatmap import FIXED, HeatmapModel, fit_columns
from .trend import TrendChart

if TYPE_CHECKING:
    from itsm_desktop.services.service_levels.imports import ImportOutcome

    from ..common.background import BackgroundJob
    from ..printing.jobs import PrintActions

ZONE = "UTC"
SHEETS = translatable("Spreadsheets (*.csv *.xlsx *.ods);;All files (*)")
WATCHED = ("agreement", "achieved_value", "import_batch")


def _month(date: QDate) -> Period:
    return Period(date.year(), date.month(), MeasurementPeriod.MONTH)


class ServiceLevelsPage(Page):
    """Heatmap of targets × months; trend, records and breach note of the value chosen."""

    title = translatable("Service levels")
    icon_name = "service_levels"
    entity = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board = Board((), ())
        self._stale = True
        self._note_cell: BoardCell | None = None  # the value whose note the editor shows
        self._note_target: int | None = None
        self._refreshing = False
        first, last = month_range()
        self.customer = QComboBox(self)
        self.customer.setObjectName("filter_customer")
        self.agreement = QComboBox(self)
        self.agreement.setObjectName("filter_agreement")
        self.first = self._month_edit("filter_from", first)
        self.last = self._month_edit("filter_to", last)
        for combo in (self.customer, self.agreement):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self.refresh)
        self.compute = QPushButton(self.tr("Compute values"), self)
        self.compute.setObjectName("compute_values")
        self.compute.setToolTip(self.tr("Measure the imported incidents and outages again and store "
                                        "the values (values entered by hand and closed periods stay)"))
        self.compute.clicked.connect(self.compute_values)
        self.report = QPushButton(self.tr("Report…"), self)
        self.report.setObjectName("levels_report")
        self.report.setToolTip(self.tr("Preview, print or export the service level report of an agreement "
                                       "for a month, in the language you choose"))
        self.report.clicked.connect(self.print_report)
        self._printing: PrintActions | None = None
        self.import_button = QPushButton(self.tr("Import records…"), self)
        self.import_button.setObjectName("import_records")
        self.import_button.setToolTip(self.tr("Import incidents, outages, satisfaction responses or "
                                              "recovery tests from a CSV, XLSX or ODS file"))
        menu = QMenu(self.import_button)
        menu.setObjectName("import_menu")
        for stream, text in ((RecordStream.INCIDENTS, self.tr("Incidents and requests…")),
                             (RecordStream.OUTAGES, self.tr("Outages and maintenance…")),
                             (RecordStream.SATISFACTION, self.tr("Satisfaction responses…")),
                             (RecordStream.RECOVERY_TESTS, self.tr("Recovery tests…"))):
            action = menu.addAction(text)
            action.setObjectName(f"import_{stream.value}")
            action.triggered.connect(lambda _c=False, s=stream: self.import_records(s))
        self.import_button.setMenu(menu)
        labels = []
        for text, buddy in ((self.tr("C&ustomer:"), self.customer), (self.tr("A&greement:"), self.agreement),
                            (self.tr("&From:"), self.first), (self.tr("&To:"), self.last)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            labels += [label, buddy]
        filters = hbox(*labels, None)
        self.summary = muted()
        self.summary.setObjectName("levels_summary")
        self.model = HeatmapModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("heatmap")
        self.view.setAccessibleName(self.tr("Service levels by target and month"))
        self.view.setAccessibleDescription(self.tr("Each cell says met, at risk, breached or no data, "
                                                   "with the value achieved"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.verticalHeader().setMaximumWidth(420)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(92)
        self.view.setWordWrap(False)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.trend = TrendChart(self)
        self.records = RecordsPanel(self)
        self.note = BreachNoteEditor(self)
        self.note.save_requested.connect(self.save_note)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("levels_tabs")
        self.tabs.addTab(self.trend, self.tr("Trend"))
        self.tabs.addTab(self.records, self.tr("Records behind the value"))
        self.tabs.addTab(self.note, self.tr("Cause and action"))
        self._drill: tuple[int, str] | None = None  # the value the records tab is still to show
        self.tabs.currentChanged.connect(self._show_records)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("levels_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        # the actions beside the title, the filters on their own row: both fit a 1024-pixel window
        layout.addLayout(hbox(heading(self.tr("Service levels")), None, self.report, self.import_button,
                              self.compute))
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.database_changed.connect(lambda: self._on_changed("", ()))
        self.refresh()

    def _month_edit(self, name: str, period: Period) -> QDateEdit:
        edit = QDateEdit(QDate(period.year, period.index, 1), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM")
        edit.dateChanged.connect(self.refresh)
        return edit

    # --- data ---------------------------------------------------------------------------

    def _on_changed(self, entity: str, _ids: tuple[int, ...]) -> None:
        if entity and entity not in WATCHED:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def page_shown(self) -> None:
        if self._stale:
            self.refresh()

    def _fill_filters(self) -> None:
        customers, agreements = filter_choices(self.ctx.db)
        for combo, everything, choices in ((self.customer, self.tr("All customers"), customers),
                                           (self.agreement, self.tr("All agreements"), agreements)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Read the filters' choices and the stored values again and show them."""
        self._stale = False
        chosen = self._current_key()
        self._fill_filters()
        self.board = load_board(self.ctx.db, first=_month(self.first.date()), last=_month(self.last.date()),
                                customer_id=self.customer.currentData(), agreement_id=self.agreement.currentData())
        self._refreshing = True
        try:
            self.model.set_board(self.board)
            fit_columns(self.view, self.model)
            self._show_empty_state()
            self._update_summary()
            if chosen is None or not self._select(*chosen):
                self._show_selection(QModelIndex())
        finally:
            self._refreshing = False
        self.status_changed.emit()

    def _show_empty_state(self) -> None:
        board = self.board
        if not board.has_agreements:
            self.empty.set_content(
                "agreements", self.tr("No active agreement has targets yet"),
                self.tr("Service levels are measured against the targets of active agreements. Agree "
                        "targets in an SLA, OLA or contract and activate it; then import incidents and "
                        "outages here."),
                [("empty_agreements", self.tr("Go to agreements"),
                  lambda: self.action_requested.emit("go_agreements"))])
        elif not board.has_records and not board.has_values:
            self.empty.set_content(
                "service_levels", self.tr("Nothing measured yet"),
                self.tr("Import the team's incidents and outages (CSV, XLSX or ODS) to measure what each "
                        "target achieved; or run itsm-desktop import-incidents FILE on the command line."),
                [("empty_import_incidents", self.tr("Import incidents…"),
                  lambda: self.import_records(RecordStream.INCIDENTS)),
                 ("empty_import_outages", self.tr("Import outages…"),
                  lambda: self.import_records(RecordStream.OUTAGES))])
        elif not board.targets:
            self.empty.set_content(
                "filter", self.tr("No target matches the filters"),
                self.tr("The customer chosen has no active agreement with targets, or the agreement "
                        "chosen is not theirs. Choose all customers or another agreement."),
                [("empty_clear_filters", self.tr("Show all"), self.clear_filters)])
        elif not board.has_values:
            self.empty.set_content(
                "service_levels", self.tr("No values for these months yet"),
                self.tr("Records are imported, but no value is stored for the months chosen. Compute the "
                        "values from the records, or choose other months."),
                [("empty_compute", self.tr("Compute values"), self.compute_values)])
        else:
            self.stack.setCurrentWidget(self.splitter)
            return
        self.stack.setCurrentWidget(self.empty)

    def _update_summary(self) -> None:
        if not self.board.months or not self.board.targets:
            self.summary.setText("")
            return
        month = self.board.months[-1]
        counts = self.board.counts(month)
        self.summary.setText(self.tr("Targets: {n}. In {month}: {met} met, {risk} at risk, {breached} breached, "
                                     "{none} with no data. ✓ met · ! at risk · ✗ breached · – no data · "
                                     "✎ cause and action noted").format(
            n=len(self.board.targets), month=month, met=counts[Status.MET], risk=counts[Status.AT_RISK],
            breached=counts[Status.BREACHED], none=counts[Status.NOT_MEASURED]))

    def clear_filters(self) -> None:
        for combo in (self.customer, self.agreement):
            combo.setCurrentIndex(0)

    # --- selection ----------------------------------------------------------------------

    def _current_key(self) -> tuple[int, str] | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.board.targets):
            return None
        month = self.model.month(index.column()) or (self.board.months[-1] if self.board.months else "")
        return self.model.target(index.row()).target_id, month

    def _select(self, target_id: int, month: str) -> bool:
        row = self.model.position_of(target_id)
        if row < 0 or month not in self.board.months:
            return False
        index = self.model.index(row, FIXED + self.board.months.index(month))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self._show_selection(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._refreshing:  # the table is read again; refresh() chooses the same value after
            return
        if self._note_cell is not None and self.note.is_dirty() and not self._settle_note():
            model = self.view.selectionModel()  # stay on the note being written
            model.blockSignals(True)
            model.setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            model.blockSignals(False)
            return
        self._show_selection(current)

    def _show_selection(self, index: QModelIndex) -> None:
        self._drill = None
        if not index.isValid():
            self.trend.show_target(None, self.board)
            self.records.show_hint(self.tr("Select a value in the table above to see the records behind it."))
            self._show_note(None, None, "")
            return
        target = self.model.target(index.row())
        self.trend.show_target(target, self.board)
        cell = self.model.cell(index)
        month = self.model.month(index.column())
        if month is None:
            self.records.show_hint(self.tr("Select a month of {target} to see the records behind its value.")
                                   .format(target=say(target.name)))
            self._show_note(None, None, "")
            return
        label = cell.period if cell is not None else Period.containing(
            _month(QDate.fromString(month, "yyyy-MM")).first_day, target.period_kind).label
        self._drill = (target.target_id, label)
        self._show_records()
        self._show_note(cell, target.target_id, f"{say(target.name)} — {say(target.service)}, {label}")

    def _show_records(self, *_args: object) -> None:
        """The records behind the chosen value, read when their tab is in view: measuring them
        again (a month of incidents) would cost every refresh of the page its time."""
        if self._drill is None or self.tabs.currentWidget() is not self.records:
            return
        (target_id, label), self._drill = self._drill, None
        try:
            self.records.show_drill(cell_records(self.ctx.db, target_id=target_id, period=label, zone=ZONE))
        except ItsmError as exc:
            self.records.show_hint(say_error(exc))

    def _show_note(self, cell: BoardCell | None, target_id: int | None, title: str) -> None:
        shown, note = self._note_cell, self.note
        written = (note.cause.toPlainText().strip(), note.action.toPlainText().strip())
        if note.is_dirty() and shown is not None and cell is not None and target_id == self._note_target \
                and cell.period == shown.period and written != (cell.breach_cause, cell.breach_action):
            return  # the same value read again (someone changed another): keep what is being written
        self.note.show_cell(cell, title)
        self._note_cell, self._note_target = cell, target_id

    def selected_cell(self) -> BoardCell | None:
        return self.model.cell(self.view.currentIndex())

    def show_record(self, record_id: int) -> bool:
        """Show a target (from the Home page): its row, the latest month with a value."""
        if self.model.position_of(record_id) < 0:
            self.clear_filters()
        months = [m for m in self.board.months if self.board.cell(record_id, m) is not None]
        return self._select(record_id, months[-1] if months else (self.board.months or ("",))[-1])

    # --- actions ------------------------------------------------------------------------

    def compute_values(self) -> None:
        """Measure the records again in the background and store the values."""
        first = min(_month(self.first.date()), _month(self.last.date()))
        self.ctx.operations.start(
            lambda: compute_values(self.ctx.db, first=first, zone=ZONE),
            Refusal(self, self.tr("Cannot compute the values")), label=self.tr("Computing service levels…"),
            on_done=lambda n: self.message.emit(tr("%Ln value(s) computed or changed.", "", n)))

    def print_report(self) -> BackgroundJob | None:
        """Ask which agreement, month and language, then preview that report (which prints
        and exports it); None when cancelled or no agreement is active."""
        _customers, agreements = filter_choices(self.ctx.db)
        if not agreements:
            self.message.emit(self.tr("No agreement is active: there is no service level report to print."))
            return None
        # the dialog uses the editors' fields: loaded when first asked, not when the page opens
        from .report_dialog import ReportDialog

        choice = ReportDialog.ask(self.ctx.db, agreements, _month(self.last.date()), self.agreement.currentData(),
                                  self)
        if choice is None:
            return None
        if self._printing is None:
            from ..printing.jobs import (
                PrintActions,  # reportlab and the layouts load when first printed
            )

            self._printing = PrintActions(self.ctx, self)
        return self._printing.preview_levels_report(choice.agreement_id, choice.period, choice.language)

    def import_records(self, stream: RecordStream) -> None:
        """Import a file of incidents or outages (its columns guessed, or as mapped before)."""
        path = Dialogs.open_file(self, self.tr("Import {records}").format(records=label_of(stream).lower()), "", SHEETS)
        if path is None:
            return
        self.run_import(path, stream)

    def run_import(self, path: Path, stream: RecordStream) -> None:
        from itsm_desktop.services.service_levels.imports import (
            import_file,  # the spreadsheet readers: only when importing
        )

        def done(outcome: ImportOutcome) -> None:
            Dialogs.info(self, self.tr("Import finished"),
                         "\n".join(say(line) for line in (outcome.summary(), *outcome.notes)))
            if outcome.created:
                self.compute_values()

        self.ctx.operations.start(lambda: import_file(self.ctx.db, path, stream, zone=ZONE),
                                  Refusal(self, self.tr("Nothing was imported")),
                                  label=self.tr("Importing {file}…").format(file=path.name), on_done=done)

    def _settle_note(self) -> bool:
        """Ask about a note written and not saved; False when the user stays with it."""
        answer = Dialogs.ask_save_discard_cancel(self, self.tr("Unsaved note"),
                                                 self.tr("The note on cause and action is not saved."))
        if answer is Answer.SAVE:
            self.save_note(self.note.cause.toPlainText(), self.note.action.toPlainText())
            return not self.note.is_dirty()
        if answer is Answer.DISCARD:
            self.note.show_cell(self.note.cell, "")
            return True
        return False

    def can_leave(self) -> bool:
        return not self.note.is_dirty() or self._settle_note()

    def save_note(self, cause: str, action: str) -> None:
        """Keep the cause and action of the chosen breach, as one undoable step."""
        cell, target_id = self._note_cell, self._note_target
        if cell is None or target_id is None:
            return
        target = self.model.target(self.model.position_of(target_id))
        old = (cell.breach_cause, cell.breach_action)
        db, period = self.ctx.db, cell.period

        def write(values: tuple[str, str]) -> object:
            return set_breach_note(db, target_id=target_id, period=period, cause=values[0], action=values[1])

        name = target.name

        def text() -> str:
            return tr("Note on {target} {period}").format(target=say(name), period=period)

        self.ctx.operations.perform(
            lambda: write((cause, action)), Refusal(self, self.tr("Cannot save the note"), editor=self.note),
            undo=lambda _row: CallCommand(self.ctx, text, redo=lambda: write((cause, action)),
                                          undo=lambda: write(old)))

    # --- window -------------------------------------------------------------------------

    def status_text(self) -> str:
        n = len(self.board.targets)
        if not n or not self.board.months:
            return ""
        breached = self.board.counts(self.board.months[-1])[Status.BREACHED]
        # a whole sentence per plural form: French makes "breached" agree with the count
        return self.tr("Targets: {n}; %Ln breached in {month}", "", breached).format(n=n, month=self.board.months[-1])

    def is_dirty(self) -> bool:
        return self.note.is_dirty()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.settings_key("splitter"), self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.settings_key("splitter"))
        if state is not None:
            self.splitter.restoreState(state)
