"""Fristen page and deadline dialogs with real widgets on a real vault."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from mfd_desktop.domain.casework import structural_work
from mfd_desktop.domain.casework.clients import Client, create_client, get_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.deadlines.calculator_form import DeadlineCalculatorForm
from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog
from mfd_desktop.gui.deadlines.deadlines_page import DeadlinesPage
from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog
from mfd_desktop.gui.deadlines.override_dialog import OverrideDialog
from mfd_desktop.gui.deadlines.structural_work_page import StructuralWorkPage
from mfd_desktop.gui.help import handbook_sections
from mfd_desktop.storage import drafts

TODAY = dt.date.today()


@pytest.fixture
def client_id(unlocked_ctx):
    return create_client(unlocked_ctx.vault.conn, Client(name="Amina Beispiel"))


@pytest.fixture
def page(unlocked_ctx, client_id, qtbot):
    widget = DeadlinesPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.items_loaded, timeout=10_000):
        widget.reload_items()
    return widget


def _tick(qtbot, box) -> None:
    """Click on the box itself (a stretched check box ignores clicks right of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _set_date(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def test_calculator_shows_last_day_rule_basis_and_caveat(qtbot):
    form = DeadlineCalculatorForm()
    qtbot.addWidget(form)
    form.set_rule("asyl_klage_2w")
    _set_date(form.date_edit, dt.date(2025, 12, 11))
    assert "Mo 29.12.2025" in form.end_label.text()
    details = form.details_label.text()
    assert "§ 74 Abs. 1 Hs. 1 AsylG" in details and "Erster Weihnachtstag" in details
    assert "Do 25.12.2025" in details  # the raw end is shown too
    assert "ohne gewähr" in form.caveat_label.text().casefold()  # the calculator's caveat


def test_calculator_plain_post_and_missing_instruction(qtbot):
    form = DeadlineCalculatorForm()
    qtbot.addWidget(form)
    form.show()
    form.set_rule("widerspruch")
    _set_date(form.date_edit, dt.date(2026, 3, 31))
    _tick(qtbot, form.posted_check)
    assert "Mo 04.05.2026" in form.end_label.text()
    assert "Bekanntgabefiktion" in form.details_label.text()
    _tick(qtbot, form.posted_check)
    _set_date(form.date_edit, dt.date(2026, 2, 27))
    _tick(qtbot, form.no_instruction_check)
    assert "Mo 01.03.2027" in form.end_label.text()
    # rules where a missing instruction does not give a year hide the box
    form.set_rule("fz_fluechtling_3m")
    assert not form.no_instruction_check.isVisible()
    _set_date(form.date_edit, dt.date(2025, 11, 30))
    assert "Fr 27.02.2026" in form.end_label.text()  # reference example 7: safe target


def test_calculator_rule_without_fixed_length_asks_for_the_letter_date(qtbot):
    form = DeadlineCalculatorForm()
    qtbot.addWidget(form)
    form.set_rule("ae_verlaengerung")
    assert "Ablaufdatum des Titels" in form.date_label.text()
    _set_date(form.date_edit, dt.date(2026, 5, 31))
    assert "Fr 29.05.2026" in form.end_label.text()
    form.set_rule("kindergeld_6m")
    assert form.calculation() is None
    assert "kein berechenbares Fristende" in form.details_label.text()


def test_deadline_dialog_saves_with_own_date_and_reason(unlocked_ctx, client_id, qtbot):
    dialog = DeadlineDialog(unlocked_ctx, client_id, rule_key="dublin_1w",
                            start=dt.date(2026, 5, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Fr 15.05.2026" in dialog.calculator.end_label.text()
    qtbot.keyClicks(dialog.note_edit, "Bescheid liegt der Anwaltskanzlei vor")
    _tick(qtbot, dialog.override_check)
    _set_date(dialog.override_date, dt.date(2026, 5, 13))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason yet: stays open
    assert dialog.isVisible()
    assert "Begründung" in dialog.error_label.text()
    qtbot.keyClicks(dialog.reason_edit, "Eilantrag frueher stellen")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = deadlines.get_deadline(unlocked_ctx.vault.conn, dialog.saved_id)
    assert (saved.rule_key, saved.end_date, saved.due_on) == (
        "dublin_1w", dt.date(2026, 5, 15), dt.date(2026, 5, 13))
    assert saved.override_reason == "Eilantrag frueher stellen"
    assert saved.note == "Bescheid liegt der Anwaltskanzlei vor"
    assert drafts.list_drafts(unlocked_ctx.vault.conn, "deadline") == []


def test_deadline_dialog_keeps_typed_note_through_lock(unlocked_ctx, client_id, qtbot, unlock):
    dialog = DeadlineDialog(unlocked_ctx, client_id, rule_key="widerspruch")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note_edit, "halb getippt")
    unlocked_ctx.lock()
    assert dialog.note_edit.toPlainText() == ""  # nothing personal left on screen
    unlocked_ctx.set_unlocked(unlock())
    assert dialog.note_edit.toPlainText() == "halb getippt"


def test_save_for_case_from_the_calculator(page, unlocked_ctx, client_id, qtbot):
    case_number = get_client(unlocked_ctx.vault.conn, client_id).case_number
    page.calculator.set_rule("asyl_klage_2w")
    _set_date(page.calculator.date_edit, dt.date(2025, 12, 11))
    qtbot.keyClicks(page.case_edit, "gibt-es-nicht")
    assert page.save_for_case() is None
    assert "no case" in page.calc_error.text() or "kein" in page.calc_error.text().lower()
    page.case_edit.setText(case_number)
    dialog = page.save_for_case()
    qtbot.addWidget(dialog)
    assert dialog.calculator.rule_key() == "asyl_klage_2w"
    assert "Mo 29.12.2025" in dialog.calculator.end_label.text()
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    model = page.open_items.items_model
    assert [model.data(model.index(r, model.WHAT)) for r in range(model.rowCount())] == [
        "Klage gegen BAMF-Bescheid (einfach unbegründet, Widerruf u. a.)"]


def test_open_list_filters_opens_case_and_ticks_off(page, unlocked_ctx, client_id, qtbot):
    conn = unlocked_ctx.vault.conn
    overdue = deadlines.add_deadline(conn, client_id, "anhoerung",
                                     given_date=TODAY - dt.timedelta(days=10))
    later = deadlines.add_deadline(conn, client_id, "sonstiges",
                                   given_date=TODAY + dt.timedelta(days=60))
    followups.add_followup(conn, TODAY + dt.timedelta(days=2), "Rückruf")
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        page.reload_items()
    assert len(page.open_items.items_model.rows) == 3
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        page.open_items.kind_combo.setCurrentIndex(page.open_items.kind_combo.findData("deadlines"))
    assert {r.id for r in page.open_items.items_model.rows} == {overdue, later}
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        page.open_items.period_combo.setCurrentIndex(page.open_items.period_combo.findData("overdue"))
    assert [r.id for r in page.open_items.items_model.rows] == [overdue]
    page.open_items.items_view.selectRow(0)
    with qtbot.waitSignal(unlocked_ctx.open_case, timeout=3000) as blocker:
        qtbot.mouseClick(page.open_items.open_case_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [client_id]
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        qtbot.mouseClick(page.open_items.done_button, Qt.MouseButton.LeftButton)
    assert page.open_items.items_model.rows == []
    assert deadlines.get_deadline(conn, overdue).done


def test_override_dialog_sets_and_removes_own_date(unlocked_ctx, client_id, qtbot):
    conn = unlocked_ctx.vault.conn
    deadline_id = deadlines.add_deadline(conn, client_id, "widerspruch",
                                         start=dt.date(2026, 1, 31))
    dialog = OverrideDialog(unlocked_ctx, deadline_id)
    qtbot.addWidget(dialog)
    _set_date(dialog.date_edit, dt.date(2026, 2, 27))
    qtbot.keyClicks(dialog.reason_edit, "vorsichtshalber vor dem Wochenende")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert deadlines.get_deadline(conn, deadline_id).due_on == dt.date(2026, 2, 27)
    dialog = OverrideDialog(unlocked_ctx, deadline_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remove_check.isVisible()
    dialog.remove_check.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert deadlines.get_deadline(conn, deadline_id).due_on == dt.date(2026, 3, 2)


def test_followup_dialog_with_case_number(unlocked_ctx, client_id, qtbot):
    case_number = get_client(unlocked_ctx.vault.conn, client_id).case_number
    dialog = FollowUpDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text_edit, "Nachweise anfordern")
    qtbot.keyClicks(dialog.case_edit, "XX-0000")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text()
    dialog.case_edit.setText(case_number)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = followups.get_followup(unlocked_ctx.vault.conn, dialog.saved_id)
    assert saved.client_id == client_id and saved.text == "Nachweise anfordern"


@pytest.fixture
def work_page(unlocked_ctx, qtbot):
    widget = StructuralWorkPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_structural_work_is_its_own_page():
    assert page_registry.nav_entry("structural_work").target.endswith(":StructuralWorkPage")
    keys = [e.key for e in page_registry.NAVIGATION]
    assert keys.index("structural_work") == keys.index("deadlines") + 1
    assert handbook_sections.section_for("structural_work") == "Strukturarbeit"


def test_structural_work_entry_and_list(work_page, unlocked_ctx, qtbot):
    page = work_page
    page.activity_combo.setCurrentIndex(page.activity_combo.findData("gremienarbeit"))
    _set_date(page.activity_date, dt.date(2026, 3, 12))
    page.minutes_spin.setValue(90)
    page.participants_spin.setValue(12)
    qtbot.keyClicks(page.activity_note, "AG Migration")
    with qtbot.waitSignal(page.activities_loaded, timeout=10_000):
        qtbot.mouseClick(page.activity_save, Qt.MouseButton.LeftButton)
    [entry] = structural_work.list_activities(unlocked_ctx.vault.conn)
    assert (entry.activity_type, entry.duration_minutes, entry.participants, entry.note) == (
        "gremienarbeit", 90, 12, "AG Migration")
    assert page.activities_model.rowCount() == 1
    assert page.activity_note.text() == ""  # form emptied for the next entry
    assert drafts.list_drafts(unlocked_ctx.vault.conn, "structural_work") == []


def test_lock_empties_lists(page, work_page, unlocked_ctx):
    deadlines.add_deadline(unlocked_ctx.vault.conn, 1, "widerspruch", start=TODAY)
    page.on_locking()
    work_page.on_locking()
    unlocked_ctx.lock()
    assert page.open_items.items_model.rowCount() == 0 and work_page.activities_model.rowCount() == 0


def test_override_reason_survives_a_lock(unlocked_ctx, client_id, qtbot, unlock):
    deadline_id = deadlines.add_deadline(unlocked_ctx.vault.conn, client_id, "widerspruch",
                                         start=dt.date(2026, 1, 31))
    dialog = OverrideDialog(unlocked_ctx, deadline_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason_edit, "mit der Kanzlei abgestimmt")
    unlocked_ctx.lock()
    assert dialog.reason_edit.text() == ""
    unlocked_ctx.set_unlocked(unlock())
    assert dialog.reason_edit.text() == "mit der Kanzlei abgestimmt"


def test_title_rules_start_from_the_clients_expiry_date(unlocked_ctx, qtbot):
    client = create_client(unlocked_ctx.vault.conn,
                           Client(name="Titel", residence_title_expires="2026-05-31"))
    dialog = DeadlineDialog(unlocked_ctx, client, rule_key="widerspruch")
    qtbot.addWidget(dialog)
    dialog.calculator.set_rule("ae_verlaengerung")
    assert dialog.calculator.date_edit.date() == QDate(2026, 5, 31)
    assert "Fr 29.05.2026" in dialog.calculator.end_label.text()
    direct = DeadlineDialog(unlocked_ctx, client, rule_key="ae_verlaengerung")
    qtbot.addWidget(direct)
    assert direct.calculator.date_edit.date() == QDate(2026, 5, 31)


def test_a_due_plan_review_opens_the_case_on_its_goal(page, unlocked_ctx, client_id, qtbot):
    from mfd_desktop.domain.casework import support_plans as sp

    conn = unlocked_ctx.vault.conn
    plan = sp.start_plan(conn, client_id)
    goal = sp.add_goal(conn, plan, "Wohnung finden", review_on=TODAY + dt.timedelta(days=1))
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        page.reload_items()
    rows = page.open_items.items_model.rows
    assert [(r.kind, r.id) for r in rows] == [("plan_review", goal)]
    model = page.open_items.items_model
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "Förderplan-Überprüfung" in texts
    assert any("Überprüfung Förderplan: Wohnung finden" in (t or "") for t in texts)
    page.open_items.items_view.selectRow(0)
    # "Erledigt" does not tick a goal off: it opens the plan, where the outcome is recorded
    with qtbot.waitSignal(unlocked_ctx.open_case, timeout=3000) as blocker:
        qtbot.mouseClick(page.open_items.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [client_id] and unlocked_ctx.case_focus == ("plan", goal)
    assert sp.plans(conn, client_id)[0].goals[0].outcome is None
