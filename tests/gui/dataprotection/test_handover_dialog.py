"""The colleague's key in „Fall übergeben“, as the counsellor sees it: a real dialog on
screen (Xvfb/offscreen), the key pasted with Ctrl+V. Once the key reads correctly the
long `mfdpk2:…` text gives way to its fingerprint; „Anderen Schlüssel einfügen…“ brings
back an empty field with the cursor in it; text that is no key stays in the field with a
German message under it and the handover cannot be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.dataprotection.handover_dialog import KEY, HandoverDialog
from mfd_desktop.paths import DataPaths


@pytest.fixture
def colleague_key(make_vault, tmp_path) -> tuple[str, str]:
    """A real handover key (and its fingerprint) from a colleague's own vault."""
    vault, _ = make_vault(paths=DataPaths(tmp_path / "kollegin", tmp_path / "kollegin" / "logs"))
    return case_transfer.my_public_key(vault.conn)


@pytest.fixture
def dialog(ctx, qtbot):
    shown = HandoverDialog()
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.activateWindow()
    assert QTest.qWaitForWindowActive(shown, 5000)
    _click_radio(qtbot, shown.key_radio)
    yield shown
    shown.close()


def _paste(dialog: HandoverDialog, qtbot, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _click_radio(qtbot, radio) -> None:
    """On the round indicator: a radio button spans the dialog's width, its middle
    is empty space that does not react to the mouse."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _ok(dialog: HandoverDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _visible_texts(dialog: HandoverDialog) -> list[str]:
    texts = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


def test_a_pasted_key_gives_way_to_its_fingerprint(dialog, qtbot, colleague_key):
    key, fingerprint = colleague_key
    assert dialog.key_edit.isVisible() and not dialog.shown_panel.isVisible()
    assert not _ok(dialog).isEnabled()  # nothing pasted yet
    _paste(dialog, qtbot, key[:30] + "\n  " + key[30:] + "\n")  # wrapped in an e-mail

    assert not dialog.key_edit.isVisible()
    assert not any("mfdpk" in text for text in _visible_texts(dialog))
    assert dialog.fingerprint.isVisible() and dialog.fingerprint.text() == fingerprint
    assert len(fingerprint.split()) == 4
    assert dialog.key_title.text() == ("Der Übergabe-Schlüssel Ihrer Kollegin / Ihres "
                                       "Kollegen ist vollständig eingefügt.")
    assert "Telefon" in dialog.ui.compareHint.text()
    assert dialog.change_button.isVisible()
    assert dialog.change_button.text() == "Anderen Schlüssel &einfügen…"
    assert not dialog.key_error.isVisible()
    # the flow goes on as before: compare by phone, tick, save
    assert dialog.confirm.isEnabled() and _ok(dialog).isEnabled()
    assert dialog.focusWidget() is dialog.confirm
    assert dialog.recipient_key == key and dialog.recipient_fingerprint == fingerprint
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == HandoverDialog.DialogCode.Accepted and dialog.mode == KEY


def test_paste_a_different_key_brings_back_an_empty_field(dialog, qtbot, colleague_key):
    key, _fingerprint = colleague_key
    _paste(dialog, qtbot, key)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)

    assert dialog.key_edit.isVisible() and dialog.key_edit.toPlainText() == ""
    assert dialog.focusWidget() is dialog.key_edit
    assert not dialog.shown_panel.isVisible() and not dialog.key_error.isVisible()
    assert not dialog.confirm.isChecked()  # the comparison belonged to the old key
    assert not dialog.confirm.isEnabled() and not _ok(dialog).isEnabled()
    # by keyboard: after pasting, the cursor is on the tick box; Shift+Tab, Space
    _paste(dialog, qtbot, key)
    assert dialog.focusWidget() is dialog.confirm
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.change_button
    qtbot.keyClick(dialog.change_button, Qt.Key.Key_Space)
    assert dialog.key_edit.isVisible() and dialog.key_edit.toPlainText() == ""
    assert dialog.focusWidget() is dialog.key_edit


@pytest.mark.parametrize(("pasted", "expected"), [
    ("Hallo Anna, hier ist mein Schlüssel",
     "Das ist kein Übergabe-Schlüssel von MFD Desktop (er beginnt mit mfdpk)."),
    ("mfdpk2:q2Vx0b8KSYt", "Der Übergabe-Schlüssel ist unvollständig oder falsch abgeschrieben."),
])
def test_text_that_is_no_key_gets_a_german_message_and_stays(dialog, qtbot, pasted, expected):
    _paste(dialog, qtbot, pasted)
    assert dialog.key_error.isVisible() and dialog.key_error.text() == expected
    assert "Traceback" not in dialog.key_error.text()
    assert dialog.key_edit.isVisible() and dialog.key_edit.toPlainText() == pasted  # not lost
    assert not dialog.shown_panel.isVisible()
    assert not _ok(dialog).isEnabled() and not dialog.confirm.isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    # emptied: the message goes with the text
    dialog.key_edit.clear()
    assert not dialog.key_error.isVisible() and not _ok(dialog).isEnabled()


def test_one_time_password_needs_no_key(dialog, qtbot):
    _paste(dialog, qtbot, "kein Schlüssel")
    assert not _ok(dialog).isEnabled()
    _click_radio(qtbot, dialog.passphrase_radio)
    assert _ok(dialog).isEnabled() and not dialog.key_edit.isEnabled()


def test_a_colleague_known_from_an_earlier_handover_is_named(ctx, qtbot, colleague_key):
    key, fingerprint = colleague_key
    dialog = HandoverDialog(known_colleagues={fingerprint: "Anna <b>Koblenz</b>"})
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.key_radio.setChecked(True)
    _paste(dialog, qtbot, key)
    assert dialog.key_title.text() == (
        "Übergabe-Schlüssel von Anna <b>Koblenz</b> (von dort haben Sie schon einmal einen "
        "Fall übernommen).")
    assert dialog.key_title.textFormat() == Qt.TextFormat.PlainText  # the name is not markup
    assert dialog.fingerprint.text() == fingerprint
    dialog.close()


def test_ones_own_key_is_said_under_the_field(ctx, qtbot, colleague_key):
    key, fingerprint = colleague_key
    dialog = HandoverDialog(own_fingerprint=fingerprint)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.key_radio.setChecked(True)
    _paste(dialog, qtbot, key)
    assert "Ihr eigener Übergabe-Schlüssel" in dialog.key_error.text()
    assert dialog.key_edit.isVisible() and not _ok(dialog).isEnabled()
    dialog.close()


def test_the_case_tab_names_a_colleague_it_took_a_case_over_from(unlocked_ctx, qtbot,
                                                                 colleague_key):
    from mfd_desktop.domain.casework import clients
    from mfd_desktop.domain.casework.clients import Client
    from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab

    key, fingerprint = colleague_key
    conn = unlocked_ctx.vault.conn
    conn.execute("INSERT INTO known_senders(fingerprint, public_key, profile_name, confirmed_at, "
                 "last_import_at) VALUES (?, ?, 'Anna', '2026-10-01T09:00:00Z', "
                 "'2026-10-01T09:00:00Z')", (fingerprint, key[len("mfdpk2:"):]))
    cid = clients.create_client(conn, Client(case_number="KO-2026-0008", name="Jonas Rückgabe"))
    tab = DataProtectionTab(unlocked_ctx, cid, choose_file=lambda: "")
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    dialog.key_radio.setChecked(True)
    dialog.key_edit.setPlainText(key)
    assert dialog.key_title.text().startswith("Übergabe-Schlüssel von Anna (")
    dialog.reject()
