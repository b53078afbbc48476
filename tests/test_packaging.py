"""The standalone bundle, desktop integration files and shipped resources stay consistent."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import itsm_desktop
from itsm_desktop.resources import FONTS, ICONS, RESOURCES

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "itsm-desktop.spec"
APP_ID = "io.github.itsm_desktop.ItsmDesktop"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
MIGRATIONS = ROOT / "itsm_desktop" / "store" / "migrations"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
TOOLBAR_ICONS = [
    "home",
    "catalog",
    "organizations",
    "contacts",
    "agreements",
    "new",
    "save",
    "revert",
    "duplicate",
    "delete",
    "undo",
    "redo",
    "find",
    "print",
    "preview",
    "export-pdf",
    "open",
    "new-database",
    "backup",
    "restore",
    "about",
    "quit",
    "submit",
    "activate",
    "revise",
    "terminate",
    "refresh",
    "filter",
    "warning",
    "settings",
]
QT_MODULES_USED = {
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle_data() -> ModuleType:
    return _load("bundle_data", PACKAGING / "bundle_data.py")


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"), source=str(DESKTOP_FILE))
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _shipped_on_disk(folder: Path) -> set[Path]:
    """Files under ``folder`` that belong in the bundle, found independently of bundle_data."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for filename in filenames:
            if not filename.endswith((".pyc", ".pyo")):
                found.add((Path(dirpath) / filename).relative_to(ROOT))
    return found


