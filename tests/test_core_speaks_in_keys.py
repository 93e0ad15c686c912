"""The core's texts are keyed messages rendered at the edge (issue 16).

domain/, checklists/ and reports/ never ask which language is on screen and keep no
English twins of German texts: no `errors.display_language()` / `in_language()`, no
`en=` on an error, no `*_EN` tables, no deadline_rules_en module. Their words live in
resources/messages/<lang>/*.po (tests/test_messages.py checks those).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("domain", "checklists", "reports")
FILES = sorted(p for package in PACKAGES for p in (ROOT / "mfd_desktop" / package).rglob("*.py"))


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in ("display_language", "set_display_language", "in_language"):
                found.append(f"{where}: reads the display language ({name})")
            elif name.endswith("_EN") and name.isupper():
                found.append(f"{where}: English twin table {name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.endswith("deadline_rules_en"):
                found.append(f"{where}: imports deadline_rules_en")
            for alias in node.names:
                if alias.name in ("display_language", "in_language") or alias.name.endswith("_EN"):
                    found.append(f"{where}: imports {alias.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if any(k.arg == "en" for k in node.keywords) and (
                    name.endswith("Error") or name in ("_problem", "fail")):
                found.append(f"{where}: English twin passed as en= to {name}")
    return found


def test_there_are_files_to_check():
    assert len(FILES) > 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT / "mfd_desktop")))
def test_core_module_speaks_in_keys(path):
    assert not _problems(path)


def test_the_check_finds_what_it_forbids(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from mfd_desktop import errors\n"
        "from mfd_desktop.errors import in_language\n"
        "HINTS_EN = {}\n"
        "if errors.display_language() == 'en':\n"
        "    raise UserError('Nein.', en='No.')\n", encoding="utf-8")
    text = "\n".join(_problems(sample))
    assert "imports in_language" in text and "HINTS_EN" in text
    assert "(display_language)" in text and "en= to UserError" in text


def test_deadline_rules_en_is_gone():
    assert not (ROOT / "mfd_desktop" / "domain" / "deadlines" / "deadline_rules_en.py").exists()
