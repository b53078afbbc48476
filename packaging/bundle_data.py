"""What the standalone bundle ships besides Python code: data files and hidden imports.

The PyInstaller spec (``itsm-desktop.spec``) imports this module, and the packaging
tests import it too, so the lists below are the single place to change. Folders are
walked when the bundle is built, so a new icon or migration is picked up without
editing anything here.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folders shipped whole, relative to the repository root; each lands at the same
# relative place inside the bundle, so ``Path(__file__).parent`` lookups keep working.
DATA_TREES: tuple[str, ...] = (
    "itsm_desktop/resources",
    "itsm_desktop/store/migrations",
)

# Loose data files next to code (glob patterns relative to the repository root), and the
# project's own licence text.
DATA_GLOBS: tuple[str, ...] = ("itsm_desktop/store/*.ini", "COPYING")

# Folders whose Python files are run from disk by Alembic, not imported by the
# application, so PyInstaller cannot see what they import.
MIGRATION_TREE = "itsm_desktop/store/migrations"

# Modules loaded by name at run time (SQLAlchemy dialects, Alembic's DDL backend).
EXTRA_HIDDEN_IMPORTS: tuple[str, ...] = (
    "itsm_desktop.store.backends.sqlite",  # store backends are imported by name (backend_for)
    "itsm_desktop.store.backends.postgresql",  # a team server
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.ddl.postgresql",
    "psycopg_binary",  # psycopg loads its bundled libpq wrapper by name
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.op",
    "alembic.context",
    # the packages that load their parts on first use, by name (PEP 562)
    *(f"itsm_desktop.domain.models.{group}" for group in (
        "base", "stakeholders", "catalog", "agreements", "service_levels", "measured_records",
        "clause_library", "team", "history")),
    *(f"itsm_desktop.store.{part}" for part in ("database", "locations", "errors", "backends")),
)

# Qt modules the application does not use; keeping them out makes the bundle smaller.
# Used: QtCore, QtGui, QtWidgets, QtSvg, QtPdf, QtPdfWidgets, QtPrintSupport.
QT_EXCLUDES: tuple[str, ...] = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtPositioning",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
    )
)

# Other packages that are installed alongside in development but never needed at run time.
OTHER_EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "importlinter",
)

# Parts of Pillow that reportlab never reaches: it imports PIL.Image unconditionally but
# the documents embed no images; these optional codecs bring about 7 MB of libraries.
PIL_EXCLUDES: tuple[str, ...] = (
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageCms",
    "PIL.ImageTk",
    "PIL.ImageQt",
)

# Shared libraries and Qt plugins to drop after analysis (substrings of their path inside
# the bundle, lower case, "/" as separator). Libraries only they needed go with them.
UNWANTED_BINARIES: tuple[str, ...] = (
    # Qt's virtual keyboard input plugin links the whole QML/Quick runtime (about 20 MB).
    "virtualkeyboard",
    "qt6quick",
    "qt6qml",
    "qtquick.framework",
    "qtqml",
    # The GTK 3 platform theme links GTK, Pango and Cairo: bundled copies of those next
    # to the desktop's own GTK are a classic cause of crashes, and Qt falls back to the
    # XDG desktop portal theme (kept) and its own dialogs without it.
    "platformthemes/libqgtk3",
    # Platforms for embedded devices and remote framebuffers (kept: xcb, wayland,
    # offscreen, minimal); their input plugins and device integrations.
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "plugins/egldeviceintegrations/",
    "plugins/generic/",
    "libqt6eglfs",
    # Image formats nothing here reads (kept: svg, png built in, jpeg, gif, ico, pdf).
    "imageformats/libqtiff",
    "imageformats/libqwebp",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/libqicns",
    # The application works offline: no network reachability or TLS back-ends.
    "plugins/networkinformation/",
    "plugins/tls/",
)

# Data files dropped after analysis: Qt's translations (7 MB), except those of its own
# dialogs and buttons (qtbase) in the languages the application speaks besides English.
UNWANTED_DATA: tuple[str, ...] = ("pyside6/qt/translations/",)
QT_TRANSLATIONS_KEPT: tuple[str, ...] = tuple(
    f"pyside6/qt/translations/qtbase_{language}.qm" for language in ("de", "fr"))

_SKIPPED_DIRS = {"__pycache__"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo"}


def _shipped(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix not in _SKIPPED_SUFFIXES
        and not any(part in _SKIPPED_DIRS for part in path.parts)
    )


def data_files(root: Path = ROOT) -> list[Path]:
    """Every data file the bundle ships, relative to ``root``, sorted."""
    found: set[Path] = set()
    for tree in DATA_TREES:
        found.update(p for p in (root / tree).rglob("*") if _shipped(p))
    for pattern in DATA_GLOBS:
        found.update(p for p in root.glob(pattern) if _shipped(p))
    return sorted(p.relative_to(root) for p in found)


def pyinstaller_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs in the form PyInstaller's ``datas`` takes."""
    return [(str(root / rel), rel.parent.as_posix()) for rel in data_files(root)]


