"""Starting the window where Qt cannot: one sentence naming what to install, never an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from itsm_desktop import display_check
from itsm_desktop.display_check import XCB_LIBRARIES, display_problem, uses_x11

from .test_cli import assert_one_sentence_error

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")
X11 = {"DISPLAY": ":0"}


def without(*missing: str):  # type: ignore[no-untyped-def]
    return lambda library: library not in missing


def test_missing_libraries_are_named_with_their_debian_and_fedora_packages() -> None:
    problem = display_problem(X11, platform="linux", loads=without("libxcb-cursor.so.0", "libxcb-shape.so.0"))
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-shape.so.0" in problem
    assert "'sudo apt-get install libxcb-cursor0 libxcb-shape0' on Debian or Ubuntu" in problem
    assert "'sudo dnf install xcb-util-cursor libxcb' on Fedora" in problem
    assert problem.endswith(".") and "\n" not in problem and ". " not in problem, "one sentence"


def test_a_package_bringing_several_missing_libraries_is_named_once() -> None:
    problem = display_problem(X11, platform="linux", loads=without("libxcb-shape.so.0", "libxcb-xkb.so.1"))
    assert problem is not None and "'sudo dnf install libxcb' on Fedora" in problem


@pytest.mark.parametrize("environ, platform", [
    (X11, "linux"),                                                # everything there
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),                   # no X11 wanted
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Qt may choose Wayland
    ({}, "win32"),
    ({}, "darwin"),
])
def test_no_problem_where_qt_can_start(environ: dict[str, str], platform: str) -> None:
    loads = without() if environ is X11 else without(*(name for name, _d, _f in XCB_LIBRARIES))
    assert display_problem(environ, platform=platform, loads=loads) is None


def test_x11_is_used_when_asked_for_or_the_only_display() -> None:
    assert uses_x11({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_x11({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux")
    assert not uses_x11({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux")
    assert uses_x11({"DISPLAY": ":0"}, "linux")
    assert not uses_x11({"DISPLAY": ":0"}, "darwin")


def test_without_any_display_the_sentence_says_so() -> None:
    problem = display_problem({}, platform="linux", loads=without())
    assert problem is not None and "no graphical display" in problem


def _gui(tmp_path: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run([sys.executable, "-m", "itsm_desktop", "--database", str(tmp_path / "x.db")],
                          capture_output=True, text=True, timeout=120, env={**env, **environ})


@linux_only
def test_the_window_without_a_display_is_one_sentence(tmp_path: Path) -> None:
    result = _gui(tmp_path)
    assert_one_sentence_error(result, "no graphical display")
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


@linux_only
def test_the_window_without_qts_x11_libraries_is_one_sentence(tmp_path: Path) -> None:
    missing = [name for name, _d, _f in XCB_LIBRARIES if not display_check._loads(name)]
    if not missing:
        pytest.skip("every library Qt's X11 plugin needs is installed here")
    result = _gui(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    assert_one_sentence_error(result, *missing, "sudo apt-get install", "sudo dnf install")
    assert result.returncode == 1


def test_the_readme_lists_every_package_for_both_systems() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start"):readme.index("## Command line")]
    debian = quick_start[quick_start.index("sudo apt-get install"):quick_start.index("# Fedora")]
    fedora = quick_start[quick_start.index("sudo dnf install"):]
    for _library, debian_package, fedora_package in XCB_LIBRARIES:
        assert debian_package in debian.split(), debian_package
        assert fedora_package in fedora.split(), fedora_package
