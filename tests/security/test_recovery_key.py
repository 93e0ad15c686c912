from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop.security import recovery_key


def test_generated_key_has_eight_groups_of_four_and_160_bits():
    key = recovery_key.generate()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert recovery_key.normalise(key) == key.replace("-", "")


def test_keys_differ():
    assert len({recovery_key.generate() for _ in range(50)}) == 50


def test_typing_variants_are_accepted():
    key = recovery_key.generate()
    raw = key.replace("-", "")
    assert recovery_key.normalise(raw.lower()) == raw
    assert recovery_key.normalise(" ".join(key.split("-"))) == raw
    # O typed for 0 and I/L typed for 1 are read as meant
    typed = raw.replace("0", "O").replace("1", "l")
    assert recovery_key.normalise(typed) == raw


@given(st.text(max_size=80))
def test_anything_else_is_refused_not_crashing(text):
    result = recovery_key.normalise(text)
    assert result is None or (len(result) == 32 and set(result) <= set(recovery_key.ALPHABET))
