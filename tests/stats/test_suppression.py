"""Small-cell suppression: worked examples and a property test over random count tables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfd_desktop.stats.suppression import check_protected, effective_k, suppress


def table(measure, dimension, values, total=None):
    counts = {(measure, "total", "total"): sum(values.values()) if total is None else total}
    for category, value in values.items():
        counts[(measure, dimension, category)] = value
    return counts


def hidden(cells):
    return {c.category for c in cells if c.suppressed}


def test_nothing_small_nothing_hidden_and_zero_is_shown():
    cells = suppress(table("referrals", "target", {"a": 10, "b": 0, "c": 7}))
    assert hidden(cells) == set()


def test_one_small_cell_takes_a_visible_non_zero_cell_with_it():
    # Without a rank the category key orders the candidates (the app passes a secret
    # order, payload_builder.secret_rank); the value never decides, zeros never qualify.
    cells = suppress(table("referrals", "target", {"a": 3, "b": 9, "c": 20, "d": 0}))
    assert hidden(cells) == {"a", "b"}
    assert check_protected(cells) == []


def test_two_small_cells_under_k_take_a_third():
    cells = suppress(table("referrals", "target", {"a": 1, "b": 2, "c": 30, "d": 6}))
    # 1 + 2 = 3 < 5: a third, visible non-zero cell is hidden too — the first in the
    # order (the key order here), not the smallest: the value must not decide
    assert hidden(cells) == {"a", "b", "c"}


def test_the_rank_and_not_the_value_picks_the_complementary_cell():
    counts = table("referrals", "target", {"a": 1, "b": 2, "c": 30, "d": 6, "e": 0})
    for first in ("c", "d"):
        order = {first: 0}
        cells = suppress(counts, rank=lambda key, order=order: order.get(key[2], 1))
        assert hidden(cells) == {"a", "b", first}
        assert check_protected(cells) == []
    # a zero is never a candidate, whatever its rank
    cells = suppress(counts, rank=lambda key: 0 if key[2] == "e" else 1)
    assert "e" not in hidden(cells)


def test_two_small_cells_reaching_k_are_enough():
    cells = suppress(table("referrals", "target", {"a": 2, "b": 4, "c": 30}))
    assert hidden(cells) == {"a", "b"}


def test_small_total_is_hidden():
    cells = suppress(table("referrals", "target", {"a": 1, "b": 2, "c": 0}))
    assert hidden(cells) == {"total", "a", "b"}
    assert check_protected(cells) == []


def test_policy_may_raise_k_but_not_lower_it():
    cells = suppress(table("referrals", "target", {"a": 7, "b": 30, "c": 40}), k=10)
    assert hidden(cells) == {"a", "b"}
    with pytest.raises(ValueError):
        suppress(table("referrals", "target", {"a": 7}), k=3)


def test_special_needs_use_threshold_ten():
    assert effective_k(5, "special_need") == 10
    counts = table("clients", "special_need", {"lsbtiq": 7, "behinderung": 40, "schwanger": 12},
                   total=100)
    cells = suppress(counts)
    # 7 < 10 is hidden; its partner is the first other non-zero need in key order
    assert hidden(cells) == {"lsbtiq", "behinderung"}
    assert check_protected(cells) == []


def test_multi_select_without_partner_hides_the_whole_dimension():
    counts = table("consultations", "topic", {"wohnen": 3, "gesundheit": 0}, total=50)
    cells = suppress(counts)
    assert hidden(cells) == {"wohnen", "gesundheit"}
    assert check_protected(cells) == []


def test_revision_keeps_earlier_suppression_and_hides_small_differences():
    first = table("referrals", "target", {"a": 3, "b": 9, "c": 20, "d": 30})
    before = {(m, d, c): (None if cell.suppressed else cell.value)
              for cell in suppress(first) for (m, d, c) in [(cell.measure, cell.dimension,
                                                              cell.category)]}
    second = table("referrals", "target", {"a": 6, "b": 9, "c": 22, "d": 30})
    cells = suppress(second, previous=before)
    # c changed by 2: hiding c alone would tell that c changed, so the whole breakdown
    # is hidden (zeros included)
    assert hidden(cells) == {"a", "b", "c", "d"}
    assert check_protected(cells) == []
    # changes of 0 or >= k: earlier hidden cells stay hidden, the rest shows
    third = table("referrals", "target", {"a": 6, "b": 14, "c": 20, "d": 35, "e": 0})
    before = {**before, ("referrals", "target", "e"): 0}
    cells = suppress(third, previous=before)
    assert hidden(cells) == {"a", "b"}
    assert check_protected(cells) == []


def test_a_small_change_of_the_total_hides_the_whole_breakdown():
    first = table("referrals", "target", {"a": 10, "b": 20, "c": 0})
    before = {(c.measure, c.dimension, c.category): c.value for c in suppress(first)}
    # one late referral in c: c alone hidden would be c = 1 (total − visible)
    second = table("referrals", "target", {"a": 10, "b": 20, "c": 1})
    assert hidden(suppress(second, previous=before)) == {"a", "b", "c"}


def test_check_protected_finds_a_lone_suppressed_cell():
    from mfd_desktop.stats.suppression import CountCell

    cells = [CountCell("referrals", "total", "total", 23),
             CountCell("referrals", "target", "a", 3, True),
             CountCell("referrals", "target", "b", 20)]
    assert check_protected(cells)


DIMS = [("referrals", "target", False), ("consultations", "topic", True),
        ("clients", "special_need", True), ("clients", "gender", False)]


@st.composite
def count_tables(draw):
    counts = {}
    previous = {}
    for measure, dimension, multi in draw(st.lists(st.sampled_from(DIMS), min_size=1,
                                                   max_size=4, unique=True)):
        n = draw(st.integers(1, 8))
        values = {f"c{i}": draw(st.one_of(st.integers(0, 6), st.integers(0, 60))) for i in range(n)}
        total = draw(st.integers(0, 80)) if multi else sum(values.values())
        if (measure, "total", "total") in counts:
            continue  # one dimension per measure keeps the total consistent
        counts.update(table(measure, dimension, values, total))
        if draw(st.booleans()):
            for key, value in table(measure, dimension, values, total).items():
                previous[key] = draw(st.one_of(st.none(), st.integers(0, 60), st.just(value)))
    return counts, previous, draw(st.sampled_from([5, 5, 6, 10]))


@settings(max_examples=400, deadline=None)
@given(count_tables())
def test_property_suppression_always_protects(data):
    counts, previous, k = data
    cells = suppress(counts, k, previous=previous)
    assert check_protected(cells, k) == []
    by_key = {(c.measure, c.dimension, c.category): c for c in cells}
    for key, cell in by_key.items():
        assert cell.value == counts[key]
        if not cell.suppressed:
            assert not 0 < cell.value < effective_k(k, key[1])


def test_a_total_hidden_in_an_earlier_revision_is_not_kept_hidden_when_large():
    # Revision 1: total 3 (hidden). Revision 2: total 12 with cells 3 and 9 in two
    # breakdowns. Keeping the total hidden would let the other breakdown (visible 12 in
    # sum) give the hidden cell back; the total is shown and the cells protect each other.
    counts = {("m", "total", "total"): 12, ("m", "d", "a"): 3, ("m", "d", "b"): 9,
              ("m", "e", "x"): 6, ("m", "e", "y"): 6}
    previous = {("m", "total", "total"): None, ("m", "d", "a"): None, ("m", "d", "b"): None,
                ("m", "e", "x"): None, ("m", "e", "y"): None}
    cells = {(c.dimension, c.category): c.suppressed for c in suppress(counts, previous=previous)}
    assert cells[("total", "total")] is False
    assert cells[("d", "a")] and cells[("d", "b")]
    assert check_protected(suppress(counts, previous=previous)) == []
