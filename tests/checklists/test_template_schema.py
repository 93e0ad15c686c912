"""Every shipped template validates; broken ones give German messages with file, line, field."""

from __future__ import annotations

import re
import tomllib

import pytest

from mfd_desktop.checklists import templates
from mfd_desktop.checklists.template_schema import (
    TemplateError,
    dump_template,
    parse_template,
)

SHIPPED = sorted(templates.shipped_dir().glob("*.toml"))

GOOD = """key = "probe"
version = 2
title = { de = "Probe", en = "Test" }
office = { de = "Jobcenter", en = "Job centre" }

[[items]]
key = "pass"
label = { de = "Pass", en = "Passport" }

[[items]]
key = "foto"
label = { de = "Foto", en = "Photo" }
condition = { de = "falls vorhanden", en = "if available" }
"""


def test_at_least_twelve_shipped_templates():
    assert len(SHIPPED) >= 12


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_template_validates(path):
    template = templates.read_template_file(path)
    assert template.key == path.stem
    assert template.version >= 1
    assert template.title.de and template.title.en
    assert template.office.de and template.office.en
    assert len(template.items) >= 3
    for item in template.items:
        assert item.label.de and item.label.en
        if item.condition:
            assert item.condition.de.startswith(("falls", "für", "je nach")), item.condition.de


def test_reference_procedures_are_all_there():
    keys = set(templates.load_all().templates)
    expected = {"ae_verlaengerung", "niederlassungserlaubnis", "einbuergerung", "familiennachzug",
                "buergergeld_erstantrag", "kindergeld", "wohngeld", "anerkennung_berufsabschluss",
                "integrationskurs", "beschaeftigungserlaubnis", "ausbildungsduldung",
                "beschaeftigungsduldung", "schule_kita_anmeldung", "wbs", "elterngeld",
                "asylantrag_folgeantrag", "chancen_ae_anschluss", "krankenversicherung"}
    assert expected <= keys


def test_dump_round_trips():
    template = parse_template(GOOD, "probe.toml")
    assert parse_template(dump_template(template), "x.toml") == template


def _error(text: str) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse_template(text, "kaputt.toml")
    return info.value


def test_toml_syntax_error_names_file_and_line():
    text = GOOD.replace('[[items]]\nkey = "foto"', '[[items]\nkey = "foto"')
    err = _error(text)
    line = text.splitlines().index("[[items]") + 1
    assert err.line == line
    assert f"Vorlage „kaputt.toml“, Zeile {line}" in str(err)
    assert "kein gültiges TOML" in str(err)


def test_missing_field_is_named():
    err = _error(GOOD.replace('office = { de = "Jobcenter", en = "Job centre" }\n', ""))
    assert err.field == "office"
    assert "Feld „office“" in str(err) and "fehlt" in str(err)


def test_wrong_type_names_the_line_of_the_key():
    text = GOOD.replace('label = { de = "Foto", en = "Photo" }', 'label = { de = 7, en = "Photo" }')
    err = _error(text)
    assert err.field == "items[2].label.de"
    assert err.line == text.splitlines().index('label = { de = 7, en = "Photo" }') + 1
    assert re.search(r"Zeile \d+, Feld „items\[2\]\.label\.de“: Text erwartet", str(err))


def test_version_must_be_a_whole_number():
    err = _error(GOOD.replace("version = 2", 'version = "2"'))
    assert err.field == "version" and err.line == 2


def test_duplicate_item_key_and_unknown_field():
    err = _error(GOOD.replace('key = "foto"', 'key = "pass"'))
    assert "doppelt" in str(err) and err.field == "items[2].key"
    err = _error(GOOD.replace('key = "foto"', 'key = "foto"\nlabell = "x"'))
    assert "unbekanntes Feld" in str(err) and err.field == "items[2].labell"


def test_broken_file_does_not_stop_the_others(data_paths):
    folder = templates.admin_dir(data_paths)
    folder.mkdir(parents=True)
    (folder / "probe.toml").write_text(GOOD, encoding="utf-8")
    (folder / "kaputt.toml").write_text(GOOD.replace('"Probe", en', '"Probe" en'), "utf-8")
    (folder / "falsch.toml").write_text(GOOD.replace('key = "probe"', 'key = "anders"'), "utf-8")
    found = templates.load_all(data_paths)
    assert "probe" in found.templates
    assert len(found.templates) == len(SHIPPED) + 1
    messages = sorted(str(p) for p in found.problems)
    assert len(messages) == 2
    assert any("„kaputt.toml“, Zeile 3" in m for m in messages)
    assert any("„falsch.toml“" in m and "Dateinamen" in m for m in messages)


def test_shipped_files_are_plain_toml():
    for path in SHIPPED:
        tomllib.loads(path.read_text(encoding="utf-8"))


def test_template_problems_are_english_in_the_english_editor():
    broken = GOOD.replace('key = "foto"', 'key = "pass"')
    with pytest.raises(TemplateError) as info:
        parse_template(broken, "probe.toml")
    assert info.value.render("en") == ("Template “probe.toml”, line 11, field “items[2].key”: "
                                  "the key “pass” appears twice.")
    assert str(info.value) == ("Vorlage „probe.toml“, Zeile 11, Feld „items[2].key“: "
                               "Schlüssel „pass“ kommt doppelt vor.")
    with pytest.raises(TemplateError) as info:
        parse_template(GOOD.replace("version = 2", 'version = "zwei"'), "probe.toml")
    assert info.value.render("en").endswith("a whole number from 1 expected, found: text.")
    with pytest.raises(TemplateError) as info:
        parse_template("key = \n", "probe.toml")
    assert "the file is not valid TOML" in info.value.render("en")
