#!/usr/bin/env python3
"""Compile the Qt Designer forms in ui/ into Python modules (pyside6-uic).

  ui/<name>.ui  ->  mfd_desktop/gui/forms/ui_<name>.py   (class Ui_<ClassName>)

The generated modules are build output (git-ignored, like the .qm files): scripts/setup.sh
and build_scripts/build.sh run this script, the tests run it before importing the GUI.
A form whose module is newer than its .ui file is skipped. The app never loads .ui files
at run time (QtUiTools is not part of the build).

Usage:
  scripts/compile_forms.py            # compile what changed
  scripts/compile_forms.py --force    # compile everything
  scripts/compile_forms.py --check    # exit 1 if a form has no up-to-date module
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "mfd_desktop" / "gui" / "forms"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installiert?)")
    return found


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def module_for(form: Path) -> Path:
    return FORMS_DIR / f"ui_{form.stem}.py"


def is_current(form: Path) -> bool:
    module = module_for(form)
    return module.exists() and module.stat().st_mtime >= form.stat().st_mtime


def compile_form(form: Path) -> None:
    module = module_for(form)
    partial = module.with_suffix(".py.part")
    subprocess.run([tool("pyside6-uic"), "--no-autoconnection", "-o", str(partial),
                    str(form)], check=True)
    partial.replace(module)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        stale = [f.name for f in forms() if not is_current(f)]
        if stale:
            print("Nicht übersetzte Formulare: " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for form in forms():
        if args.force or not is_current(form):
            compile_form(form)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
