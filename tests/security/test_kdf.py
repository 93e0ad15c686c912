import pytest

from mfd_desktop.errors import WeakKdfError
from mfd_desktop.security import kdf
from mfd_desktop.security.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, derive_key


def test_floor_is_64_mib_and_3_iterations():
    assert FLOOR_MEMORY_KIB == 64 * 1024
    assert FLOOR_ITERATIONS == 3
    KdfParams().check_floor()


@pytest.mark.parametrize(
    "params",
    [KdfParams(memory_kib=32 * 1024), KdfParams(iterations=2), KdfParams(8192, 1, 1)],
)
def test_production_refuses_parameters_below_the_floor(params):
    with pytest.raises(WeakKdfError, match="Mindestmaß"):
        params.check_floor()
    with pytest.raises(WeakKdfError):
        kdf.derive_key(b"secret", b"s" * 16, params)


def test_below_floor_only_when_asked_explicitly():
    key = kdf.derive_key(b"secret", b"s" * 16, KdfParams(8192, 1, 1), allow_below_floor=True)
    assert len(key) == 32


def test_unknown_algorithm_and_nonsense_parameters_are_refused():
    with pytest.raises(WeakKdfError):
        KdfParams(name="pbkdf2").check_floor()
    with pytest.raises(WeakKdfError):
        KdfParams(lanes=0).check_floor(allow_below_floor=True)


def test_derivation_is_deterministic_per_salt():
    params = KdfParams(8192, 1, 1)
    a = kdf.derive_key(b"pw", b"a" * 16, params, allow_below_floor=True)
    assert a == kdf.derive_key(b"pw", b"a" * 16, params, allow_below_floor=True)
    assert a != kdf.derive_key(b"pw", b"b" * 16, params, allow_below_floor=True)


def test_tuning_never_goes_below_the_floor_on_a_slow_machine():
    assert kdf.tune(timer=lambda p: 5.0) == KdfParams()


def test_tuning_raises_memory_first_then_iterations():
    # a simulated machine: 0.1 s per 64 MiB per iteration
    def timer(p):
        return 0.1 * (p.memory_kib / (64 * 1024)) * p.iterations / 3

    tuned = kdf.tune(target_seconds=0.6, max_seconds=1.0, timer=timer)
    assert tuned.memory_kib >= 256 * 1024
    assert 0.6 <= timer(tuned) <= 1.0
    tuned.check_floor()


def test_tuning_stops_before_exceeding_the_maximum():
    def timer(p):
        return 0.45 * (p.memory_kib / (64 * 1024)) * p.iterations / 3

    tuned = kdf.tune(target_seconds=0.6, max_seconds=1.0, timer=timer)
    assert timer(tuned) <= 1.0
    assert tuned == KdfParams(memory_kib=128 * 1024, iterations=3)


def test_tuning_adds_iterations_when_doubling_the_memory_overshoots():
    # a machine where 512 MiB would take 1.9 s but 256 MiB only 0.42 s: memory stops
    # at 256 MiB and iterations bring the time up to the target instead of staying short
    seconds_per_64_mib = {64: 0.1, 128: 0.21, 256: 0.42, 512: 0.95 * 2}

    def timer(p):
        return seconds_per_64_mib[p.memory_kib // 1024] * p.iterations / 3

    tuned = kdf.tune(target_seconds=0.75, max_seconds=0.9, timer=timer)
    assert tuned.memory_kib == 256 * 1024
    assert tuned.iterations > 3
    assert 0.75 <= timer(tuned) <= 0.9


def test_chosen_parameters_are_capped_at_half_the_memory_and_the_read_ceiling():
    sixteen_gib = 16 * 1024 * 1024
    KdfParams(memory_kib=4 * 1024 * 1024).check_choice(total_memory_kib=sixteen_gib)
    with pytest.raises(WeakKdfError, match="höchstens 4096 MiB"):  # half would be 8 GiB
        KdfParams(memory_kib=4 * 1024 * 1024 + 1024).check_choice(total_memory_kib=sixteen_gib)
    with pytest.raises(WeakKdfError, match="höchstens 1024 MiB"):
        KdfParams(memory_kib=2 * 1024 * 1024).check_choice(total_memory_kib=2 * 1024 * 1024)
    assert kdf.choice_max_memory_kib(2 * 1024 * 1024) == 1024 * 1024
    assert kdf.choice_max_memory_kib(64 * sixteen_gib) == kdf.READ_MAX_MEMORY_KIB
    assert kdf.total_memory_kib() and kdf.total_memory_kib() > 0


def test_read_ceiling_is_fixed_so_a_vault_from_a_bigger_machine_still_parses():
    params = KdfParams.from_dict({"memory_kib": 4 * 1024 * 1024, "iterations": 3, "lanes": 4,
                                  "name": "argon2id"})
    assert params.is_plausible()
    with pytest.raises(ValueError):
        KdfParams.from_dict({"memory_kib": 4 * 1024 * 1024 + 1, "iterations": 3, "lanes": 4,
                             "name": "argon2id"})


def test_derive_refuses_implausible_parameters_and_short_salts_with_own_errors():
    with pytest.raises(WeakKdfError):
        derive_key(b"x", b"\0" * 16, KdfParams(memory_kib=2**32, iterations=3))
    with pytest.raises(WeakKdfError):
        derive_key(b"x", b"", KdfParams(), allow_below_floor=True)
