"""Export PDF…: choose a file (good default name, last folder used) and write it whole."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.services.printing import write_file

from ..common.messages import say_error
from ..common.translate import tr as _tr
from .dialogs import PrintDialogs
from .pdf import EXPORT_FOLDER_KEY


def export_folder(settings: QSettings) -> Path:
    """The folder of the last export, else the user's documents folder, else home."""
    value = settings.value(EXPORT_FOLDER_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_export_path(parent: QWidget | None, settings: QSettings, file_name: str) -> Path | None:
    """Ask where to save ``file_name`` (in the last folder used); None when cancelled.

    A name typed without an extension gets ``.pdf``. The chosen folder is remembered.
    """
    chosen = PrintDialogs.save_pdf(parent, _tr("Export PDF"), export_folder(settings) / file_name)
    if chosen is None:
        return None
    if chosen.suffix.lower() != ".pdf" and not chosen.is_dir():
        chosen = chosen.with_name(chosen.name + ".pdf")
    settings.setValue(EXPORT_FOLDER_KEY, str(chosen.parent))
    return chosen


def write_pdf(parent: QWidget | None, path: Path, data: bytes, protect: Sequence[Path] = ()) -> bool:
    """Write ``data`` to ``path`` whole or not at all, never over one of ``protect`` (the open
    database); a failure is shown as a message."""
    try:
        write_file(path, data, protect=protect)
    except (ItsmError, OSError) as exc:
        PrintDialogs.error(parent, _tr("Export PDF"), export_error_text(path, exc))
        return False
    return True


def export_error_text(path: Path, exc: BaseException) -> str:
    """One sentence for the user about a file that could not be written."""
    if isinstance(exc, ItsmError):
        return say_error(exc)
    reason = getattr(exc, "strerror", None) or str(exc)
    return _tr("Cannot write {path}: {reason}.").format(path=path, reason=reason)