def _python_imports(path: Path) -> set[str]:
    """Absolute module names imported by ``path`` (``from a import b`` gives ``a`` and ``a.b``)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG file"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# --- PyInstaller spec -------------------------------------------------------------------


def test_spec_takes_its_lists_from_bundle_data() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    analysis = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis"
    )
    keywords = {kw.arg: ast.unparse(kw.value) for kw in analysis.keywords}
    assert keywords["datas"] == "bundle_data.pyinstaller_datas() + bundle_data.license_datas()"
    assert keywords["hiddenimports"] == "bundle_data.hidden_imports()"
    assert keywords["excludes"] == "bundle_data.excludes()"
    entry_scripts = ast.unparse(analysis.args[0])
    assert "launcher.py" in entry_scripts
    names = {getattr(node, "id", None) for node in ast.walk(tree)}
    assert {"PYZ", "EXE", "COLLECT"} <= names, "the spec must build a one-folder bundle"


def test_every_data_path_the_spec_lists_exists(bundle_data: ModuleType) -> None:
    for tree in bundle_data.DATA_TREES:
        assert (ROOT / tree).is_dir(), f"data folder {tree} does not exist"
    assert bundle_data.missing_sources(bundle_data.DATA_TREES) == []
    assert bundle_data.missing_sources(bundle_data.DATA_GLOBS) == []
    for source, _destination in bundle_data.pyinstaller_datas():
        assert Path(source).is_file(), source


def test_every_resource_and_migration_file_is_shipped(bundle_data: ModuleType) -> None:
    shipped = set(bundle_data.data_files())
    on_disk = _shipped_on_disk(RESOURCES) | _shipped_on_disk(MIGRATIONS)
    on_disk |= {p.relative_to(ROOT) for p in (ROOT / "itsm_desktop" / "store").glob("*.ini")}
    assert sorted(on_disk - shipped) == []
    for essential in (
        "itsm_desktop/resources/LICENSES.md",
        "itsm_desktop/resources/icons/itsm-desktop.svg",
        "itsm_desktop/resources/fonts/DejaVuSans.ttf",
        "itsm_desktop/store/migrations/env.py",
        "itsm_desktop/store/migrations/script.py.mako",
    ):
        assert Path(essential) in shipped, essential
    assert any(p.parent.name == "versions" and p.suffix == ".py" for p in shipped)


def test_data_land_where_the_package_looks_for_them(bundle_data: ModuleType) -> None:
    for source, destination in bundle_data.pyinstaller_datas():
        assert Path(source).relative_to(ROOT).parent.as_posix() == destination


def test_new_files_are_picked_up_and_caches_left_out(
    bundle_data: ModuleType, tmp_path: Path
) -> None:
    new_files = [
        "itsm_desktop/resources/icons/new-icon.svg",
        "itsm_desktop/resources/sample/portfolio.json",
        "itsm_desktop/store/migrations/versions/0099_more.py",
        "itsm_desktop/store/alembic.ini",
    ]
    cached = [
        "itsm_desktop/store/migrations/versions/__pycache__/0099_more.cpython-311.pyc",
        "itsm_desktop/resources/stale.pyc",
        "itsm_desktop/store/database.py",  # code, not data
    ]
    for rel in new_files + cached:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert bundle_data.data_files(tmp_path) == sorted(Path(p) for p in new_files)


def test_hidden_imports_cover_the_parts_loaded_on_first_use(bundle_data: ModuleType) -> None:
    import itsm_desktop.domain.models as models
    import itsm_desktop.store as store

    hidden = set(bundle_data.hidden_imports())
    homes = {f"itsm_desktop.domain.models.{home}" for home in vars(models)["_HOMES"].values()}
    homes |= {f"itsm_desktop.domain.models.{group}" for group in models.GROUPS}
    homes |= {f"itsm_desktop.store{home}" for home in vars(store)["_HOMES"].values()}
    assert homes <= hidden, sorted(homes - hidden)


def test_hidden_imports_cover_what_the_migrations_import(bundle_data: ModuleType) -> None:
    hidden = set(bundle_data.hidden_imports())
    scripts = sorted(MIGRATIONS.rglob("*.py"))
    assert scripts, "no migration scripts found"
    for script in scripts:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                if module != "__future__":
                    assert module in hidden, f"{script.name} imports {module}"
    for name in hidden:
        assert importlib.util.find_spec(name) is not None, f"hidden import {name} not found"


def test_unused_qt_modules_are_excluded_and_used_ones_are_not(bundle_data: ModuleType) -> None:
    excluded = set(bundle_data.excludes())
    for name in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQml", "PySide6.QtTest"):
        assert name in excluded
    assert excluded.isdisjoint(QT_MODULES_USED)
    package = ROOT / "itsm_desktop"
    for source in package.rglob("*.py"):
        for name in _python_imports(source):
            module = ".".join(name.split(".")[:2])
            assert module not in excluded, f"{source.relative_to(ROOT)} uses {module}"


def test_only_unused_qt_parts_are_dropped_from_the_binaries(bundle_data: ModuleType) -> None:
    dropped = [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "libQt6VirtualKeyboard.so.6",
        "libQt6Quick.so.6",
        "libQt6QmlModels.so.6",
        "PySide6\\Qt6Qml.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    ]
    kept = [
        "libQt6Core.so.6",
        "libQt6Gui.so.6",
        "libQt6Widgets.so.6",
        "libQt6Svg.so.6",
        "libQt6Pdf.so.6",
        "libQt6PdfWidgets.so.6",
        "libQt6PrintSupport.so.6",
        "libQt6Network.so.6",
        "libQt6XcbQpa.so.6",
        "libQt6WaylandClient.so.6",
        "PySide6/QtPdfWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqminimal.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    ]
    assert [name for name in dropped if not bundle_data.is_unwanted_binary(name)] == []
    assert [name for name in kept if bundle_data.is_unwanted_binary(name)] == []
    assert bundle_data.is_unwanted_data("PySide6/Qt/translations/designer_de.qm")
    assert bundle_data.is_unwanted_data("PySide6/Qt/translations/qtbase_ja.qm")
    for language in ("de", "fr"):  # Qt's own dialogs in the languages the application speaks
        assert not bundle_data.is_unwanted_data(f"PySide6/Qt/translations/qtbase_{language}.qm")
    assert not bundle_data.is_unwanted_data("itsm_desktop/resources/icons/print.svg")
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle_data.prune_binaries(a.binaries" in spec
    assert "bundle_data.prune_datas(a.datas" in spec


def test_libraries_only_dropped_plugins_need_go_with_them(bundle_data: ModuleType) -> None:
    gtk = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    links = {
        gtk: ["libQt6Gui.so.6", "libcairo.so.2", "libpango-1.0.so.0", "libglib-2.0.so.0"],
        "libcairo.so.2": ["libpixman-1.so.0"],
        "libpango-1.0.so.0": ["libglib-2.0.so.0"],
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libQt6Core.so.6": ["libglib-2.0.so.0"],
    }
    names = [
        gtk,
        "libcairo.so.2",
        "libpixman-1.so.0",
        "libpango-1.0.so.0",
        "PySide6/QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libglib-2.0.so.0",
    ]
    binaries = [(name, f"/src/{name}", "BINARY") for name in names]
    kept, removed = bundle_data.prune_binaries(binaries, lambda src: links.get(src[5:], []))
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libglib-2.0.so.0",
    ]
    assert removed == {"libqgtk3.so", "libcairo.so.2", "libpixman-1.so.0", "libpango-1.0.so.0"}
    # When what a binary links cannot be read, nothing it might need is removed.
    kept, removed = bundle_data.prune_binaries(binaries, lambda src: links.get(src[5:]))
    assert removed == {"libqgtk3.so"}

    datas = [
        ("libcairo.so.2", "some/dir/libcairo.so.2", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
        ("itsm_desktop/resources/LICENSES.md", "/src/LICENSES.md", "DATA"),
    ]
    assert [entry[0] for entry in bundle_data.prune_datas(datas, {"libcairo.so.2"})] == [
        "libQt6Gui.so.6",
        "itsm_desktop/resources/LICENSES.md",
    ]


def test_optional_pillow_codecs_are_excluded(bundle_data: ModuleType) -> None:
    excluded = set(bundle_data.excludes())
    assert {"PIL._avif", "PIL._webp", "PIL._imagingcms"} <= excluded
    assert "PIL" not in excluded and "PIL.Image" not in excluded, "reportlab imports PIL.Image"
    package = ROOT / "itsm_desktop"
    for source in package.rglob("*.py"):
        assert not {n for n in _python_imports(source) if n.split(".")[0] == "PIL"}, source


def test_launcher_runs_the_console_entry_point(pyproject: dict) -> None:
    entry = pyproject["project"]["gui-scripts"]["itsm-desktop"]
    module, function = entry.split(":")
    assert f"{module}.{function}" in _python_imports(PACKAGING / "launcher.py")
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not written yet")
    assert callable(getattr(importlib.import_module(module), function))


@pytest.mark.parametrize("name", ["build.sh", "smoke.sh"])
def test_packaging_scripts_are_executable_strict_bash(name: str) -> None:
    script = PACKAGING / name
    assert script.is_file(), f"packaging/{name} is missing"
    assert os.access(script, os.X_OK), f"packaging/{name} is not executable"
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(script)], check=True)


def test_build_script_uses_a_fresh_venv_then_runs_the_spec_and_the_smoke_check() -> None:
    script = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert 'venv="$root/build/venv"' in script
    assert 'rm -rf "$venv"' in script
    assert script.index('rm -rf "$venv"') < script.index("-m venv")
    assert "packaging/itsm-desktop.spec" in script
    assert script.index("itsm-desktop.spec") < script.index("packaging/smoke.sh")


def test_smoke_check_covers_the_headless_commands_and_the_main_window() -> None:
    script = (PACKAGING / "smoke.sh").read_text(encoding="utf-8")
    for command in ("--version", "load-demo", "export-sla", "export-catalog", "check"):
        assert f" {command}" in script, command
    assert "%PDF-" in script
    assert 'QT_QPA_PLATFORM="$platform"' in script and "start_gui offscreen" in script
    app = pytest.importorskip("itsm_desktop.ui.app")
    assert f"{app.EXIT_AFTER_PAINT_ENV}=1" in script
    assert app.PAINTED_MARK in script
    assert "du -sh" in script


def test_smoke_check_refuses_a_missing_bundle(tmp_path: Path) -> None:
    if shutil.which("bash") is None or sys.platform == "win32":
        pytest.skip("needs bash")
    result = subprocess.run(
        ["bash", str(PACKAGING / "smoke.sh"), str(tmp_path / "no-bundle")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "build the bundle first" in result.stderr


def test_build_output_is_not_tracked() -> None:
    if not (ROOT / ".gitignore").is_file():
        pytest.skip("not a checkout (an unpacked source distribution)")
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


# --- Desktop entry and AppStream metadata ------------------------------------------------


def test_desktop_entry_has_the_required_keys(
    desktop_entry: configparser.SectionProxy, pyproject: dict
) -> None:
    assert desktop_entry["Type"] == "Application"
    assert desktop_entry["Name"] == itsm_desktop.APP_NAME
    assert desktop_entry["Comment"]
    assert desktop_entry["Terminal"] == "false"
    command = desktop_entry["Exec"]
    assert "%" not in command, "the application opens no files from the command line"
    assert command in pyproject["project"]["gui-scripts"]
    categories = desktop_entry["Categories"].split(";")
    assert categories[-1] == "", "Categories must end with a semicolon"
    assert "Office" in categories


def test_desktop_icon_is_shipped(desktop_entry: configparser.SectionProxy) -> None:
    icon = desktop_entry["Icon"]
    assert "/" not in icon and "." not in icon, "a themed icon name, not a path"
    assert (ICONS / f"{icon}.svg").is_file()
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"{icon}-{size}.png") == (size, size)


def test_metainfo_matches_the_desktop_entry(
    metainfo: ET.Element, desktop_entry: configparser.SectionProxy, pyproject: dict
) -> None:
    assert metainfo.tag == "component"
    assert metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == APP_ID == DESKTOP_FILE.stem
    launchable = metainfo.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert metainfo.findtext("name") == desktop_entry["Name"]
    assert metainfo.findtext("metadata_license") == "CC0-1.0"
    assert metainfo.findtext("project_license") == pyproject["project"]["license"]
    assert metainfo.findtext("provides/binary") == desktop_entry["Exec"]
    categories = [c.text for c in metainfo.iterfind("categories/category")]
    assert set(categories) <= set(desktop_entry["Categories"].split(";"))
    assert len(metainfo.findall("description/p")) >= 2
    assert metainfo.find("content_rating") is not None


def test_metainfo_lists_the_current_release(metainfo: ET.Element) -> None:
    releases = metainfo.findall("releases/release")
    assert releases, "no <release> entries"
    assert releases[0].get("version") == itsm_desktop.__version__, "newest release comes first"
    assert all(r.get("date") for r in releases)


def test_metainfo_passes_appstreamcli() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert not [line for line in report.splitlines() if line.startswith(("E:", "W:"))], report


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


# --- Shipped resources --------------------------------------------------------------------


def test_png_renditions_come_from_the_render_script() -> None:
    render_icons = _load("render_icons", PACKAGING / "render_icons.py")
    assert tuple(render_icons.SIZES) == PNG_SIZES
    assert render_icons.SOURCE == ICONS / "itsm-desktop.svg"
    ET.parse(render_icons.SOURCE)


@pytest.mark.parametrize("name", TOOLBAR_ICONS)
def test_toolbar_icon_is_shipped_and_drawn_in_grey(name: str) -> None:
    path = ICONS / f"{name}.svg"
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = path.read_text(encoding="utf-8")
    assert "currentColor" not in text, "currentColor is black in Qt's SVG renderer"
    assert 'stroke="#37474f"' in text


def test_third_party_licenses_are_shipped() -> None:
    assert "ISC License" in (ICONS / "LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "Bitstream" in (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    summary = (RESOURCES / "LICENSES.md").read_text(encoding="utf-8")
    for name in (
        "DejaVu",
        "Lucide",
        "PySide6",
        "SQLAlchemy",
        "SQLModel",
        "Alembic",
        "ReportLab",
        "platformdirs",
        "LGPL-3.0",
    ):
        assert name in summary, name
    assert sorted(FONTS.glob("*.ttf")), "no fonts shipped"


@pytest.mark.skipif(sys.platform == "win32", reason="the bundle is built on Linux and macOS")
def test_icons_render_with_qt(qapp: object) -> None:
    """Every shipped SVG renders with Qt's SVG renderer (what the application uses)."""
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtSvg import QSvgRenderer

    for path in sorted(ICONS.glob("*.svg")):
        assert QSvgRenderer(str(path)).isValid(), path.name


