"""Translation files: complete for every shipped template, each string marked reviewed or not."""

from __future__ import annotations

import pytest

from mfd_desktop.checklists import templates, translations

LANGS = ["en", "ar", "fa", "uk", "ru", "tr"]


def test_required_languages_exist():
    assert set(LANGS) <= set(translations.available_languages())


@pytest.mark.parametrize("lang", LANGS)
def test_every_shipped_text_is_translated(lang):
    tr = translations.load_translation(lang)
    assert tr.rtl == (lang in ("ar", "fa"))
    for key in translations.SOURCE_PHRASES:
        assert tr.get("phrases", key), key
    for loaded in templates.load_all().templates.values():
        t = loaded.template
        assert tr.get("titles", t.key), t.key
        assert tr.get("offices", t.key), t.key
        for item in t.items:
            assert tr.get("items", item.key), (t.key, item.key)
            if item.condition:
                assert tr.get("conditions", item.condition.de), item.condition.de


def test_unreviewed_summary_counts_every_string():
    summary = translations.unreviewed_summary()
    for lang in LANGS:
        unreviewed, total = summary[lang]
        tr = translations.load_translation(lang)
        flags = [e.reviewed for table in tr.sections.values() for e in table.values()]
        assert total == len(flags) > 100
        assert unreviewed == flags.count(False)


def test_unknown_language_is_a_german_message():
    with pytest.raises(translations.UserError, match="keine Übersetzung"):
        translations.load_translation("xx")


def test_broken_translation_file_is_reported(tmp_path):
    bad = tmp_path / "ar.toml"
    bad.write_text('language = "ar"\nname = "x"\n[items]\npass = { text = "x" }\n', "utf-8")
    with pytest.raises(translations.UserError, match="pass"):
        translations.parse_translation(bad)
