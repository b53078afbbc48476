"""The import wizard in German and French: a refused file and the problems of its rows are
said in the language of the screens, while the command line keeps its English sentences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from language_helpers import speaking
from test_exchange_bad_files import HEADER
from ui_helpers import FakeDialogs

from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database
from itsm_desktop.ui.exchange.preview_model import PROBLEM_ROLE
from itsm_desktop.ui.exchange.wizard import ImportWizard
from itsm_desktop.ui.main_window import MainWindow

FILES = {
    "empty": ("empty.csv", b""),
    "unknown owner": ("owner.csv", (HEADER + "OWN1;Owned;live;nobody@nowhere.example;\r\n").encode()),
    "duplicate codes": ("dup.csv", (HEADER + "DUP1;One;live;;\r\nDUP1;Two;live;;\r\n").encode()),
}
SAID = {
    ("de", "empty"): "empty.csv ist leer.",
    ("fr", "empty"): "empty.csv est vide.",
    ("de", "unknown owner"): "Zeile 2, {owner}: Es gibt keinen Kontakt „nobody@nowhere.example“; "
                             "importieren Sie zuerst die Kontakte.",
    ("fr", "unknown owner"): "Ligne 2, {owner} : Il n’existe aucun contact « nobody@nowhere.example » ; "
                             "importez d’abord les contacts.",
    ("de", "duplicate codes"): "„DUP1“ kommt erneut vor: Zeile 2 enthält es bereits.",
    ("fr", "duplicate codes"): "« DUP1 » apparaît à nouveau : la ligne 2 le contient déjà.",
}
OWNER = {"de": "Service Owner", "fr": "Propriétaire du service"}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    with speaking(request.param) as code:
        yield code


def _wizard_text(window: MainWindow, fake_dialogs: FakeDialogs, path: Path) -> str:
    seen: dict[str, str] = {}

    def run(_parent: Any, wizard: ImportWizard) -> int:
        wizard.show()
        wizard.source_page.kind.setCurrentIndex(wizard.source_page.kind.findData("services"))
        wizard.source_page.path.setText(str(path))
        wizard.next()
        if wizard.currentPage() is wizard.source_page:
            seen["text"] = wizard.source_page.message.text()
        else:
            wizard.next()
            model = wizard.preview_page.rows.model()
            seen["text"] = "\n".join([wizard.preview_page.summary.text(), *(
                str(model.index(r, c).data(PROBLEM_ROLE) or "")
                for r in range(model.rowCount()) for c in range(model.columnCount()))])
        wizard.close()
        return 0

    fake_dialogs.answer("run_dialog", run)
    window.window_actions.import_data.trigger()
    return seen["text"]


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
@pytest.mark.parametrize("case", list(FILES))
def test_the_wizard_says_what_is_wrong_in_the_language(language: str, case: str, make_window: Any, db: Database,
                                                        fake_dialogs: FakeDialogs, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    load_demo(db)
    window: MainWindow = make_window(db)
    name, content = FILES[case]
    path = tmp_path / name
    path.write_bytes(content)
    text = _wizard_text(window, fake_dialogs, path)
    assert SAID[language, case].format(owner=OWNER[language]) in text, text


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_an_export_over_a_folder_is_refused_in_the_language(language: str, tmp_path: Path) -> None:
    from itsm_desktop.domain.errors import ItsmError
    from itsm_desktop.services.output_files import writing
    from itsm_desktop.ui.printing.export import export_error_text

    with pytest.raises(ItsmError) as refused, writing(tmp_path):
        pass
    assert export_error_text(tmp_path, refused.value) == {
        "de": f"{tmp_path} ist ein Ordner; geben Sie der Datei einen Namen.",
        "fr": f"{tmp_path} est un dossier ; donnez un nom au fichier."}[language]
