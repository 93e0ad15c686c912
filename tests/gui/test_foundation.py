"""AppContext signals, TaskRunner, page registry and DraftKeeper on a real vault."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.page_base import Page
from mfd_desktop.storage import drafts


def test_lock_emits_locking_before_vault_closes(unlocked_ctx):
    seen = []
    unlocked_ctx.locking.connect(lambda: seen.append(("locking", unlocked_ctx.vault.is_locked)))
    unlocked_ctx.locked.connect(lambda: seen.append(("locked", unlocked_ctx.vault)))
    vault = unlocked_ctx.vault
    unlocked_ctx.lock()
    assert seen == [("locking", False), ("locked", None)]
    assert vault.is_locked
    unlocked_ctx.lock()  # idempotent
    assert len(seen) == 2


def test_task_runs_off_ui_thread_and_reports_back(ctx, qtbot):
    ui_thread = threading.get_ident()
    results, steps = [], []

    def work(x, progress):
        progress(1, 2)
        return (x * 2, threading.get_ident())

    ctx.tasks.run(work, 21, on_done=results.append, progress=lambda d, t: steps.append((d, t)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    value, worker_thread = results[0]
    assert value == 42 and worker_thread != ui_thread
    assert steps == [(1, 2)]
    assert not ctx.tasks.is_busy


def test_user_error_keeps_message_bug_gets_generic_text(ctx, qtbot, caplog):
    failures = []

    def expected():
        raise UserError("Das ging nicht.")

    def bug():
        raise RuntimeError("Frau Musterfrau secret detail")

    ctx.tasks.run(expected, on_error=failures.append)
    ctx.tasks.run(bug, on_error=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    by_expected = {f.expected: f for f in failures}
    assert by_expected[True].message == "Das ging nicht."
    assert "Musterfrau" not in by_expected[False].message
    assert by_expected[False].message
    assert "Musterfrau" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_run_with_connection_uses_own_connection(unlocked_ctx, qtbot):
    got = []

    def count(conn):
        assert conn is not unlocked_ctx.vault.conn
        return conn.execute("SELECT count(*) FROM drafts").fetchone()[0]

    unlocked_ctx.tasks.run_with_connection(count, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [0]
    assert unlocked_ctx.vault._extra == []


def test_missing_area_gets_placeholder(unlocked_ctx, qtbot):
    entry = page_registry.NavEntry("x", "mfd_desktop.gui.nowhere.page:Nope", "Today")
    page = page_registry.create_page(entry, unlocked_ctx)
    qtbot.addWidget(page)
    assert isinstance(page, page_registry.PlaceholderPage)
    assert page.title() == "Today" or page.title()


def test_broken_area_is_not_hidden():
    with pytest.raises(ModuleNotFoundError):
        page_registry.resolve("tests.gui.broken_area_module:Cls")


def test_page_base_defaults(unlocked_ctx, qtbot):
    class P(Page):
        nav_key = "deadlines"

    page = P(unlocked_ctx)
    qtbot.addWidget(page)
    assert page.title() == page_registry.nav_title("deadlines")


def _form(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    line, note = QLineEdit(host), QPlainTextEdit(host)
    return host, line, note


def test_half_typed_draft_survives_lock_and_unlock(unlocked_ctx, qtbot, unlock):
    host, line, note = _form(qtbot)
    keeper = DraftKeeper(unlocked_ctx, "note:new:7", "note", {"topic": line, "note": note},
                         record_id=7, parent=host)
    qtbot.keyClicks(line, "Aufenthalt")
    qtbot.keyClicks(note, "Termin am Dienstag")
    note.insertPlainText(" bei der Ausländerbehörde")  # QTest cannot type umlauts
    unlocked_ctx.lock()
    assert line.text() == "" and note.toPlainText() == ""  # nothing left on screen
    unlocked_ctx.set_unlocked(unlock())
    assert line.text() == "Aufenthalt"
    assert note.toPlainText() == "Termin am Dienstag bei der Ausländerbehörde"
    keeper.finish()
    assert drafts.load_draft(unlocked_ctx.vault.conn, "note:new:7") is None


def test_autosave_timer_writes_draft(unlocked_ctx, qtbot):
    host, line, note = _form(qtbot)
    DraftKeeper(unlocked_ctx, "k", "f", {"topic": line}, interval_ms=20, parent=host)
    qtbot.keyClicks(line, "tippt")
    qtbot.waitUntil(lambda: drafts.load_draft(unlocked_ctx.vault.conn, "k") is not None,
                    timeout=5000)
    assert drafts.load_draft(unlocked_ctx.vault.conn, "k").content == {"topic": "tippt"}


def test_restore_when_form_reopens(unlocked_ctx, qtbot):
    drafts.save_draft(unlocked_ctx.vault.conn, "k", "f", {"topic": "alt"})
    host, line, _note = _form(qtbot)
    keeper = DraftKeeper(unlocked_ctx, "k", "f", {"topic": line}, parent=host)
    assert keeper.restore() is True
    assert line.text() == "alt" and not keeper.is_dirty


def test_lock_interrupts_running_database_work(unlocked_ctx, qtbot):
    started = threading.Event()
    called = []

    def endless(conn):
        started.set()
        return conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT count(*) FROM n").fetchone()

    unlocked_ctx.tasks.run_with_connection(endless, on_done=called.append,
                                           on_error=called.append)
    queued = unlocked_ctx.tasks.run_with_connection(lambda conn: 1, on_done=called.append,
                                                    on_error=called.append)
    assert queued
    assert started.wait(5)
    unlocked_ctx.lock()  # returns although the query would never end
    assert unlocked_ctx.tasks.wait_for_all(5000)
    qtbot.wait(50)
    assert called == []  # stopped work reports nothing after the lock
    assert not unlocked_ctx.tasks.is_busy


def test_callback_of_a_closed_widget_is_skipped(ctx, qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    ctx.tasks.run(lambda: gate.wait(5) and "fertig", on_done=label.setText)
    label.deleteLater()
    qtbot.wait(20)
    gate.set()
    assert ctx.tasks.wait_for_all(5000)
    qtbot.waitUntil(lambda: not ctx.tasks.is_busy, timeout=5000)
