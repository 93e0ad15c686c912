"""The English app shows the services' validation errors in English (real widgets, real
vault): an invalid date in the new-client form, problems of a CSV file in the import
dialog. Switching back to German shows German again."""

from __future__ import annotations

import pytest

from mfd_desktop.domain.casework import clients
from mfd_desktop.gui.clients.clients_page import ClientsPage
from mfd_desktop.gui.clients.import_dialog import CsvImportDialog
from tests.gui.conftest import switch_language


@pytest.fixture
def english_ctx(unlocked_ctx, qtbot):
    switch_language(unlocked_ctx, qtbot, "en")
    yield unlocked_ctx
    unlocked_ctx.translations.apply("de")


@pytest.fixture
def page(english_ctx, qtbot):
    widget = ClientsPage(english_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.on_unlocked()
    return widget


def test_invalid_date_in_the_new_client_form_is_shown_in_english(page, english_ctx, qtbot,
                                                                 monkeypatch):
    shown = []
    monkeypatch.setattr("mfd_desktop.gui.case.client_form.QMessageBox.warning",
                        lambda _parent, title, text: shown.append((title, text)))
    page.new_client()
    form = page.case_view.form
    form.name.setText("Test Person")
    form.first_contact.setText("31.02.2026")
    assert form.save() is None
    assert shown == [("Not saved",
                      "First contact: “31.02.2026” is not a valid date. Please enter the date "
                      "as DD.MM.YYYY (e.g. 03.02.2026) or YYYY-MM-DD.")]
    assert form.name.text() == "Test Person" and form.first_contact.text() == "31.02.2026"
    assert clients.count_clients(english_ctx.vault.conn) == 0

    english_ctx.translations.apply("de")
    qtbot.wait(20)
    shown.clear()
    assert form.save() is None
    assert shown[0][1] == "Erstkontakt: „31.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."


def test_csv_import_dialog_lists_the_problems_in_english(english_ctx, qtbot):
    dialog = CsvImportDialog(english_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(b"Name;Farbe\nA;rot\n", "farbe.csv")
    assert dialog.problems_label.text().startswith("Unknown column “Farbe”.")
    assert not dialog.import_button.isEnabled()
    bad = "Name;Geburtsjahr\r\nGut;1990\r\nSchlecht;achtzehn\r\n".encode("cp1252")
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(bad, "liste.csv")
    assert not dialog.import_button.isEnabled()
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "Row 3: Year of birth: please enter a year (e.g. 1987)."]
    assert clients.count_clients(english_ctx.vault.conn) == 0
