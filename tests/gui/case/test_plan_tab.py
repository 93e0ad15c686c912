"""The Förderplan tab on a real vault with real widgets: a plan with two goals and their
steps made through the tab's dialogs, a due review opened from Heute on the plan tab,
outcomes recorded, a step done, the plan ended with an Überleitung; a refusal keeps the
dialog open."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.domain.dataprotection import data_subject_rights
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.case.plan_dialogs import PlanEndDialog, PlanGoalDialog, PlanStepDialog
from mfd_desktop.gui.case.plan_tab import PlanTab
from mfd_desktop.gui.today.today_page import TodayPage

TODAY = dt.date.today()


def _de(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


class Filler:
    """Stands in for `dialog.exec()`: fills the dialog as a user would and presses OK."""

    def __init__(self):
        self.queue: list = []
        self.seen: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        if not self.queue:
            return QDialog.DialogCode.Rejected
        self.queue.pop(0)(dialog.ui)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def case(unlocked_ctx, qtbot):
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    cid = clients.create_client(unlocked_ctx.vault.conn, clients.Client(name="Plan Person"))
    view.open(cid)
    tab = next(t for t in view.extra_tabs if isinstance(t, PlanTab))
    filler = Filler()
    tab.exec_dialog = filler
    return view, tab, filler, cid


def _goal(text, topic, review):
    def fill(ui):
        ui.goalText.setPlainText(text)
        ui.topicCombo.set_key(topic)
        ui.reviewDate.setText(review)
    return fill


def _step(what, owner, due, office=""):
    def fill(ui):
        ui.whatText.setPlainText(what)
        ui.ownerCombo.set_key(owner)
        ui.officeEdit.setText(office)
        ui.dueDate.setText(due)
    return fill


def _build_plan(view, tab, filler):
    assert view.tabs.indexOf(tab) >= 0
    assert "Noch kein Förderplan" in tab.ui.planStatusLabel.text()
    assert not tab.ui.addGoalButton.isEnabled()
    tab.ui.newPlanButton.click()
    assert tab.ui.addGoalButton.isEnabled() and not tab.ui.newPlanButton.isEnabled()
    filler.queue = [_goal("Ich möchte eine Wohnung finden", "wohnen", _de(TODAY + dt.timedelta(days=3)))]
    tab.ui.addGoalButton.click()
    filler.queue = [_step("Wohnungsanzeigen lesen", "klient", _de(TODAY + dt.timedelta(days=14)))]
    tab.ui.addStepButton.click()  # the new goal is selected
    filler.queue = [_goal("Deutsch B1 schaffen", "sprache_integrationskurs", _de(TODAY + dt.timedelta(days=60)))]
    tab.ui.addGoalButton.click()
    filler.queue = [_step("Anmeldung Kurs", "andere_stelle", "", office="VHS Mainz")]
    tab.ui.addStepButton.click()
    return sp.open_plan(view.ctx.vault.conn, view.client_id)


def test_plan_with_two_goals_reviewed_from_heute(case, unlocked_ctx, qtbot, tmp_path):
    view, tab, filler, cid = case
    conn = unlocked_ctx.vault.conn
    plan = _build_plan(view, tab, filler)
    assert [g.text for g in plan.goals] == ["Ich möchte eine Wohnung finden",
                                           "Deutsch B1 schaffen"]
    assert [g.topic for g in plan.goals] == ["wohnen", "sprache_integrationskurs"]
    assert plan.goals[0].steps[0].owner == "klient"
    assert plan.goals[1].steps[0].office == "VHS Mainz"
    texts = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert texts == ["Ich möchte eine Wohnung finden", "    • Wohnungsanzeigen lesen",
                     "Deutsch B1 schaffen", "    • Anmeldung Kurs"]
    assert tab.model.index(3, 1).data() == "andere Stelle: VHS Mainz"

    # Heute lists the review due in three days; activating it opens the plan tab on it.
    view.tabs.setCurrentIndex(0)
    today = TodayPage(unlocked_ctx)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.refresh()
    reviews = [i for i in today.data.items("followups") if i.kind == "plan_review"]
    assert [i.ref_id for i in reviews] == [plan.goals[0].id]
    unlocked_ctx.open_case.connect(view.open)
    today.open_item(reviews[0])
    assert view.tabs.currentWidget() is tab
    assert tab.selected().kind == "goal" and tab.selected().id == plan.goals[0].id

    def outcome(ui):
        ui.outcomeCombo.set_key("teilweise")
        ui.outcomeNote.setPlainText("Besichtigung vereinbart")
    filler.queue = [outcome]
    tab.ui.outcomeButton.click()
    assert isinstance(filler.seen[-1], PlanGoalDialog)
    goal = sp.open_plan(conn, cid).goals[0]
    assert (goal.outcome, goal.outcome_on, goal.outcome_note) == (
        "teilweise", TODAY, "Besichtigung vereinbart")
    assert tab.model.index(0, 3).data() == f"teilweise erreicht ({_de(TODAY)}) – " \
                                           "Besichtigung vereinbart"
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.refresh()
    assert [i for i in today.data.items("followups") if i.kind == "plan_review"] == []

    # a step done, then open again
    tab._select("step", goal.steps[0].id)
    tab.ui.doneButton.click()
    assert sp.open_plan(conn, cid).goals[0].steps[0].done_on == TODAY
    assert tab.model.index(1, 3).data() == f"erledigt {_de(TODAY)}"
    tab.ui.doneButton.click()
    assert sp.open_plan(conn, cid).goals[0].steps[0].done_on is None

    # edit a step through its dialog
    tab._select("step", goal.steps[0].id)
    filler.queue = [lambda ui: ui.whatText.setPlainText("Drei Anzeigen pro Woche")]
    tab.ui.editButton.click()
    assert isinstance(filler.seen[-1], PlanStepDialog)
    assert sp.open_plan(conn, cid).goals[0].steps[0].what == "Drei Anzeigen pro Woche"

    # the second goal: no longer pursued; then end the plan with an Überleitung
    tab._select("goal", plan.goals[1].id)
    filler.queue = [lambda ui: ui.outcomeCombo.set_key("nicht_verfolgt")]
    tab.ui.outcomeButton.click()
    filler.queue = [lambda ui: ui.transferCombo.set_key("jobcenter")]
    tab.ui.endPlanButton.click()
    assert isinstance(filler.seen[-1], PlanEndDialog)
    ended = sp.plans(conn, cid)[0]
    assert (ended.ended_on, ended.transfer_service) == (TODAY, "jobcenter")
    assert "Übergeleitet an: Jobcenter" in tab.ui.planStatusLabel.text()
    assert not tab.ui.addGoalButton.isEnabled() and tab.ui.newPlanButton.isEnabled()

    # the ended plan is printed for the client (German + Ukrainian, without notes)
    assert tab.ui.printPlanButton.isEnabled()
    target = tmp_path / "flow-plan.pdf"
    filler.queue = [lambda ui: ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("uk"))]
    with qtbot.waitSignal(tab.printed, timeout=20_000) as shown:
        tab.ui.printPlanButton.click()
    preview = shown.args[0]
    assert preview.isVisible()
    target.write_bytes(preview.pdf_bytes)  # the test reads the pages; the app writes none
    preview.close()
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert "Мій план підтримки" in text and "Deutsch B1 schaffen" in text
        assert "Jobcenter" in text and "Besichtigung vereinbart" not in text


def test_refusal_keeps_the_dialog_open(case, unlocked_ctx, monkeypatch):
    view, tab, filler, cid = case
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.ui.newPlanButton.click()
    # an empty goal is refused; the dialog comes back and the second try is saved
    filler.queue = [_goal("", None, ""), _goal("Arbeit finden", "ausbildung_arbeit", "31.02.2030"),
                    _goal("Arbeit finden", "ausbildung_arbeit", "")]
    tab.ui.addGoalButton.click()
    assert len(filler.seen) == 3 and len(warnings) == 2
    assert [g.text for g in sp.open_plan(unlocked_ctx.vault.conn, cid).goals] == ["Arbeit finden"]


def test_restricted_case_refuses_in_the_tab(case, unlocked_ctx, monkeypatch):
    view, tab, filler, cid = case
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab.ui.newPlanButton.click()
    conn = unlocked_ctx.vault.conn
    data_subject_rights.restrict(conn, cid)
    filler.queue = [_goal("Ziel", None, "")]
    tab.ui.addGoalButton.click()
    assert warnings and sp.open_plan(conn, cid).goals == ()


def test_print_from_the_tab_writes_the_bilingual_pdf(case, unlocked_ctx, qtbot, tmp_path):
    import shutil
    import subprocess

    from mfd_desktop.gui.case.plan_print import PlanPrintDialog

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    view, tab, filler, cid = case
    _build_plan(view, tab, filler)
    target = tmp_path / "plan.pdf"

    def choose(ui):
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("ar"))
        ui.withNameCheck.setChecked(True)
    filler.queue = [choose]
    with qtbot.waitSignal(tab.printed, timeout=20_000) as blocker:
        tab.ui.printPlanButton.click()
    assert isinstance(filler.seen[-1], PlanPrintDialog)
    preview = blocker.args[0]
    assert preview.suggested_name.endswith("_ar.pdf")
    assert "Druckvorschau" in tab.ui.planStatusLabel.text()
    target.write_bytes(preview.pdf_bytes)
    preview.close()
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Mein Förderplan" in text and "Plan Person" in text
    assert "Wohnungsanzeigen lesen" in text and "VHS Mainz" in text
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in text)  # shaped Arabic


def test_flow_ends_with_printing_the_plan_without_notes(case, unlocked_ctx, qtbot, tmp_path):
    """Plan with two goals → outcomes → ended with Überleitung → printed in German and
    Persian; the note on an outcome is left out unless ticked."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    view, tab, filler, cid = case
    conn = unlocked_ctx.vault.conn
    plan = _build_plan(view, tab, filler)
    tab._select("goal", plan.goals[0].id)

    def reached(ui):
        ui.outcomeCombo.set_key("erreicht")
        ui.outcomeNote.setPlainText("Vertrag unterschrieben, intern")
    filler.queue = [reached]
    tab.ui.outcomeButton.click()
    filler.queue = [lambda ui: ui.transferCombo.set_key("jobcenter")]
    tab.ui.endPlanButton.click()
    assert sp.plans(conn, cid)[0].ended_on == TODAY

    def pdf_text(language, notes):
        target = tmp_path / f"plan_{language}_{notes}.pdf"

        def choose(ui):
            ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(language))
            ui.withNotesCheck.setChecked(notes)
        filler.queue = [choose]
        with qtbot.waitSignal(tab.printed, timeout=20_000) as shown:
            tab.ui.printPlanButton.click()
        target.write_bytes(shown.args[0].pdf_bytes)
        shown.args[0].close()
        out = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                             capture_output=True, text=True).stdout
        return unicodedata.normalize("NFKC", out)

    text = pdf_text("fa", False)
    assert "Mein Förderplan" in text and "Jobcenter" in text and "erreicht" in text
    assert "Vertrag unterschrieben" not in text and "Plan Person" not in text
    assert "برنامه" in text  # Persian title, shaped and read back in logical order
    assert "Vertrag unterschrieben, intern" in pdf_text("de", True)
