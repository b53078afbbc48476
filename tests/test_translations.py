"""The translation catalogues follow the sources: every string extracted, every catalogue built."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "itsm_desktop" / "resources" / "translations"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


def test_the_catalogues_hold_every_string_of_the_sources(script: ModuleType) -> None:
    """Fails when a string was added or changed without ``python packaging/translations.py``."""
    assert script.stale_catalogues() == []


def test_each_compiled_catalogue_is_that_of_its_source(script: ModuleType, tmp_path: Path) -> None:
    """Fails when a .ts was edited and not compiled again."""
    for language in script.LANGUAGES:
        ts_file = script.catalogue(language)
        copy = tmp_path / ts_file.name
        copy.write_bytes(ts_file.read_bytes())
        assert script.lrelease(copy).read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
            f"{ts_file.name} changed after it was compiled: run packaging/translations.py")


def test_translations_keep_the_placeholders_of_their_source() -> None:
    """A translated "{name}" placeholder that is missing or renamed would raise at run time."""
    for ts_file in sorted(CATALOGUES.glob("*.ts")):
        for message in ET.parse(ts_file).getroot().iter("message"):
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            for translation in forms or [message.findtext("translation") or ""]:  # each plural form
                if not translation.strip():
                    continue
                source = message.findtext("source") or ""
                assert set(re.findall(r"{\w*}", source)) == set(re.findall(r"{\w*}", translation)), (
                    ts_file.name, source, translation)


def test_the_domain_marker_leaves_the_text_as_it_is() -> None:
    from itsm_desktop.domain.enums import AgreementKind
    from itsm_desktop.domain.translatable import translatable

    assert translatable("Underpinning contract") == "Underpinning contract"
    assert AgreementKind.UC.label == "Underpinning contract"


def _document_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("document_translations",
                                                  ROOT / "packaging" / "document_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_document_catalogues_hold_every_printed_string_translated_and_compiled() -> None:
    """Fails when a string of the documents was added or changed without
    ``python packaging/document_translations.py`` and its translations."""
    assert _document_script().stale_catalogues() == []


def test_no_printed_string_is_looked_up_inside_an_f_string() -> None:
    """The catalogues' extractor does not read into f-strings: a ``_("…")`` there would print
    in English whatever the document's language (a marked constant, ``_(TITLE)``, is found
    where it is marked)."""
    import tokenize

    found = []
    for path in sorted((ROOT / "itsm_desktop" / "documents").rglob("*.py")):
        with path.open("rb") as file:
            for token in tokenize.tokenize(file.readline):
                if token.type == tokenize.STRING and re.match(r"[rRbB]*[fF]", token.string) \
                        and re.search(r"{\s*(_|ngettext|pgettext)\(\s*['\"]", token.string):
                    found.append(f"{path.name}:{token.start[0]}")
    assert found == []


def test_document_translations_keep_the_placeholders_of_their_source() -> None:
    script = _document_script()
    for language in script.LANGUAGES:
        for message in script.read(script.po_file(language), language):
            if not message.id:
                continue
            sources = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for index, string in enumerate(strings):  # the first form is the singular's
                source = sources[0] if index == 0 else sources[-1]
                assert set(re.findall(r"{\w*}", string)) == set(re.findall(r"{\w*}", source)), (
                    language, source, string)


def test_a_catalogue_the_check_has_not_seen_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself: a printed string missing from a catalogue, and a catalogue missing."""
    script = _document_script()
    folder = tmp_path / "documents"
    for language in script.LANGUAGES:
        po = script.po_file(language, folder)
        po.parent.mkdir(parents=True)
        text = script.po_file(language).read_text(encoding="utf-8")
        po.write_text(text.replace('msgid "Glossary"', 'msgid "Glossary (old)"'), encoding="utf-8")
    monkeypatch.setattr(script, "CATALOGUES", folder)
    problems = script.stale_catalogues()
    assert "de: lacks 'Glossary'" in problems
    assert "fr: still has 'Glossary (old)'" in problems
    assert any(p.endswith("documents.mo is missing") for p in problems)


def _glossary_rows() -> list[list[str]]:
    lines = (CATALOGUES / "GLOSSARY.md").read_text(encoding="utf-8").splitlines()
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines if line.startswith("| ")]
    return rows[1:]  # below the heading row


def test_the_glossary_gives_each_term_one_translation_per_language() -> None:
    terms = [row[0].split(" (")[0] for row in _glossary_rows()]
    assert [term for term in terms if terms.count(term) > 1] == []


def test_every_french_string_about_service_credits_uses_the_glossary_term() -> None:
    """"service credit" is "pénalité de service" on the screens and in the printed documents."""
    [row] = [row for row in _glossary_rows() if row[0].startswith("service credit")]
    assert row[2].startswith("pénalité de service")
    pairs = [(message.findtext("source") or "", message.findtext("translation") or "")
             for message in ET.parse(CATALOGUES / "itsm_desktop_fr.ts").getroot().iter("message")]
    script = _document_script()
    pairs += [(str(message.id), str(message.string)) for message in script.read(script.po_file("fr"), "fr")
              if isinstance(message.id, str)]
    about_credits = [(source, text) for source, text in pairs if re.search(r"service[ -]credit", source, re.I)]
    assert len(about_credits) >= 5
    assert [(source, text) for source, text in about_credits
            if not re.search(r"pénalités? de service", text, re.I)] == []
