#!/usr/bin/env bash
# Write constraints.txt: the exact versions of everything the tests and the bundle build
# install, resolved afresh from pyproject.toml. CI (.ci/run) and packaging/build.sh install
# with "-c constraints.txt", so two builds of one commit get the same libraries.
#
# Usage: packaging/pin-constraints.sh      (after changing a dependency in pyproject.toml)
# Environment: PYTHON  the interpreter to resolve for (default: python3, 3.11 or newer)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
venv="$root/build/pin-venv"

cd "$root"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
# The application with its test tools, and what the bundle build adds (packaging/build.sh).
"$venv/bin/python" -m pip install --quiet ".[test]" "pyinstaller>=6.10"
{
    echo "# Exact versions of the tested set: the application's dependencies, its test tools"
    echo "# and the bundle builder. Written by packaging/pin-constraints.sh; used by .ci/run"
    echo "# and packaging/build.sh (pip install -c constraints.txt)."
    "$venv/bin/python" -m pip freeze --exclude itsm-desktop --exclude pip |
        LC_ALL=C sort --ignore-case
} >constraints.txt
rm -rf "$venv"
echo "Wrote constraints.txt ($(grep -vc '^#' constraints.txt) packages)."
