"""Checklists: handout PDF generation time and the „Offene Unterlagen“ query with 8,000
checklists (≈ 80,000 items) on a real SQLCipher vault.

Targets (issue 5): a handout PDF ≤ 300 ms; the Offene-Unterlagen view ≤ 100 ms.
Run alone: `python -m bench --only checklists_bench`.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import open_documents, templates
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.storage.vault import Vault

CHECKLISTS = 8_000
CLIENTS = 800


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def handout_figures(repeat: int) -> list[Figure]:
    from mfd_desktop.reports.handout import render_template_handout

    template = templates.load_all().get("einbuergerung")  # the longest list (18 items)
    cold = Figure("handout_pdf_first_ms", target="≤ 300 ms",
                  note="first handout in the process (font loading included)")
    start = time.perf_counter()
    render_template_handout(template, "ar", appointment=dt.date(2026, 3, 12))
    cold.samples.append(_ms(start))
    figures = [cold]
    for lang in ("ar", "fa", "uk", "tr"):
        fig = Figure(f"handout_pdf_{lang}_ms", target="≤ 300 ms",
                     note="Einbürgerung, 18 items, German + " + lang)
        for _ in range(repeat):
            start = time.perf_counter()
            render_template_handout(template, lang, appointment=dt.date(2026, 3, 12))
            fig.samples.append(_ms(start))
        figures.append(fig)
    return figures


def fill(conn, rng: random.Random) -> None:
    loaded = list(templates.load_all().templates.values())
    with transaction(conn):
        conn.executemany("INSERT INTO clients(case_number, name) VALUES (?, ?)",
                         [(f"B-{n:05d}", f"Bench {n}") for n in range(CLIENTS)])
        client_ids = [r[0] for r in conn.execute("SELECT id FROM clients")]
        today = dt.date.today()
        for n in range(CHECKLISTS):
            appointment = (today + dt.timedelta(days=rng.randint(-30, 120))
                           if rng.random() < 0.6 else None)
            checklist_id = cc.assign(conn, rng.choice(client_ids), rng.choice(loaded).template,
                                     appointment)
            if n % 3 == 0:
                conn.execute("UPDATE checklist_items SET state = 'liegt_vor_original' "
                             "WHERE checklist_id = ? AND position % 2 = 0", (checklist_id,))
            if n % 4 == 0:
                due = (today + dt.timedelta(days=rng.randint(-10, 60))).isoformat()
                conn.execute("UPDATE checklist_items SET due_date = ?, sort_due = ? "
                             "WHERE checklist_id = ? AND position = 1", (due, due, checklist_id))


def open_documents_figures(workdir: Path, repeat: int) -> list[Figure]:
    root = workdir / "checklists-bench"
    paths = DataPaths(root=root, log_dir=root / "logs")
    vault, _rk = Vault.create(paths, "Bench Checklisten Mosel Rhein",
                              kdf_params=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
                              allow_below_floor=True)
    try:
        fill(vault.conn, random.Random(5))
        items = vault.conn.execute("SELECT count(*) FROM checklist_items").fetchone()[0]
        fig = Figure("open_documents_view_ms", target="≤ 100 ms",
                     note=f"{CHECKLISTS} checklists, {items} items: first 500 rows + total count")
        today = Figure("open_documents_today_ms", target="(part of Heute)",
                       note="Heute provider: due within 7 days")
        conn = vault.new_connection(read_only=True)
        for _ in range(repeat):
            start = time.perf_counter()
            open_documents.list_open(conn)
            open_documents.count_open(conn)
            fig.samples.append(_ms(start))
            start = time.perf_counter()
            open_documents.today_provider(conn, dt.date.today())
            today.samples.append(_ms(start))
        return [fig, today]
    finally:
        vault.lock()


def run(ctx) -> list[Figure]:
    repeat = max(5, ctx.repeat)
    return handout_figures(repeat) + open_documents_figures(Path(ctx.workdir), repeat)
