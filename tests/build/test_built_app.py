"""Checks on the PyInstaller build itself (dist/mfd-desktop from build_scripts/build.sh).

Skipped unless a build is asked for or current: MFD_BUILT_APP=/path/to/mfd-desktop (the
folder) always tests that build; otherwise dist/mfd-desktop is tested only when its
BUILD-INFO.txt names the current git commit, so a stale build left in dist/ does not fail
the suite. CI decides whether to build (about 1–2 minutes here; see docs/build.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mfd_desktop import release_signing as rs

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("MFD_BUILT_APP") or ROOT / "dist" / "mfd-desktop")
EXE = ".exe" if sys.platform == "win32" else ""
APP = BUILD / f"mfd-desktop{EXE}"

def _skip_reason() -> str | None:
    if not APP.exists():
        return "no build (run build_scripts/build.sh or set MFD_BUILT_APP)"
    if os.environ.get("MFD_BUILT_APP"):
        return None
    try:
        info = (BUILD / "BUILD-INFO.txt").read_text(encoding="utf-8")
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "cannot tell whether dist/mfd-desktop is current (set MFD_BUILT_APP)"
    if f"commit: {head}" not in info:
        return "dist/mfd-desktop was built from another commit (rebuild or set MFD_BUILT_APP)"
    return None


_REASON = _skip_reason()
pytestmark = pytest.mark.skipif(_REASON is not None, reason=_REASON or "")


def run(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MFD_DATA_DIR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, env=env)


def internal() -> Path:
    return BUILD / "_internal"


def test_self_test_of_the_built_app_passes():
    result = run(str(APP), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Selbsttest bestanden" in result.stdout
    assert "FEHLER" not in result.stdout
    assert "Fallakte angelegt" in result.stdout  # the real case services, not the fallback


def test_the_admin_command_line_is_in_the_build(tmp_path):
    mfd = BUILD / f"mfd{EXE}"
    version = run(str(mfd), "--version")
    assert version.returncode == 0 and version.stdout.startswith("mfd "), version.stderr
    policy = tmp_path / "policy.toml"
    policy.write_text("[statistics]\nsuppression_threshold = 3\n", encoding="utf-8")
    checked = run(str(mfd), "policy", "check", str(policy), "--data-dir", str(tmp_path / "d"))
    assert checked.returncode == 1 and "Zeile 2" in checked.stderr


def test_every_migration_and_resource_is_bundled():
    for sql in sorted((ROOT / "db").glob("*.sql")):
        bundled = internal() / "db" / sql.name
        assert bundled.read_bytes() == sql.read_bytes(), sql.name
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.suffix != ".ts" and not path.name.startswith("."):
            rel = path.relative_to(ROOT)
            assert (internal() / rel).is_file(), f"missing in the build: {rel}"


def test_only_the_qt_parts_the_app_uses_are_bundled():
    names = [p.relative_to(BUILD).as_posix() for p in BUILD.rglob("*")]
    for unwanted in ("QtWebEngine", "QtQml", "QtQuick", "Qt3D", "QtMultimedia", "QtCharts",
                     "libqgtk3", "libgtk-3"):
        assert not [n for n in names if unwanted in n], unwanted
    qt_translations = [n for n in names if "/translations/" in n and n.endswith(".qm")
                       and "PySide6" in n]
    assert qt_translations and all(n.endswith(("_de.qm", "_en.qm")) for n in qt_translations)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux bundles ICU")
def test_the_icu_data_is_the_trimmed_library():
    icu_data = sorted(p for p in internal().rglob("libicudata.so*") if not p.is_symlink())
    assert len(icu_data) == 1, icu_data
    # The wheel's library is 32 MB; build_scripts/trim_icu_data.py makes it about 6 MB.
    assert icu_data[0].stat().st_size < 8_000_000


def test_signed_build_verifies_and_tampering_is_refused(tmp_path):
    copy = tmp_path / "mfd-desktop"
    link_or_copy = os.link if os.name == "posix" else shutil.copy2
    shutil.copytree(BUILD, copy, symlinks=True, copy_function=link_or_copy)
    for name in rs.SIGNATURE_FILES:
        (copy / name).unlink(missing_ok=True)
    keys = rs.generate_keypair(tmp_path / "release")
    rs.sign_build(copy, rs.load_private_key(keys.private))
    script = ROOT / "build_scripts" / "verify_build.py"
    good = subprocess.run([sys.executable, str(script), str(copy), "--pubkey", str(keys.public)],
                          capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stderr
    target = copy / f"mfd-desktop{EXE}"
    data = target.read_bytes()
    target.unlink()  # a new file, so the hard-linked original stays untouched
    target.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    bad = subprocess.run([sys.executable, str(script), str(copy), "--pubkey", str(keys.public)],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and f"verändert: mfd-desktop{EXE}" in bad.stderr


def test_build_record_names_the_commit():
    info = (BUILD / "BUILD-INFO.txt").read_text(encoding="utf-8")
    assert info.startswith("MFD Desktop ") and "commit: " in info
