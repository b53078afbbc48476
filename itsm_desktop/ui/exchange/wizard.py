"""The import wizard: file and sheet → column mapping → preview with per-cell problems → commit.

Reading the file and planning the preview report their progress in a dialog with Cancel
(a file of any size is read as a stream).

The commit is one transaction and one undo step (``import_step``): undo deletes what the
import created and saves back what it updated; redo plans the same table again and commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.exchange.commit import ImportResult, commit_import, undo_import
from itsm_desktop.services.exchange.importer import Action, ImportPreview, plan_import
from itsm_desktop.services.exchange.kinds import KINDS, Kind, Mapping
from itsm_desktop.services.exchange.mappings import MappingStore
from itsm_desktop.services.exchange.sources import Progress, SourceTable, read_table, sheet_names

from ..common.commands import CallCommand, TextSource
from ..common.context import AppContext
from ..common.dialogs import Dialogs
from ..common.messages import say, say_error
from ..common.translate import tr
from .preview_model import PreviewModel

SPREADSHEETS = translatable("Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.ods);;All files (*)")
PROGRESS_DELAY_MS = 300  # a small file is read before a progress dialog would flash
PROGRESS_STEPS = 1000


@contextmanager
def progress_dialog(parent: QWidget, label: str) -> Iterator[Progress]:
    """A progress report for a long read on the GUI thread: a dialog with Cancel appears when
    it takes a while; the report answers False once Cancel is pressed."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, PROGRESS_STEPS, parent)
    dialog.setObjectName("import_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def report(fraction: float) -> bool:
        dialog.setValue(int(fraction * PROGRESS_STEPS))
        QApplication.processEvents()  # paints the dialog and hears Cancel
        return not dialog.wasCanceled()

    try:
        yield report
    finally:
        dialog.close()
        dialog.deleteLater()


def import_step(ctx: AppContext, text: TextSource, preview: ImportPreview, table: SourceTable,
                result: ImportResult) -> CallCommand:
    """An import (committed already) as one undo step: undo puts the records back as they
    were; redo plans the same rows again and commits them."""
    done = [result]

    def undo() -> None:
        undo_import(ctx.db, done[0])

    def redo() -> None:
        again = plan_import(ctx.db, preview.kind, table, preview.mapping, source=preview.source)
        done[0] = commit_import(ctx.db, again)

    return CallCommand(ctx, text, redo, undo)


class _SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV, XLSX or ODS file whose first row names the columns."))
        self.kind = QComboBox(self)
        self.kind.setObjectName("import_kind")
        for kind in KINDS.values():
            self.kind.addItem(tr(kind.title), kind.name)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.message = QLabel(self)
        self.message.setObjectName("import_source_message")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Records:"), self.kind)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.message)
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        chosen = Dialogs.open_file(self, self.tr("Import from a spreadsheet"), "", SPREADSHEETS)
        if chosen is not None:
            self.path.setText(str(chosen))

    def _path_changed(self) -> None:
        self.sheet.clear()
        self.message.clear()
        path = Path(self.path.text().strip())
        if path.is_file():
            try:
                names = sheet_names(path)
            except ItsmError as exc:
                self.message.setText(say_error(exc))
                names = []
            for name in names:
                if name:
                    self.sheet.addItem(name)
        self.sheet.setEnabled(self.sheet.count() > 0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = Path(self.path.text().strip())
        try:
            with progress_dialog(self, self.tr("Reading {name}…").format(name=path.name)) as report:
                table = read_table(path, sheet=self.sheet.currentText() or None, progress=report)
        except ItsmError as exc:  # unreadable, or Cancel pressed
            self.message.setText(say_error(exc))
            return False
        self.owner.table = table
        self.owner.source = Path(self.path.text().strip()).name
        self.owner.kind = KINDS[self.kind.currentData()]
        return True


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Which field each column of the file fills. Columns left on "
                                 "“(ignore)” are not imported."))
        self.grid = QTableWidget(0, 2, self)
        self.grid.setObjectName("import_mapping")
        self.grid.setHorizontalHeaderLabels([self.tr("Column of the file"), self.tr("Field")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        kind, table = self.owner.kind, self.owner.table
        assert kind is not None and table is not None
        mapping = self.owner.store.mapping_for(kind, table.headers)
        self.grid.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            self.grid.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(self.grid)
            combo.addItem(self.tr("(ignore)"), "")
            for column in kind.columns:
                combo.addItem(tr(column.heading) + (" *" if column.required else ""), column.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(row, ""))))
            self.grid.setCellWidget(row, 1, combo)

    def mapping(self) -> Mapping:
        out: Mapping = {}
        for row in range(self.grid.rowCount()):
            combo = self.grid.cellWidget(row, 1)
            key = combo.currentData() if isinstance(combo, QComboBox) else ""
            if key and key not in out.values():
                out[row] = key
        return out

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.owner.mapping = self.mapping()
        return True


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check what will happen"))
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(parent=self)
        self.rows = QTableView(self)
        self.rows.setObjectName("import_preview")
        self.rows.setModel(self.model)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        owner = self.owner
        assert owner.kind is not None and owner.table is not None
        owner.preview = None
        try:
            with progress_dialog(self, self.tr("Checking every row…")) as report:
                preview = plan_import(owner.ctx.db, owner.kind, owner.table, owner.mapping, source=owner.source,
                                      progress=report)
        except ItsmError as exc:  # Cancel pressed: Back leads to the file again
            self.model.set_preview(None)
            self.summary.setText(say_error(exc))
            self.completeChanged.emit()
            return
        owner.preview = preview
        self.model.set_preview(preview)
        counts = preview.counts()
        lines = [self.tr("{create} to create, {update} to update, {same} unchanged, {skip} skipped.").format(
            create=counts[Action.CREATE], update=counts[Action.UPDATE], same=counts[Action.UNCHANGED],
            skip=counts[Action.SKIP])]
        lines += [say(note) for note in preview.notes]
        if not preview.ready:
            lines.append(tr("Nothing can be imported until these are corrected in the file: %Ln "
                            "problem(s), marked in red (point at a cell for the reason).", "", len(preview.messages())))
            lines += [say(message) for message in preview.messages()[:5]]
        self.summary.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.preview is not None and self.owner.preview.ready


