#!/usr/bin/env bash
# Sets up MFD Desktop (system packages + .venv) and starts it on a demo vault with
# synthetic data. The demo passphrase is printed before the window opens.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DEMO_DIR="${MFD_DEMO_DIR:-$PWD/demo-data}"
if [ ! -f "$DEMO_DIR/keyslots.json" ]; then
  # the passphrase is printed below; show mfd's own messages only if it fails
  if ! err=$(.venv/bin/mfd demo --data-dir "$DEMO_DIR" 2>&1 >/dev/null); then
    echo "$err" >&2
    exit 1
  fi
fi
echo "Demo-Tresor: $DEMO_DIR"
echo "Passphrase:  $(.venv/bin/python -c 'from mfd_desktop.demo import DEMO_PASSPHRASE; print(DEMO_PASSPHRASE)')"
exec .venv/bin/mfd-desktop --data-dir "$DEMO_DIR" "$@"
