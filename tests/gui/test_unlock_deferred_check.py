"""The unlock screen opens the vault without reading every page first; the page check
runs right after on a worker. Damage found then locks the vault, says so in German, and
the next unlock checks first and offers the newest good backup (real vault, real backup,
real widgets)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.storage import backup, connection
from mfd_desktop.storage.transaction import transaction
from tests.conftest import PASSPHRASE
from tests.gui.typing_helper import type_text


def _window(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(window: MainWindow, qtbot) -> None:
    screen = window.unlock_screen
    screen.passphrase.clear()
    type_text(qtbot, screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=15_000)


ROWS = 1500  # the settings rows fill most of the file, so its middle page is one of theirs


def _fill(vault, rows: int = ROWS) -> None:
    with transaction(vault.conn):
        for i in range(rows):
            vault.conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?)",
                               (f"bench-test-{i}", '"' + "x" * 300 + '"'))


def _damage_middle_page(path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))


def test_sound_vault_opens_and_stays_open_after_the_check(ctx, qtbot, make_vault):
    vault, _ = make_vault()
    _fill(vault)
    vault.lock()
    window = _window(ctx, qtbot)
    _unlock(window, qtbot)
    assert ctx.is_unlocked and not window.shows_lock_screen
    ctx.tasks.wait_for_all(10_000)
    qtbot.wait(50)  # the check's result arrives on the UI thread
    assert ctx.is_unlocked and window.unlock_screen.error.text() == ""


def test_damage_found_after_unlock_locks_and_the_backup_is_offered(
        ctx, qtbot, make_vault, data_paths, monkeypatch):
    vault, _ = make_vault()
    _fill(vault)
    backup.run_automatic_backup(vault, today=dt.date(2026, 11, 27))
    vault.lock()
    _damage_middle_page(data_paths.vault)

    damaged_bytes = data_paths.vault.read_bytes()
    opened: list[bool] = []
    ctx.unlocked.connect(lambda: opened.append(True))
    window = _window(ctx, qtbot)
    _unlock(window, qtbot)  # opens: only header, schema and page 1 are read first
    assert opened == [True]
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() == str(connection.DAMAGED_MESSAGE),
                    timeout=15_000)
    assert not ctx.is_unlocked and window.shows_lock_screen

    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    _unlock(window, qtbot)  # checks every page first, fails, offers the backup
    assert len(asked) == 1
    # restored in a worker, then unlocked again with the typed passphrase
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=30_000)
    assert opened == [True, True]  # the damaged vault was not opened a second time
    rows = ctx.vault.conn.execute(
        "SELECT count(*) FROM settings WHERE key LIKE 'bench-test-%'").fetchone()[0]
    assert rows == ROWS
    assert connection.check_integrity(ctx.vault.conn) == []
    kept = [p for p in data_paths.root.glob("ersetzt-*/vault.db")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # moved aside, not deleted
