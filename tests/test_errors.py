"""UserError messages: keys from the catalogue, rendered at the edge.

Everything outside the edges (ON_CATALOGUE) raises every UserError with a `Msg` (a key
plus arguments, resources/messages/*/<subject>.po). No module at all — the edges included —
knows a global display language or keeps English twins: no `en=`, no `*_EN` texts, no
`display_language()`; the GUI renders with gui/i18n.gui_text, the command line in German.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from mfd_desktop import errors
from mfd_desktop.errors import UserError, VaultDamagedError
from mfd_desktop.messages import Msg

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mfd_desktop"
ON_CATALOGUE = ("storage", "security", "sync", "settings.py", "policy.py", "paths.py",
                "release_signing.py", "log_setup.py", "domain", "checklists", "stats")
# Names that mean "the core knows the display language".
LANGUAGE_NAMES = {"display_language", "set_display_language", "in_language", "message_en",
                  "DISPLAY_LANGUAGES"}


def test_a_message_renders_in_each_language_and_german_for_logs():
    exc = VaultDamagedError(Msg("vault.damaged"))
    assert exc.render("en").startswith("The vault is damaged")
    assert str(exc) == exc.render("de")
    assert str(exc).startswith("Der Tresor ist beschädigt")  # logs, command line


def test_the_command_lines_german_sentence_is_the_same_in_every_language():
    exc = UserError("Bitte die Adresse des Servers mit --server angeben.")
    assert exc.msg is None
    assert exc.render("en") == exc.render("de") == str(exc)


def test_there_is_no_english_twin_and_no_global_display_language():
    with pytest.raises(TypeError):
        UserError("Nein.", en="No.")  # type: ignore[call-arg]
    for name in LANGUAGE_NAMES | {"message", "message_de"}:
        assert not hasattr(errors, name) and not hasattr(UserError(Msg("vault.locked")), name)


def _modules(entries: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for entry in entries:
        path = PACKAGE / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _resolve(module, node: ast.expr):
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    if isinstance(node, ast.Attribute):
        owner = _resolve(module, node.value)
        return getattr(owner, node.attr, None) if owner is not None else None
    return None


def _user_error_calls(path: Path, tree: ast.AST | None = None):
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    module = importlib.import_module(name)
    tree = tree if tree is not None else ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        target = _resolve(module, node.func)
        if isinstance(target, type) and issubclass(target, UserError):
            yield module, node


def _is_message(module, node: ast.expr) -> bool:
    """Whether `node` certainly evaluates to a Msg: a Msg(...) call, a module constant
    holding one, an entry of a module dict of messages, or a call of a function declared
    to return one."""
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "Msg":
            return True
        func = _resolve(module, node.func)
        return getattr(func, "__annotations__", {}).get("return") in ("Msg", Msg)
    if isinstance(node, ast.Subscript):
        table = _resolve(module, node.value)
        return isinstance(table, dict) and bool(table) and all(
            isinstance(v, Msg) for v in table.values())
    return isinstance(_resolve(module, node), Msg)


def _forwards_a_message(tree: ast.AST, call: ast.Call, module) -> bool:
    """A name handed on that the enclosing function declares or builds as a Msg (a
    parameter annotated `Msg`, or a local assigned Msg(...) / `Msg(...) if … else Msg(...)`)."""
    names = {a.id for a in call.args if isinstance(a, ast.Name)}
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if not any(n is call for n in ast.walk(func)):
            continue
        for arg in func.args.args + func.args.kwonlyargs:
            if arg.arg in names and isinstance(arg.annotation, ast.Name) \
                    and arg.annotation.id == "Msg":
                return True
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in names for t in node.targets):
                values = ([node.value.body, node.value.orelse]
                          if isinstance(node.value, ast.IfExp) else [node.value])
                if all(_is_message(module, v) for v in values):
                    return True
    return False


def test_every_user_error_of_the_catalogue_packages_carries_a_message():
    missing = []
    trees: dict[Path, ast.AST] = {}
    for path in _modules(ON_CATALOGUE):
        trees[path] = ast.parse(path.read_text(encoding="utf-8"))
        for module, call in _user_error_calls(path, trees[path]):
            if not call.args and not call.keywords:
                continue  # a subclass with a fixed message of its own
            # the message is the first argument; TemplateError(source, line, field, Msg)
            # carries it last
            if not any(_is_message(module, arg) for arg in call.args) and \
                    not _forwards_a_message(trees[path], call, module):
                missing.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not missing, "UserError without a Msg:\n" + "\n".join(missing)


def test_no_module_knows_a_global_display_language_or_keeps_english_twins():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):  # the edges too: they render, never twin
        where = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Name):
                names.append(node.id)
            elif isinstance(node, ast.Attribute):
                names.append(node.attr)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.Call) and any(k.arg == "en" for k in node.keywords):
                # an English twin handed to an error; data with its own languages
                # (a template's Text(de=…, en=…)) is not a twin
                callee = node.func.id if isinstance(node.func, ast.Name) else getattr(
                    node.func, "attr", "")
                if callee.endswith("Error"):
                    found.append(f"{where}: en=")
            elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                  and node.value.id == "errors" and node.attr in LANGUAGE_NAMES):
                found.append(f"{where}: errors.{node.attr}")
            elif isinstance(node, ast.ImportFrom) and node.module == "mfd_desktop.errors":
                found += [f"{where}: {a.name}" for a in node.names if a.name in LANGUAGE_NAMES]
            for name in names:
                if name.endswith("_EN") or name in LANGUAGE_NAMES - {"in_language"}:
                    found.append(f"{where}: {name}")
    assert not found, "\n".join(found)


def test_the_checks_above_can_fail(tmp_path):
    tree = ast.parse('UserError("Text", en="Text")\nx = errors.display_language()\nA_EN = 1')
    module = importlib.import_module("mfd_desktop.storage.vault")
    call = tree.body[0].value
    assert not _is_message(module, call.args[0])
    assert any(isinstance(n, ast.keyword) and n.arg == "en" for n in ast.walk(tree))
    assert {"display_language", "A_EN"} <= {
        getattr(n, "attr", getattr(n, "id", None)) for n in ast.walk(tree)}
    assert _is_message(module, ast.parse('Msg("vault.locked")').body[0].value)
