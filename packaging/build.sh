#!/usr/bin/env bash
# Build the standalone one-folder bundle dist/itsm-desktop/ and smoke-test it.
#
# Usage: packaging/build.sh            (from anywhere in a checkout; Linux, or macOS)
# Environment: PYTHON  the interpreter the build venv is made from (default: python3,
#                      3.11 or newer)
#
# Every run starts from a fresh virtual environment in build/venv (never the one you
# develop in), installs the application and PyInstaller into it at the versions pinned in
# constraints.txt, builds with packaging/itsm-desktop.spec into dist/itsm-desktop/ and runs
# packaging/smoke.sh on the result. build/ and dist/ are not tracked.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
venv="$root/build/venv"
bundle="$root/dist/itsm-desktop"

cd "$root"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "error: $python is missing or older than Python 3.11 (set PYTHON=...)" >&2
    exit 1
fi

echo "==> Fresh build environment in ${venv#"$root"/}"
rm -rf "$venv"
# setuptools builds the wheel through build/lib and never deletes from it: a module that
# was removed or renamed since the last build would otherwise be installed too.
rm -rf "$root/build/lib" "$root/build/bdist."*
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
# Exactly the tested versions (constraints.txt), so two builds of one commit are the same.
"$venv/bin/python" -m pip install --quiet -c "$root/constraints.txt" "$root" "pyinstaller>=6.10"
"$venv/bin/python" -m pip list --format=freeze |
    grep -Ei '^(pyside6|shiboken6|pyinstaller|pyinstaller-hooks-contrib|sqlalchemy|reportlab)==' |
    sed 's/^/    /' || true

echo "==> PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/itsm-desktop.spec

echo "==> Smoke check"
expected="$("$venv/bin/python" -c 'import itsm_desktop; print(itsm_desktop.__version__)')"
"$root/packaging/smoke.sh" "$bundle" "$expected"

echo "==> Done: ${bundle#"$root"/}/itsm-desktop"
