"""Preview, print and export of agreements and the catalog report, with real widgets."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings, QSizeF, Qt, QThreadPool, QTimer
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton, QWidget
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.pdfgen.canvas import Canvas

from itsm_desktop.services import printing
from itsm_desktop.services.agreements import find_agreement
from itsm_desktop.store import Database
from itsm_desktop.ui.common import background
from itsm_desktop.ui.common.background import BackgroundJob
from itsm_desktop.ui.common.context import AppContext
from itsm_desktop.ui.printing import PreviewDialog, PrintActions, PrintDialogs
from itsm_desktop.ui.printing.pdf import (
    CATALOG_LANGUAGE_KEY,
    EXPORT_FOLDER_KEY,
    PAGE_SIZE_KEY,
    load_pdf,
    page_size_setting,
    set_page_size_setting,
)
from itsm_desktop.ui.printing.printer import (
    page_format,
    prepare_printer,
    print_pdf,
    print_sequence,
    render_page,
    selected_pages,
)
from itsm_desktop.ui.printing.routes import print_service_command, send_to_print_service

A4_POINTS = (595.0, 842.0)
LETTER_POINTS = (612.0, 792.0)


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def sla_id(demo_db: Database) -> int:
    """The current revision (r2) of the warehouse SLA of the sample portfolio."""
    agreement = find_agreement(demo_db, "SLA-2025-004")
    assert agreement.id is not None and agreement.revision == 2
    return agreement.id


@pytest.fixture
def sla_pdf(demo_db: Database, sla_id: int) -> bytes:
    return printing.agreement_pdf(demo_db, sla_id, page_size="A4")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show()
    return win


@pytest.fixture
def ctx(demo_db: Database, settings: QSettings, window: QMainWindow) -> AppContext:
    settings.setValue(PAGE_SIZE_KEY, "A4")
    return AppContext(demo_db, settings, window)


@pytest.fixture
def actions(ctx: AppContext, window: QMainWindow, qtbot: Any) -> Iterator[PrintActions]:
    print_actions = PrintActions(ctx, window)
    yield print_actions
    for preview in print_actions.previews():
        preview.close()


class DialogRecorder:
    """Stands in for every blocking dialog of printing; records what the user would see."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.suggested: list[Path] = []
        self.save_as: Path | None = None
        self.print_choices: dict[str, Any] | None = None
        self.print_dialog_pages: list[int] = []

    def print_setup(self, _parent: QWidget | None, printer: QPrinter, page_count: int, *,
                    current_page: bool = False) -> bool:
        self.print_dialog_pages.append(page_count)
        if self.print_choices is None:
            return False
        choices = self.print_choices
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(choices["output"]))
        printer.setResolution(choices.get("dpi", 72))
        printer.setCopyCount(choices.get("copies", 1))
        if "range" in choices:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*choices["range"])
        return True

    def save_pdf(self, _parent: QWidget | None, _title: str, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.save_as

    def error(self, _parent: QWidget | None, _title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    monkeypatch.setattr(PrintDialogs, "print_setup", classmethod(
        lambda _cls, *args, **kwargs: recorder.print_setup(*args, **kwargs)))
    monkeypatch.setattr(PrintDialogs, "save_pdf", classmethod(
        lambda _cls, *args: recorder.save_pdf(*args)))
    monkeypatch.setattr(PrintDialogs, "error", classmethod(lambda _cls, *args: recorder.error(*args)))
    return recorder


def pdf_printer(output: Path, *, dpi: int = 72) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    printer.setResolution(dpi)
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(path)
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]


def open_preview(actions: PrintActions, qtbot: Any, start: Any) -> PreviewDialog:
    with qtbot.waitSignal(actions.preview_opened, timeout=20_000) as blocker:
        start()
    dialog = blocker.args[0]
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


# --- preview ------------------------------------------------------------------------------


def test_preview_opens_with_every_page_of_the_agreement(actions: PrintActions, qtbot: Any,
                                                        sla_id: int, sla_pdf: bytes) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))

    pages = len(PdfReader(io.BytesIO(sla_pdf)).pages)
    assert pages > 1
    assert dialog.page_count() == pages
    assert dialog.page_count_label.text() == f"of {pages}"
    assert dialog.page_spin.value() == 1
    assert "SLA-2025-004 r2" in dialog.windowTitle()
    assert "Warehouse Operations Services" in dialog.windowTitle()
    assert not dialog.isModal()
    assert dialog.page_size_combo.currentData() == "A4"
    assert dialog.print_action.shortcut().matches(dialog.print_action.shortcut())


