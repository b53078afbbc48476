"""Update the translation catalogues from the sources and compile them.

    python packaging/translations.py            # lupdate, then lrelease
    python packaging/translations.py --check    # exit 1 when a catalogue is out of date

``pyside6-lupdate`` reads every module of ``itsm_desktop/ui`` and the modules below it that
mark strings with ``translatable()``; it keeps the translations already written and marks
strings no longer in the sources obsolete. ``pyside6-lrelease`` compiles each ``.ts`` into the
``.qm`` the application loads (shipped in the wheel as package data and in the bundle).

Strings translated outside a QObject method (``tr()``/``_tr()`` helpers, ``QT_TR_NOOP`` and the
domain's ``translatable``) are filed under the empty context, where ``ui.common.translate``
looks them up.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "itsm_desktop"
CATALOGUES = PACKAGE / "resources" / "translations"
LANGUAGES = ("de", "fr")
ALIASES = "tr+=_tr,QT_TR_NOOP+=translatable"


def sources() -> list[Path]:
    """The modules whose strings are extracted: the ui layer, and the modules below it that
    mark strings with ``translatable()`` (enumeration labels, list column titles)."""
    ui = sorted((PACKAGE / "ui").rglob("*.py"))
    marked = sorted(p for layer in ("domain", "services", "store", "documents")
                    for p in (PACKAGE / layer).rglob("*.py")
                    if "translatable(" in p.read_text(encoding="utf-8")
                    and p.name != "translatable.py")
    return ui + marked


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"itsm_desktop_{language}.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"error: {name} is not installed (it comes with PySide6)")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Merge the sources' strings into ``ts_files`` (created when missing)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-no-obsolete",
                    "-tr-function-alias", ALIASES, *files, "-ts", *map(str, ts_files)],
                   cwd=ROOT, check=True)


def lrelease(ts_file: Path) -> Path:
    qm = ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm)], check=True)
    return qm


def messages(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source text) of every current message of a catalogue."""
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")
            if (message.find("translation") is None
                or message.find("translation").get("type") not in {"obsolete", "vanished"})}


def stale_catalogues() -> list[str]:
    """What differs between the committed catalogues and a fresh extraction, one line each."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp) / "fresh_de.ts"
        lupdate([fresh])
        wanted = messages(fresh)
        for language in LANGUAGES:
            ts_file = catalogue(language)
            if not ts_file.is_file():
                problems.append(f"{ts_file.name} is missing")
                continue
            have = messages(ts_file)
            problems += [f"{ts_file.name} lacks {context or '(shared)'}: {text!r}"
                         for context, text in sorted(wanted - have)]
            problems += [f"{ts_file.name} still has {context or '(shared)'}: {text!r}"
                         for context, text in sorted(have - wanted)]
            if not ts_file.with_suffix(".qm").is_file():
                problems.append(f"{ts_file.with_suffix('.qm').name} is missing")
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
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    lupdate([catalogue(language) for language in LANGUAGES])
    for language in LANGUAGES:
        lrelease(catalogue(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
