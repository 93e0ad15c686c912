#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring and
# an X server (Xvfb), so tests use the real Secret Service and real Qt windows.
# Usage: scripts/test-session.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${MFD_IN_TEST_SESSION:-}" ]; then
  export MFD_IN_TEST_SESSION=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
# A throwaway keyring in a throwaway home: never touches the developer's own keyring.
export HOME="${MFD_TEST_HOME:-$(mktemp -d)}"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME/keyrings"
eval "$(printf 'mfd-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