def test_preview_page_navigation(qtbot: Any, sla_pdf: bytes, window: QMainWindow) -> None:
    dialog = PreviewDialog(sla_pdf, title="SLA-2025-004 r2", page_size="A4", parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.page_count()
    assert not dialog.previous_action.isEnabled() and dialog.next_action.isEnabled()

    dialog.next_action.trigger()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_spin.value() == 2 and dialog.previous_action.isEnabled()

    dialog.page_spin.setValue(last)
    qtbot.waitUntil(lambda: dialog.current_page() == last - 1)
    assert not dialog.next_action.isEnabled()

    dialog.previous_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_spin.value() == last - 1)

    dialog.page_spin.clear()
    qtbot.keyClicks(dialog.page_spin, "3")
    qtbot.keyClick(dialog.page_spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_page() == 2)


def test_preview_zoom(qtbot: Any, sla_pdf: bytes, window: QMainWindow) -> None:
    dialog = PreviewDialog(sla_pdf, title="SLA", page_size="A4", parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(900, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.fit_width_action.isChecked()
    fitted = dialog.zoom()
    assert dialog.zoom_combo.currentText() == f"{round(fitted * 100)} %"

    dialog.zoom_in_action.trigger()
    assert not dialog.fit_width_action.isChecked()
    assert dialog.zoom() > fitted
    assert dialog.view.zoomFactor() == pytest.approx(dialog.zoom())

    dialog.zoom_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zoom_combo.lineEdit(), "200")
    qtbot.keyClick(dialog.zoom_combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.zoom() == pytest.approx(2.0)
    assert dialog.zoom_combo.currentText() == "200 %"

    dialog.fit_page_action.trigger()
    assert dialog.fit_page_action.isChecked() and not dialog.fit_width_action.isChecked()
    assert dialog.zoom() < fitted  # a whole page is shorter than a page as wide as the window

    for _ in range(10):
        dialog.zoom_out_action.trigger()
    assert dialog.zoom() == pytest.approx(0.25)
    assert not dialog.zoom_out_action.isEnabled()

    dialog.fit_width_action.trigger()
    assert dialog.zoom() == pytest.approx(fitted)


def test_changing_the_paper_renders_again_and_is_remembered(
        actions: PrintActions, qtbot: Any, sla_id: int, ctx: AppContext) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    assert page_sizes_of(dialog.pdf_data())[0] == A4_POINTS

    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData("Letter"))
    assert not dialog.page_size_combo.isEnabled()  # while the pages are laid out again
    qtbot.waitUntil(lambda: dialog.page_size == "Letter", timeout=20_000)

    assert dialog.page_size_combo.isEnabled()
    assert page_sizes_of(dialog.pdf_data())[0] == LETTER_POINTS
    assert ctx.settings.value(PAGE_SIZE_KEY) == "Letter"
    assert dialog.page_count() == len(PdfReader(io.BytesIO(dialog.pdf_data())).pages)


def page_sizes_of(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]


def test_catalog_report_preview(actions: PrintActions, qtbot: Any) -> None:
    dialog = open_preview(actions, qtbot, actions.preview_catalog)
    assert dialog.page_count() >= 1
    assert "Service catalog" in dialog.windowTitle()


def test_the_catalog_report_prints_in_the_language_chosen_in_its_preview_and_remembers_it(
        actions: PrintActions, qtbot: Any, ctx: AppContext, dialogs: DialogRecorder, tmp_path: Path) -> None:
    dialog = open_preview(actions, qtbot, actions.preview_catalog)
    combo = dialog.language_combo
    assert combo is not None and combo.value() == "en"  # the screens' language by default
    assert "Service catalog" in pdf_text(dialog.pdf_data())

    combo.setCurrentIndex(combo.index_of("de"))  # as the user picks it
    assert not combo.isEnabled()  # while the pages are laid out again
    qtbot.waitUntil(lambda: dialog.language == "de", timeout=20_000)
    assert combo.isEnabled() and "Servicekatalog" in pdf_text(dialog.pdf_data())
    assert ctx.settings.value(CATALOG_LANGUAGE_KEY) == "de"

    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData("Letter"))  # keeps the language
    qtbot.waitUntil(lambda: dialog.page_size == "Letter", timeout=20_000)
    assert "Servicekatalog" in pdf_text(dialog.pdf_data())

    dialogs.save_as = tmp_path / "catalogue.pdf"  # printed without the preview: the remembered language
    with qtbot.waitSignal(actions.exported, timeout=20_000):
        actions.export_catalog()
    assert "Servicekatalog" in pdf_text((tmp_path / "catalogue.pdf").read_bytes())
    assert dialogs.suggested[-1].name.startswith("Servicekatalog")
    assert actions.catalog_language() == "de"


