"""The Stammdaten form's Case-Management fields on a real vault with real widgets:
Einreise (day, month or year) with the derived years in Germany, Wohnort by
Kreisschlüssel with local text, and the dated histories with „Neuer Eintrag…“ (read back
at period ends through the core)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from mfd_desktop.domain.casework import arrival, clients, districts, history
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.case.history_dialog import HistoryEntryDialog


@pytest.fixture
def form(unlocked_ctx, qtbot):
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    cid = clients.create_client(unlocked_ctx.vault.conn, clients.Client(
        name="Verlauf Person", first_contact="2023-01-10", residence_status="aufenthaltsgestattung"))
    view.open(cid)
    return view.form


def test_arrival_and_residence_are_saved_through_their_services(form, unlocked_ctx,
                                                                monkeypatch):
    conn = unlocked_ctx.vault.conn
    form.arrival.setText("03.2019")
    today = dt.date.today()
    expected = arrival.years_in_germany(arrival.parse("03.2019"), today)
    assert form.ui.yearsInGermanyValue.text() == str(expected) and expected >= 6
    form.district.set_key("07315")
    assert form.district.currentText() == "Mainz (kreisfreie Stadt)"
    form.district_local.setText("Neustadt")
    assert form.save() == form.client_id
    came = arrival.get_arrival(conn, form.client_id)
    assert (came.precision, came.text()) == ("month", "03.2019")
    assert districts.get_residence(conn, form.client_id) == districts.Residence("07315",
                                                                                "Neustadt")
    assert form.arrival.text() == "03.2019"  # reloaded as entered

    form.arrival.setText("2018")
    form.district.set_key(districts.OUTSIDE)
    form.save()
    assert arrival.get_arrival(conn, form.client_id).text() == "2018"
    assert districts.get_residence(conn, form.client_id).district == districts.OUTSIDE

    # a wrong arrival is refused before anything is saved (the name neither)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    form.arrival.setText("13.2019")
    assert form.ui.yearsInGermanyValue.text() == ""
    form.name.setText("Anderer Name")
    assert form.save() is None and warnings
    assert clients.get_client(conn, form.client_id).name == "Verlauf Person"
    assert arrival.get_arrival(conn, form.client_id).text() == "2018"


def test_history_entries_and_values_at_period_ends(form, unlocked_ctx, monkeypatch):
    conn = unlocked_ctx.vault.conn
    cid = form.client_id
    assert "Aufenthaltsgestattung" in form.ui.residenceHistoryText.text()  # from first contact
    assert form.ui.workHistoryText.text() == "nichts erfasst"

    queue = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, HistoryEntryDialog)
        if not queue:
            return QDialog.DialogCode.Rejected
        value, day, certificate = queue.pop(0)
        dialog.ui.valueCombo.set_key(value)
        dialog.ui.validFromDate.setText(day)
        dialog.ui.certificateCheck.setChecked(certificate)
        return QDialog.DialogCode.Accepted
    form.exec_dialog = fill
    queue[:] = [("arbeitssuchend", "01.02.2024", False)]
    form.ui.workHistoryButton.click()
    queue[:] = [("erwerbstaetig", "01.07.2025", False)]
    form.ui.workHistoryButton.click()
    queue[:] = [("a2", "15.03.2024", False)]
    form.ui.languageHistoryButton.click()
    queue[:] = [("b1", "20.11.2025", True)]
    form.ui.languageHistoryButton.click()
    queue[:] = [("ae_erwerb", "01.08.2025", False)]
    form.ui.residenceHistoryButton.click()
    # a future day is refused and the dialog comes back; cancel then
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    queue[:] = [("c1", (dt.date.today() + dt.timedelta(days=5)).strftime("%d.%m.%Y"), False)]
    form.ui.languageHistoryButton.click()
    assert warnings and len(history.entries(conn, cid, "language_level")) == 2

    def at(kind, day):
        entry = history.value_at(conn, cid, kind, dt.date.fromisoformat(day))
        return entry.value if entry else None
    # period ends: 2023, 30.06.2024, 2024, 30.06.2025, 2025
    assert [at("work_situation", d) for d in ("2023-12-31", "2024-06-30", "2025-06-30",
                                              "2025-12-31")] == [
        None, "arbeitssuchend", "arbeitssuchend", "erwerbstaetig"]
    assert [at("language_level", d) for d in ("2024-03-14", "2024-12-31", "2025-12-31")] == [
        None, "a2", "b1"]
    assert history.value_at(conn, cid, "language_level", dt.date(2025, 12, 31)).certificate
    assert [at("residence_status", d) for d in ("2023-12-31", "2025-07-31", "2025-12-31")] == [
        "aufenthaltsgestattung", "aufenthaltsgestattung", "ae_erwerb"]
    # the case's current value follows, and the form shows it
    assert clients.get_client(conn, cid).residence_status == "ae_erwerb"
    assert form.residence_status.key() == "ae_erwerb"
    text = form.ui.languageHistoryText.text()
    assert text.startswith("<b>B1 (Zertifikat) – seit 20.11.2025</b>")
    assert "A2 – seit 15.03.2024" in text
