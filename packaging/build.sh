#!/usr/bin/env bash
# Build the standalone one-folder bundle dist/itsm-desktop/ and smoke-test it.
#
# Usage: packaging/build.sh            (from anywhere; Linux or macOS)
# Environment: PYTHON      interpreter for the build venv (default: python3)
#              BUILD_VENV  where the build venv lives (default: build/venv)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
venv="${BUILD_VENV:-$root/build/venv}"
bundle="$root/dist/itsm-desktop"

cd "$root"

echo "==> Build environment in $venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "$root" "pyinstaller>=6.10"

echo "==> PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --clean \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/itsm-desktop.spec

echo "==> Smoke check"
export QT_QPA_PLATFORM=offscreen
version="$("$bundle/itsm-desktop" --version)"
echo "    $version"
expected="$("$venv/bin/python" -c 'import itsm_desktop; print(itsm_desktop.__version__)')"
case "$version" in
    *"$expected"*) ;;
    *) echo "error: the bundle reports '$version', expected version $expected" >&2; exit 1 ;;
esac

# The data files must sit where the package looks for them.
data="$bundle/_internal/itsm_desktop"
for file in resources/icons/itsm-desktop.svg resources/fonts/DejaVuSans.ttf \
            resources/LICENSES.md store/migrations/env.py; do
    if [[ ! -f "$data/$file" ]]; then
        echo "error: $file is missing from the bundle" >&2
        exit 1
    fi
done

echo "==> Done: $bundle"
