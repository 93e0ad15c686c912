"""The English app shows the services' English texts where they have them (real widgets,
real SQLCipher vaults): the deadline calculator's notes, caveat and dates, the statistics
page's period names and rule sentences, the audit check's findings, the sync tab's run
and refusal messages, the unlock screen's late damage message and the date fields'
placeholder. Switching back to German shows exactly the German texts again."""

from __future__ import annotations

import datetime as dt
import socket

from PySide6.QtCore import QDate

from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.deadlines.deadline_calculator import CAVEAT, calculate
from mfd_desktop.domain.referrals import consents
from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog
from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab
from mfd_desktop.gui.deadlines.calculator_form import DeadlineCalculatorForm
from mfd_desktop.gui.form_widgets import DateLine
from mfd_desktop.gui.statistics.statistics_page import OVERVIEW_KEY, StatisticsPage
from mfd_desktop.gui.sync.service import set_service
from mfd_desktop.gui.sync.settings_section import SyncSettingsSection
from mfd_desktop.messages import Msg, render
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.presentation import rule_sentence
from mfd_desktop.storage import connection
from mfd_desktop.sync import messages, state
from tests.gui.conftest import switch_language
from tests.gui.test_unlock_deferred_check import _damage_middle_page, _unlock, _window
from tests.gui.test_unlock_deferred_check import _fill as _fill_settings
from tests.stats.casedata import populate
from tests.storage.test_audit import _drop_triggers
from tests.storage.test_audit import _fill as _fill_audit
from tests.sync.conftest import make_service, release_stats


