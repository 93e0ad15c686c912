"""Case work with real widgets on a real vault: new client → consultation → referral →
search finds it → lock/unlock keeps a half-typed note; filters and the CSV import dialog
(the list model: test_client_list_model.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.gui.clients.clients_page import ClientsPage
from mfd_desktop.gui.clients.import_dialog import CsvImportDialog
from tests.gui.typing_helper import type_text


@pytest.fixture
def page(unlocked_ctx, qtbot):
    widget = ClientsPage(unlocked_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    # Under Xvfb without a window manager, shortcuts fire only in the active window.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
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
    page._open_index(page.results_model.index(0, 0))
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
    monkeypatch.setattr("mfd_desktop.gui.case.client_form.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    page.new_client()
    form = page.case_view.form
    form.name.setText("Test Person")
    form.birth_year.setText("18")
    assert form.save() is None
    assert shown and "Geburtsjahr" in shown[0]
    assert form.name.text() == "Test Person"


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
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(b"Name;Farbe\nA;rot\n", "farbe.csv")
    assert "Farbe" in dialog.problems_label.text() and not dialog.import_button.isEnabled()
    bad = "Name;Geburtsjahr\r\nGut;1990\r\nSchlecht;achtzehn\r\n".encode("cp1252")
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(bad, "liste.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.count() == 1 and "Zeile 3" in dialog.problems.item(0).text()
    good = "Fallnummer;Name;Herkunftsland\r\nX-1;Gül Öztürk;Türkei\r\nX-2;Ali;SY\r\n".encode("cp1252")
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(good, "liste.csv")
    assert dialog.import_button.isEnabled() and dialog.model.rowCount() == 2
    assert "Windows-1252" in dialog.info.text()
    with qtbot.waitSignal(unlocked_ctx.tasks.busy_changed, timeout=10_000,
                          check_params_cb=lambda busy: busy is False):
        dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.created == 2
    assert clients.count_clients(unlocked_ctx.vault.conn) == 2
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_bytes(good, "liste.csv")
    assert not dialog.import_button.isEnabled()  # nothing new


def test_every_input_has_an_accessible_name(page):
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableView,
        QWidget,
    )

    page.new_client()
    others = [tab for tab in page.case_view.extra_tabs]  # other areas test their own tabs
    missing = []
    for widget in page.findChildren(QWidget):
        if any(tab is widget or tab.isAncestorOf(widget) for tab in others):
            continue
        if not isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox |
                          QCheckBox | QListWidget | QTableView):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                        QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert not missing, missing


def test_referral_warning_shows_when_the_case_opens(page, unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Warnfall"))
    referrals.add_referral(conn, referrals.Referral(cid, target_key="bamf", passes_data=True))
    page.open_case(cid)
    assert not page.case_view.referrals.warning.isHidden()
    assert "BAMF" in page.case_view.referrals.warning.text()
    # visible on every tab, not only on the referrals tab: the consent bar above the tabs
    assert page.case_view.consent_bar.isVisibleTo(page)
    assert "Einwilligung" in page.case_view.consent_bar_text.text()
    assert "BAMF" in page.case_view.consent_bar_text.text()


def test_print_case_summary_off_the_ui_thread(page, unlocked_ctx, qtbot, tmp_path):
    """Ctrl+P: the PDF is made in a worker, in memory, and opens in the print preview;
    printing it (here to a PDF-mode QPrinter in the test's tmp dir) gives its pages."""
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from mfd_desktop.gui.printing import paint_pdf

    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Druck Probe", case_number="P-1"))
    consultations.add_consultation(conn, consultations.Consultation(cid, note="Notiz zum Drucken"))
    page.open_case(cid)
    qtbot.keyClick(page.case_view.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.case_view.print_button.isEnabled()
                    and page.case_view.print_preview is not None, timeout=20_000)
    preview = page.case_view.print_preview  # a child of the case view, deleted on close
    assert preview.pdf_bytes.startswith(b"%PDF")
    assert "P-1" in preview.windowTitle() and "P-1" in preview.suggested_name
    assert preview.isVisible() and preview.saved_path is None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(target))
    assert paint_pdf(printer, pdf := preview.pdf_bytes) >= 1
    assert target.read_bytes().startswith(b"%PDF")
    preview.close()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf,
                              capture_output=True).stdout.decode()
        assert "Fallübersicht: P-1" in text and "Notiz zum Drucken" in text


from PySide6.QtCore import Signal  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402


class PerClientTab(QWidget):
    """A CASE_TABS extension built for each case (like the data-protection tab)."""

    case_deleted = Signal(int)
    changed = Signal(int)

    def __init__(self, ctx, client_id: int, parent=None):
        super().__init__(parent)
        self.client_id = client_id
        self.setWindowTitle("Probe")


class BrokenTab(QWidget):
    def __init__(self, ctx, parent=None):
        raise RuntimeError("bug in another area")


