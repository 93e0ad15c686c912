"""The keyed message catalogue (mfd_desktop/messages.py, resources/messages/*.po).

Two halves: the mechanism, tested against a catalogue written and compiled here with
Babel (the same way scripts/update_messages.py does), and the project's own catalogue:
every key the code uses has German text, no key is unused, English placeholders match
the German ones.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop import messages
from mfd_desktop.messages import Msg, placeholders, render

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mfd_desktop"
PO_DIR = ROOT / "resources" / "messages"


@pytest.fixture
def tiny_catalogue(tmp_path, monkeypatch):
    texts = {
        "de": {"demo.hello": "Hallo {name}", "demo.when": "Frist bis {day}",
               "demo.outer": "Fehler: {reason}", "demo.inner": "Datei fehlt",
               "demo.only_de": "Nur deutsch"},
        "en": {"demo.hello": "Hello {name}", "demo.when": "Due {day}",
               "demo.outer": "Error: {reason}", "demo.inner": "File missing"},
    }
    plurals = {"de": ("{count} Datei", "{count} Dateien"),
               "en": ("{count} file", "{count} files")}
    for language, entries in texts.items():
        catalog = Catalog(locale=language)
        for key, text in entries.items():
            catalog.add(key, text)
        catalog.add(("demo.files", "demo.files"), plurals[language])
        with (tmp_path / f"{language}.mo").open("wb") as handle:
            write_mo(handle, catalog)
    monkeypatch.setattr(messages, "messages_dir", lambda: tmp_path)
    messages.catalogue.cache_clear()
    yield
    messages.catalogue.cache_clear()


def test_render_in_each_language_with_fallback_to_german(tiny_catalogue):
    assert render(Msg("demo.hello", name="Aylin"), "de") == "Hallo Aylin"
    assert render(Msg("demo.hello", name="Aylin"), "en") == "Hello Aylin"
    assert render(Msg("demo.only_de"), "en") == "Nur deutsch"
    assert str(Msg("demo.hello", name="X")) == "Hallo X"  # logs and CLI speak German
    assert render(Msg("demo.unknown"), "de") == "demo.unknown"


def test_plurals_dates_and_nested_messages(tiny_catalogue):
    assert render(Msg("demo.files", count=1), "de") == "1 Datei"
    assert render(Msg("demo.files", count=3), "de") == "3 Dateien"
    assert render(Msg("demo.files", count=3), "en") == "3 files"
    assert render(Msg("demo.when", day=dt.date(2026, 3, 9)), "en") == "Due 09.03.2026"
    outer = Msg("demo.outer", reason=Msg("demo.inner"))
    assert render(outer, "de") == "Fehler: Datei fehlt"
    assert render(outer, "en") == "Error: File missing"


def test_arguments_that_do_not_fit_never_raise(tiny_catalogue):
    assert render(Msg("demo.hello"), "de") == "Hallo {name}"


_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.dates()),
    lambda inner: st.lists(inner, max_size=3), max_leaves=6,
)


@given(key=st.text(min_size=1), args=st.dictionaries(
    st.from_regex(r"[a-z_]{1,8}", fullmatch=True), _values, max_size=4))
def test_stored_messages_round_trip(key, args):
    message = Msg(key, **args, nested=Msg("x.y", day=dt.date(2026, 1, 2)))
    assert Msg.from_json(message.to_json()) == message


# -- the project's catalogue --------------------------------------------------------

def _literal_keys() -> dict[str, str]:
    """Every `Msg("key", ...)` literal in the package, with one place it is used."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Msg" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _all_string_literals() -> set[str]:
    strings: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return strings


def _po(language: str) -> dict[str, tuple[str, ...]]:
    """Every entry of `language`'s catalogue files (resources/messages/<lang>/*.po)."""
    entries: dict[str, tuple[str, ...]] = {}
    for path in sorted((PO_DIR / language).glob("*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for message in catalog:
            if not message.id:
                continue
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            assert key.split(".", 1)[0] == path.stem, f"{key} belongs in {key.split('.')[0]}.po"
            assert key not in entries, f"{key} twice in {language}"
            text = message.string
            entries[key] = tuple(text) if isinstance(text, (tuple, list)) else (text,)
    return entries


def test_every_key_in_the_code_has_german_text():
    german = _po("de")
    missing = {key: where for key, where in _literal_keys().items()
               if not all(german.get(key, ("",)))}
    assert not missing, f"keys without German text (scripts/update_messages.py): {missing}"


def _import_prefix_registrars() -> None:
    """Import every module that registers a dynamic prefix (they do so on import)."""
    import importlib

    for path in PACKAGE.rglob("*.py"):
        if "DYNAMIC_PREFIXES[" in path.read_text(encoding="utf-8") and path.name != "messages.py":
            importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))


def test_no_catalogue_key_is_unused():
    _import_prefix_registrars()
    used = _all_string_literals()
    unused = [key for key in _po("de")
              if key not in used
              and not any(key.startswith(prefix) for prefix in messages.DYNAMIC_PREFIXES)]
    assert not unused, f"keys in de.po that no code uses: {unused}"


def test_english_keys_exist_in_german_and_keep_the_placeholders():
    german, english = _po("de"), _po("en")
    assert set(english) <= set(german), set(english) - set(german)
    for key, texts in english.items():
        for text in texts:
            if text:
                assert placeholders(text) == placeholders(german[key][0]), key


def test_compiled_catalogues_are_present():
    # scripts/setup.sh compiles them; the app falls back to keys without them.
    for language in messages.LANGUAGES:
        assert (PO_DIR / f"{language}.mo").is_file(), f"{language}.mo missing"