def test_an_agreement_preview_offers_no_language_of_its_own(actions: PrintActions, qtbot: Any,
                                                             sla_id: int) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    assert dialog.language_combo is None and dialog.language is None  # it prints in the agreement's


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_preview_closes_when_another_database_is_opened(
        actions: PrintActions, qtbot: Any, sla_id: int, ctx: AppContext) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    ctx.hub.database_changed.emit()
    qtbot.waitUntil(lambda: not actions.previews())
    assert dialog is not None


# --- printing -----------------------------------------------------------------------------


def test_print_every_page(qtbot: Any, sla_pdf: bytes, tmp_path: Path) -> None:
    document = load_pdf(sla_pdf)
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)

    assert print_pdf(document, printer) == document.pageCount()
    assert page_sizes(output) == [A4_POINTS] * document.pageCount()


def test_print_a_page_range(qtbot: Any, sla_pdf: bytes, tmp_path: Path) -> None:
    document = load_pdf(sla_pdf)
    output = tmp_path / "range.pdf"
    printer = pdf_printer(output)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)

    assert print_pdf(document, printer) == 3
    assert len(page_sizes(output)) == 3


def test_print_two_copies(qtbot: Any, sla_pdf: bytes, tmp_path: Path) -> None:
    document = load_pdf(sla_pdf)
    output = tmp_path / "copies.pdf"
    printer = pdf_printer(output)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()  # so the copies are made here

    assert print_pdf(document, printer) == 2 * document.pageCount()
    assert len(page_sizes(output)) == 2 * document.pageCount()


def test_copies_collate_or_not_and_page_order(qtbot: Any, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "unused.pdf")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert print_sequence(3, printer) == [0, 1, 2, 0, 1, 2]
    printer.setCollateCopies(False)
    assert print_sequence(3, printer) == [0, 0, 1, 1, 2, 2]
    printer.setCopyCount(1)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert print_sequence(3, printer) == [2, 1, 0]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setFromTo(2, 9)  # beyond the document: only the pages it has
    assert selected_pages(3, printer) == [1, 2]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert selected_pages(3, printer, current_page=1) == [1]


def test_pages_are_rendered_at_the_printer_resolution(qtbot: Any, sla_pdf: bytes) -> None:
    document = load_pdf(sla_pdf)
    points = document.pagePointSize(0)
    image = render_page(document, 0, 150)
    assert image.width() == round(points.width() * 150 / 72)
    assert image.height() == round(points.height() * 150 / 72)
    assert not image.hasAlphaChannel()
    assert image.pixelColor(2, 2).name() == "#ffffff"  # paper, not transparent black


def test_each_sheet_takes_the_size_and_orientation_of_its_page(qtbot: Any, tmp_path: Path) -> None:
    paper, orientation = page_format(QSizeF(842, 595))
    assert paper.id() == paper.PageSizeId.A4
    assert orientation == QPageLayout.Orientation.Landscape

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for size in (A4, landscape(A4), LETTER):
        canvas.setPageSize(size)
        canvas.drawString(72, 72, "page")
        canvas.showPage()
    canvas.save()
    output = tmp_path / "mixed.pdf"
    document = load_pdf(buffer.getvalue())
    printer = pdf_printer(output)
    prepare_printer(printer, document, "mixed")

    assert print_pdf(document, printer) == 3
    assert page_sizes(output) == [A4_POINTS, A4_POINTS[::-1], LETTER_POINTS]


