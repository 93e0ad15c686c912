"""The Sachbericht dialog on a real vault and a real window: texts kept per year (also
when switching years and closing), the PDF written from the released quarters in a
worker, the language switch."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from mfd_desktop.gui.statistics.sachbericht_dialog import SachberichtDialog
from mfd_desktop.settings import SITE_NAME, SITE_TRAEGER
from mfd_desktop.stats import report_texts
from mfd_desktop.storage import audit
from tests.gui.conftest import switch_language
from tests.stats.test_released_figures import _payload, _release


@pytest.fixture
def dialog(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    for q in (1, 2):
        _release(conn, _payload(f"2025-Q{q}", {("clients", "service", "mbe"): 40}))
    unlocked_ctx.settings.set(SITE_NAME.key, "Caritas Koblenz – MBE")
    unlocked_ctx.settings.set(SITE_TRAEGER.key, "Caritasverband Koblenz e. V.")
    d = SachberichtDialog(unlocked_ctx, 2025)
    qtbot.addWidget(d)
    d.show()
    return d


def test_texts_are_kept_per_year_and_never_lost(dialog, unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    qtbot.keyClicks(dialog.edits["schwerpunkte"], "Asylverfahrensberatung")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert report_texts.load(conn, "2025")["schwerpunkte"] == "Asylverfahrensberatung"
    assert dialog.status.text() == "Texte gespeichert."
    qtbot.keyClicks(dialog.edits["bedarfe"], "Mehr Sprachmittlung")
    dialog.year_spin.setValue(2024)  # switching the year saves what was typed
    assert report_texts.load(conn, "2025")["bedarfe"] == "Mehr Sprachmittlung"
    assert dialog.edits["schwerpunkte"].toPlainText() == ""
    qtbot.keyClicks(dialog.edits["kooperationen"], "Runder Tisch")
    dialog.close()  # closing saves as well
    assert report_texts.load(conn, "2024")["kooperationen"] == "Runder Tisch"
    again = SachberichtDialog(unlocked_ctx, 2025)
    qtbot.addWidget(again)
    assert again.edits["schwerpunkte"].toPlainText() == "Asylverfahrensberatung"


def test_a_text_too_long_stays_in_the_field_and_the_year_does_not_change(dialog, qtbot):
    dialog.edits["bedarfe"].setPlainText("x" * (report_texts.MAX_LENGTH + 1))
    dialog.year_spin.setValue(2024)
    assert dialog.year_spin.value() == 2025
    assert "höchstens" in dialog.status.text()
    assert len(dialog.edits["bedarfe"].toPlainText()) == report_texts.MAX_LENGTH + 1
    dialog.edits["bedarfe"].setPlainText("kurz")  # then it can close


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_from_the_released_figures_in_a_worker(dialog, unlocked_ctx, qtbot, tmp_path,
                                                    monkeypatch):
    out = tmp_path / "sachbericht.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out.with_suffix("")), "PDF"))
    qtbot.keyClicks(dialog.edits["schwerpunkte"], "Familiennachzug")
    with qtbot.waitSignal(dialog.pdf_written, timeout=30_000):
        dialog.pdf_button.click()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Sachbericht 2025" in flat and "Caritas Koblenz – MBE" in flat
    assert "Familiennachzug" in flat
    assert "Migrationsberatung für erwachsene Zugewanderte (MBE)" in flat
    assert "PDF gespeichert" in dialog.status.text()
    assert "Anschrift fehlt" in dialog.status.text()  # what the report misses is listed
    actions = [e.action for e in audit.entries(unlocked_ctx.vault.conn, limit=5)]
    assert "stats.sachbericht_exported" in actions


def test_the_dialog_speaks_english_in_the_english_app(dialog, unlocked_ctx, qtbot):
    switch_language(unlocked_ctx, qtbot, "en")
    assert dialog.windowTitle() == "Annual report (Sachbericht)"
    assert dialog.ui.focusLabel.text() == "&Focus of the work:"
    switch_language(unlocked_ctx, qtbot, "de")
    assert dialog.windowTitle() == "Sachbericht"
