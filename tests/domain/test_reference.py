import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mfd_desktop.domain import reference
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES_MD = ROOT.parent / "shared" / "reference" / "categories.md"
REFERENCE_DIR = ROOT / "resources" / "reference"


def _po(language: str) -> dict[str, str]:
    with (ROOT / "resources" / "messages" / language / "ref.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle, locale=language) if m.id}


def test_every_list_has_snake_case_keys():
    for name, values in reference.all_lists().items():
        assert values.values, name
        keys = [v.key for v in values.values]
        assert len(keys) == len(set(keys)), f"duplicate key in {name}"
        for v in values.values:
            assert re.fullmatch(r"[a-z0-9_]+", v.key), (name, v.key)


def test_the_toml_files_hold_no_labels():
    """One source for labels: the message catalogue, not de/en twins in the TOML."""
    for name in ("categories.toml", "countries.toml"):
        data = tomllib.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))
        sections = [data["countries"]] if "countries" in data else [
            [s, *s["values"]] for s in data.values() if isinstance(s, dict)]
        for entries in sections:
            for entry in entries:
                assert not {"de", "en"} & set(entry), (name, entry.get("key"))


def test_every_reference_key_has_german_and_english_catalogue_text():
    german, english = _po("de"), _po("en")
    keys = reference.message_keys()
    assert "ref.topics.wohnen" in keys and "ref.topics._title" in keys
    assert "ref.country.TR" in keys and len(keys) == len(set(keys))
    assert [k for k in keys if not german.get(k)] == []
    assert [k for k in keys if not english.get(k)] == []  # English falls back to German
    assert set(german) == set(keys), "ref.po keys that no list has"


def test_labels_render_in_either_language_and_unknown_keys_stay_themselves():
    assert reference.label("topics", "wohnen", "en") == "Housing"
    assert reference.label("country", "TR", "de") == "Türkei"
    assert reference.label("country", "DE", "en") == "Germany"
    assert reference.get("case_status").value("offen") is not None
    assert reference.get("channel").title().render("en") == "Channel"
    assert render(reference.get("channel").title(), "de") == "Beratungsweg"
    assert reference.label("channel", "brieftaube", "en") == "brieftaube"
    text = reference.text("topics", "wohnen")
    assert isinstance(text, Msg) and text.key == "ref.topics.wohnen"
    assert (render(text, "de"), render(text, "en")) == ("Wohnen", "Housing")
    assert Msg.from_json(text.to_json()) == text  # stored as a key, never as a sentence
    assert reference.text("topics", "retired_key") == "retired_key"
    assert reference.text("topics", None) == ""
    value = reference.get("languages").value("ar")
    assert value is not None and value.label("en") != value.label("de") and value.rtl


def test_lists_carry_sonstiges_and_person_attributes_keine_angabe():
    for name in ("residence_status", "protection_status", "special_needs", "topics",
                 "referral_targets", "channel", "method", "service", "closing_reason",
                 "sprachmittlung"):
        assert "sonstiges" in reference.get(name), name
    for name in ("residence_status", "protection_status", "special_needs", "gender"):
        assert "keine_angabe" in reference.get(name), name


@pytest.mark.skipif(not CATEGORIES_MD.exists(), reason="shared reference not present")
def test_every_key_of_the_shared_reference_is_present():
    text = CATEGORIES_MD.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    mapping = {"1.": ["residence_status", "protection_status"], "2.": ["special_needs"],
               "3.": ["topics"], "4.": ["referral_targets"],
               "5.": ["channel", "method", "service"], "6.": ["closing_reason"],
               "7.": ["gender"], "8.": ["age_band"], "9.": ["languages", "sprachmittlung"]}
    for section in sections[1:]:
        lists = mapping.get(section.split()[0])
        if not lists:
            continue
        known = set()
        for name in lists:
            known |= set(reference.get(name).keys(include_deprecated=True))
        for key in re.findall(r"`([a-z0-9_]+)`", section):
            if key in {"interpreter_used", "sprachmittlung", "sonstiges", "keine_angabe"}:
                continue
            assert key in known, (section.split("\n")[0], key)


def test_rtl_flags_follow_the_reference():
    rtl = {v.key for v in reference.get("languages").values if v.rtl}
    assert rtl == {"ar", "fa", "prs", "ps", "ckb", "ur"}
    assert reference.is_rtl("ar") and not reference.is_rtl("kmr") and not reference.is_rtl(None)


def test_find_accepts_keys_labels_and_is_forgiving():
    status = reference.get("residence_status")
    assert status.find("duldung") == "duldung"
    assert status.find("  DULDUNG (§ 60a) ") == "duldung"
    assert status.find("Aufenthaltsgestattung") == "aufenthaltsgestattung"
    assert status.find("Tolerated stay") == "duldung"
    assert status.find("tolerated STAY") == "duldung"
    assert reference.get("topics").find("Housing") == "wohnen"
    assert reference.get("topics").find("Wohnen") == "wohnen"
    assert status.find("gibt es nicht") is None
    assert status.find("AE § 24") == "ae_24_voruebergehender_schutz"  # without the bracket
    assert status.find("AE") is None
    assert reference.get("service").find("MBE") == "mbe"
    assert reference.get("languages").find("arabisch") == "ar"


def test_countries_by_code_german_name_alias_and_english():
    countries = reference.countries()
    assert countries.find("SY") == "SY"
    assert countries.find("sy") == "SY"
    assert countries.find("Syrien") == "SY"
    assert countries.find("Türkei") == "TR"
    assert countries.find("Turkei") == "TR"
    assert countries.find("Russland") == "RU"
    assert countries.find("Elfenbeinküste") == "CI"
    assert countries.find("Afghanistan") == "AF"
    assert countries.find("Türkiye") == "TR" and countries.find("Syria") == "SY"
    assert countries.find("Weißrussland") == "BY"  # an alias
    assert countries.find("Kosovo") == "XK"
    assert countries.find("staatenlos") == "XX"
    assert countries.label("DE") == "Deutschland"
    assert len(countries.values) > 240


def test_require_gives_german_messages():
    assert reference.require("channel", "video", "Beratungsweg") == "video"
    assert reference.require("channel", None, "Beratungsweg") is None
    with pytest.raises(UserError, match="Beratungsweg"):
        reference.require("channel", "brieftaube", "Beratungsweg")
    with pytest.raises(UserError, match="auswählen"):
        reference.require("channel", "", "Beratungsweg", allow_none=False)
    assert reference.require_many("topics", ["wohnen", "wohnen", "gesundheit"], "Themen") == [
        "wohnen", "gesundheit"]


def test_label_never_raises_for_unknown_keys():
    assert reference.label("topics", "wohnen") == "Wohnen"
    assert reference.label("topics", "wohnen", "en") == "Housing"
    assert reference.label("topics", "retired_key") == "retired_key"
    assert reference.label("topics", None) == ""


def test_toml_files_parse_with_version():
    root = Path(reference.__file__).resolve().parents[2] / "resources" / "reference"
    for name in ("categories.toml", "countries.toml"):
        data = tomllib.loads((root / name).read_text(encoding="utf-8"))
        assert data["version"] >= 1
