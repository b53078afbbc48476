"""Update the catalogues of the printed documents from the sources and compile them.

    python packaging/document_translations.py            # extract, update the .po, compile the .mo
    python packaging/document_translations.py --check    # exit 1 when a catalogue is out of date

The documents do not load Qt: they print in their own language (not the screen's) through
GNU gettext catalogues, made here with Babel's Python API (what ``pybabel extract``, ``update``
and ``compile`` do). The strings are those of ``itsm_desktop/documents`` marked ``_``, ``N_``
or ``ngettext``, and the enumeration labels of the domain (``translatable``) the documents
print. Each ``.po`` keeps the translations already written; ``--check`` reports a printed
string missing from a catalogue or left untranslated, a string no longer printed, and a
``.mo`` that is missing or not compiled from its ``.po``.
"""

from __future__ import annotations

import argparse
import gettext
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "itsm_desktop"
CATALOGUES = PACKAGE / "resources" / "translations" / "documents"
DOMAIN = "documents"
LANGUAGES = ("de", "fr")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
LABEL_SOURCES = ("domain/enums.py", "domain/underpinning.py", "services/service_levels/surveys.py")
"""Modules below the documents whose labels and sentences the documents print (``translatable``)."""
MARKED_SOURCES = ("domain/measurement/formulas.py",)
"""Modules below the documents whose sentences only the documents print (marked ``N_``)."""
STAMP = datetime(2026, 12, 5, tzinfo=UTC)
"""A fixed date in the headers, so that a catalogue changes only when its messages do."""

Message = str | tuple[str, str]
Key = tuple[Message, str | None]
"""A message and its context (``pgettext``), as a catalogue tells them apart."""


def sources() -> list[Path]:
    return sorted((PACKAGE / "documents").rglob("*.py"))


def extract() -> dict[Key, list[tuple[str, int]]]:
    """Every message the documents print (with its context), with where it is written."""
    found: dict[Key, list[tuple[str, int]]] = {}
    jobs = [(path, KEYWORDS) for path in sources()]
    jobs += [(PACKAGE / name, {"translatable": None}) for name in LABEL_SOURCES]
    jobs += [(PACKAGE / name, {"N_": None}) for name in MARKED_SOURCES]
    for path, keywords in jobs:
        where = path.relative_to(ROOT).as_posix()
        for line, message, _comments, context in extract_from_file(
                "python", str(path), keywords=keywords, comment_tags=(), options={}):
            if not message or (isinstance(message, tuple) and not all(message)):
                continue
            found.setdefault((message, context), []).append((where, line))
    return found


def po_file(language: str, folder: Path | None = None) -> Path:
    return (folder or CATALOGUES) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def template() -> Catalog:
    catalog = Catalog(project="ITSM Desktop", domain=DOMAIN, creation_date=STAMP, charset="utf-8")
    for (message, context), locations in extract().items():
        catalog.add(message, locations=locations, context=context)
    return catalog


def read(path: Path, language: str) -> Catalog:
    if not path.is_file():
        return Catalog(locale=language, domain=DOMAIN, project="ITSM Desktop", creation_date=STAMP,
                       revision_date=STAMP)
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def updated(language: str, fresh: Catalog) -> Catalog:
    """The language's catalogue with the fresh messages, its translations kept (no fuzzy
    guesses: a changed sentence is translated anew)."""
    catalog = read(po_file(language), language)
    catalog.update(fresh, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.revision_date = STAMP
    catalog.creation_date = STAMP
    catalog.fuzzy = False  # a fuzzy header would leave the plural rule out of the .mo
    catalog.last_translator = "ITSM Desktop developers"
    catalog.language_team = {"de": "Deutsch", "fr": "Français"}.get(language, language)
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=False, include_previous=False, omit_header=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compiled_messages(mo: bytes) -> dict[object, str]:
    """What a compiled catalogue translates, its header aside (Babel's versions word it
    differently)."""
    messages = dict(gettext.GNUTranslations(io.BytesIO(mo))._catalog)  # type: ignore[attr-defined]
    messages.pop("", None)
    return messages


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def _named(key: Key) -> str:
    message, context = key
    return f"{message!r}" + (f" (in {context})" if context else "")


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def stale_catalogues() -> list[str]:
    """What differs between the committed catalogues and the sources, one line each."""
    problems = []
    wanted = set(extract())
    for language in LANGUAGES:
        path = po_file(language)
        if not path.is_file():
            problems.append(f"{_shown(path)} is missing")
            continue
        catalog = read(path, language)
        have = {(m.id, m.context) for m in catalog if m.id}
        problems += [f"{language}: lacks {_named(k)}" for k in sorted(wanted - have, key=str)]
        problems += [f"{language}: still has {_named(k)}" for k in sorted(have - wanted, key=str)]
        problems += [f"{language}: not translated: {m!r}" for m in untranslated(catalog)]
        mo = path.with_suffix(".mo")
        if not mo.is_file():
            problems.append(f"{_shown(mo)} is missing")
        elif compiled_messages(mo.read_bytes()) != compiled_messages(mo_bytes(catalog)):
            problems.append(f"{_shown(mo)} was not compiled from its .po")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date catalogues")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_catalogues()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    fresh = template()
    for language in LANGUAGES:
        catalog = updated(language, fresh)
        path = po_file(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        path.with_suffix(".mo").write_bytes(mo_bytes(read(path, language)))
        missing = untranslated(catalog)
        if missing:
            print(f"{language}: {len(missing)} messages to translate in {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
