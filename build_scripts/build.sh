#!/usr/bin/env bash
# The one build command: builds dist/mfd-desktop/ (one folder, windowed) for this platform.
#
#   build_scripts/build.sh                 build from the working tree
#   build_scripts/build.sh --package       also make the Linux tarball and .deb (Linux only)
#
# Environment (all optional):
#   BUILD_VENV  virtual environment for the build (default build/venv); it is created and
#               filled from requirements/build.lock with `pip install --require-hashes`,
#               so only the pinned files with the recorded hashes are ever installed.
#   DIST_DIR    output folder (default dist), WORK_DIR PyInstaller's work folder
#               (default build/pyinstaller).
#   PYTHON      interpreter for a new build venv (default python3.11, else python3).
#   SOURCE_DATE_EPOCH, MFD_BUILD_COMMIT  set by build_twice_and_compare.sh when it builds
#               from an exported commit (no .git there); otherwise taken from git.
#
# Reproducibility: SOURCE_DATE_EPOCH is the time of the last commit, PYTHONHASHSEED=0,
# TZ=UTC, a fixed locale and umask, sorted inputs (the spec sorts every list), and all
# file times in the output set to SOURCE_DATE_EPOCH. build_scripts/build_twice_and_compare.sh
# checks it. The result is the same for the same commit, lock file and platform.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PACKAGE=0
for arg in "$@"; do
  case "$arg" in
    --package) PACKAGE=1 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "build.sh: unbekannte Option $arg" >&2; exit 2 ;;
  esac
done

BUILD_VENV=${BUILD_VENV:-build/venv}
DIST_DIR=${DIST_DIR:-dist}
WORK_DIR=${WORK_DIR:-build/pyinstaller}
if [ -z "${PYTHON:-}" ]; then
  if command -v python3.11 >/dev/null; then PYTHON=python3.11; else PYTHON=python3; fi
fi

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 315532800)
fi
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0
export TZ=UTC
export LC_ALL=C.UTF-8
export PYTHONDONTWRITEBYTECODE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1
umask 022

if [ -n "$(git status --porcelain -- mfd_desktop db resources build_scripts requirements 2>/dev/null)" ]; then
  echo "Hinweis: nicht eingecheckte Änderungen – dieser Build ist nicht aus einem Commit reproduzierbar." >&2
fi

# --- the pinned build environment ------------------------------------------------------
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) VENV_BIN="$BUILD_VENV/Scripts" ;;
  *) VENV_BIN="$BUILD_VENV/bin" ;;
esac
stamp="$BUILD_VENV/.lock-installed"
if [ ! -x "$VENV_BIN/python" ] && [ ! -x "$VENV_BIN/python.exe" ]; then
  echo "Build-Umgebung anlegen: $BUILD_VENV ($PYTHON)"
  "$PYTHON" -m venv "$BUILD_VENV"
fi
if [ ! -f "$stamp" ] || [ requirements/build.lock -nt "$stamp" ]; then
  echo "Abhängigkeiten aus requirements/build.lock installieren (mit Hash-Prüfung)"
  "$VENV_BIN/python" -m pip install -q --require-hashes --no-deps --only-binary :all: \
    -r requirements/build.lock
  touch "$stamp"
fi

# --- build ------------------------------------------------------------------------------
start=$(date +%s)
# Qt Designer forms: ui/*.ui -> mfd_desktop/gui/forms/ui_*.py (build output, git-ignored;
# compiled with pyside6-uic, never loaded at run time).
"$VENV_BIN/python" scripts/compile_forms.py --force
# UI translations: .qm files are build output (git-ignored), compiled from the .ts files.
if [ -f scripts/update_translations.py ]; then
  "$VENV_BIN/python" scripts/update_translations.py --release-only
fi
# The keyed message catalogue: .mo files are build output too, compiled with Babel (a
# development tool, not part of the app): from the build environment if it has Babel,
# else from the development environment that scripts/setup.sh made.
MSG_PY="$VENV_BIN/python"
"$MSG_PY" -c "import babel" 2>/dev/null || MSG_PY=.venv/bin/python
"$MSG_PY" scripts/update_messages.py --compile-only
rm -rf "${DIST_DIR:?}/mfd-desktop" "${DIST_DIR:?}/MFD Desktop.app"
"$VENV_BIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST_DIR" --workpath "$WORK_DIR" build_scripts/mfd-desktop.spec
OUT="$DIST_DIR/mfd-desktop"

# The administrators' `mfd` command on Linux and macOS (Windows gets mfd.exe from the spec).
if [ ! -e "$OUT/mfd.exe" ]; then
  cat >"$OUT/mfd" <<'SH'
#!/bin/sh
# MFD Desktop command line (mfd --help). Runs the app's program in command-line mode.
here=$(dirname "$(readlink -f "$0")")
exec "$here/mfd-desktop" --cli "$@"
SH
  chmod 755 "$OUT/mfd"
fi

# Build record: which commit and lock made this folder (no machine names, no times).
commit=${MFD_BUILD_COMMIT:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}
dirty=""
[ -n "$(git status --porcelain -- mfd_desktop db resources build_scripts requirements 2>/dev/null)" ] && dirty=" (mit lokalen Änderungen)"
version=$("$VENV_BIN/python" -c "import sys; sys.path.insert(0, '.'); import mfd_desktop; print(mfd_desktop.__version__)")
lock_hash=$("$VENV_BIN/python" -c "import hashlib,sys; print(hashlib.sha256(open('requirements/build.lock','rb').read()).hexdigest())")
{
  echo "MFD Desktop $version"
  echo "commit: $commit$dirty"
  echo "source_date_epoch: $SOURCE_DATE_EPOCH"
  echo "build.lock sha256: $lock_hash"
  echo "platform: $("$VENV_BIN/python" -c 'import platform; print(platform.system(), platform.machine())')"
  echo "python: $("$VENV_BIN/python" -c 'import platform; print(platform.python_version())')"
} >"$OUT/BUILD-INFO.txt"

# Same file times everywhere, so archives and signatures do not depend on when we built.
find "$OUT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} + 2>/dev/null || true

end=$(date +%s)
# Bytes of the files (as bench/build_figures.py counts them), in MB = 10^6 bytes.
size=$(find "$OUT" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
files=$(find "$OUT" -type f | wc -l)
echo "Fertig: $OUT – ${size} MB, $files Dateien, $((end - start)) s"

if [ "$PACKAGE" = 1 ]; then
  build_scripts/package_linux.sh "$OUT" "$version"
fi
