"""Search latency over a fixed query set on the generated vault: common word, rare word,
prefix, phrase, umlaut-folded spellings. Target: p95 ≤ 30 ms."""

from __future__ import annotations

from bench.figures import Figure, time_ms
from mfd_desktop.domain.casework import search
from mfd_desktop.storage.vault import Vault

QUERIES = [
    "Jobcenter",                 # common word
    "Inkassobüro",               # rare word
    "Mül",                       # prefix of a name
    "Aufenth",                   # prefix of a common word
    '"Frist ist notiert"',       # phrase
    "mueller",                   # umlaut folded (Müller)
    "strasse",                   # ß folded (Straße)
    "Kovalenko Wohngeld",        # two terms
    "MZ-2025",                   # case number prefix
]


def run(ctx) -> list[Figure]:
    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    try:
        samples: list[float] = []
        for query in QUERIES:
            samples += time_ms(lambda q=query: search.search(vault.conn, q), repeat=ctx.repeat)
    finally:
        vault.lock()
    p50 = Figure("search_p50_ms", target="–", note=f"{len(QUERIES)} queries × {ctx.repeat} runs")
    p50.samples = samples
    p95 = Figure("search_p95_ms", target="≤ 30 ms", note="p95 column is the figure")
    p95.samples = samples
    return [p50, p95]
