#!/usr/bin/env bash
# Sets up a fresh Debian machine (system packages + .venv) and runs every check:
# ruff, the import-boundary contracts, and the whole pytest suite under Xvfb with a
# real GNOME Keyring and a throwaway PostgreSQL cluster.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -k vault
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/lint-imports
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"
exec scripts/test-session.sh .venv/bin/python -m pytest "$@"
