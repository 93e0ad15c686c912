#!/usr/bin/env python3
"""Extract UI strings into .ts files (pyside6-lupdate) and compile .qm files (lrelease).

One pair of files for the whole GUI in resources/translations/:
  mfd_de.ts, mfd_en.ts   (sources: every mfd_desktop/gui/**/*.py and ui/**/*.ui)
Messages are grouped by context (the class name), so moving a module between gui
sub-packages keeps its translations. .qm files are build output (git-ignored);
scripts/setup.sh runs this with --release-only.

Usage:
  scripts/update_translations.py                 # lupdate, then lrelease
  scripts/update_translations.py --release-only  # only compile .ts -> .qm
After lupdate, translate the new German entries (Qt Linguist: pyside6-linguist FILE.ts);
tests/gui/test_translations.py fails while a German entry is unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "mfd_desktop" / "gui"
UI = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}
CATALOGUE = "mfd"  # resources/translations/mfd_<lang>.ts


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installiert?)")
    return found


def ts_file(lang: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{lang}.ts"


def sources() -> list[Path]:
    """Every file lupdate reads: the GUI's Python modules (generated form modules are
    skipped, their .ui files are read instead) and the Qt Designer forms in ui/."""
    python = [p for p in sorted(GUI.rglob("*.py")) if "forms" not in p.relative_to(GUI).parts]
    return python + sorted(UI.rglob("*.ui"))


def lupdate() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang, locale in LANGUAGES.items():
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations",
                        "none", "-source-language", "en_GB", "-target-language", locale,
                        *files, "-ts", str(ts_file(lang).relative_to(ROOT))],
                       cwd=ROOT, check=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.release_only:
        lupdate()
    for lang in LANGUAGES:
        lrelease(ts_file(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
