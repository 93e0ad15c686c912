"""Case work with real widgets on a real vault: new client → consultation → referral →
search finds it → lock/unlock keeps a half-typed note; list model and CSV import dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.domain import clients, consultations, referrals
from mfd_desktop.gui.cases.clients_page import ClientsPage, ClientTableModel
from mfd_desktop.gui.cases.import_dialog import CsvImportDialog
from tests.gui.typing_helper import type_text


@pytest.fixture
def page(unlocked_ctx, qtbot):
    widget = ClientsPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.on_unlocked()
    return widget


def test_new_client_consultation_referral_search_and_lock(page, unlocked_ctx, qtbot, make_vault):
    ctx = unlocked_ctx
    conn = ctx.vault.conn
    # Ctrl+N opens an empty case form
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentIndex() == page.CASE
    form = page.case_view.form
    type_text(qtbot, form.name, "Jürgen Müller")
    form.birth_year.setText("1975")
    form.country.set_key("TR")
    form.languages.set_keys(["tr"])
    form.tags.setText("Familie, Dringend")
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    client_id = page.case_view.client_id
    assert client_id is not None
    saved = clients.get_client(conn, client_id)
    assert saved.name == "Jürgen Müller" and saved.country == "TR"
    assert saved.tags == ["Dringend", "Familie"]
    assert "Jürgen Müller" in page.case_view.title.text()

    # a consultation with topics and a note
    view = page.case_view
    view.tabs.setCurrentWidget(view.consultations)
    tab = view.consultations
    tab.channel.set_key("telefonisch")
    tab.topics.set_keys(["wohnen"])
    type_text(qtbot, tab.note, "Wohngeldantrag besprochen, Mietvertrag fehlt.")
    qtbot.keyClick(tab.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = consultations.list_consultations(conn, client_id)
    assert len(stored) == 1 and stored[0].channel == "telefonisch"
    assert stored[0].note == "Wohngeldantrag besprochen, Mietvertrag fehlt."
    assert tab.model.rowCount() == 1 and tab.note.toPlainText() == ""

    # a referral passing data without consent: the warning is visible
    view.tabs.setCurrentWidget(view.referrals)
    ref_tab = view.referrals
    ref_tab.target.set_key("jobcenter")
    ref_tab.passes_data.setChecked(True)
    qtbot.mouseClick(ref_tab.save_button, Qt.MouseButton.LeftButton)
    assert len(referrals.list_referrals(conn, client_id)) == 1
    assert ref_tab.warning.isVisible()
    assert "Einwilligung" in ref_tab.warning.text()
    assert ref_tab.model.alert == {0}

    # timeline shows all of it
    assert view.timeline.model.rowCount() >= 3

    # back to the list; Ctrl+F search finds the client by an umlaut-less spelling
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == page.LIST
    assert page.model.rowCount() == 1
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()
    qtbot.keyClicks(page.search_box, "muller")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.results.isVisible()
    assert [h.client_id for h in page.results_model.hits] == [client_id]
    page.search_box.setText("wohngeld")
    page.run_search()
    assert "<b>Wohngeldantrag</b>" in page.results_model.hits[0].snippet_html()
    page._open_from_results(page.results_model.index(0, 0))
    assert page.stack.currentIndex() == page.CASE

    # a half-typed note survives lock and unlock (encrypted draft), and is not on screen
    view.tabs.setCurrentWidget(view.consultations)
    type_text(qtbot, view.consultations.note, "Halb getippte Notiz über Familiennachzug")
    vault = ctx.vault
    paths = vault.paths
    ctx.lock()
    assert view.consultations.note.toPlainText() == ""
    assert page.model.rowCount() == 0
    from mfd_desktop.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    ctx.set_unlocked(Vault.unlock_with_passphrase(paths, PASSPHRASE, allow_below_floor=True))
    page.on_unlocked()
    assert view.consultations.note.toPlainText() == "Halb getippte Notiz über Familiennachzug"
    assert consultations.list_consultations(ctx.vault.conn, client_id)[0].note.startswith("Wohngeld")


def test_invalid_input_keeps_text_and_shows_german_message(page, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("mfd_desktop.gui.cases.case_view.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    page.new_client()
    form = page.case_view.form
    form.name.setText("Test Person")
    form.birth_year.setText("18")
    assert form.save() is None
    assert shown and "Geburtsjahr" in shown[0]
    assert form.name.text() == "Test Person"


def test_list_model_loads_lazily_and_sorts_in_sql(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    for i in range(450):
        clients.create_client(conn, clients.Client(name=f"Person {i:03d}", case_number=f"T-{i:03d}"))
    model = ClientTableModel(lambda: conn)
    model.reload()
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    assert model.data(model.index(0, 0)) == "T-449"  # over all rows, not only loaded ones
    model.filter = clients.ClientFilter(status="ruhend")
    model.reload()
    assert model.rowCount() == 0


def test_filters_on_the_page(page, unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    clients.create_client(conn, clients.Client(name="A", service="mbe", tags=["Wohnung"]))
    clients.create_client(conn, clients.Client(name="B", service="mfd", status="ruhend"))
    page.on_unlocked()
    assert page.model.rowCount() == 2
    page.service_filter.setCurrentIndex(page.service_filter.findData("mbe"))
    assert page.model.rowCount() == 1
    page.service_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("ruhend"))
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("Wohnung"))
    assert page.model.rowCount() == 1


def test_nasty_search_input_shows_a_hint(page, qtbot):
    for text in ['"AND(', "*", "NEAR/", '"', "x" * 400]:
        page.search_box.setText(text)
        page.run_search()
        assert page.results_model.rowCount() == 0
        assert page.hint_label.isVisibleTo(page) and page.hint_label.text()


def test_csv_import_dialog_preview_problems_and_import(unlocked_ctx, qtbot):
    dialog = CsvImportDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    bad = "Name;Geburtsjahr\r\nGut;1990\r\nSchlecht;achtzehn\r\n".encode("cp1252")
    dialog.load_bytes(bad, "liste.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.count() == 1 and "Zeile 3" in dialog.problems.item(0).text()
    good = "Fallnummer;Name;Herkunftsland\r\nX-1;Gül Öztürk;Türkei\r\nX-2;Ali;SY\r\n".encode("cp1252")
    dialog.load_bytes(good, "liste.csv")
    assert dialog.import_button.isEnabled() and dialog.model.rowCount() == 2
    assert "Windows-1252" in dialog.info.text()
    with qtbot.waitSignal(unlocked_ctx.tasks.busy_changed, timeout=10_000,
                          check_params_cb=lambda busy: busy is False):
        dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.created == 2
    assert clients.count_clients(unlocked_ctx.vault.conn) == 2
    dialog.load_bytes(good, "liste.csv")
    assert not dialog.import_button.isEnabled()  # nothing new
