"""The deadline calculator, the deadline dialog and the deadlines page name the rules in
English in the English app (real widgets, real vault): rule combo, date label, result
lines, rule filter and the list across cases. Switching back shows the German unchanged."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import QDate

from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.deadlines.deadline_rules import RULES, RULES_BY_KEY
from mfd_desktop.gui.deadlines.calculator_form import DeadlineCalculatorForm
from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog
from mfd_desktop.gui.deadlines.deadlines_page import DeadlinesPage
from mfd_desktop.gui.deadlines.open_items_model import OpenItemsModel
from mfd_desktop.messages import render
from tests.gui.conftest import switch_language

# The English rule texts, from the message catalogue.
RULES_EN = {r.key: SimpleNamespace(name=render(r.name(), "en"), notes=render(r.notes(), "en"))
            for r in RULES}


def _set_date(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _texts(form) -> tuple:
    return (_combo_texts(form.rule_combo), form.rule_combo.currentIndex(),
            form.date_label.text(), form.end_label.text(), form.details_label.text())


def test_calculator_names_rule_start_event_and_notes_in_english(ctx, qtbot):
    form = DeadlineCalculatorForm()
    qtbot.addWidget(form)
    form.set_rule("asyl_klage_2w")
    _set_date(form.date_edit, dt.date(2025, 12, 11))
    german = _texts(form)
    rule, en = RULES_BY_KEY["asyl_klage_2w"], RULES_EN["asyl_klage_2w"]
    assert form.rule_combo.currentText() == f"{rule.name_de} – 2 Wochen"
    assert german[2] == "Tag 0 (Zustellung):"
    assert f"Frist: {rule.name_de} (2 Wochen)" in german[4] and rule.notes_de in german[4]

    switch_language(ctx, qtbot, "en")
    assert form.rule_key() == "asyl_klage_2w"  # the selection survives the refill
    assert form.rule_combo.currentText() == f"{en.name} – 2 weeks"
    assert form.date_label.text() == "Day 0 (Delivery – Zustellung):"
    details = form.details_label.text()
    assert f"Rule: {en.name} (2 weeks)" in details
    assert "Day 0: Thu 11.12.2025 (Delivery – Zustellung)" in details
    assert en.notes in details and rule.notes_de not in details
    assert "Legal basis: § 74 Abs. 1 Hs. 1 AsylG" in details  # legal references stay German
    assert rule.name_de not in "\n".join(_combo_texts(form.rule_combo))
    # every rule in the combo has its English name
    for index in range(form.rule_combo.count()):
        key = form.rule_combo.itemData(index)
        if key:
            assert form.rule_combo.itemText(index).startswith(RULES_EN[key].name)

    switch_language(ctx, qtbot, "de")
    assert _texts(form) == german


def test_calculator_letter_date_age_limit_and_guidance_rules_in_english(ctx, qtbot):
    switch_language(ctx, qtbot, "en")
    form = DeadlineCalculatorForm()  # built while the app is English
    qtbot.addWidget(form)
    form.set_rule("anhoerung")
    assert form.date_label.text() == "Date in the letter:"
    assert "Rule: Hearing: written statement (Anhörung, Stellungnahme) (as set in the letter " \
           "(usually 2 weeks))" in form.details_label.text()
    form.set_rule("kind_18")
    assert form.date_label.text() == "Child's date of birth:"
    form.set_rule("widerspruch")
    _set_date(form.date_edit, dt.date(2026, 2, 27))
    form.no_instruction_check.setChecked(True)
    assert ("(1 year (instruction on legal remedies missing or wrong))"
            in form.details_label.text())
    form.set_rule("einbuergerung")  # guidance only: the calculator's English message
    details = form.details_label.text()
    assert details.startswith("There is no end date to calculate for “Naturalisation "
                              "(Einbürgerung)”: no deadline.")
    assert "Gültigkeit der Unterlagen" not in details


def test_deadline_dialog_in_english_and_back(unlocked_ctx, qtbot):
    client_id = create_client(unlocked_ctx.vault.conn, Client(name="Amina Beispiel"))
    dialog = DeadlineDialog(unlocked_ctx, client_id, rule_key="dublin_1w",
                            start=dt.date(2026, 5, 7))
    qtbot.addWidget(dialog)
    form = dialog.calculator
    german = _texts(form)
    switch_language(unlocked_ctx, qtbot, "en")
    en = RULES_EN["dublin_1w"]
    assert form.rule_combo.currentText() == f"{en.name} – 1 week"
    assert f"Rule: {en.name} (1 week)" in form.details_label.text()
    assert en.notes in form.details_label.text()
    # the title names whose deadline it is (quick capture, issue 18)
    assert dialog.windowTitle() == f"New deadline – {dialog.client_text}"
    assert dialog.client_label.text() == f"Deadline for {dialog.client_text}"
    assert dialog.client_text.startswith("Amina Beispiel (")
    switch_language(unlocked_ctx, qtbot, "de")
    assert _texts(form) == german
    assert dialog.windowTitle() == f"Neue Frist – {dialog.client_text}"
    dialog.reject()


def test_deadlines_page_rule_filter_and_list_in_english(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    client_id = create_client(conn, Client(name="Amina Beispiel"))
    deadlines.add_deadline(conn, client_id, "widerspruch", start=dt.date.today())
    page = DeadlinesPage(unlocked_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.items_loaded, timeout=10_000):
        page.reload_items()
    model = page.open_items.items_model
    what = model.index(0, OpenItemsModel.WHAT)
    de_name, en_name = RULES_BY_KEY["widerspruch"].name_de, RULES_EN["widerspruch"].name
    assert model.data(what) == de_name
    page.open_items.rule_filter.setCurrentIndex(page.open_items.rule_filter.findData("widerspruch"))
    german_filter = _combo_texts(page.open_items.rule_filter)
    assert de_name in german_filter

    switch_language(unlocked_ctx, qtbot, "en")
    assert model.data(what) == en_name  # rows loaded in German follow the switch
    assert page.open_items.rule_filter.currentData() == "widerspruch"
    assert page.open_items.rule_filter.currentText() == en_name
    assert page.open_items.rule_filter.itemText(0) == "All rules"
    assert page.calculator.rule_combo.currentText().startswith(
        RULES_EN[page.calculator.rule_key()].name)

    switch_language(unlocked_ctx, qtbot, "de")
    assert model.data(what) == de_name
    assert _combo_texts(page.open_items.rule_filter) == german_filter
