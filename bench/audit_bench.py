"""The disclosure audit's cost (issue #14): a sparse site whose four quarters are released
one after the other, with ≥ 100 hidden cells over the four payloads, then a revision of
the last quarter after late entries.

Figures:
- `audit_release_added_ms`: what the audit adds to one release — `disclosure_audit.protect`
  (suppress + audit + hiding more until it passes) minus `suppression.suppress` alone, on
  the same counts, per quarter (all four quarters are samples). Target ≤ 500 ms.
- `audit_revision_added_ms`: the same for revision 2 of the last quarter (audited together
  with revision 1: twice the variables, difference variables between them).
- `audit_four_quarters_ms`: auditing every released payload of the four quarters again
  (release.py's gate for each, from the payloads alone).
- `audit_hidden_cells`: hidden cells in the four released payloads (the figure's premise).

Run alone: `.venv/bin/python -m bench --only audit_bench` or `python -m bench.audit_bench`.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.stats import counting, disclosure_audit, payload_builder, release, suppression
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.storage.vault import Vault

TODAY = dt.date(2027, 1, 20)
CONFIG = StatsConfig("bench-sparse")
QUARTERS = [parse_period(f"2026-Q{q}") for q in (1, 2, 3, 4)]


def _inputs(conn, period):
    raw = counting.count_period(conn, period)
    merged = payload_builder.merge_small_categories(raw, CONFIG.k)
    totals_only = raw.get(("clients", "total", "total"), 0) < CONFIG.small_unit_threshold
    history = payload_builder.released_history(conn, period.key)
    previous = payload_builder._previous_values(conn, period, merged)
    rank = payload_builder.secret_rank(payload_builder.suppression_secret(conn), period.key)
    return merged, history, previous, rank, totals_only


def _added_ms(conn, period, repeat: int) -> float:
    merged, history, previous, rank, totals_only = _inputs(conn, period)
    best_plain, best_audit = float("inf"), float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        suppression.suppress(merged, CONFIG.k, previous=previous, rank=rank)
        best_plain = min(best_plain, time.perf_counter() - start)
        start = time.perf_counter()
        disclosure_audit.protect(merged, CONFIG.k, history=history, previous=previous,
                                 rank=rank, totals_only=totals_only)
        best_audit = min(best_audit, time.perf_counter() - start)
    return (best_audit - best_plain) * 1000


def sparse_figures(workdir: Path, repeat: int = 3) -> list[Figure]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.stats.casedata import populate  # uniform over categories: many small cells

    root = workdir / "audit-sparse"
    paths = DataPaths(root, root / "logs")
    vault, _ = Vault.create(paths, "Statistik Bench Dünn Quartale", kdf_params=KdfParams())
    try:
        conn = vault.conn
        # ~ 45 clients per quarter spread over every category: a sparse site
        populate(conn, clients=180, consultations=330, year=2026, seed=5)
        added = Figure("audit_release_added_ms", target="≤ 500 ms",
                       note="protect − suppress per quarter, best of "
                            f"{repeat}; samples = Q1..Q4")
        for period in QUARTERS:
            added.samples.append(_added_ms(conn, period, repeat))
            preview = build_preview(conn, period, CONFIG, today=TODAY)
            if preview.payload is not None and preview.releasable:
                release.release(conn, preview.payload, release_kind="quarter", today=TODAY)
        payloads = [StatsPayload.model_validate_json(text) for (text,) in conn.execute(
            "SELECT payload_json FROM stats_releases ORDER BY period, revision").fetchall()]
        hidden = Figure("audit_hidden_cells", unit="cells", target="≥ 100",
                        note=f"{len(payloads)} released payloads, "
                             f"{sum(len(p.cells) for p in payloads)} cells")
        hidden.samples = [float(sum(c.suppressed for p in payloads for c in p.cells))]

        def gate_all() -> None:
            for p in payloads:
                history = [disclosure_audit.Release.from_payload(q) for q in payloads
                           if q.period == p.period and q.revision < p.revision]
                assert disclosure_audit.gate(history, disclosure_audit.Release.from_payload(p),
                                             p.suppression_k) == []

        again = Figure("audit_four_quarters_ms", target="–",
                       note="gate() of every released payload from the payloads alone")
        for _ in range(repeat):
            start = time.perf_counter()
            gate_all()
            again.samples.append((time.perf_counter() - start) * 1000)
        # late entries for Q4: six more consultations of new clients
        populate_late(conn)
        revision = Figure("audit_revision_added_ms", target="≤ 500 ms",
                          note="revision 2 of 2026-Q4 audited with revision 1")
        revision.samples = [_added_ms(conn, QUARTERS[-1], repeat)]
        return [added, revision, again, hidden]
    finally:
        vault.lock()


def populate_late(conn) -> None:
    from mfd_desktop.storage.transaction import transaction

    with transaction(conn):
        for n, country in enumerate(("SY", "AF", "ER", "SY", "UA", "TR")):
            cid = 90_000 + n
            conn.execute("INSERT INTO clients(id, case_number, country, first_contact) "
                         "VALUES (?, ?, ?, '2026-11-02')", (cid, f"L-{cid}", country))
            conn.execute("INSERT INTO consultations(client_id, held_on, channel, method) "
                         "VALUES (?, '2026-11-03', 'persoenlich', 'einzelfallberatung')",
                         (cid,))


def run(ctx) -> list[Figure]:
    return sparse_figures(ctx.workdir, repeat=max(3, min(ctx.repeat, 5)))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="mfd-audit-bench-") as tmp:
        for figure in sparse_figures(Path(tmp)):
            print(f"{figure.key:28} median {figure.median:9.1f} {figure.unit:6} "
                  f"p95 {figure.p95:9.1f}  target {figure.target}  ({figure.note})")
