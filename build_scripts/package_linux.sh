#!/usr/bin/env bash
# Linux packages from a built (and ideally signed) folder, reproducibly:
#   dist/mfd-desktop-VERSION-linux-ARCH.tar.gz   unpack anywhere, run ./mfd-desktop
#   dist/mfd-desktop_VERSION_DEBARCH.deb         installs to /opt/mfd-desktop, with
#                                                /usr/bin/mfd-desktop, /usr/bin/mfd and a menu entry
#
#   build_scripts/package_linux.sh dist/mfd-desktop 0.1.0
#
# Sign first (build_scripts/sign.sh), so SHA256SUMS and its signature travel inside
# both packages and admins can run verify-build on /opt/mfd-desktop after installing.
# File times are SOURCE_DATE_EPOCH, owners root, entries sorted: the same folder gives
# byte-identical packages.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:?Build-Ordner fehlt}
VERSION=${2:?Version fehlt}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
export SOURCE_DATE_EPOCH
OUTDIR=$(dirname "$SRC")
ARCH=$(uname -m)
case "$ARCH" in x86_64) DEBARCH=amd64 ;; aarch64) DEBARCH=arm64 ;; *) DEBARCH=$ARCH ;; esac
umask 022

tarball="$OUTDIR/mfd-desktop-$VERSION-linux-$ARCH.tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$(dirname "$SRC")" -cf - "$(basename "$SRC")" | gzip -n -9 >"$tarball"
echo "Tarball: $tarball ($(du -m "$tarball" | cut -f1) MB)"

if ! command -v dpkg-deb >/dev/null; then
  echo "dpkg-deb fehlt: kein .deb gebaut." >&2
  exit 0
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$SRC" "$stage/opt/mfd-desktop"
# The menu icon: the app's own icon from the bundle, where the desktop looks for it.
icon="$SRC/_internal/resources/icons/app.svg"
icon_line=""
if [ -f "$icon" ]; then
  mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
  cp "$icon" "$stage/usr/share/icons/hicolor/scalable/apps/mfd-desktop.svg"
  icon_line="Icon=mfd-desktop"
fi
ln -s /opt/mfd-desktop/mfd-desktop "$stage/usr/bin/mfd-desktop"
ln -s /opt/mfd-desktop/mfd "$stage/usr/bin/mfd"
cat >"$stage/usr/share/applications/mfd-desktop.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=MFD Desktop
GenericName=Beratungsassistent
Comment=Offline-Beratungsassistent für die Migrationsfachdienste
Exec=/opt/mfd-desktop/mfd-desktop
${icon_line}
Terminal=false
Categories=Office;
DESKTOP
size_kb=$(du -sk "$stage/opt" | cut -f1)
# The bundled libraries were linked against the build machine's glibc: require at least that.
# awk reads all of ldd's output: with `head -1`, ldd could die of SIGPIPE and pipefail
# would end the script without a word (no .deb, exit status 141).
glibc=$(ldd --version 2>/dev/null | awk 'NR == 1 {print $NF}')
cat >"$stage/DEBIAN/control" <<CONTROL
Package: mfd-desktop
Version: $VERSION
Section: misc
Priority: optional
Architecture: $DEBARCH
Installed-Size: $size_kb
Depends: libc6 (>= ${glibc:-2.31}), libcups2, libegl1, libgl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Recommends: gnome-keyring | kwalletmanager
Maintainer: MFD Desktop <mfd-desktop@invalid>
Description: Offline-Beratungsassistent für Migrationsfachdienste (Rheinland-Pfalz)
 MFD Desktop hält Fallakten verschlüsselt auf dem Laptop, arbeitet ohne Netz und
 übermittelt nur anonyme Statistik. Verwaltete Einstellungen: /etc/mfd-desktop/policy.toml.
CONTROL
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb="$OUTDIR/mfd-desktop_${VERSION}_${DEBARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "Debian-Paket: $deb ($(du -m "$deb" | cut -f1) MB)"
