"""English labels of the statistics view (the English app); PDF and CLI stay German."""

from __future__ import annotations

from mfd_desktop.messages import text_of
from mfd_desktop.stats import catalogue, vocabulary


def test_every_measure_dimension_region_and_note_has_an_english_label():
    assert all(m.de and m.en for m in vocabulary.MEASURES.values())
    assert all(d.de and d.en for d in vocabulary.DIMENSIONS.values())
    for measure, dimension in catalogue.NOTED:
        note = catalogue.dimension_note(measure, dimension)
        assert text_of(note.key, "de") and text_of(note.key, "en"), note
    assert all(c.de and c.en for d in vocabulary.DIMENSIONS.values() for c in d.categories)
    regions = catalogue.regions()
    assert set(regions.labels_en) == set(regions.labels_de)
    assert all(regions.labels_en[k] != regions.labels_de[k] for k in ("tuerkei", "ozeanien"))


def test_category_labels_follow_the_language_and_german_is_unchanged():
    def label(dimension, category, language="de"):
        return catalogue.category_name(dimension, category).render(language)

    def title(measure, dimension, language="de"):
        return catalogue.breakdown_name(measure, dimension).render(language)

    assert label("region", "suedasien") == "Afghanistan & Südasien"
    assert label("region", "suedasien", "en") == "Afghanistan & South Asia"
    assert label("channel", "persoenlich", "en") == "In person"
    assert label("channel", "persoenlich") == "persönlich"
    assert str(catalogue.category_name("channel", "persoenlich")) == "persönlich"
    assert label("total", "total", "en") == "Total"
    assert title("clients", "region") == "Ratsuchende (beraten) nach Herkunftsregion"
    assert str(catalogue.breakdown_name("clients", "region")) == (
        "Ratsuchende (beraten) nach Herkunftsregion")
    assert title("clients", "region", "en") == (
        "Clients (counselled) by region of origin")
