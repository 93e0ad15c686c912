"""The one statistics vocabulary and what the shared payload schema refuses with it.

The device and the server validate with the same `StatsPayload`, so every refusal here
is one the server makes too (tests/server/test_hostile_input.py sends the same bodies to
a real server).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mfd_desktop.domain import reference
from mfd_desktop.stats import catalogue, suppression, vocabulary
from mfd_desktop.stats.payload import (
    MAX_CELLS,
    MAX_JSON_DEPTH,
    StatsPayload,
    json_depth_ok,
    period_kind,
)

DEVICE = "0123456789abcdef0123456789abcdef"


def payload(cells: list[dict], period: str = "2025-Q1", **extra) -> dict:
    kind = period_kind(period) or "quarter"
    return {"schema": "mfd-stats/1", "site_id": "Mainz", "device_id": DEVICE,
            "period": period, "period_kind": kind, "revision": 1, "suppression_k": 5,
            "cells": [{"measure": "clients", "dimension": "total", "category": "total",
                       "value": 40}, *cells], **extra}


def cell(dimension: str, category: str, value: int | None, measure: str = "clients") -> dict:
    out = {"measure": measure, "dimension": dimension, "category": category, "value": value}
    if value is None:
        out["suppressed"] = True
    return out


# ----- one vocabulary, consistent with the input lists ----------------------------------

def test_vocabulary_categories_are_the_input_lists_keys_and_labels():
    """categories.toml and regions.toml stay the input lists; the statistics vocabulary
    must name exactly their current keys (plus fallbacks) with the same labels."""
    regions = catalogue.regions()
    assert vocabulary.category_keys("region") == tuple(regions.labels_de)
    for key in regions.labels_de:
        assert vocabulary.category_label("region", key) == regions.labels_de[key]
        assert vocabulary.category_label("region", key, "en") == regions.labels_en[key]
    for dimension, (list_name, fallback) in catalogue._DIMENSION_LISTS.items():
        values = reference.get(list_name)
        keys = values.keys()
        expected = [*keys, *([fallback] if fallback not in keys else [])]
        if dimension == "gender":
            expected.append(catalogue.GENDER_MERGED)
        assert list(vocabulary.category_keys(dimension)) == expected, dimension
        for key in keys:
            if (dimension, key) == ("service", "sonstiges"):  # "sonstiges / keine Angabe"
                continue
            for language in ("de", "en"):  # the server's copy of the catalogue's labels
                assert vocabulary.category_label(dimension, key, language) == values.label(
                    key, language), (dimension, key, language)


def test_suppression_thresholds_and_multi_select_agree_with_the_vocabulary():
    for key, dimension in vocabulary.DIMENSIONS.items():
        assert vocabulary.dimension_k(5, key) == suppression.effective_k(5, key)
        assert dimension.min_k == suppression.DIMENSION_MIN_K.get(key, 0)
    multi = {(m.key, d) for m in vocabulary.MEASURES.values() for d in m.multi_select}
    assert multi == set(suppression.MULTI_SELECT)
    assert vocabulary.DIMENSIONS["special_need"].min_k == 10


def test_device_and_server_labels_are_the_devices_words():
    assert vocabulary.measure_label("cases_open_end") == "Laufende Fälle am Ende des Zeitraums"
    assert vocabulary.dimension_label("service") == "Dienst"
    assert catalogue.breakdown_name("clients", "service").render("de") == "Ratsuchende (beraten) nach Dienst"


def test_every_dimension_has_a_proper_german_nach_phrase():
    """"nach besonderem Schutzbedarf", never "nach Besondere Schutzbedarfe": one message
    per dimension, in both languages (a missing one would render as its bare key)."""
    assert catalogue.breakdown_name("clients", "special_need").render("de") == (
        "Ratsuchende (beraten) nach besonderem Schutzbedarf")
    assert catalogue.breakdown_name("clients", "special_need").render("en") == (
        "Clients (counselled) by special protection need")
    for dimension in vocabulary.DIMENSIONS:
        for language, word in (("de", "nach "), ("en", "by ")):
            title = catalogue.breakdown_name("clients", dimension).render(language)
            assert "stats." not in title
            assert dimension == "total" or word in title, title


def test_vocabulary_and_payload_import_nothing_of_the_app():
    code = ("import sys; import mfd_desktop.stats.payload; "
            "print(sorted(m for m in sys.modules if m.startswith('mfd_desktop')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out.replace("'", '"')) == [
        "mfd_desktop", "mfd_desktop.stats", "mfd_desktop.stats.payload",
        "mfd_desktop.stats.vocabulary"]


# ----- what the schema refuses -----------------------------------------------------------

def test_special_need_needs_ten():
    with pytest.raises(ValidationError, match="suppression threshold"):
        StatsPayload.model_validate(payload([cell("special_need", "behinderung", 6)]))
    StatsPayload.model_validate(payload([cell("special_need", "behinderung", 10)]))
    StatsPayload.model_validate(payload([cell("special_need", "behinderung", None)]))


@pytest.mark.parametrize("category", ["anna_mueller_geb_1985_syrien_asyl", "total", "x"])
def test_free_text_category_is_refused(category):
    with pytest.raises(ValidationError, match="unknown category"):
        StatsPayload.model_validate(payload([cell("region", category, 7)]))


@pytest.mark.parametrize("value", [10**30, 1_000_001, -1, True, 7.0, "7"])
def test_values_are_bounded_integers(value):
    with pytest.raises(ValidationError):
        StatsPayload.model_validate(payload([cell("region", "westbalkan", value)]))


def test_largest_value_is_accepted():
    StatsPayload.model_validate(payload([cell("region", "westbalkan", 1_000_000)]))


def test_cells_per_report_are_bounded():
    cells = [cell("region", "westbalkan", 7)] * (MAX_CELLS + 1)
    with pytest.raises(ValidationError, match="too_long|at most"):
        StatsPayload.model_validate(payload(cells))
    assert MAX_CELLS == vocabulary.max_cells() < 2000


@pytest.mark.parametrize("period", ["0000", "1999", "2100-Q1", "2025-Q1\n", "٢٠٢٥-Q1",
                                    "2025-Q5", "2025-13", "2025-H3", " 2025"])
def test_period_strings_are_parsed_strictly(period):
    assert period_kind(period) is None
    with pytest.raises(ValidationError):
        StatsPayload.model_validate(payload([], period=period) | {"period_kind": "year"})


@pytest.mark.parametrize("period, kind", [("2000", "year"), ("2099-12", "month"),
                                          ("2025-Q4", "quarter"), ("2026-H1", "half_year")])
def test_periods_in_range(period, kind):
    assert period_kind(period) == kind


def test_json_depth_check_counts_brackets_outside_strings_only():
    assert json_depth_ok(json.dumps(payload([cell("region", "westbalkan", 7)])).encode())
    assert not json_depth_ok(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))
    assert json_depth_ok(b'{"a": "' + b"[" * 10_000 + b'"}')
    assert json_depth_ok(b'{"a": "\\"' + b"[" * 10_000 + b'"}')
    assert not json_depth_ok(b'{"a": "\\\\"' + b"[" * 10_000 + b'}')


_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=20), inner,
                                                                max_size=5),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={
    "schema": st.sampled_from(["mfd-stats/1", "x"]), "site_id": st.text(max_size=70),
    "device_id": st.sampled_from([DEVICE, "x" * 32]) | st.text(max_size=40),
    "period": st.sampled_from(["2025-Q1", "0000", "9999-Q9"]) | st.text(max_size=9),
    "period_kind": st.sampled_from(["quarter", "year"]) | st.text(max_size=9),
    "revision": _json, "suppression_k": _json, "totals_only": _json,
    "cells": st.lists(st.fixed_dictionaries({}, optional={
        "measure": st.sampled_from(list(vocabulary.MEASURES)) | st.text(max_size=70),
        "dimension": st.sampled_from(list(vocabulary.DIMENSIONS)) | st.text(max_size=70),
        "category": st.sampled_from(["westbalkan", "total", "behinderung"])
        | st.text(max_size=70),
        "value": _json, "suppressed": _json}), max_size=6) | _json}))
def test_hostile_payloads_raise_only_validation_errors(data):
    try:
        accepted = StatsPayload.model_validate(data)
    except ValidationError:
        return
    for c in accepted.cells:
        assert vocabulary.check_cell(c.measure, c.dimension, c.category) is None
        assert c.value is None or 0 <= c.value <= vocabulary.MAX_VALUE
