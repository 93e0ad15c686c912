#!/usr/bin/env bash
# Sets up a fresh Debian machine (system packages + .venv) and runs every check:
# ruff, the import-boundary contracts, mypy (strict for security, storage, sync, stats,
# domain and checklists; see [tool.mypy] in pyproject.toml), the PyInstaller build (its --self-test and
# signature checks run in tests/build), and the whole pytest suite under Xvfb with a
# real GNOME Keyring; the server tests start a throwaway PostgreSQL cluster themselves.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -k vault
# MFD_SKIP_BUILD=1 skips the build (tests/build then skip with their reason).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy --config-file pyproject.toml
if [ -z "${MFD_SKIP_BUILD:-}" ]; then
  build_scripts/build.sh
  export MFD_BUILT_APP="$PWD/dist/mfd-desktop"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"
exec scripts/test-session.sh .venv/bin/python -m pytest "$@"
