"""docs/glossar.md is used by the translations: no German text of the UI (.ts) or of the
message catalogue (de .po) uses a variant the glossary's "Nicht verwenden" column forbids,
except the allow-listed ones, each with its reason."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "glossar.md"
TS = ROOT / "resources" / "translations" / "mfd_de.ts"
PO_DIR = ROOT / "resources" / "messages" / "de"

# (variant, where, fragment of the text) -> why the variant is right there. `where` is
# "ts:<context>" or "po:<file>"; the fragment must occur in the text.
ALLOWED: dict[tuple[str, str, str], str] = {
    ("Ratsuchende", "ts:CountsModel", "zu wenige Ratsuchende"):
        "Förderstatistik: das Wort der Zuwendungsgeber (siehe Glossar, Ausnahmen)",
    ("Ratsuchende", "po:stats.po", ""):
        "Förderstatistik: das Wort der Zuwendungsgeber (siehe Glossar, Ausnahmen)",
    ("Ratsuchenden", "po:stats.po", ""):
        "Förderstatistik: das Wort der Zuwendungsgeber (siehe Glossar, Ausnahmen)",
    ("Ratsuchenden", "po:settings.po", "Statistik: ab so vielen Ratsuchenden"):
        "die Schwelle der Förderstatistik heißt wie ihre Kennzahl",
    ("Fallakte", "po:ref.po", "Kurzberatung (ohne Fallakte)"):
        "Werteliste Beratungsform: die Bezeichnung aus shared/reference/categories.md",
    ("Gremienarbeit", "po:ref.po", "Gremienarbeit"):
        "Werteliste Strukturarbeit: eine Art der Strukturarbeit, nicht ihr Name",
}


def forbidden_variants(text: str | None = None) -> dict[str, str]:
    """{variant: preferred term} from the table's "Nicht verwenden" column (backticks)."""
    text = GLOSSARY.read_text(encoding="utf-8") if text is None else text
    variants: dict[str, str] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.startswith("|"):
            header = None if not line.strip() else header
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        row = dict(zip(header, cells, strict=False))
        for variant in re.findall(r"`([^`]+)`", row.get("Nicht verwenden", "")):
            variants[variant] = row["Begriff"]
    return variants


def _pattern(variant: str) -> re.Pattern[str]:
    # a whole word: "Klient" must not match "Klient*in", "Revision" not "PO-Revision"
    return re.compile(r"(?<![\w*-])" + re.escape(variant) + r"(?![\w*-])")


def german_texts() -> list[tuple[str, str]]:
    """(where, text) of every finished German translation and every de .po msgstr."""
    out: list[tuple[str, str]] = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            out.append((f"ts:{name}", "".join(translation.itertext())))
    for po in sorted(PO_DIR.glob("*.po")):
        msgid, msgstr, current = "", "", ""
        entries: list[tuple[str, str]] = []
        for line in [*po.read_text(encoding="utf-8").splitlines(), ""]:
            if line.startswith("msgid "):
                if msgid:
                    entries.append((msgid, msgstr))
                msgid, msgstr, current = line[6:].strip('"'), "", "id"
            elif line.startswith("msgstr"):
                msgstr, current = line.split(" ", 1)[1].strip('"'), "str"
            elif line.startswith('"'):
                if current == "str":
                    msgstr += line.strip('"')
                elif current == "id":
                    msgid += line.strip('"')
            else:
                current = current if line.startswith("#") else ""
        if msgid:
            entries.append((msgid, msgstr))
        out += [(f"po:{po.name}", text) for key, text in entries if key]  # not the header
    return out


def _allowed(variant: str, where: str, text: str) -> bool:
    return any(v == variant and w == where and fragment in text
               for v, w, fragment in ALLOWED)


def test_the_glossary_forbids_what_the_issue_names():
    variants = forbidden_variants()
    assert variants["Ratsuchende"].startswith("Klient*in")
    assert variants["Revision"] == "Fassung"
    assert variants["Tresor der Beratungsstelle"] == "abschließbarer Schrank"
    assert variants["Passwort"] == "Passphrase"
    assert len(variants) > 40


def test_no_german_ui_text_uses_a_forbidden_variant():
    patterns = {v: _pattern(v) for v in forbidden_variants()}
    found = [f"{where}: „{variant}“ (Glossar: {term}) in {text[:90]!r}"
             for where, text in german_texts()
             for variant, pattern in patterns.items()
             if pattern.search(text) and not _allowed(variant, where, text)
             for term in [forbidden_variants()[variant]]]
    assert not found, "\n".join(found)


def test_every_exception_is_still_needed():
    patterns = {v: _pattern(v) for v in forbidden_variants()}
    texts = german_texts()
    for variant, where, fragment in ALLOWED:
        assert any(w == where and fragment in t and patterns[variant].search(t)
                   for w, t in texts), (variant, where, fragment)


@pytest.mark.parametrize(("text", "hit"), [
    ("Namen der Klientin / des Klienten", True), ("Namen der Klient*in", False),
    ("Freigegebene Revision 1", True), ("PO-Revision-Date", False),
    ("im Tresor der Beratungsstelle", True), ("verschlüsselt im Tresor", False),
])
def test_the_check_finds_whole_words_only(text, hit):
    patterns = [_pattern(v) for v in forbidden_variants()]
    assert any(p.search(text) for p in patterns) is hit


def test_a_table_row_yields_its_variants():
    table = ("| Begriff | Bedeutung | Nicht verwenden | Englisch |\n|---|---|---|---|\n"
             "| Fall | die Datei | `Akte`, `Fallakte` (alt) | case |\n")
    assert forbidden_variants(table) == {"Akte": "Fall", "Fallakte": "Fall"}
