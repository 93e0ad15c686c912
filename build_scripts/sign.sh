#!/usr/bin/env bash
# Sign a finished build folder with the offline release key, then check the result.
#
#   build_scripts/sign.sh dist/mfd-desktop /media/usb/mfd-release.key [/media/usb/mfd-release.pub]
#
# Writes DIR/SHA256SUMS (every file) and DIR/SHA256SUMS.sig (Ed25519). With the public
# key it then runs `mfd verify-build` on the same folder, so a bad signature never
# leaves the signing machine. Platform code signing (Authenticode on Windows, codesign
# on macOS) changes the programs and must therefore happen BEFORE this step; packaging
# (tarball, .deb, installer) AFTER it. See docs/build.md.
#
# The key's passphrase is asked for on the terminal; in CI pass it on stdin with
# MFD_SIGN_PASSPHRASE_STDIN=1 (`printf '%s\n' "$PASS" | build_scripts/sign.sh ...`).
# MFD selects the `mfd` command (default: .venv/bin/mfd, else `python3 -m mfd_desktop.cli.main`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  sed -n '2,15p' "$0"; exit 2
fi
DIR=$1 KEY=$2 PUB=${3:-}
if [ -n "${MFD:-}" ]; then
  read -r -a mfd <<<"$MFD"
elif [ -x .venv/bin/mfd ]; then
  mfd=(.venv/bin/mfd)
else
  mfd=(python3 -m mfd_desktop.cli.main)
fi
extra=()
[ "${MFD_SIGN_PASSPHRASE_STDIN:-0}" = 1 ] && extra=(--passphrase-stdin)
"${mfd[@]}" release-sign "$DIR" --key "$KEY" "${extra[@]}"
if [ -n "$PUB" ]; then
  "${mfd[@]}" verify-build "$DIR" --pubkey "$PUB"
fi
