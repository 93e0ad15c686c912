#!/usr/bin/env bash
# Screenshot of the statistics server's admin page with invented figures, taken by
# headless Chromium (Debian package `chromium`, installed by hand: it is not part of
# setup.sh). Loopback only. Usage: scripts/server_screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/server_screenshot.py "$@"
