"""Letter templates: the shipped ones load; a broken one names file, line and field in
German; administrators' templates import (higher version) and export."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop.domain.letters import schema, templates
from mfd_desktop.domain.letters.schema import LetterTemplateError, parse_template
from mfd_desktop.errors import UserError

GOOD = '''key = "probe"
version = 1
title = "Probe"
languages = ["de", "ar"]
office = "bamf"

[text.de]
title = "Probe"
reviewed = true
paragraphs = [
  "Guten Tag {client.name},",
  "Ihr Zeichen {case.number}.",
]

[text.ar]
title = "تجربة"
reviewed = false
paragraphs = [
  "مرحباً {client.name}،",
]
'''


def test_the_shipped_templates_load_without_problems():
    found = templates.load_all()
    assert found.problems == []
    assert {t.key for t in found.by_title()} == {
        "vollmacht", "schweigepflichtentbindung", "akteneinsicht_bamf", "fristverlaengerung",
        "widerspruch_rahmen", "terminbestaetigung"}
    titles = [t.title for t in found.by_title()]
    assert titles == sorted(titles, key=str.casefold)
    for key in ("vollmacht", "schweigepflichtentbindung", "terminbestaetigung"):
        template = found.get(key)
        assert template.languages == ("de", "en", "ar", "fa", "uk", "ru", "tr")
        assert template.text("de").reviewed
        assert not any(template.text(lang).reviewed for lang in template.languages[1:])
    assert found.get("widerspruch_rahmen").draft
    assert found.get("akteneinsicht_bamf").office == "bamf"
    assert found.get("terminbestaetigung").primary == "client"


def test_a_good_template_parses():
    template = parse_template(GOOD, "probe.toml")
    assert template.text("ar").paragraphs == ("مرحباً {client.name}،",)
    assert not template.text("ar").reviewed and template.office == "bamf"


@pytest.mark.parametrize(("old", "new", "line", "field", "words"), [
    ('"Ihr Zeichen {case.number}."', '"Ihr Zeichen {case.nummer}."', 12, "text.de.paragraphs[2]",
     "Platzhalter {case.nummer} gibt es nicht"),
    ('"Ihr Zeichen {case.number}."', '"Ihr Zeichen {case.number."', 12, "text.de.paragraphs[2]",
     "geschweifte Klammer"),
    ('reviewed = false', 'reviewed = "nein"', 17, "text.ar.reviewed", "true oder false"),
    ('office = "bamf"', 'office = "jobcenter"', 5, "office", "Erlaubt sind nur"),
    ('languages = ["de", "ar"]', 'languages = ["ar", "de"]', 4, "languages", "mit „de“ beginnen"),
    ('languages = ["de", "ar"]', 'languages = ["de", "xx"]', 4, "languages", "Unbekannte Sprache „xx“"),
    ('languages = ["de", "ar"]', 'languages = ["de"]', 15, "text.ar", "fehlt in „languages“"),
    ('title = "Probe"\nlanguages', 'titel = "Probe"\nlanguages', 3, "titel", "Unbekanntes Feld"),
    ('version = 1', 'version = 0', 2, "version", "ganze Zahl ab 1"),
    ('office = "bamf"', 'office = "bamf"\ndeadlines = ["Widerspruch"]', 6, "deadlines", "Fristregeln"),
])
def test_a_broken_template_names_file_line_and_field(old, new, line, field, words):
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    with pytest.raises(LetterTemplateError) as info:
        parse_template(text, "probe.toml")
    message = str(info.value)
    assert message.startswith(f"Schreiben-Vorlage „probe.toml“, Zeile {line}, Feld „{field}“: "), message
    assert words in message
    assert (info.value.line, info.value.field) == (line, field)


def test_toml_syntax_errors_carry_their_line():
    with pytest.raises(LetterTemplateError) as info:
        parse_template(GOOD.replace('title = "Probe"\n', 'title = "Probe\n', 1), "probe.toml")
    assert info.value.line == 3
    assert "kein gültiges TOML" in str(info.value)


@given(st.text(max_size=300))
def test_hostile_text_is_either_a_template_or_a_german_message(text):
    try:
        parse_template(text, "x.toml")
    except UserError as exc:
        assert str(exc).startswith("Schreiben-Vorlage „x.toml“")


def test_import_needs_a_higher_version_and_export_shares_the_file(data_paths, tmp_path):
    source = tmp_path / "vollmacht.toml"
    shipped = (templates.shipped_dir() / "vollmacht.toml").read_text("utf-8")
    source.write_text(shipped.replace("Vollmacht\"\nlanguages", "Vollmacht (Büro)\"\nlanguages"),
                      "utf-8")
    with pytest.raises(UserError, match="höhere Version"):
        templates.import_template(data_paths, source)
    source.write_text(source.read_text("utf-8").replace("version = 1", "version = 2"), "utf-8")
    templates.import_template(data_paths, source)
    found = templates.load_all(data_paths)
    assert found.get("vollmacht").title == "Vollmacht (Büro)"
    assert found.templates["vollmacht"].origin == templates.CUSTOM
    out = tmp_path / "export.toml"
    templates.export_template(data_paths, "vollmacht", out)
    assert out.read_text("utf-8") == source.read_text("utf-8")
    broken = templates.admin_dir(data_paths) / "kaputt.toml"
    broken.write_text(GOOD.replace("probe", "kaputt").replace("{case.number}", "{x}"), "utf-8")
    again = templates.load_all(data_paths)
    assert "vollmacht" in again.templates and "kaputt" not in again.templates
    assert [p.source for p in again.problems] == ["kaputt.toml"]


def test_placeholders_listed_in_the_docs_are_the_ones_the_code_knows():
    from mfd_desktop.paths import resources_dir

    docs = (resources_dir().parent / "docs" / "letters.md").read_text("utf-8")
    for name in schema.PLACEHOLDERS:
        assert f"{{{name}}}" in docs, name