def _set_date(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


# ----- item 1: deadline calculator ---------------------------------------------------------

def test_deadline_calculator_notes_caveat_and_dates_follow_the_language(ctx, qtbot):
    form = DeadlineCalculatorForm()
    qtbot.addWidget(form)
    form.set_rule("asyl_klage_2w")
    _set_date(form.date_edit, dt.date(2025, 12, 11))
    german = (form.end_label.text(), form.details_label.text(), form.caveat_label.text())
    assert "Mo 29.12.2025" in german[0]
    assert german[2] == render(CAVEAT, "de")
    calc = calculate("asyl_klage_2w", dt.date(2025, 12, 11))
    assert render(calc.notes[0], "de") in german[1]

    switch_language(ctx, qtbot, "en")
    assert form.end_label.text() == "Last day: Mon 29.12.2025"
    details = form.details_label.text()
    assert render(calc.notes[0], "en") in details and render(calc.notes[0], "de") not in details
    assert "Do 25.12.2025" not in details and "Thu 25.12.2025" in details
    assert form.caveat_label.text() == render(CAVEAT, "en")

    switch_language(ctx, qtbot, "de")
    assert (form.end_label.text(), form.details_label.text(),
            form.caveat_label.text()) == german


# ----- item 3: statistics page -------------------------------------------------------------

def test_statistics_page_period_and_rule_sentences_follow_the_language(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    populate(conn, clients=80, consultations=400, year=2026, seed=3)
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    page = StatisticsPage(unlocked_ctx)
    page.today = dt.date(2026, 11, 28)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.select_period("2026-Q3")
    german = (page.status.text(), page.rule_label.text(), page.period_combo.currentText())
    assert german[0].startswith("3. Quartal 2026 (01.07.2026 – 30.09.2026)")
    assert german[1] == rule_sentence(page.preview.k).render("de")
    assert [page.tabs.tabText(i) for i in range(3)] == [
        "Zahlen", "Vorschau der Übermittlung", "Postausgang"]

    switch_language(unlocked_ctx, qtbot, "en")
    # the page's own labels follow too, not only what was loaded
    assert [page.tabs.tabText(i) for i in range(3)] == ["Figures", "Transfer preview", "Outbox"]
    assert page.kind_combo.currentText() == "Quarter"
    assert page.release_button.text() == "Release…"
    # the counts' titles, labels and the payload table are English too
    titles = [page.section_list.item(i).text() for i in range(page.section_list.count())]
    assert "Clients (counselled) by region of origin" in titles
    page.show_section(OVERVIEW_KEY)
    assert page.counts_model.row(0).label == "Clients (counselled)"
    assert page.payload_model.row(0)[0] == "Clients (counselled)"
    assert page.status.text().startswith("Q3 2026 (01.07.2026 – 30.09.2026) – ")
    assert page.rule_label.text() == rule_sentence(page.preview.k).render("en")
    assert page.period_combo.currentText() == "Q3 2026"
    assert page.period_combo.itemText(0) == "Q4 2026 – provisional"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()  # a fresh load in English says the same
    assert page.status.text().startswith("Q3 2026 (")

    switch_language(unlocked_ctx, qtbot, "de")
    assert (page.status.text(), page.rule_label.text(), page.period_combo.currentText()) == german
    titles = [page.section_list.item(i).text() for i in range(page.section_list.count())]
    assert "Ratsuchende (beraten) nach Herkunftsregion" in titles
    assert page.payload_model.row(0)[0] == "Ratsuchende (beraten)"


# ----- item 4: data protection tab ---------------------------------------------------------

def test_data_protection_tab_reasons_and_consents_follow_the_language(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    client_id = create_client(conn, Client(name="Amina Beispiel"))
    consents.add_consent(conn, consents.Consent(client_id, "weitergabe_stelle",
                                                given_on="2026-01-10",
                                                recipient_text="Jobcenter Mainz"))
    tab = DataProtectionTab(unlocked_ctx, client_id)
    qtbot.addWidget(tab)
    german_reasons = [tab.reason.itemText(i) for i in range(tab.reason.count())]
    assert german_reasons == [render(m, "de") for m in dsr.RESTRICTION_REASONS.values()]
    assert german_reasons[0] == "Klient*in bestreitet, dass die Angaben stimmen"
    german_consent = tab.consents.item(0).text()
    assert german_consent == "Weitergabe an eine benannte Stelle an Jobcenter Mainz"

    switch_language(unlocked_ctx, qtbot, "en")
    assert ([tab.reason.itemText(i) for i in range(tab.reason.count())]
            == [render(m, "en") for m in dsr.RESTRICTION_REASONS.values()])
    assert tab.reason.itemText(0) == "Client disputes that the details are correct"
    assert tab.consents.item(0).text() == "Passing data to a named office to Jobcenter Mainz"
    assert tab.reason.itemData(0) == next(iter(dsr.RESTRICTION_REASONS))  # keys unchanged

    switch_language(unlocked_ctx, qtbot, "de")
    assert [tab.reason.itemText(i) for i in range(tab.reason.count())] == german_reasons
    assert tab.consents.item(0).text() == german_consent


# ----- item 5: audit check -----------------------------------------------------------------

def test_audit_check_findings_in_english_and_reworded_in_german(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    _fill_audit(conn)
    _drop_triggers(conn)  # what someone with a SQL tool and the key could do
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    switch_language(unlocked_ctx, qtbot, "en")
    dialog = AuditLogDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=10_000)
    assert dialog.result.text() == ("The log has been changed: Entries 2 to 2 are missing. "
                                    "Entry 3: does not match the previous entry.")

    switch_language(unlocked_ctx, qtbot, "de")
    assert dialog.result.text().startswith("Das Protokoll wurde verändert: Einträge 2 bis 2 "
                                           "fehlen. Eintrag 3:")


# ----- item 6: sync tab --------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_sync_tab_run_and_refusal_messages_follow_the_language(unlocked_ctx, qtbot):
    vault = unlocked_ctx.vault
    unlocked_ctx.settings.set("stats_site_id", "awo-koblenz")
    state.save_enrolment(vault.conn, f"http://127.0.0.1:{_free_port()}", "device-1",
                         "awo-koblenz", "token-in-the-vault")
    refused = release_stats(vault, "awo-koblenz", period="2025-Q1")
    refusal = Msg("sync.refused_status", period="2025-Q1", revision=1, status=422)
    refusal_de, refusal_en = render(refusal, "de"), render(refusal, "en")
    release_mod.mark_failed(vault.conn, refused.id, messages.stored(refusal), True)
    release_stats(vault, "awo-koblenz", period="2025-Q2")  # pending: the run tries to send it
    set_service(unlocked_ctx, make_service(vault))

    switch_language(unlocked_ctx, qtbot, "en")
    section = SyncSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.status is not None, timeout=10_000)
    assert section.problem_value.text() == f"Refused by the server: {refusal_en}"
    section.sync_now()
    offline_de, offline_en = render(Msg("sync.unreachable"), "de"), render(Msg("sync.unreachable"), "en")
    qtbot.waitUntil(lambda: section.sync_message.text() == offline_en, timeout=20_000)
    qtbot.waitUntil(lambda: offline_en in section.problem_value.text(), timeout=10_000)
    problems = section.problem_value.text().splitlines()
    assert problems[0].startswith("Last attempt on ") and problems[0].endswith(offline_en)
    assert problems[1] == f"Refused by the server: {refusal_en}"
    assert "Der" not in section.problem_value.text()

    switch_language(unlocked_ctx, qtbot, "de")
    assert section.sync_message.text() == offline_de
    problems = section.problem_value.text().splitlines()
    assert problems[0].endswith(offline_de) and refusal_de in problems[1]


# ----- item 7: unlock screen, the deferred page check -------------------------------------

def test_damage_found_after_unlock_is_reported_in_english(ctx, qtbot, make_vault, data_paths):
    vault, _ = make_vault()
    _fill_settings(vault)
    vault.lock()
    _damage_middle_page(data_paths.vault)
    switch_language(ctx, qtbot, "en")
    window = _window(ctx, qtbot)
    _unlock(window, qtbot)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "", timeout=15_000)
    assert window.unlock_screen.error.text() == connection.DAMAGED_MESSAGE.render("en")
    assert window.unlock_screen.error.text().startswith("The vault is damaged")
    assert not ctx.is_unlocked


# ----- item 8: date fields -----------------------------------------------------------------

def test_date_field_placeholder_follows_the_language(ctx, qtbot):
    field = DateLine()
    qtbot.addWidget(field)
    assert field.placeholderText() == "TT.MM.JJJJ"
    switch_language(ctx, qtbot, "en")
    assert field.placeholderText() == "DD.MM.YYYY"
    assert DateLine().placeholderText() == "DD.MM.YYYY"  # made in the English app
    switch_language(ctx, qtbot, "de")
    assert field.placeholderText() == "TT.MM.JJJJ"
