import re
import tomllib
from pathlib import Path

import pytest

from mfd_desktop.domain import reference
from mfd_desktop.errors import UserError

CATEGORIES_MD = Path(__file__).resolve().parents[3] / "shared" / "reference" / "categories.md"


def test_every_list_has_german_and_english_labels_and_snake_case_keys():
    for name, values in reference.all_lists().items():
        assert values.values, name
        keys = [v.key for v in values.values]
        assert len(keys) == len(set(keys)), f"duplicate key in {name}"
        for v in values.values:
            assert re.fullmatch(r"[a-z0-9_]+", v.key), (name, v.key)
            assert v.de and v.en, (name, v.key)


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
