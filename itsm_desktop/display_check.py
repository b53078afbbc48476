"""Before the window opens: can Qt reach a display, and are the X11 libraries it needs there?

When Qt's X11 platform plugin cannot load (a minimal desktop without ``libxcb-cursor0``, say),
Qt prints a paragraph about plugins and aborts the process: no dialog, a core dump, nothing
that names the package to install. So the command line asks first, without importing Qt:
it loads each system library the plugin links (the way the plugin would) and, for the
missing ones, names the Debian/Ubuntu and Fedora packages that bring them.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# (library, Debian and Ubuntu package, Fedora package): what Qt 6's xcb platform plugin and
# its X11 integration library link, beyond the C and C++ runtimes every system has.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def _loads(library: str) -> bool:
    """Whether the dynamic linker finds ``library`` as Qt's plugin would."""
    bundled = getattr(sys, "_MEIPASS", None)  # the standalone bundle's own copies count
    if bundled is not None and (Path(bundled) / library).is_file():
        return True
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def uses_x11(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start on X11: asked to, or on Linux with only an X11 display at hand."""
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def display_problem(environ: Mapping[str, str], *, platform: str = sys.platform,
                    loads: Callable[[str], bool] = _loads) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can (as far as
    can be told without starting Qt)."""
    if not platform.startswith("linux"):
        return None
    if not any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return ("There is no graphical display to open the window on (DISPLAY and "
                "WAYLAND_DISPLAY are not set); the commands listed by --help work without one.")
    if not uses_x11(environ, platform):
        return None
    missing = [entry for entry in XCB_LIBRARIES if not loads(entry[0])]
    if not missing:
        return None
    libraries = ", ".join(name for name, _debian, _fedora in missing)
    debian = " ".join(dict.fromkeys(package for _name, package, _fedora in missing))
    fedora = " ".join(dict.fromkeys(package for _name, _debian, package in missing))
    return (f"The window cannot open because Qt's X11 support needs system libraries that are "
            f"missing ({libraries}): install them with 'sudo apt-get install {debian}' on Debian "
            f"or Ubuntu, or 'sudo dnf install {fedora}' on Fedora.")