def test_print_agreement_through_the_print_dialog(actions: PrintActions, qtbot: Any, sla_id: int,
                                                  dialogs: DialogRecorder, tmp_path: Path) -> None:
    output = tmp_path / "dialog.pdf"
    dialogs.print_choices = {"output": output, "range": (1, 2), "copies": 2}

    with qtbot.waitSignal(actions.printed, timeout=20_000) as blocker:
        actions.print_agreement(sla_id)

    assert blocker.args == [4]
    assert dialogs.print_dialog_pages and dialogs.print_dialog_pages[0] > 2
    assert page_sizes(output) == [A4_POINTS] * 4
    assert dialogs.errors == []


def test_print_from_the_preview(actions: PrintActions, qtbot: Any, sla_id: int,
                                dialogs: DialogRecorder, tmp_path: Path) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    output = tmp_path / "from-preview.pdf"
    dialogs.print_choices = {"output": output}

    with qtbot.waitSignal(actions.printed, timeout=20_000) as blocker:
        dialog.print_action.trigger()

    assert blocker.args == [dialog.page_count()]
    assert len(page_sizes(output)) == dialog.page_count()


def test_cancelled_print_dialog_prints_nothing(actions: PrintActions, qtbot: Any, sla_id: int,
                                               dialogs: DialogRecorder) -> None:
    with qtbot.waitSignal(actions.printed, timeout=20_000) as blocker:
        actions.print_agreement(sla_id)
    assert blocker.args == [0]
    assert dialogs.errors == []


def test_printer_that_cannot_start_gives_a_message(actions: PrintActions, qtbot: Any, sla_id: int,
                                                   dialogs: DialogRecorder, tmp_path: Path) -> None:
    dialogs.print_choices = {"output": tmp_path / "no such folder" / "out.pdf"}
    with qtbot.waitSignal(actions.printed, timeout=20_000) as blocker:
        actions.print_agreement(sla_id)
    assert blocker.args == [0]
    assert len(dialogs.errors) == 1 and "does not exist" in dialogs.errors[0]


# --- export -------------------------------------------------------------------------------


def test_export_uses_the_default_name_in_the_remembered_folder(
        actions: PrintActions, qtbot: Any, sla_id: int, dialogs: DialogRecorder,
        ctx: AppContext, tmp_path: Path, demo_db: Database) -> None:
    folder = tmp_path / "agreements"
    folder.mkdir()
    ctx.settings.setValue(EXPORT_FOLDER_KEY, str(folder))
    expected = folder / "SLA-2025-004 r2 - Warehouse & Distribution.pdf"
    assert expected.name == printing.default_file_name(demo_db, sla_id)
    dialogs.save_as = expected

    with qtbot.waitSignal(actions.exported, timeout=20_000) as blocker:
        actions.export_agreement(sla_id)

    assert dialogs.suggested == [expected]
    assert blocker.args == [expected]
    reader = PdfReader(expected)
    assert len(reader.pages) > 1
    assert "Warehouse Operations Services" in (reader.metadata.title or "")
    assert dialogs.errors == []


