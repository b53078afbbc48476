"""The import wizard given the files a user gets wrong: each is answered with a sentence on
the page it reaches, Import stays disabled, and the database is left as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from ui_helpers import FakeDialogs

from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database
from itsm_desktop.ui.exchange.preview_model import PROBLEM_ROLE
from itsm_desktop.ui.exchange.wizard import ImportWizard
from itsm_desktop.ui.main_window import MainWindow

HEADER = "Code;Name;Status;Owner;Price\r\n"


def _xlsx(path: Path, *rows: list[Any]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path.read_bytes()


def _files(folder: Path) -> dict[str, tuple[str, bytes]]:
    """Name → (file name, content) of a file a user might pick by mistake."""
    good = _xlsx(folder / "good.xlsx", ["Code", "Name"], ["OK1", "Fine"])
    return {
        "empty": ("empty.csv", b""),
        "header only": ("header.csv", HEADER.encode()),
        "binary": ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "password": ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
        "not a workbook": ("notes.xlsx", b"just some text"),
        "truncated": ("cut.xlsx", good[: len(good) // 2]),
        "csv named ods": ("sheet.ods", HEADER.encode()),
        "missing column": ("nocode.csv", b"Name;Status\r\nNo code;live\r\n"),
        "duplicate codes": ("dup.csv", (HEADER + "DUP1;One;live;;\r\nDUP1;Two;live;;\r\n").encode()),
        "unknown owner": ("owner.csv", (HEADER + "OWN1;Owned;live;nobody@nowhere.example;\r\n").encode()),
        "not in enumeration": ("enum.csv", (HEADER + "ENU1;Enum;sleeping;;\r\n").encode()),
        "decimal comma gone wrong": ("price.csv", (HEADER + "PRI1;Price;live;;12,5,0\r\n").encode()),
        "date for a price": ("date.xlsx", _xlsx(folder / "d.xlsx", ["Code", "Name", "Price"],
                                                ["DAT1", "Dated", "31.12.2024"])),
        "formula never calculated": ("formula.xlsx", _xlsx(folder / "f.xlsx", ["Code", "Name", "Price"],
                                                           ["FOR1", "Formula", "=2*3"])),
    }


SENTENCES = {
    "empty": "is empty",
    "header only": "no records under it",
    "binary": "not a text file",
    "password": "password-protected",
    "not a workbook": "is not an XLSX workbook",
    "truncated": "is damaged",
    "csv named ods": "is not an ODS workbook",
    "missing column": "The required column “Code” is not mapped",
    "duplicate codes": "“DUP1” appears again: row 2 has it already",
    "unknown owner": "There is no contact “nobody@nowhere.example”",
    "not in enumeration": "“sleeping” is not one of",
    "decimal comma gone wrong": "“12,5,0” is not an amount",
    "date for a price": "“31.12.2024” is not an amount",
    "formula never calculated": "formula that was never calculated",
}


def _services(db: Database) -> list[tuple[Any, ...]]:
    import sqlalchemy as sa

    from itsm_desktop.domain.models import Service

    return db.plain_rows(sa.select(Service.id, Service.code, Service.version).order_by(Service.id))


@pytest.mark.parametrize("case", list(SENTENCES))
def test_a_bad_file_gets_a_sentence_and_changes_nothing(make_window: Any, db: Database, fake_dialogs: FakeDialogs,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       case: str) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    load_demo(db)
    window: MainWindow = make_window(db)
    name, content = _files(tmp_path)[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = _services(db)
    seen: dict[str, Any] = {}

    def run(_parent: Any, wizard: ImportWizard) -> int:
        wizard.show()
        wizard.source_page.kind.setCurrentIndex(wizard.source_page.kind.findData("services"))
        wizard.source_page.path.setText(str(path))
        wizard.next()
        if wizard.currentPage() is wizard.source_page:  # the file itself is refused
            seen["text"] = wizard.source_page.message.text()
        else:
            wizard.next()
            assert wizard.currentPage() is wizard.preview_page
            seen["text"] = wizard.preview_page.summary.text()
            model = wizard.preview_page.rows.model()
            seen["text"] += "\n" + "\n".join(str(model.index(r, c).data(PROBLEM_ROLE) or "")
                                             for r in range(model.rowCount()) for c in range(model.columnCount()))
        seen["finish"] = wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.close()
        return 0

    fake_dialogs.answer("run_dialog", run)
    window.window_actions.import_data.trigger()
    assert SENTENCES[case] in seen["text"], seen["text"]
    assert "Traceback" not in seen["text"] and not seen["finish"]
    assert _services(db) == before
    assert not window.window_actions.undo.isEnabled() and "error" not in fake_dialogs.names()
