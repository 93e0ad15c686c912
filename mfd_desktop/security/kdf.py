"""Argon2id passphrase stretching with a security floor and on-machine tuning.

The floor (64 MiB memory, 3 iterations) is never undercut by production code:
`KdfParams.check_floor()` raises `WeakKdfError`. Tests may pass weaker parameters,
but only by saying so explicitly with `allow_below_floor=True`.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from mfd_desktop.errors import WeakKdfError

KEY_LENGTH = 32
SALT_LENGTH = 16
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
DEFAULT_LANES = 4
# Tuning aims for an unlock that feels deliberate but not slow on the machine.
TUNE_TARGET_SECONDS = 0.75
TUNE_MAX_SECONDS = 0.9  # margin below 1 s: one timing is noisy
TUNE_MAX_MEMORY_KIB = 512 * 1024


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
            raise WeakKdfError(f"Unbekanntes Schlüsselverfahren: {self.name}",
                               en=f"Unknown key derivation method: {self.name}")
        if self.lanes < 1 or self.memory_kib < 8 * self.lanes or self.iterations < 1:
            raise WeakKdfError("Ungültige Parameter für die Schlüsselableitung.",
                               en="Invalid parameters for the key derivation.")
        if self.is_below_floor() and not allow_below_floor:
            raise WeakKdfError(
                "Die Parameter der Schlüsselableitung liegen unter dem Mindestmaß "
                f"({FLOOR_MEMORY_KIB // 1024} MiB, {FLOOR_ITERATIONS} Durchläufe).",
                en="The key derivation parameters are below the minimum "
                   f"({FLOOR_MEMORY_KIB // 1024} MiB, {FLOOR_ITERATIONS} passes).",
            )

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        try:
            return cls(
                memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
                iterations=int(data["iterations"]),  # type: ignore[arg-type]
                lanes=int(data["lanes"]),  # type: ignore[arg-type]
                name=str(data["name"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError("malformed KDF parameters") from exc


def derive_key(secret: bytes, salt: bytes, params: KdfParams, *, allow_below_floor: bool = False) -> bytes:
    """Stretch `secret` into a 256-bit key. Slow by design: never call on the UI thread."""
    params.check_floor(allow_below_floor)
    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


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
    timer=time_params,
) -> KdfParams:
    """Parameters at or above the floor that take about `target_seconds` here.

    Memory grows first (it costs an attacker's GPUs most), up to 512 MiB, then the
    iteration count. Never returns less than the floor, even on a very slow machine.
    """
    params = KdfParams()
    elapsed = timer(params)
    while elapsed < target_seconds and params.memory_kib < TUNE_MAX_MEMORY_KIB:
        bigger = KdfParams(memory_kib=params.memory_kib * 2, iterations=params.iterations)
        bigger_elapsed = timer(bigger)
        if bigger_elapsed > max_seconds:
            return params
        params, elapsed = bigger, bigger_elapsed
    while elapsed < target_seconds:
        per_iteration = elapsed / params.iterations
        more = KdfParams(memory_kib=params.memory_kib, iterations=params.iterations + 1)
        if elapsed + per_iteration > max_seconds:
            break
        params, elapsed = more, elapsed + per_iteration
    return params
