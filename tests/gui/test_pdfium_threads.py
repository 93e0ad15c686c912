"""PDFium is not thread-safe: thumbnails (workers), the viewer and the print preview (UI
thread) must never be inside it at once. Without the lock this crashed with "double free"
as soon as two thumbnails rendered together. Runs in a child process, so a crash is a
failing test and not a dead test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_pdf_pages_render_from_many_threads_at_once():
    script = textwrap.dedent("""
        import threading
        from mfd_desktop.gui.case.attachment_render import page_count, render_page
        from mfd_desktop.reports.sample_documents import bescheid_pdf

        data = bescheid_pdf(["Bescheid vom 01.12.2026", "Zugestellt am 03.12.2026"] * 20)
        errors = []

        def work():
            try:
                for _ in range(15):
                    assert page_count(data) >= 1
                    assert render_page(data, 0, 120).width > 0
            except Exception as exc:  # reported below
                errors.append(repr(exc))

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print("ok" if not errors else errors)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
