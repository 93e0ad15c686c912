"""Argon2id passphrase stretching with a security floor and on-machine tuning.

The floor (64 MiB memory, 3 iterations) is never undercut by production code:
`KdfParams.check_floor()` raises `WeakKdfError`. Tests may pass weaker parameters,
but only by saying so explicitly with `allow_below_floor=True`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from mfd_desktop.errors import UserError, WeakKdfError
from mfd_desktop.messages import Msg

KEY_LENGTH = 32
SALT_LENGTH = 16
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
DEFAULT_LANES = 4
# Tuning aims for an unlock that feels deliberate but not slow on the machine.
TUNE_TARGET_SECONDS = 0.75
TUNE_MAX_SECONDS = 0.9  # margin below 1 s: one timing is noisy
TUNE_MAX_MEMORY_KIB = 512 * 1024
# Ceilings for parameters READ from a key-slot file: anything above is implausible (a
# tampered or broken file) and is refused before Argon2 allocates anything. Fixed, not
# tied to this machine, so a vault made on a bigger machine still opens on a smaller one.
READ_MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
READ_MAX_ITERATIONS = 64
READ_MAX_LANES = 64
# Ceiling for parameters CHOSEN here (init, change-passphrase, --kdf-memory-mib): at most
# half this machine's memory, and never above what reading accepts.
CHOICE_RAM_FRACTION = 2


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = DEFAULT_LANES
    name: str = "argon2id"

    def is_below_floor(self) -> bool:
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS

    def check_floor(self, allow_below_floor: bool = False) -> None:
        if self.name != "argon2id":
            raise WeakKdfError(Msg("kdf.unknown_method", name=self.name))
        if self.lanes < 1 or self.memory_kib < 8 * self.lanes or self.iterations < 1:
            raise WeakKdfError(Msg("kdf.invalid_parameters"))
        if self.is_below_floor() and not allow_below_floor:
            raise WeakKdfError(
                Msg("kdf.below_floor", value=FLOOR_MEMORY_KIB // 1024, FLOOR_ITERATIONS=FLOOR_ITERATIONS),
            )

    def check_choice(self, allow_below_floor: bool = False,
                     total_memory_kib: int | None = None) -> None:
        """For parameters about to be USED for a new slot: the floor, and at most half of
        this machine's memory (and the read ceiling), so Argon2 cannot exhaust the machine
        and the vault still opens on other computers."""
        self.check_floor(allow_below_floor)
        limit = choice_max_memory_kib(total_memory_kib)
        if self.memory_kib > limit:
            raise WeakKdfError(
                Msg("kdf.too_much_memory", value=self.memory_kib // 1024, value2=limit // 1024),
            )
        if self.iterations > READ_MAX_ITERATIONS or self.lanes > READ_MAX_LANES:
            raise WeakKdfError(
                Msg("kdf.too_many_passes", READ_MAX_ITERATIONS=READ_MAX_ITERATIONS),
            )

    def is_plausible(self) -> bool:
        """True if a key-slot file may carry these parameters (see the READ_MAX_* ceilings)."""
        return (self.name == "argon2id"
                and 1 <= self.lanes <= READ_MAX_LANES
                and 8 * self.lanes <= self.memory_kib <= READ_MAX_MEMORY_KIB
                and 1 <= self.iterations <= READ_MAX_ITERATIONS)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Parameters from a key-slot file; ValueError for anything malformed or implausible."""
        if not isinstance(data, dict) or set(data) != {"memory_kib", "iterations", "lanes", "name"}:
            raise ValueError("malformed KDF parameters")
        numbers = [data["memory_kib"], data["iterations"], data["lanes"]]
        # bool is an int in Python; a float (1e999) or a string is no parameter either
        if any(type(n) is not int for n in numbers) or not isinstance(data["name"], str):
            raise ValueError("malformed KDF parameters")
        params = cls(memory_kib=data["memory_kib"], iterations=data["iterations"],
                     lanes=data["lanes"], name=data["name"])
        if not params.is_plausible():
            raise ValueError("implausible KDF parameters")
        return params


def total_memory_kib() -> int | None:
    """This machine's physical memory in KiB, or None if it cannot be told."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows builds only
            import ctypes

            class _Status(ctypes.Structure):
                _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                            ("total_phys", ctypes.c_ulonglong), ("avail_phys", ctypes.c_ulonglong),
                            ("total_page", ctypes.c_ulonglong), ("avail_page", ctypes.c_ulonglong),
                            ("total_virtual", ctypes.c_ulonglong),
                            ("avail_virtual", ctypes.c_ulonglong),
                            ("avail_extended", ctypes.c_ulonglong)]

            status = _Status()
            status.length = ctypes.sizeof(_Status)
            if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
                return None
            return int(status.total_phys) // 1024
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (AttributeError, ValueError, OSError):
        return None


def choice_max_memory_kib(total_kib: int | None = None) -> int:
    """The most memory a newly chosen KDF may use here: half the RAM, at most the read ceiling."""
    total = total_kib if total_kib is not None else total_memory_kib()
    if not total:
        return READ_MAX_MEMORY_KIB
    return max(FLOOR_MEMORY_KIB, min(READ_MAX_MEMORY_KIB, total // CHOICE_RAM_FRACTION))


def derive_key(secret: bytes, salt: bytes, params: KdfParams, *, allow_below_floor: bool = False) -> bytes:
    """Stretch `secret` into a 256-bit key. Slow by design: never call on the UI thread."""
    params.check_floor(allow_below_floor)
    if not params.is_plausible():
        raise WeakKdfError(Msg("kdf.invalid_parameters"))
    if len(salt) < 8:  # Argon2's own minimum; our salts are 16 bytes
        raise WeakKdfError(Msg("kdf.invalid_parameters"))
    try:
        return Argon2id(
            salt=salt,
            length=KEY_LENGTH,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(secret)
    except MemoryError:
        raise UserError(
            Msg("kdf.not_enough_memory", value=params.memory_kib // 1024),
        ) from None


def new_salt() -> bytes:
    return os.urandom(SALT_LENGTH)


def time_params(params: KdfParams) -> float:
    """Seconds one derivation with `params` takes on this machine."""
    start = time.perf_counter()
    derive_key(b"mfd-kdf-tuning", b"\0" * SALT_LENGTH, params, allow_below_floor=True)
    return time.perf_counter() - start


def tune(
    target_seconds: float = TUNE_TARGET_SECONDS,
    max_seconds: float = TUNE_MAX_SECONDS,
    timer: Callable[[KdfParams], float] = time_params,
) -> KdfParams:
    """Parameters at or above the floor that take about `target_seconds` here.

    Memory grows first (it costs an attacker's GPUs most), up to 512 MiB, then the
    iteration count. Never returns less than the floor, even on a very slow machine.
    """
    params = KdfParams()
    elapsed = timer(params)
    ceiling = min(TUNE_MAX_MEMORY_KIB, choice_max_memory_kib())
    while elapsed < target_seconds and params.memory_kib * 2 <= ceiling:
        bigger = KdfParams(memory_kib=params.memory_kib * 2, iterations=params.iterations)
        bigger_elapsed = timer(bigger)
        if bigger_elapsed > max_seconds:
            break  # memory is as high as the time allows; iterations may still add time
        params, elapsed = bigger, bigger_elapsed
    while elapsed < target_seconds:
        per_iteration = elapsed / params.iterations
        more = KdfParams(memory_kib=params.memory_kib, iterations=params.iterations + 1)
        if elapsed + per_iteration > max_seconds:
            break
        params, elapsed = more, elapsed + per_iteration
    return params