def test_case_tabs_extension_point(unlocked_ctx, qtbot, monkeypatch):
    from mfd_desktop.gui.case import case_view

    monkeypatch.setattr(case_view, "CASE_TABS", ["tests.gui.clients.test_cases_flow:PerClientTab",
                                                 "tests.gui.clients.test_cases_flow:BrokenTab",
                                                 "mfd_desktop.gui.gibt_es_nicht:Tab"])
    page = ClientsPage(unlocked_ctx)
    qtbot.addWidget(page)
    conn = unlocked_ctx.vault.conn
    a = clients.create_client(conn, clients.Client(name="A"))
    b = clients.create_client(conn, clients.Client(name="B"))
    view = page.case_view
    assert view.tabs.count() == 6  # the broken and the missing tab are left out
    page.open_case(a)
    assert view.extra_tabs[0].client_id == a and view.tabs.tabText(5) == "Probe"
    page.open_case(b)
    assert view.extra_tabs[0].client_id == b and view.tabs.count() == 6
    view.extra_tabs[0].case_deleted.emit(b)
    assert page.stack.currentIndex() == page.LIST


def test_switching_the_language_relabels_everything(page, unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, clients.Client(name="Sprache", gender="weiblich"))
    consultations.add_consultation(conn, consultations.Consultation(cid, channel="telefonisch"))
    page.open_case(cid)
    form = page.case_view.form
    assert form.labels["gender"].text() == "Ges&chlecht"
    assert form.gender.currentText() == "weiblich"
    unlocked_ctx.translations.apply("en")
    qtbot.wait(20)
    assert form.labels["gender"].text() == "&Gender"
    assert form.gender.currentText() == "Female" and form.gender.key() == "weiblich"
    assert page.case_view.tabs.tabText(1) == "Consultations"
    tab = page.case_view.consultations
    assert tab.model.data(tab.model.index(0, 2)) == "Phone"
    unlocked_ctx.translations.apply("de")
    qtbot.wait(20)
    assert form.gender.currentText() == "weiblich"


def test_fuzzed_search_box_never_raises(page, unlocked_ctx):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    clients.create_client(unlocked_ctx.vault.conn, clients.Client(name="Jürgen Müller"))

    @settings(max_examples=80, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=120))
    def typed(text):
        page.search_box.setText(text)
        page.run_search()
        if page.results_model.rowCount() == 0 and text.strip():
            assert page.hint_label.text()

    typed()


def test_site_code_settings_section(unlocked_ctx, qtbot):
    import datetime as dt

    from mfd_desktop.gui import page_registry
    from mfd_desktop.gui.settings.case_numbers_section import CaseSettingsSection

    assert "mfd_desktop.gui.settings.case_numbers_section:CaseSettingsSection" in \
        page_registry.SETTINGS_SECTIONS
    section = CaseSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    assert section.code.text() == "MFD" and section.code.accessibleName()
    section.code.setText("wo")
    assert "WO-2026-0042" in section.example.text()
    section.apply()
    cid = clients.create_client(unlocked_ctx.vault.conn, clients.Client(name="Neu"))
    year = dt.date.today().year
    assert clients.get_client(unlocked_ctx.vault.conn, cid).case_number == f"WO-{year}-0001"
    section.code.setText("Mainz Innenstadt")
    with pytest.raises(Exception, match="Kürzel"):
        section.apply()


def test_page_form_texts_names_and_tab_order(page, unlocked_ctx, qtbot):
    from tests.gui.conftest import switch_language
    from tests.gui.test_forms import _tab_order

    assert page.new_button.text() == "&Neue Klient*in (Strg+N)"
    assert page.import_button.text() == "Liste &importieren…"
    assert page.search_box.placeholderText() == "Namen, Fallnummern und Notizen durchsuchen (Strg+F)"
    assert page.search_box.isClearButtonEnabled() and page.search_box.maxLength() == 500
    assert page.table.accessibleName() and page.results.accessibleName()
    assert page.results.isHidden() and page.hint_label.isHidden()
    names = ["searchBox", "statusFilter", "serviceFilter", "tagFilter", "importButton",
             "newButton", "clientTable"]
    assert _tab_order(page.search_box, names) == names
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    switch_language(unlocked_ctx, qtbot, "en")
    assert page.new_button.text() == "&New client (Ctrl+N)"
    assert page.import_button.text() == "&Import list…"
    assert page.search_box.accessibleName() == "Search"
    assert page.table.accessibleName() == "Client list"
    assert page.status_filter.itemText(0) == "All statuses"
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Last consultation"
    switch_language(unlocked_ctx, qtbot, "de")
    assert page.new_button.text() == "&Neue Klient*in (Strg+N)"


def test_import_dialog_form(unlocked_ctx, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = CsvImportDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Liste der Klient*innen importieren"
    assert (dialog.width(), dialog.height()) == (900, 600)
    assert dialog.preview.model() is dialog.model and dialog.preview.accessibleName()
    assert dialog.problems.accessibleName() == "Probleme in der Datei"
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Schließen"
    assert dialog.buttons.buttonRole(dialog.import_button) == QDialogButtonBox.ButtonRole.AcceptRole
    assert not dialog.import_button.isEnabled() and dialog.other_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected, timeout=3000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
