"""Every German UI string is translated, placeholders match, and the .ts files are current.

Runs pyside6-lupdate on the whole GUI (and the ui/ forms) into a temporary file and
compares it with the committed resources/translations/mfd_de.ts: a string added in code
but not yet in the .ts would show up in English to German users, so it counts as
unfinished too.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "scripts" / "update_translations.py")
ut = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ut)

PLACEHOLDER = re.compile(r"%\d|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


def _translation_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("ts", sorted(ut.TS_DIR.glob("*_de.ts")), ids=lambda p: p.name)
def test_german_is_finished(ts):
    problems = []
    for context, source, translation in _messages(ts):
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        texts = _translation_texts(translation) if translation is not None else [""]
        if kind == "unfinished" or kind == "missing" or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r}")
    assert not problems, "unfinished German translations:\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", sorted(ut.TS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_match_source(ts):
    problems = []
    for context, source, translation in _messages(ts):
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        wanted = sorted(PLACEHOLDER.findall(source or ""))
        for text in _translation_texts(translation):
            if text and sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


def test_one_catalogue_per_language():
    assert sorted(p.name for p in ut.TS_DIR.glob("*.ts")) == [
        f"{ut.CATALOGUE}_{lang}.ts" for lang in sorted(ut.LANGUAGES)]


def test_ts_files_are_up_to_date(tmp_path):
    fresh = tmp_path / "fresh_de.ts"
    files = [str(p) for p in ut.sources()]
    subprocess.run([ut.tool("pyside6-lupdate"), "-silent", "-locations", "none", *files,
                    "-ts", str(fresh)], check=True)
    in_code = {(c, s) for c, s, _t in _messages(fresh)}
    assert len(in_code) > 500, "lupdate found too few strings: are the sources listed?"
    for lang in ut.LANGUAGES:
        committed = {(c, s) for c, s, t in _messages(ut.ts_file(lang))
                     if t is None or t.get("type") not in ("vanished", "obsolete")}
        missing = sorted(in_code - committed)
        assert not missing, (f"strings not yet in {ut.ts_file(lang).name} (run "
                             "scripts/update_translations.py and translate them):\n"
                             + "\n".join(f"{c}: {s!r}" for c, s in missing))
