"""The Anhänge tab (pytest-qt, real vault): drop files onto it, see them listed with
lazily drawn thumbnails, open the viewer for a PDF and an image (rendered in memory),
refusals shown in German, delete with confirmation, export only after the warning."""

from __future__ import annotations

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mfd_desktop.domain.casework import attachments, clients
from mfd_desktop.gui.case.attachments_tab import AttachmentsTab
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.reports.sample_documents import bescheid_pdf, document_png


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def _tab(view) -> AttachmentsTab:
    (tab,) = [t for t in view.extra_tabs if isinstance(t, AttachmentsTab)]
    return tab


def test_drop_list_view_export_delete(unlocked_ctx, qtbot, tmp_path, monkeypatch):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Frau Anhang"))
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.open(cid)
    tab = _tab(view)
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Anhänge"
    pdf = tmp_path / "Bescheid.pdf"
    pdf.write_bytes(bescheid_pdf(["Seite 1"]))
    photo = tmp_path / "foto.png"
    photo.write_bytes(document_png(60, 80))
    _drop(tab, [pdf, photo])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert sorted(tab.model.index(r, 0).data() for r in range(2)) == ["Bescheid.pdf", "foto.png"]
    qtbot.waitUntil(lambda: len(tab.model.thumbnails) == 2, timeout=10_000)
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    for row in range(2):
        tab.view.selectRow(row)
        tab.open_selected()
        viewer = tab._viewer
        assert viewer.isVisible()
        pixmap = viewer.ui.pageLabel.pixmap()
        assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 50
        viewer.accept()

    # a refused file: German message, nothing added
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "scan.tif"
    bad.write_bytes(b"II*\x00" + b"\x00" * 40)
    _drop(tab, [bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "TIFF-Dateien können nicht angehängt werden" in shown[0]
    assert tab.model.rowCount() == 2

    # export: cancelled at the warning, nothing written; accepted, the copy is written
    tab.view.selectRow([r for r in range(2) if tab.model.row(r).file_name == "foto.png"][0])
    out = tmp_path / "kopie.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.export_selected()
    assert not out.exists()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.export_selected()
    assert out.read_bytes() == photo.read_bytes()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.delete_selected()
    assert len(attachments.list_attachments(conn, cid)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert [a.file_name for a in attachments.list_attachments(conn, cid)] == ["Bescheid.pdf"]
    assert tab.model.rowCount() == 1
    unlocked_ctx.tasks.wait_for_all(10_000)


def test_handover_asks_for_consent_when_the_case_has_attachments(unlocked_ctx, qtbot, tmp_path,
                                                                monkeypatch):
    from mfd_desktop.domain.dataprotection import case_transfer
    from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab

    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Frau Übergabe"))
    tab = DataProtectionTab(unlocked_ctx, cid)
    qtbot.addWidget(tab)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert tab._attachments_consented() is False and asked == []  # nothing to ask
    attachments.add(conn, cid, "b.pdf", bescheid_pdf(["x"]))
    assert tab._attachments_consented() is True
    assert "Anhänge" in asked[0] and "zugestimmt" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert tab._attachments_consented() is False
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert tab._attachments_consented() is None
    chosen = []
    monkeypatch.setattr(tab, "_choose_file", lambda: chosen.append(1) or str(tmp_path / "f.mfdcase"))
    monkeypatch.setattr(case_transfer, "export_case",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("exported")))
    assert tab._write_handover("password", "", None) is None  # cancelled: nothing written
    assert chosen and not (tmp_path / "f.mfdcase").exists()


def test_an_attachment_belongs_to_a_consultation_or_a_checklist_document(unlocked_ctx, qtbot):
    """Beschreibung…: delivery date and what the scan belongs to (issue 17)."""
    from PySide6.QtWidgets import QDialog

    from mfd_desktop.checklists import case_checklists, templates
    from mfd_desktop.domain.casework import consultations

    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Frau Bescheid"))
    visit = consultations.add_consultation(conn, consultations.Consultation(
        cid, held_on="2026-11-20", duration_minutes=30, topics=["wohnen"]))
    checklist = case_checklists.assign(conn, cid, templates.load_all().get("wohngeld"))
    item = case_checklists.get(conn, checklist).items[0]
    scan = attachments.add(conn, cid, "Bescheid.pdf", bescheid_pdf(["Wohngeldbescheid"]))
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.open(cid)
    tab = _tab(view)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.view.selectRow(0)

    def answer(dialog):
        ui = dialog.ui
        assert ui.consultationCombo.count() == 2 and ui.documentCombo.count() > 1
        ui.descriptionEdit.setText("Wohngeldbescheid")
        ui.deliveredEdit.setDate(QDate(2026, 11, 18))
        ui.consultationCombo.setCurrentIndex(ui.consultationCombo.findData(visit))
        ui.documentCombo.setCurrentIndex(ui.documentCombo.findData(item.id))
        assert "20.11.2026" in ui.consultationCombo.currentText()
        return QDialog.DialogCode.Accepted
    tab.exec_dialog = answer
    tab.describe_selected()
    saved = attachments.get(conn, scan)
    assert (saved.consultation_id, saved.checklist_item_id) == (visit, item.id)
    assert saved.description == "Wohngeldbescheid" and str(saved.delivered_on) == "2026-11-18"
