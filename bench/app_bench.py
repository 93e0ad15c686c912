"""Heute and the case PDF on the generated vault.

- `today_ms`: everything the Heute page loads (load_today). Target ≤ 50 ms (issue 21).
- `case_pdf_ms`: Fallübersicht of a client with many records. Target ≤ 300 ms.
"""

from __future__ import annotations

from bench.figures import Figure, time_ms
from bench.generate import ANCHOR
from mfd_desktop.domain import today
from mfd_desktop.reports.case_summary import render_case_summary
from mfd_desktop.storage.vault import Vault


def run(ctx) -> list[Figure]:
    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    try:
        conn = vault.conn
        heute = Figure("today_ms", target="≤ 50 ms")
        heute.samples = time_ms(lambda: today.load_today(conn, ANCHOR), repeat=ctx.repeat)
        busiest = conn.execute(
            "SELECT client_id, count(*) FROM consultations GROUP BY client_id "
            "ORDER BY 2 DESC LIMIT 1").fetchone()
        pdf = Figure("case_pdf_ms", target="≤ 300 ms",
                     note=f"client with {busiest[1]} consultations")
        pdf.samples = time_ms(lambda: render_case_summary(conn, busiest[0], today=ANCHOR),
                              repeat=ctx.repeat)
    finally:
        vault.lock()
    return [heute, pdf]
