#!/usr/bin/env bash
# Sets up everything MFD Desktop needs on a fresh Debian/Ubuntu machine:
# system packages (Qt's xcb/EGL libraries, Xvfb, gnome-keyring, dbus, poppler-utils,
# PostgreSQL for the server tests, ICU tools and gcc to trim the build's ICU data) and
# a virtual environment in .venv with the project installed in editable mode. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  poppler-utils postgresql
  icu-devtools gcc binutils
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Only reinstall when pyproject.toml changed since the last successful install.
stamp=.venv/.mfd-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[server,dev]"
  touch "$stamp"
fi
# Compile the UI translations (.ts -> .qm); .qm files are build output.
.venv/bin/python scripts/update_translations.py --release-only
# Compile the Qt Designer forms (ui/*.ui -> mfd_desktop/gui/forms/ui_*.py), build output.
.venv/bin/python scripts/compile_forms.py
# Compile the keyed message catalogue (.po -> .mo), also build output.
.venv/bin/python scripts/update_messages.py --compile-only
