#!/usr/bin/env bash
# Smoke check of a built one-folder bundle: it needs no Python, no display and no network.
#
# Usage: packaging/smoke.sh [BUNDLE [EXPECTED_VERSION]]     (default BUNDLE: dist/itsm-desktop)
#
# Runs the headless commands (--version, load-demo, export-sla, export-catalog, check) on a
# throw-away database, starts the main window on Qt's offscreen platform until its first
# paint (and on X11 when xvfb-run is installed), then prints the bundle's size and its
# start time (median of three starts with the sample portfolio loaded). Nothing outside a temporary folder is written: the settings,
# the user data and cache folders all point into it. Exit code 0 only when all passed.
set -euo pipefail

bundle="${1:-dist/itsm-desktop}"
expected_version="${2:-}"
runs="${SMOKE_START_RUNS:-3}"

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) exe="$bundle/itsm-desktop.exe" ;;
    *) exe="$bundle/itsm-desktop" ;;
esac
if [[ ! -x "$exe" ]]; then
    echo "error: no executable $exe (build the bundle first: packaging/build.sh)" >&2
    exit 1
fi
bundle="$(cd "$bundle" && pwd)"
exe="$bundle/${exe##*/}"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/itsm-smoke.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/itsm.db"

# A clean, isolated environment: no Python of the machine, no user settings, no display.
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP VIRTUAL_ENV DISPLAY WAYLAND_DISPLAY
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
export ITSM_DESKTOP_SETTINGS="$tmp/settings.ini"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$tmp"  # nothing may be found through the current folder

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs the bundle; its output goes to $tmp/out and $tmp/err, shown when it fails.
run() {
    local status=0
    "$exe" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
    if [[ $status -ne 0 ]]; then
        cat "$tmp/out" "$tmp/err" >&2
        fail "itsm-desktop $* exited with $status"
    fi
    if grep -q "Traceback" "$tmp/err"; then
        cat "$tmp/err" >&2
        fail "itsm-desktop $* printed a traceback"
    fi
}

is_pdf() {
    [[ -s "$1" ]] && [[ "$(head -c 5 "$1")" == "%PDF-" ]]
}

# Wall-clock seconds with microseconds (BSD date has no %N).
now() {
    local t
    t="$(date +%s.%N)"
    if [[ "$t" == *N ]]; then
        t="$(perl -MTime::HiRes=time -e 'printf "%.6f\n", time')"
    fi
    echo "$t"
}

echo "--> --version"
run --version
version="$(cat "$tmp/out")"
[[ "$version" =~ ^ITSM\ Desktop\ [0-9] ]] || fail "unexpected --version output: $version"
if [[ -n "$expected_version" && "$version" != *" $expected_version" ]]; then
    fail "the bundle reports '$version', expected version $expected_version"
fi
echo "    $version"

echo "--> load-demo"
run --database "$db" load-demo
[[ -s "$db" ]] || fail "load-demo wrote no database"
echo "    $(cat "$tmp/out")"

echo "--> export-sla"
run --database "$db" export-sla SLA-2026-001 -o "$tmp/x.pdf"
is_pdf "$tmp/x.pdf" || fail "export-sla did not write a PDF file"
echo "    $(wc -c <"$tmp/x.pdf" | tr -d ' ') bytes"

echo "--> export-catalog"
run --database "$db" export-catalog -o "$tmp/catalog.pdf"
is_pdf "$tmp/catalog.pdf" || fail "export-catalog did not write a PDF file"
echo "    $(wc -c <"$tmp/catalog.pdf" | tr -d ' ') bytes"

echo "--> check"
run --database "$db" check
echo "    $(tail -n 1 "$tmp/out")"

# The main window quits after its first paint, which it reports on stdout as
# "itsm-desktop: first paint at <seconds since the epoch>". start_gui PLATFORM [COMMAND...]
# runs it (through COMMAND, e.g. xvfb-run) and prints the seconds from launch to paint.
mark="itsm-desktop: first paint at"
start_gui() {
    local platform="$1" started status=0 painted
    shift
    started="$(now)"
    QT_QPA_PLATFORM="$platform" ITSM_DESKTOP_EXIT_AFTER_PAINT=1 \
        "$@" "$exe" --database "$db" >"$tmp/out" 2>"$tmp/err" || status=$?
    if [[ $status -ne 0 ]]; then
        cat "$tmp/out" "$tmp/err" >&2
        fail "the main window ($platform) exited with $status"
    fi
    painted="$(sed -n "s/^$mark //p" "$tmp/out" | head -n 1)"
    if [[ -z "$painted" ]]; then
        cat "$tmp/out" "$tmp/err" >&2
        fail "the main window ($platform) did not report its first paint"
    fi
    # Anything Qt or Python complained about (a missing plugin, a traceback) fails the check.
    if grep -Ei "traceback|could not (load|find)|cannot load|failed to load|no qt platform plugin" \
            "$tmp/err" | grep -v "^qt\.core\." >&2; then
        fail "the main window ($platform) reported an error"
    fi
    awk -v a="$started" -v b="$painted" 'BEGIN { printf "%.2f\n", b - a }'
}

# Files loaded on demand: the application's own data, and on Linux the Qt plugins for
# X11, Wayland, SVG images and icons, and printing.
data="$bundle/_internal/itsm_desktop"
for file in resources/LICENSES.md resources/icons/itsm-desktop.svg resources/icons/print.svg \
            resources/fonts/DejaVuSans.ttf resources/sample/portfolio.json \
            store/migrations/env.py; do
    [[ -f "$data/$file" ]] || fail "$file is missing from the bundle"
done
plugins="$bundle/_internal/PySide6/Qt/plugins"
if [[ "$(uname -s)" == Linux ]]; then
    for plugin in platforms/libqxcb.so platforms/libqwayland.so platforms/libqoffscreen.so \
                  imageformats/libqsvg.so iconengines/libqsvgicon.so \
                  printsupport/libcupsprintersupport.so; do
        [[ -f "$plugins/$plugin" ]] || fail "Qt plugin $plugin is missing from the bundle"
    done
fi

echo "--> main window (offscreen, until the first paint)"
# First with Qt's plugin trace: the toolbar's SVG icons must load the bundle's own plugins.
QT_DEBUG_PLUGINS=1 start_gui offscreen >/dev/null
for plugin in imageformats/libqsvg iconengines/libqsvgicon; do
    if ! grep -q "plugins/$plugin[^\"]*\" loaded library" "$tmp/err"; then
        grep "loaded library" "$tmp/err" >&2 || true
        fail "the main window did not load the bundled Qt plugin $plugin"
    fi
done
times=()
for ((i = 1; i <= runs; i++)); do
    seconds="$(start_gui offscreen)"  # a failed start ends the script here
    times+=("$seconds")
done
echo "    started and painted $((runs + 1)) times, exit code 0, SVG icon plugins loaded"

# On a real X11 server too, when a virtual one is at hand (Debian: apt-get install xvfb).
if [[ "$(uname -s)" == Linux ]] && command -v xvfb-run >/dev/null; then
    echo "--> main window (X11 under xvfb-run)"
    start_gui xcb xvfb-run --auto-servernum >/dev/null
    echo "    started and painted, exit code 0"
else
    echo "--> main window (X11): skipped, no xvfb-run"
fi

median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')"
size="$(du -sh "$bundle" | cut -f 1)"
echo
echo "Bundle:     $bundle"
echo "Size:       $size unpacked"
echo "Start time: ${median} s to the first paint (median of ${#times[@]}: ${times[*]} s)"
echo "Smoke check passed."
