#!/usr/bin/env python3
"""Extract UI strings into .ts files (pyside6-lupdate) and compile .qm files (lrelease).

One pair of files per GUI area in resources/translations/:
  <area>_de.ts, <area>_en.ts   (area = gui sub-package name, "app" for mfd_desktop/gui/*.py)
.qm files are build output (git-ignored); scripts/setup.sh runs this with --release-only.

Usage:
  scripts/update_translations.py                 # lupdate every area, then lrelease
  scripts/update_translations.py --area cases    # only one area
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
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}
APP_AREA = "app"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installiert?)")
    return found


def areas() -> list[str]:
    subpackages = sorted(p.name for p in GUI.iterdir()
                         if p.is_dir() and (p / "__init__.py").exists())
    return [APP_AREA, *subpackages]


def sources(area: str) -> list[Path]:
    if area == APP_AREA:
        return sorted(GUI.glob("*.py"))
    return sorted((GUI / area).rglob("*.py"))


def lupdate(area: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources(area)]
    if not files:
        return
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang, locale in LANGUAGES.items():
        ts = TS_DIR / f"{area}_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations",
                        "none", "-source-language", "en_GB", "-target-language", locale,
                        *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true")
    parser.add_argument("--area", action="append", help="only this area (repeatable)")
    args = parser.parse_args(argv)
    chosen = args.area or areas()
    if not args.release_only:
        for area in chosen:
            lupdate(area)
    for ts in sorted(TS_DIR.glob("*.ts")):
        if args.area and ts.stem.rsplit("_", 1)[0] not in chosen:
            continue
        lrelease(ts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