# --- third-party licence texts ----------------------------------------------------------

# Where the bundle keeps the licence texts of the libraries it contains: one folder each.
LICENSE_FOLDER = "licenses"

# Distributions whose wheels carry no licence text: the text ships with the application
# (itsm_desktop/resources/licenses/, named in LICENSES.md).
LICENSE_TEXT_SHIPPED_BY_US: frozenset[str] = frozenset(
    {"pyside6", "pyside6-addons", "pyside6-essentials", "shiboken6"}
)

# Bundled although no dependency of the application: PyInstaller's bootloader.
BUNDLE_TOOLS: tuple[str, ...] = ("pyinstaller",)

_LICENSE_NAME = re.compile(r"(?i)^(licen[cs]e|copying|notice|authors)|-copying|-license")


def _normalized_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requirements: Iterable[str]) -> list[str]:
    """The distribution names of ``requirements``, leaving out those only an extra wants."""
    names = []
    for requirement in requirements:
        requirement_name, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement_name)
        if match:
            names.append(match.group(1))
    return names


def runtime_distributions(root: Path = ROOT) -> list[importlib.metadata.Distribution]:
    """The installed distributions the application needs at run time (its dependencies in
    pyproject.toml and theirs), plus the bundle tools, by name order."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found: dict[str, importlib.metadata.Distribution] = {}
    pending = _requirement_names(project["dependencies"]) + list(BUNDLE_TOOLS)
    while pending:
        name = pending.pop()
        if _normalized_name(name) in found:
            continue
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a platform-specific dependency, not installed here
        found[_normalized_name(name)] = distribution
        if _normalized_name(name) not in BUNDLE_TOOLS:
            pending.extend(_requirement_names(distribution.requires or []))
    return [found[key] for key in sorted(found)]


def license_files(distribution: importlib.metadata.Distribution) -> list[tuple[Path, str]]:
    """The licence texts a distribution installed: (file, folder inside the bundle)."""
    name = _normalized_name(distribution.metadata["Name"])
    shipped = []
    for file in distribution.files or []:
        if not _LICENSE_NAME.search(file.name) or file.suffix in {".py", ".pyc"}:
            continue
        parts = list(file.parent.parts)
        if parts and parts[0].endswith(".dist-info"):
            parts = []  # the distribution's own licence files: straight into its folder
        shipped.append((Path(str(file.locate())), "/".join([LICENSE_FOLDER, name, *parts])))
    return [(source, folder) for source, folder in shipped if source.is_file()]


def python_license() -> Path | None:
    """The Python runtime's own licence text, where this interpreter installed one."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def license_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller data entries for the licence texts of every bundled library and Python."""
    datas = [
        (str(source), folder)
        for distribution in runtime_distributions(root)
        for source, folder in license_files(distribution)
    ]
    python = python_license()
    if python is not None:
        datas.append((str(python), f"{LICENSE_FOLDER}/python"))
    return datas


