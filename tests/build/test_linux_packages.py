"""build_scripts/package_linux.sh: the tarball and the .deb, made from a small stand-in
build folder (the packaging does not care what the programs are), so this runs without
a PyInstaller build. Needs tar, gzip and dpkg-deb, which every Debian has."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "build_scripts" / "package_linux.sh"
EPOCH = 1_790_000_000

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="Linux packaging needs dpkg-deb")


def fake_build(parent: Path) -> Path:
    build = parent / "mfd-desktop"
    (build / "_internal" / "resources" / "icons").mkdir(parents=True)
    app = build / "mfd-desktop"
    app.write_text("#!/bin/sh\necho app\n", encoding="utf-8")
    app.chmod(0o755)
    mfd = build / "mfd"
    mfd.write_text('#!/bin/sh\nexec "$(dirname "$0")/mfd-desktop" --cli "$@"\n', encoding="utf-8")
    mfd.chmod(0o755)
    (build / "_internal" / "resources" / "icons" / "app.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    (build / "BUILD-INFO.txt").write_text("MFD Desktop 9.8.7\n", encoding="utf-8")
    return build


def package(build: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH))
    result = subprocess.run(["bash", str(SCRIPT), str(build), "9.8.7"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def deb_arch() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def test_tarball_and_deb_hold_the_build_with_fixed_times_and_owners(tmp_path):
    build = fake_build(tmp_path / "a")
    result = package(build)
    tarball = tmp_path / "a" / f"mfd-desktop-9.8.7-linux-{os.uname().machine}.tar.gz"
    deb = tmp_path / "a" / f"mfd-desktop_9.8.7_{deb_arch()}.deb"
    assert "Debian-Paket" in result.stdout, result.stdout  # the .deb step really ran

    with tarfile.open(tarball) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert "mfd-desktop/mfd-desktop" in names and "mfd-desktop/BUILD-INFO.txt" in names
    assert all(m.mtime == EPOCH and m.uid == 0 and m.gid == 0 for m in members)
    assert next(m for m in members if m.name == "mfd-desktop/mfd").mode & 0o111

    control = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True,
                             text=True, check=True).stdout
    assert "Package: mfd-desktop" in control and "Version: 9.8.7" in control
    assert f"Architecture: {deb_arch()}" in control and "Depends: libc6 (>= 2." in control

    unpacked = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    assert (unpacked / "opt/mfd-desktop/mfd-desktop").read_bytes() == \
        (build / "mfd-desktop").read_bytes()
    assert os.readlink(unpacked / "usr/bin/mfd") == "/opt/mfd-desktop/mfd"
    assert os.readlink(unpacked / "usr/bin/mfd-desktop") == "/opt/mfd-desktop/mfd-desktop"
    desktop = (unpacked / "usr/share/applications/mfd-desktop.desktop").read_text("utf-8")
    assert "Exec=/opt/mfd-desktop/mfd-desktop" in desktop and "Icon=mfd-desktop" in desktop
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/mfd-desktop.svg").is_file()
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                              text=True, check=True).stdout
    assert all(" root/root " in line for line in contents.splitlines())


def test_the_same_folder_gives_byte_identical_packages(tmp_path):
    first = fake_build(tmp_path / "a")
    second = fake_build(tmp_path / "b")
    for build in (first, second):
        for path in [build, *build.rglob("*")]:
            os.utime(path, (EPOCH, EPOCH), follow_symlinks=False)
        package(build)
    for name in (f"mfd-desktop-9.8.7-linux-{os.uname().machine}.tar.gz",
                 f"mfd-desktop_9.8.7_{deb_arch()}.deb"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
