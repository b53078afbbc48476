"""The catalog report from the window: built streaming, with real progress and a Cancel that
stops the work itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from itsm_desktop.services import catalog_report
from itsm_desktop.store import Database
from itsm_desktop.ui.common import background
from itsm_desktop.ui.common.context import AppContext
from itsm_desktop.ui.printing.jobs import PrintActions
from itsm_desktop.ui.printing.pdf import PAGE_SIZE_KEY

SERVICES = 24


@pytest.fixture
def actions(db: Database, make: Any, qtbot: Any, tmp_path: Path) -> Iterator[PrintActions]:
    for n in range(SERVICES):
        make.service(f"S{n:02d}", name=f"Service {n:02d}")
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(PAGE_SIZE_KEY, "A4")
    print_actions = PrintActions(AppContext(db, settings, window), window)
    yield print_actions
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def slow_entries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each service takes 80 ms to read: the report takes about two seconds. Returns the
    number of services read so far (one item)."""
    read = [0]
    original = catalog_report.catalog_entries

    def entries(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for entry in original(*args, **kwargs):
            time.sleep(0.08)
            read[0] += 1
            yield entry

    monkeypatch.setattr(catalog_report, "catalog_entries", entries)
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 0)
    return read


def test_preview_shows_real_progress_and_cancel_stops_the_work_at_once(
        actions: PrintActions, qtbot: Any, slow_entries: list[int]) -> None:
    opened: list[object] = []
    actions.preview_opened.connect(opened.append)
    job = actions.preview_catalog()
    window = actions.parent()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "render_progress") is not None)
    progress = window.findChild(QProgressDialog, "render_progress")
    qtbot.waitUntil(lambda: progress.maximum() == 1000 and progress.value() > 0, timeout=10_000)
    assert slow_entries[0] < SERVICES
    with qtbot.waitSignal(job.cancelled):
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    at_cancel, cancelled_at = slow_entries[0], time.monotonic()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert time.monotonic() - cancelled_at < 1.0  # the worker stopped, not finished
    assert slow_entries[0] <= at_cancel + 2 < SERVICES
    qtbot.wait(50)
    assert opened == [] and not job.running


def test_print_renders_the_whole_catalog_through_the_stream(
        actions: PrintActions, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shares: list[float] = []
    original = catalog_report.catalog_report

    def spy(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        report = kwargs["progress"]
        kwargs["progress"] = lambda share: (shares.append(share), report(share))
        return original(*args, **kwargs)

    monkeypatch.setattr(catalog_report, "catalog_report", spy)
    rendered: list[Any] = []
    monkeypatch.setattr(actions, "_print_rendered", rendered.append)
    with qtbot.waitSignal(actions.print_catalog().finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(rendered))
    text = " ".join(page.extract_text() for page in PdfReader(_bytes_io(rendered[0].data)).pages)
    assert "Service 00" in text and f"Service {SERVICES - 1:02d}" in text
    assert shares and shares[-1] == 1.0


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)
