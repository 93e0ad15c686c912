"""„Schreiben…“ in the case view (pytest-qt, real vault): a letter from a case, the text
edited, printed through the print preview onto a QPrinter in PDF mode (test-only output
in tmp_path), the printed words checked with pdftotext, the copy kept in the case;
„Als PDF speichern…“ only after the unencrypted-file warning, then kept too."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mfd_desktop.domain.casework import attachments, clients
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.letters import kept
from mfd_desktop.gui.case.attachments_tab import AttachmentsTab
from mfd_desktop.gui.case.case_view import CaseView

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.fixture
def case_view(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    unlocked_ctx.settings.set("site_name", "MBE Rheinufer")
    cid = clients.create_client(conn, clients.Client(
        name="Samir Lindenblatt", address="Kaiserstraße 9, 55116 Mainz", languages=["ar"]))
    deadlines.add_deadline(conn, cid, "mitwirkung", given_date="2026-12-18")
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.open(cid)
    return view, cid


def test_a_letter_from_the_case_is_edited_printed_and_kept(case_view, qtbot, tmp_path):
    view, cid = case_view
    conn = view.ctx.vault.conn
    view.letters_button.click()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    titles = [dialog.ui.templateList.item(r).text() for r in range(dialog.ui.templateList.count())]
    assert titles == sorted(titles, key=str.casefold) and "Vollmacht" in titles
    dialog.select_template("vollmacht")
    assert dialog.ui.languageCombo.currentData() == "ar"  # the client's language
    assert dialog.ui.textTabs.isTabVisible(1)
    german = dialog.ui.firstEdit.toPlainText()
    assert "Samir Lindenblatt" in german and "MBE Rheinufer" in german
    assert dialog.ui.reviewNote.text()  # the Arabic text is not reviewed
    dialog.ui.firstEdit.setPlainText(german + "\n\nZusatz Kranichweg 12")

    dialog.ui.printButton.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview = dialog.preview
    printed = tmp_path / "gedruckt.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setFullPage(True)
    preview.paintRequested.emit(printer)  # what the preview's print action does …
    preview.accept()  # … before it closes as accepted
    source = _text(preview.pdf_bytes)
    assert "Zusatz Kranichweg 12" in source and "Samir Lindenblatt" in source
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in source)  # the Arabic page, shaped
    doc = pdfium.PdfDocument(str(printed))
    assert len(doc) == len(pdfium.PdfDocument(preview.pdf_bytes)) == 2
    doc.close()

    qtbot.waitUntil(lambda: len(kept.list_kept(conn, cid)) == 1, timeout=20_000)
    (letter,) = kept.list_kept(conn, cid)
    assert (letter.template_key, letter.language) == ("vollmacht", "ar")
    assert attachments.read(conn, letter.attachment_id) == preview.pdf_bytes
    qtbot.waitUntil(lambda: "Kopie" in dialog.ui.statusLabel.text(), timeout=10_000)
    (tab,) = [t for t in view.extra_tabs if isinstance(t, AttachmentsTab)]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)


def test_save_as_pdf_warns_first_and_keeps_a_copy(case_view, qtbot, tmp_path, monkeypatch):
    view, cid = case_view
    conn = view.ctx.vault.conn
    view.open_letters()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    dialog.select_template("fristverlaengerung")
    assert not dialog.ui.textTabs.isTabVisible(1)  # German only
    assert "Frist bis zum" in dialog.ui.firstEdit.toPlainText()
    assert "Gesetzliche Fristen" in dialog.ui.noteLabel.text()
    target = tmp_path / "frist.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned = []

    def cancel(*args, **kwargs):
        warned.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    dialog.ui.savePdfButton.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "nicht verschlüsselt" in warned[0]
    assert not target.exists() and kept.list_kept(conn, cid) == []

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog.ui.savePdfButton.click()
    qtbot.waitUntil(lambda: len(kept.list_kept(conn, cid)) == 1, timeout=20_000)
    assert "Samir Lindenblatt" in _text(target.read_bytes())
    (letter,) = kept.list_kept(conn, cid)
    assert attachments.read(conn, letter.attachment_id) == target.read_bytes()


def test_the_button_is_off_for_a_new_client(unlocked_ctx, qtbot):
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.open_new()
    assert not view.letters_button.isEnabled()


def test_templates_are_imported_and_exported_in_the_dialog(case_view, qtbot, tmp_path,
                                                            monkeypatch):
    from mfd_desktop.domain.letters import templates

    view, _cid = case_view
    view.open_letters()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    dialog.select_template("terminbestaetigung")
    exported = tmp_path / "terminbestaetigung.toml"
    dialog.export_template(str(exported))
    shipped = (templates.shipped_dir() / "terminbestaetigung.toml").read_text("utf-8")
    assert exported.read_text("utf-8") == shipped
    own = tmp_path / "eigene.toml"
    own.write_text(shipped.replace("version = 1", "version = 2").replace(
        "hiermit bestätigen wir Ihren Termin:", "wir freuen uns auf Ihren Besuch:"), "utf-8")
    dialog.import_template(str(own))
    assert dialog.template().key == "terminbestaetigung" and dialog.template().version == 2
    assert "wir freuen uns auf Ihren Besuch:" in (
        dialog.ui.firstEdit.toPlainText() + dialog.ui.secondEdit.toPlainText())
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    broken = tmp_path / "kaputt.toml"
    broken.write_text(shipped.replace('key = "terminbestaetigung"', 'key = "kaputt"')
                      .replace("{client.name}", "{klient}"), "utf-8")
    dialog.import_template(str(broken))
    assert warned and warned[0].startswith("Schreiben-Vorlage „kaputt.toml“, Zeile ")
    assert "Feld „text.de.paragraphs[1]“" in warned[0]


def test_locking_closes_the_dialog_so_no_letter_stays_on_screen(case_view, qtbot):
    view, _cid = case_view
    view.open_letters()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and "Samir Lindenblatt" in dialog.ui.firstEdit.toPlainText()
    view.ctx.lock()
    assert not dialog.isVisible()


def test_a_dari_speaker_gets_the_persian_text_preselected(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Karim Ahmadi", languages=["prs"]))
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.open(cid)
    view.open_letters()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    dialog.select_template("schweigepflichtentbindung")
    assert dialog.ui.languageCombo.currentData() == "fa"
    assert "اینجانب Karim Ahmadi" in dialog.ui.secondEdit.toPlainText()


def test_terminbestaetigung_confirms_the_next_appointment_under_termine(case_view, qtbot):
    from mfd_desktop.domain.appointments import appointments

    view, cid = case_view
    conn = view.ctx.vault.conn
    soon = dt.date.today() + dt.timedelta(days=3)
    appointments.add_appointment(conn, appointments.Appointment(
        day=soon + dt.timedelta(days=7), start_time="09:00", duration_minutes=30, client_id=cid))
    appointments.add_appointment(conn, appointments.Appointment(
        day=soon, start_time="14:30", duration_minutes=45, client_id=cid, place_kind="other_office",
        place_text="Ausländerbehörde Mainz"))
    view.letters_button.click()
    dialog = view.letter_dialog
    qtbot.addWidget(dialog)
    assert dialog.ui.appointmentDate.date().toPython() == soon
    assert dialog.ui.appointmentTime.time().toString("HH:mm") == "14:30"
    assert dialog.ui.appointmentPlace.text() == "Ausländerbehörde Mainz"