# --- licences and pinned dependencies -------------------------------------------------------


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    """``name == version`` lines of a constraints file, by normalized name."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"{path.name}: {line!r} is not an exact pin"
            pins[_normalized(name)] = version.strip()
    return pins


def _declared(pyproject: dict, *, tests: bool) -> list[Requirement]:
    requirements = list(pyproject["project"]["dependencies"])
    if tests:
        requirements += pyproject["project"]["optional-dependencies"]["test"]
    return [Requirement(r) for r in requirements]


def test_copying_is_the_gpl_version_3(pyproject: dict) -> None:
    text = (ROOT / "COPYING").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text, "the whole text, not an excerpt"
    assert pyproject["project"]["license"] == "GPL-3.0-or-later"
    lgpl = (RESOURCES / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl


def test_the_constraints_pin_every_declared_dependency_within_its_range(pyproject: dict) -> None:
    pins = _pins(ROOT / "constraints.txt")
    for requirement in _declared(pyproject, tests=True):
        version = pins.get(_normalized(requirement.name))
        assert version is not None, f"constraints.txt does not pin {requirement.name}"
        assert requirement.specifier.contains(version, prereleases=True), (requirement, version)


def test_the_minimum_constraints_are_the_declared_floors(pyproject: dict) -> None:
    floors = _pins(ROOT / "constraints-minimum.txt")
    declared = _declared(pyproject, tests=False)
    assert set(floors) == {_normalized(r.name) for r in declared}
    for requirement in declared:
        lower = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        assert lower, f"{requirement.name} declares no lower bound"
        assert Version(floors[_normalized(requirement.name)]) == Version(lower[0]), requirement
        assert requirement.specifier.contains(floors[_normalized(requirement.name)])


def test_ci_and_the_bundle_build_install_the_pinned_versions() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'make_venv "$venv" constraints.txt' in ci
    assert 'make_venv "$floors" constraints-minimum.txt' in ci
    assert '-c "$2" -e ".[test]"' in ci
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert '-c "$root/constraints.txt"' in build
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    assert "include COPYING constraints.txt constraints-minimum.txt" in manifest


def test_ci_runs_the_tests_against_a_postgresql_server() -> None:
    """Unset, the variable skips the server's tests: CI must set it, from a server it started."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert '.ci/postgres-server start "$pg_dir"' in ci and "export ITSM_TEST_POSTGRESQL_URL" in ci
    assert ci.index("export ITSM_TEST_POSTGRESQL_URL") < ci.index("python -m pytest")


