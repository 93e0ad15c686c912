"""Termine with real widgets on a real vault: create an appointment in the dialog, see it
flagged when it overlaps, record the consultation and the Strukturarbeit from it, export
and import a calendar, and Heute shows today's appointment first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.domain.casework import consultations, structural_work
from mfd_desktop.domain.casework.clients import Client, create_client, get_client
from mfd_desktop.gui.appointments.appointments_page import AppointmentsPage
from mfd_desktop.gui.appointments.week_model import ROW_ROLE
from mfd_desktop.gui.today.today_page import TodayPage

TODAY = dt.date.today()
NAME = "Amina Terminbeispiel"
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "oeffnungszeiten.ics"


@pytest.fixture
def filled_ctx(unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    unlocked_ctx.client_id = create_client(conn, Client(name=NAME))
    return unlocked_ctx


@pytest.fixture
def page(filled_ctx, qtbot):
    widget = AppointmentsPage(filled_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.reload()
    return widget


def _reload(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()


def _appointment_rows(page):
    """(kind, object, cell texts) of every row under a day row, in the order shown."""
    model = page.model
    out = []
    for row in range(model.rowCount()):
        data = model.index(row, 0).data(ROW_ROLE)
        if data is not None:
            out.append((data[0], data[1], [model.index(row, c).data()
                                           for c in range(model.COLUMNS)]))
    return out


def _ok(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_create_an_appointment_in_the_dialog(page, filled_ctx, qtbot):
    dialog = page.new_appointment()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.timeEdit.setTime(QTime(10, 30))
    ui.durationSpin.setValue(45)
    ui.kindCombo.set_key("begleitung")
    ui.placeKindCombo.setCurrentIndex(2)
    assert ui.placeStack.currentWidget() is ui.otherOfficePage
    ui.otherOfficeEdit.setText("Ausländerbehörde Mainz")
    ui.clientCombo.setFocus()
    qtbot.keyClicks(ui.clientCombo.lineEdit(), "terminbeisp")  # part of the name
    ui.interpreterCheck.setChecked(True)
    ui.languageCombo.set_key("uk")
    qtbot.keyClicks(ui.noteEdit, "Pass mitbringen")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    [saved] = appts.list_range(filled_ctx.vault.conn, TODAY, TODAY)
    assert (saved.start_time, saved.duration_minutes, saved.kind, saved.place_text,
            saved.client_id, saved.interpreter_language, saved.note) == (
        "10:30", 45, "begleitung", "Ausländerbehörde Mainz", filled_ctx.client_id, "uk",
        "Pass mitbringen")
    [(kind, shown, cells)] = _appointment_rows(page)
    assert kind == "appointment" and shown.id == saved.id
    assert cells[0] == "10:30–11:15" and cells[1] == "Begleitung"
    assert NAME in cells[3] and cells[4] == "Ukrainisch"
    # the same appointment on Heute, first section
    today_page = TodayPage(filled_ctx)
    qtbot.addWidget(today_page)
    section = today_page.ui.todayAppointments
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        today_page.refresh()
    assert section.model.rowCount() == 1
    assert section.model.item(0, 0).text() == "Heute 10:30–11:15"
    assert NAME in section.model.item(0, 3).text()
    assert section.model.item(0, 2).text() == "Ausländerbehörde Mainz"


def test_a_client_that_is_not_in_the_list_is_refused(page, qtbot):
    dialog = page.new_appointment()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.clientCombo.lineEdit(), "Niemand Sonst")
    _ok(dialog)
    assert dialog.isVisible() and "Liste" in dialog.ui.errorLabel.text()
    dialog.reject()


def test_overlaps_are_flagged_in_dialog_and_week(page, filled_ctx, qtbot):
    conn = filled_ctx.vault.conn
    first = appts.add_appointment(conn, appts.Appointment(TODAY, "10:00", 60))
    dialog = page.new_appointment()
    qtbot.addWidget(dialog)
    dialog.ui.timeEdit.setTime(QTime(10, 30))
    assert "Überschneidung" in dialog.ui.conflictLabel.text()
    dialog.ui.timeEdit.setTime(QTime(11, 0))
    assert dialog.ui.conflictLabel.text() == ""
    dialog.ui.timeEdit.setTime(QTime(10, 45))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _ok(dialog)  # a warning, not a refusal
    rows = _appointment_rows(page)
    assert [r[1].id for r in rows][0] == first
    assert all("überschneidet" in r[2][5] for r in rows)
    assert "2" in page.ui.conflictLabel.text()


def test_previous_and_next_week(page, filled_ctx, qtbot):
    conn = filled_ctx.vault.conn
    appts.add_appointment(conn, appts.Appointment(TODAY + dt.timedelta(days=7), "09:00", 30))
    assert _appointment_rows(page) == []
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ui.nextWeekButton.click()
    assert len(_appointment_rows(page)) == 1
    assert len(page.model.day_rows()) == 7  # one row per day
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ui.previousWeekButton.click()
    assert _appointment_rows(page) == []


def test_appointment_to_consultation_in_one_step(page, filled_ctx, qtbot):
    conn = filled_ctx.vault.conn
    held = TODAY - dt.timedelta(days=1)  # recorded the day after
    place = appts.add_outreach_place(conn, "Gemeinschaftsunterkunft Nord")
    aid = appts.add_appointment(conn, appts.Appointment(
        held, "09:00", 50, client_id=filled_ctx.client_id, interpreter_needed=True,
        place_kind="outreach", outreach_place_id=place))
    page.monday = appts.week_start(held)
    _reload(page, qtbot)
    assert page.select_appointment(aid)
    assert page.ui.consultationButton.isEnabled()
    assert not page.ui.structuralButton.isEnabled()
    dialog = page.record_consultation()
    qtbot.addWidget(dialog)
    assert dialog.ui.durationSpin.value() == 50 and dialog.ui.interpreterCheck.isChecked()
    assert NAME in dialog.ui.caseValue.text()
    assert dialog.ui.dateEdit.date().toPython() == held
    assert dialog.ui.channelCombo.key() == "aufsuchend"  # from the outreach place
    dialog.ui.topicsList.set_keys(["wohnen"])
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _ok(dialog)
    [recorded] = consultations.list_consultations(conn, filled_ctx.client_id)
    assert (recorded.client_id, recorded.held_on, recorded.duration_minutes, recorded.channel,
            recorded.topics, recorded.interpreter_used) == (
        filled_ctx.client_id, held.isoformat(), 50, "aufsuchend", ["wohnen"], True)
    assert "Beratung erfasst" in _appointment_rows(page)[0][2][5]
    page.select_appointment(aid)
    assert not page.ui.consultationButton.isEnabled()  # never twice


def test_group_appointment_becomes_structural_work(page, filled_ctx, qtbot):
    conn = filled_ctx.vault.conn
    aid = appts.add_appointment(conn, appts.Appointment(TODAY, "14:00", 120,
                                                        kind="gruppenangebot"))
    _reload(page, qtbot)
    page.select_appointment(aid)
    assert page.ui.structuralButton.isEnabled() and not page.ui.consultationButton.isEnabled()
    dialog = page.record_structural_work()
    qtbot.addWidget(dialog)
    assert dialog.ui.durationSpin.value() == 120
    assert "Gruppenangebote" in dialog.ui.activityValue.text()
    dialog.ui.participantsSpin.setValue(12)
    qtbot.keyClicks(dialog.ui.topicEdit, "Deutschkurs-Infos")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _ok(dialog)
    [entry] = structural_work.list_activities(conn)
    assert (entry.activity_type, entry.participants, entry.note, entry.duration_minutes) == (
        "gruppenangebote", 12, "Deutschkurs-Infos", 120)
    page.select_appointment(aid)
    assert not page.ui.structuralButton.isEnabled()


class _FileDialogStub:
    """Stands in for the native file dialogs: answers with a chosen path."""

    answer = ""

    @classmethod
    def getSaveFileName(cls, *_args, **_kwargs):  # noqa: N802 - Qt API
        return cls.answer, ""

    getOpenFileName = getSaveFileName  # noqa: N815 - Qt API


@pytest.fixture
def file_dialog(monkeypatch):
    from mfd_desktop.gui.appointments import appointments_page

    monkeypatch.setattr(appointments_page, "QFileDialog", _FileDialogStub)
    return _FileDialogStub


def _export_through_dialog(page, filled_ctx, qtbot, file_dialog, out, *, case_numbers):
    dialog = page.export_calendar()
    qtbot.addWidget(dialog)
    assert "keine Namen" in dialog.ui.privacyLabel.text()
    # the same default range as `mfd termine export`: a week back, 90 days ahead
    assert dialog.range() == (TODAY - dt.timedelta(days=7), TODAY + dt.timedelta(days=90))
    dialog.ui.caseNumbersCheck.setChecked(case_numbers)
    if case_numbers:
        assert "Fallnummern" in dialog.ui.privacyLabel.text()
        assert "nicht auf einem Mail- oder Kalenderserver" in dialog.ui.privacyLabel.text()
    file_dialog.answer = str(out)
    with qtbot.waitSignal(filled_ctx.tasks.busy_changed, timeout=10_000,
                          check_params_cb=lambda busy: not busy):
        _ok(dialog)
    return icalendar.Calendar.from_ical(out.with_suffix(".ics").read_bytes())


def test_export_dialog_writes_a_calendar_without_personal_data(
        page, filled_ctx, qtbot, tmp_path, file_dialog):
    conn = filled_ctx.vault.conn
    appts.add_appointment(conn, appts.Appointment(TODAY, "09:00", 30,
                                                  client_id=filled_ctx.client_id,
                                                  interpreter_needed=True,
                                                  interpreter_language="fa",
                                                  note="Geheimnotiz"))
    number = get_client(conn, filled_ctx.client_id).case_number
    calendar = _export_through_dialog(page, filled_ctx, qtbot, file_dialog,
                                      tmp_path / "termine", case_numbers=False)
    data = (tmp_path / "termine.ics").read_bytes()
    for secret in (NAME, "Geheimnotiz", number, "Persisch"):
        assert secret.encode() not in data.replace(b"\r\n ", b""), secret
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Termin (MFD)"
    assert set(event) == {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES",
                          "DESCRIPTION", "LOCATION"}  # nothing about the language either
    assert str(event["DESCRIPTION"]) == "Beratung"
    start = event.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (TODAY, 9, 0)
    assert str(start.tzinfo) == "Europe/Berlin"
    assert str(event["LOCATION"]) == "Beratungsstelle"
    assert "1" in page.ui.statusLabel.text() and "termine.ics" in page.ui.statusLabel.text()
    # with case numbers: the number, still never the name
    calendar = _export_through_dialog(page, filled_ctx, qtbot, file_dialog,
                                      tmp_path / "mit-fallnummer.ics", case_numbers=True)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Termin (MFD) {number}"
    data = (tmp_path / "mit-fallnummer.ics").read_bytes()
    assert NAME.encode() not in data and b"Geheimnotiz" not in data


def test_export_dialog_refuses_a_reversed_range(page, qtbot):
    dialog = page.export_calendar()
    qtbot.addWidget(dialog)
    dialog.ui.toEdit.setDate(dialog.ui.fromEdit.date().addDays(-1))
    assert not dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "vor dem ersten" in dialog.ui.errorLabel.text()
    dialog.reject()


def test_import_shows_the_events_in_their_week(page, filled_ctx, qtbot, file_dialog, tmp_path):
    file_dialog.answer = str(SAMPLE)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.import_calendar()
    assert "3 Kalendertermine importiert (1 wiederkehrend)" in page.ui.statusLabel.text()
    page.monday = dt.date(2026, 3, 23)
    _reload(page, qtbot)
    rows = _appointment_rows(page)
    assert [r[0] for r in rows] == ["imported"] * 3  # Mo, Mi (Team), Do
    assert [r[2][0] for r in rows] == ["10:00–12:00", "14:00–15:30", "10:00–12:00"]
    assert rows[0][2][1] == "Offene Sprechstunde" and "wiederkehrend" in rows[0][2][5]
    assert rows[1][2][1] == "Teamsitzung" and rows[1][2][5] == "importiert"
    # Karfreitag: all day, and the Monday after Easter is excluded (EXDATE)
    page.monday = dt.date(2026, 3, 30)
    _reload(page, qtbot)
    assert [(r[2][0], r[2][1]) for r in _appointment_rows(page)] == [
        ("10:00–12:00", "Offene Sprechstunde"), ("10:00–12:00", "Offene Sprechstunde"),
        ("ganztägig", "Karfreitag (geschlossen)")]
    page.monday = dt.date(2026, 4, 6)
    _reload(page, qtbot)
    assert [r[2][0] for r in _appointment_rows(page)] == ["10:00–12:00"]  # Thursday only
    # a broken file: one German line, nothing imported
    broken = tmp_path / "kaputt.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\n")
    shown = []
    page._failed = lambda failure: shown.append(failure.message)
    file_dialog.answer = str(broken)
    with qtbot.waitSignal(filled_ctx.tasks.busy_changed, timeout=10_000,
                          check_params_cb=lambda busy: not busy):
        page.import_calendar()
    assert shown and "nichts importiert" in shown[0]


def test_heute_shows_todays_appointments_first(filled_ctx, qtbot):
    conn = filled_ctx.vault.conn
    appts.add_appointment(conn, appts.Appointment(TODAY, "08:15", 30,
                                                  client_id=filled_ctx.client_id))
    appts.add_appointment(conn, appts.Appointment(TODAY + dt.timedelta(days=1), "11:00", 60,
                                                  kind="sprechstunde"))
    appts.add_appointment(conn, appts.Appointment(TODAY + dt.timedelta(days=2), "11:00", 60))
    page = TodayPage(filled_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    section = page.ui.todayAppointments
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        page.refresh()
    model = section.model
    assert model.rowCount() == 2
    assert model.item(0, 0).text() == "Heute 08:15–08:45" and NAME in model.item(0, 3).text()
    assert model.item(1, 0).text() == "Morgen 11:00–12:00"
    assert model.item(1, 1).text() == "Sprechstunde"
    # first on the page: above every other section
    others = [s.mapTo(page, s.rect().topLeft()).y() for s in page.sections.values()]
    assert section.mapTo(page, section.rect().topLeft()).y() < min(others)
    view = section.ui.view
    view.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(filled_ctx.open_case, timeout=3000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [filled_ctx.client_id]
    page.on_locking()
    assert model.rowCount() == 0
