"""UserError messages: German by default, English in the English app.

Every error a counsellor can meet in the app comes from the services in
COUNSELLOR_FACING; each `raise SomeUserError("…")` there must also pass the English text
(`en="…"`). The administrators' interfaces (policy, release signing, self-test, the
`mfd` command line) stay German only.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from mfd_desktop import errors
from mfd_desktop.errors import UserError, VaultDamagedError

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mfd_desktop"
COUNSELLOR_FACING = ("domain", "checklists", "storage", "security", "sync", "stats",
                     "settings.py")


def test_message_follows_the_display_language(english):
    exc = VaultDamagedError("Der Tresor ist beschädigt.", en="The vault is damaged.")
    assert exc.message == "The vault is damaged."
    assert str(exc) == exc.message_de == "Der Tresor ist beschädigt."  # logs, CLI
    errors.set_display_language("de")
    assert exc.message == "Der Tresor ist beschädigt."


def test_without_english_text_the_german_one_is_shown(english):
    assert UserError("Nur deutsch.").message == "Nur deutsch."


def test_unknown_languages_fall_back_to_german():
    errors.set_display_language("fr")
    assert errors.display_language() == "de"
    assert UserError("Hallo", en="Hello").message == "Hallo"


def _modules() -> list[Path]:
    files: list[Path] = []
    for entry in COUNSELLOR_FACING:
        path = PACKAGE / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _resolve(module, func: ast.expr):
    if isinstance(func, ast.Name):
        return getattr(module, func.id, None)
    if isinstance(func, ast.Attribute):
        owner = _resolve(module, func.value)
        return getattr(owner, func.attr, None) if owner is not None else None
    return None


def _user_error_calls_without_english(path: Path) -> list[str]:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    module = importlib.import_module(name)
    missing = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        target = _resolve(module, node.func)
        if not (isinstance(target, type) and issubclass(target, UserError)):
            continue
        if not node.args and not node.keywords:
            continue  # a subclass with a fixed message of its own
        if node.args and any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                             and n.func.id == "Msg" for n in ast.walk(node.args[0])):
            continue  # a keyed message: the catalogue holds its English text
        if not any(k.arg == "en" for k in node.keywords):
            missing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return missing


def test_every_counsellor_facing_error_has_an_english_text():
    missing = [where for path in _modules() for where in _user_error_calls_without_english(path)]
    assert not missing, "UserError without en=…:\n" + "\n".join(missing)