def test_export_remembers_the_folder_and_adds_the_extension(
        actions: PrintActions, qtbot: Any, sla_id: int, dialogs: DialogRecorder,
        ctx: AppContext, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dialogs.save_as = elsewhere / "for the customer"

    with qtbot.waitSignal(actions.exported, timeout=20_000):
        actions.export_agreement(sla_id)

    assert (elsewhere / "for the customer.pdf").is_file()
    assert ctx.settings.value(EXPORT_FOLDER_KEY) == str(elsewhere)
    dialogs.save_as = None  # cancelled: nothing written
    with qtbot.waitSignal(actions.export_catalog().finished, timeout=20_000):
        pass
    assert sorted(p.name for p in elsewhere.iterdir()) == ["for the customer.pdf"]
    assert dialogs.suggested[-1].parent == elsewhere
    assert dialogs.suggested[-1].name.startswith("Service catalog ")


def test_export_to_an_unwritable_place_gives_a_message(
        actions: PrintActions, qtbot: Any, sla_id: int, dialogs: DialogRecorder,
        tmp_path: Path) -> None:
    dialogs.save_as = tmp_path / "missing folder" / "agreement.pdf"
    with qtbot.waitSignal(actions.export_agreement(sla_id).finished, timeout=20_000):
        pass

    assert len(dialogs.errors) == 1
    assert "does not exist" in dialogs.errors[0]
    assert not (tmp_path / "missing folder").exists()


def test_export_from_the_preview_writes_the_shown_document(
        actions: PrintActions, qtbot: Any, sla_id: int, dialogs: DialogRecorder,
        tmp_path: Path) -> None:
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    dialogs.save_as = tmp_path  # a folder: cannot be written as a file
    dialog.export_action.trigger()
    assert len(dialogs.errors) == 1 and "folder" in dialogs.errors[0]

    dialogs.save_as = tmp_path / "shown.pdf"
    with qtbot.waitSignal(actions.exported):
        dialog.export_action.trigger()
    assert (tmp_path / "shown.pdf").read_bytes() == dialog.pdf_data()


def test_export_catalog(actions: PrintActions, qtbot: Any, dialogs: DialogRecorder,
                        tmp_path: Path) -> None:
    dialogs.save_as = tmp_path / "catalog.pdf"
    with qtbot.waitSignal(actions.exported, timeout=20_000):
        actions.export_catalog()
    assert len(PdfReader(tmp_path / "catalog.pdf").pages) >= 1


# --- background work ----------------------------------------------------------------------


def test_rendering_runs_while_the_event_loop_keeps_running(qtbot: Any, window: QMainWindow) -> None:
    # The work finishes only once a timer of the GUI thread has fired: if the work blocked the
    # event loop, it would never finish.
    released = threading.Event()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 5 and released.set()))
    timer.start()

    def work() -> str:
        assert released.wait(10), "the event loop did not run while rendering"
        return "rendered"

    job = BackgroundJob(work, label="Rendering…", parent_widget=window)
    with qtbot.waitSignal(job.finished, timeout=15_000) as blocker:
        job.start()
        assert job.running
    timer.stop()
    assert blocker.args == ["rendered"]
    assert len(ticks) >= 5
    assert not job.running


def test_slow_rendering_shows_progress_and_cancel_discards_the_result(
        qtbot: Any, window: QMainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 0)
    release = threading.Event()
    finished: list[object] = []
    job = BackgroundJob(lambda: release.wait(10) and "late", label="Rendering…", parent_widget=window)
    job.finished.connect(finished.append)
    job.start()

    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "render_progress") is not None)
    progress = window.findChild(QProgressDialog, "render_progress")
    assert progress.isVisible() and progress.labelText() == "Rendering…"
    cancel_button = progress.findChild(QPushButton)
    with qtbot.waitSignal(job.cancelled):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert finished == []
    assert not job.running


