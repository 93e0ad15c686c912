"""What counts as an acceptable passphrase, and a strength hint for the wizard."""

from __future__ import annotations

from dataclasses import dataclass

MIN_CHARS = 12
MIN_WORDS = 4


@dataclass(frozen=True)
class PassphraseAssessment:
    acceptable: bool
    strength: int  # 0 (schwach) .. 4 (sehr stark)
    hint: str  # German


def assess(passphrase: str) -> PassphraseAssessment:
    words = [w for w in passphrase.split() if len(w) >= 2]
    classes = sum(
        [
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() and not c.isspace() for c in passphrase),
        ]
    )
    long_enough = len(passphrase) >= MIN_CHARS or len(words) >= MIN_WORDS
    if not passphrase:
        return PassphraseAssessment(False, 0, "Bitte eine Passphrase eingeben.")
    if not long_enough:
        return PassphraseAssessment(
            False,
            0,
            f"Zu kurz: mindestens {MIN_CHARS} Zeichen oder {MIN_WORDS} Wörter.",
        )
    if len(set(passphrase.replace(" ", ""))) <= 3:
        return PassphraseAssessment(False, 0, "Zu einfach: bitte nicht nur wiederholte Zeichen.")
    score = 1
    if len(passphrase) >= 16 or len(words) >= 4:
        score += 1
    if len(passphrase) >= 20 or len(words) >= 5:
        score += 1
    if classes >= 3:
        score += 1
    score = min(score, 4)
    hints = {
        1: "Ausreichend. Länger ist besser: ein ganzer Satz lässt sich gut merken.",
        2: "Gut.",
        3: "Stark.",
        4: "Sehr stark.",
    }
    return PassphraseAssessment(True, score, hints[score])