def import_step_text(kind: str, count: int) -> str:
    """How the Edit menu names an import of ``count`` records of ``kind``."""
    if kind == "services":
        return tr("Import %Ln service(s)", "", count)
    if kind == "organizations":
        return tr("Import %Ln organization(s)", "", count)
    if kind == "contacts":
        return tr("Import %Ln contact(s)", "", count)
    return tr("Import service families: %Ln", "", count)


class ImportWizard(QWizard):
    """Import records from a spreadsheet; ``import_result`` holds what the commit changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, store: MappingStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from a Spreadsheet"))
        self.ctx = ctx
        self.store = store or MappingStore()
        self.kind: Kind | None = None
        self.table: SourceTable | None = None
        self.source = ""
        self.mapping: Mapping = {}
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.source_page = _SourcePage(self)
        self.mapping_page = _MappingPage(self)
        self.preview_page = _PreviewPage(self)
        for page in (self.source_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        if self.currentPage() is not self.preview_page:
            return super().validateCurrentPage()
        return self.commit()

    def commit(self) -> bool:
        """Commit the previewed import as one step on the undo stack; False if refused."""
        preview, table = self.preview, self.table
        assert preview is not None and table is not None
        try:
            self.import_result = self.ctx.operations.call(lambda: commit_import(self.ctx.db, preview))
        except ItsmError as exc:
            Dialogs.error(self, self.tr("Import"), say_error(exc))
            return False
        self.store.remember(preview.kind, table.headers, preview.mapping)
        counts = preview.counts()
        kind, count = preview.kind.name, counts[Action.CREATE] + counts[Action.UPDATE]
        self.ctx.undo_stack.push(import_step(self.ctx, lambda: import_step_text(kind, count), preview, table,
                                             self.import_result))
        return True


def run_import(ctx: AppContext, parent: QWidget | None = None) -> ImportResult | None:
    """File ▸ Import…: run the wizard; what the import changed, or None if cancelled."""
    wizard = ImportWizard(ctx, parent)
    Dialogs.run_dialog(parent, wizard)
    return wizard.import_result