def test_the_bundle_carries_copying_and_every_librarys_licence(bundle_data: ModuleType) -> None:
    assert Path("COPYING") in bundle_data.data_files()
    datas = bundle_data.license_datas()
    folders = {folder for _source, folder in datas}
    distributions = bundle_data.runtime_distributions()
    names = {_normalized(d.metadata["Name"]) for d in distributions}
    assert {"sqlalchemy", "sqlmodel", "alembic", "reportlab", "platformdirs", "pyside6"} <= names
    for distribution in distributions:
        name = _normalized(distribution.metadata["Name"])
        if name not in bundle_data.LICENSE_TEXT_SHIPPED_BY_US:
            assert f"licenses/{name}" in folders, f"no licence text found for {name}"
    for source, folder in datas:
        assert Path(source).is_file() and folder.startswith("licenses/"), (source, folder)


def test_the_notices_name_every_library_the_application_needs(bundle_data: ModuleType) -> None:
    summary = _normalized((RESOURCES / "LICENSES.md").read_text(encoding="utf-8"))
    for distribution in bundle_data.runtime_distributions():
        name = _normalized(distribution.metadata["Name"])
        if name in bundle_data.BUNDLE_TOOLS or name.startswith("pyside6-"):
            continue  # PyInstaller and PySide6's parts are named as such
        assert name in summary, f"LICENSES.md does not name {name}"


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from this checkout (in an isolated build environment)."""
    if not (ROOT / "COPYING").is_file():
        pytest.skip("not a checkout")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                    str(out), str(ROOT)], check=True, capture_output=True, timeout=600)
    (wheel,) = out.glob("itsm_desktop-*.whl")
    return wheel


def test_the_wheel_carries_copying_and_the_notices(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as wheel:
        names = set(wheel.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info"))
        licenses = f"{dist_info}/licenses"
        assert f"{licenses}/COPYING" in names
        assert b"Version 3, 29 June 2007" in wheel.read(f"{licenses}/COPYING")
        for notice in ("LICENSES.md", "licenses/LGPL-3.0.txt", "fonts/LICENSE-DejaVu.txt",
                       "fonts/LICENSE-NotoEmoji.txt", "icons/LICENSE-lucide.txt"):
            assert f"itsm_desktop/resources/{notice}" in names, notice
            assert f"{licenses}/itsm_desktop/resources/{notice}" in names, notice
        metadata = wheel.read(f"{dist_info}/METADATA").decode()
        assert "License-Expression: GPL-3.0-or-later" in metadata
        assert "License-File: COPYING" in metadata


def test_the_wheel_carries_the_compiled_translations(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as wheel:
        names = set(wheel.namelist())
    for language in ("de", "fr"):
        assert f"itsm_desktop/resources/translations/itsm_desktop_{language}.qm" in names, language
        assert f"{DOCUMENT_CATALOGUES}/{language}/LC_MESSAGES/documents.mo" in names, language


def test_the_bundle_carries_the_compiled_translations(bundle_data: ModuleType) -> None:
    shipped = {path.as_posix() for path in bundle_data.data_files()}
    for language in ("de", "fr"):
        assert f"itsm_desktop/resources/translations/itsm_desktop_{language}.qm" in shipped
        assert f"{DOCUMENT_CATALOGUES}/{language}/LC_MESSAGES/documents.mo" in shipped


DOCUMENT_CATALOGUES = "itsm_desktop/resources/translations/documents"
"""Where the documents' compiled catalogues are (``documents.language.CATALOGUES``)."""
