"""English labels of the statistics view (the English app); PDF and CLI stay German."""

from __future__ import annotations

from mfd_desktop.stats import catalogue, vocabulary


def test_every_measure_dimension_region_and_note_has_an_english_label():
    assert set(catalogue.MEASURE_LABELS_EN) == set(catalogue.MEASURE_LABELS_DE)
    assert set(catalogue.DIMENSION_LABELS_EN) == set(catalogue.DIMENSION_LABELS_DE)
    assert set(catalogue.DIMENSION_NOTES_EN) == set(catalogue.DIMENSION_NOTES_DE)
    assert all(c.de and c.en for d in vocabulary.DIMENSIONS.values() for c in d.categories)
    regions = catalogue.regions()
    assert set(regions.labels_en) == set(regions.labels_de)
    assert all(regions.labels_en[k] != regions.labels_de[k] for k in ("tuerkei", "ozeanien"))


def test_category_labels_follow_the_language_and_german_is_unchanged():
    assert catalogue.category_label("region", "suedasien") == "Afghanistan & Südasien"
    assert catalogue.category_label("region", "suedasien", "en") == "Afghanistan & South Asia"
    assert catalogue.category_label("channel", "persoenlich", "en") == "In person"
    assert catalogue.category_label("channel", "persoenlich") == "persönlich"
    assert catalogue.category_label("total", "total", "en") == "Total"
    assert catalogue.breakdown_title("clients", "region") == "Ratsuchende (beraten) nach Herkunftsregion"
    assert catalogue.breakdown_title("clients", "region", "en") == (
        "Clients (counselled) by region of origin")