def test_agreement_rendering_happens_in_a_worker_thread(
        actions: PrintActions, qtbot: Any, sla_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    original = printing.print_agreement

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(printing, "print_agreement", spy)
    open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    assert threads and threads[0] is not threading.main_thread()


def test_a_preview_reads_the_agreement_once(actions: PrintActions, qtbot: Any, sla_id: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # pages, title and file name come from one snapshot, so from one state of the database
    snapshots: list[int] = []
    original = printing.agreement_snapshot

    def counted(*args: Any, **kwargs: Any) -> Any:
        snapshots.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(printing, "agreement_snapshot", counted)
    dialog = open_preview(actions, qtbot, lambda: actions.preview_agreement(sla_id))
    assert len(snapshots) == 1
    assert dialog.windowTitle().startswith("SLA-2025-004 r2")


def test_unknown_agreement_gives_a_message(actions: PrintActions, qtbot: Any,
                                           dialogs: DialogRecorder) -> None:
    job = actions.preview_agreement(999_999)
    with qtbot.waitSignal(job.refused, timeout=10_000):
        pass
    assert len(dialogs.errors) == 1
    assert actions.previews() == []


@pytest.mark.parametrize(("name", "paper"), [
    ("en_GB", "A4"), ("de_DE", "A4"), ("C", "A4"), ("en_US", "Letter"), ("en_CA", "Letter"),
    ("es_MX", "Letter")])
def test_the_paper_follows_the_locale_until_one_is_chosen(settings: Any, name: str, paper: str) -> None:
    assert page_size_setting(settings, QLocale(name)) == paper
    set_page_size_setting(settings, "Letter" if paper == "A4" else "A4")
    assert page_size_setting(settings, QLocale(name)) != paper
    set_page_size_setting(settings, "")  # Automatic again
    assert page_size_setting(settings, QLocale(name)) == paper


# --- vector pages: the document's own PDF goes to the file or the print service --------------------


def image_count(path: Path) -> int:
    reader = PdfReader(path)
    return sum(len(page.images) for page in reader.pages)


def test_printing_to_a_pdf_file_writes_the_document_as_exported(
        actions: PrintActions, qtbot: Any, sla_id: int, sla_pdf: bytes, dialogs: DialogRecorder,
        tmp_path: Path, window: QMainWindow) -> None:
    output = tmp_path / "printed.pdf"
    dialogs.print_choices = {"output": output, "dpi": 600}  # what a print dialog's PDF printer gives

    with qtbot.waitSignal(actions.print_note, timeout=20_000) as note:
        actions.print_agreement(sla_id)

    assert "vector" in note.args[0] and window.statusBar().currentMessage() == note.args[0]
    # vector pages, not 600 dpi pictures: the text is there, and the only images are the
    # document's own (the letterhead's logo)
    assert "Contents" in (PdfReader(output).pages[1].extract_text() or "")
    assert image_count(output) == sum(len(page.images) for page in PdfReader(io.BytesIO(sla_pdf)).pages)
    assert abs(output.stat().st_size - len(sla_pdf)) < len(sla_pdf) * 0.05
    assert len(PdfReader(output).pages) == len(PdfReader(io.BytesIO(sla_pdf)).pages)
    assert dialogs.errors == []


def test_a_page_range_to_a_pdf_file_is_printed_as_images_and_says_so(
        actions: PrintActions, qtbot: Any, sla_id: int, dialogs: DialogRecorder, tmp_path: Path) -> None:
    output = tmp_path / "two-pages.pdf"
    dialogs.print_choices = {"output": output, "range": (1, 2)}

    with qtbot.waitSignal(actions.print_note, timeout=20_000) as note:
        actions.print_agreement(sla_id)

    assert "images" in note.args[0]
    assert image_count(output) == 2


def test_printing_to_the_database_file_is_refused(actions: PrintActions, qtbot: Any, sla_id: int,
                                                  dialogs: DialogRecorder, demo_db: Database) -> None:
    before = demo_db.path.read_bytes()
    dialogs.print_choices = {"output": demo_db.path}

    with qtbot.waitSignal(actions.printed, timeout=20_000) as blocker:
        actions.print_agreement(sla_id)

    assert blocker.args == [0]
    assert len(dialogs.errors) == 1 and dialogs.errors[0].startswith(f"Cannot print to {demo_db.path}")
    assert demo_db.path.read_bytes() == before


def test_a_printer_gets_the_pdf_through_the_print_service(tmp_path: Path, sla_pdf: bytes) -> None:
    received = tmp_path / "received"
    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > "{received}.args"\ncat > "{received}.pdf"\n')
    lp.chmod(0o755)
    printer = QPrinter()
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    command = print_service_command(str(lp), "Office", printer, title="SLA-2025-004",
                                    current_page=None)

    send_to_print_service(command, sla_pdf)

    assert (tmp_path / "received.pdf").read_bytes() == sla_pdf
    assert (tmp_path / "received.args").read_text().split() == [
        "-d", "Office", "-t", "SLA-2025-004", "-n", "2", "-o", "collate=true", "-P", "2-3", "-"]
    failing = tmp_path / "lp-offline"
    failing.write_text('#!/bin/sh\ncat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    failing.chmod(0o755)
    with pytest.raises(OSError, match="does not exist"):
        send_to_print_service([str(failing), "-"], sla_pdf)
