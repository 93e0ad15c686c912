"""The consultation form's Dienst and Sprachmittlung (db/0013) with real widgets on a real
vault: a new consultation starts with the case's service, another service can be chosen,
the language pair and an interpreter from the address book (a real dialog, filled like a
user would) are saved, and a relative under 18 shows the warning 'never a minor'."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from mfd_desktop.domain.casework import clients, consultations, interpreters
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.case.interpreter_book import InterpreterBookDialog


def test_service_language_pair_interpreter_and_the_minor_warning(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    cid = clients.create_client(conn, clients.Client(name="Dolmetsch Fall", service="mbe"))
    view.open(cid)
    tab = view.consultations
    ui = tab.ui
    assert ui.serviceCombo.key() == "mbe"  # the case's service
    assert not ui.interpretingWarning.isVisibleTo(tab) and not ui.minorCheck.isEnabled()

    # the address book, filled like a user would, then closed
    def use_book(dialog):
        assert isinstance(dialog, InterpreterBookDialog)
        dialog.ui.nameEdit.setText("Frau Sprachmittlerin")
        dialog.ui.languagesList.set_keys(["ar"])
        dialog.ui.contactEdit.setText("0171 999")
        dialog.ui.kindCombo.set_key("professionell")
        dialog.ui.saveButton.click()
        assert "Gespeichert" in dialog.ui.statusLabel.text()
        dialog.ui.nameEdit.setText("frau sprachmittlerin")  # the same name again: refused
        dialog.new()
        dialog.ui.nameEdit.setText("FRAU SPRACHMITTLERIN")
        dialog.ui.saveButton.click()
        assert "schon im Adressbuch" in dialog.ui.statusLabel.text()
        return QDialog.DialogCode.Rejected
    tab.exec_dialog = use_book
    ui.addressBookButton.click()
    (entry,) = interpreters.all_interpreters(conn)
    ui.interpreterCombo.setCurrentIndex(ui.interpreterCombo.findData(entry.id))
    assert ui.interpreterCheck.isChecked()  # choosing an interpreter means one was used
    ui.sprachmittlungCombo.set_key("professionell")
    ui.interpretingLanguageCombo.set_key("ar")
    assert ui.interpretingIntoCombo.key() == "de"
    ui.serviceCombo.set_key("jmd")
    assert tab.save()
    (saved,) = consultations.list_consultations(conn, cid)
    assert (saved.service, saved.sprachmittlung, saved.interpreting_language,
            saved.interpreting_into, saved.interpreter_id, saved.interpreter_minor) == (
        "jmd", "professionell", "ar", "de", entry.id, False)
    assert ui.serviceCombo.key() == "mbe"  # the next new one starts again from the case

    # a child interpreted for the family: recorded, with the warning in the form
    ui.sprachmittlungCombo.set_key("angehoerige")
    assert ui.minorCheck.isEnabled()
    ui.minorCheck.setChecked(True)
    assert ui.interpretingWarning.isVisibleTo(tab)
    assert "nie dolmetschen" in ui.interpretingWarning.text()
    ui.sprachmittlungCombo.set_key("ehrenamtlich")
    assert not ui.interpretingWarning.isVisibleTo(tab) and not ui.minorCheck.isEnabled()
    ui.sprachmittlungCombo.set_key("angehoerige")
    assert tab.save()
    newest = consultations.list_consultations(conn, cid)[0]
    assert newest.sprachmittlung == "angehoerige" and newest.interpreter_minor is True

    # editing shows the stored values again
    tab.edit(saved.id)
    assert (ui.serviceCombo.key(), ui.interpretingLanguageCombo.key(),
            ui.interpreterCombo.currentData()) == ("jmd", "ar", entry.id)