def _imports_of(source: Path) -> Iterator[str]:
    """Absolute module names a Python file imports, with ``from a import b`` giving ``a.b`` too."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError, AttributeError):
        return False


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules imported by the Alembic environment and revision scripts, sorted."""
    names: set[str] = set()
    for source in sorted((root / MIGRATION_TREE).rglob("*.py")):
        names.update(_imports_of(source))
    names.discard("__future__")
    # ``from a import b`` names a module only when ``b`` is one; keep the real modules.
    return sorted(name for name in names if "." not in name or _is_module(name))


def hidden_imports(root: Path = ROOT) -> list[str]:
    """Hidden imports for the spec: the migrations' imports plus modules loaded by name."""
    return sorted(set(migration_imports(root)) | set(EXTRA_HIDDEN_IMPORTS))


def excludes() -> list[str]:
    """Modules to keep out of the bundle."""
    return [*QT_EXCLUDES, *PIL_EXCLUDES, *OTHER_EXCLUDES]


def _normalized(destination: str) -> str:
    return destination.replace("\\", "/").lower()


def _base_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def is_unwanted_binary(destination: str) -> bool:
    """Whether a collected binary (its path inside the bundle) is left out."""
    name = _normalized(destination)
    return any(pattern in name for pattern in UNWANTED_BINARIES)


def is_unwanted_data(destination: str) -> bool:
    """Whether a collected data file (its path inside the bundle) is left out."""
    name = _normalized(destination)
    if any(name.endswith(kept) for kept in QT_TRANSLATIONS_KEPT):
        return False
    return any(pattern in name for pattern in UNWANTED_DATA)


TocEntry = tuple[str, str, str]  # (path inside the bundle, source path, type code)


def prune_binaries(
    binaries: Iterable[TocEntry], imports_of: Callable[[str], Iterable[str] | None]
) -> tuple[list[TocEntry], set[str]]:
    """The binaries to ship, and the base names of those left out.

    Drops the unwanted binaries, then the libraries that only they needed: a library
    the unwanted ones link is kept when a binary that stays links it, directly or through
    other kept libraries. ``imports_of(source path)`` gives the names a binary links, or
    None when they cannot be read (then every such library is kept).
    """
    entries = list(binaries)
    by_name = {_base_name(entry[0]): entry for entry in entries}
    dropped = [entry for entry in entries if is_unwanted_binary(entry[0])]
    dropped_names = {_base_name(entry[0]) for entry in dropped}
    # Every bundled library the dropped binaries link, directly or through one another.
    candidates: set[str] = set()
    pending = list(dropped)
    while pending:
        entry = pending.pop()
        for name in map(_base_name, imports_of(entry[1]) or ()):
            if name in by_name and name not in candidates and name not in dropped_names:
                candidates.add(name)
                pending.append(by_name[name])
    # Walk the link graph from every binary that stays and is not a candidate.
    needed: set[str] = set()
    pending = [e for e in entries if e not in dropped and _base_name(e[0]) not in candidates]
    while pending:
        entry = pending.pop()
        links = imports_of(entry[1])
        if links is None:
            needed = candidates
            break
        for name in map(_base_name, links):
            if name in candidates and name not in needed:
                needed.add(name)
                pending.append(by_name[name])
    removed = dropped_names | (candidates - needed)
    kept = [entry for entry in entries if _base_name(entry[0]) not in removed]
    return kept, removed


def prune_datas(datas: Iterable[TocEntry], removed_binaries: set[str]) -> list[TocEntry]:
    """The data entries to ship: no unwanted data, no symbolic links to removed binaries."""
    return [
        entry
        for entry in datas
        if not is_unwanted_data(entry[0])
        and not (
            entry[2] == "SYMLINK"
            and (_base_name(entry[0]) in removed_binaries or is_unwanted_binary(entry[1]))
        )
    ]


def missing_sources(paths: Iterable[str], root: Path = ROOT) -> list[str]:
    """The listed folders, or the folders of listed patterns, that do not exist under ``root``."""
    return [p for p in paths if not (root / p.split("*")[0]).exists()]
