"""The case form's inputs (issue 18): one date field typed or picked, long check lists
searchable with the ticked entries first, a placeholder that is a format, a consultation
that starts at 30 minutes, and one save button in sight (real widgets, a real vault)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.form_widgets import DateLine


def _view(unlocked_ctx, qtbot, **fields):
    conn = unlocked_ctx.vault.conn
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    cid = clients.create_client(conn, clients.Client(name="Form Probe", **fields))
    view.open(cid)
    return view, cid


def test_a_date_is_typed_or_picked_in_the_same_field(unlocked_ctx, qtbot):
    view, cid = _view(unlocked_ctx, qtbot)
    field = view.consultations.ui.dateEdit
    assert isinstance(field, DateLine) and field.placeholderText() == "TT.MM.JJJJ"
    field.setText("03.02.2026")
    calendar = field.open_calendar()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 2, 3)
    with qtbot.waitSignal(field.editingFinished):
        calendar.clicked.emit(QDate(2026, 2, 17))
    assert field.text() == "17.02.2026" and field.calendar is None
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None and field.calendar.isVisible()
    field.calendar.activated.emit(QDate(2026, 2, 18))
    assert field.iso() == "18.02.2026"
    # the picked date is saved like a typed one
    view.consultations.ui.topicsList.set_keys(["wohnen"])
    view.consultations.save()
    (saved,) = consultations.list_consultations(unlocked_ctx.vault.conn, cid)
    assert saved.held_on == "2026-02-18"


def test_long_lists_are_searchable_and_show_the_ticked_entries_first(unlocked_ctx, qtbot):
    view, _cid = _view(unlocked_ctx, qtbot, languages=["uk", "fa"])
    ui = view.form.ui
    languages = ui.languagesList
    first = [languages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    assert sorted(first) == ["fa", "uk"]
    assert languages.height() > 100  # no tiny scroll box
    qtbot.keyClicks(ui.languagesFilter, "arab")
    shown = [languages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(languages.count())
             if not languages.item(i).isHidden()]
    assert "ar" in shown and "uk" in shown and "fa" in shown  # ticked ones stay in sight
    assert "ru" not in shown
    ui.languagesFilter.clear()
    assert not any(languages.item(i).isHidden() for i in range(languages.count()))
    topics = view.consultations.ui.topicsList
    qtbot.keyClicks(view.consultations.ui.topicsFilter, "wohn")
    assert [topics.item(i).text() for i in range(topics.count())
            if not topics.item(i).isHidden()] == ["Wohnen"]


def test_birth_year_placeholder_is_a_format_and_duration_starts_at_30(unlocked_ctx, qtbot):
    view, _cid = _view(unlocked_ctx, qtbot)
    assert view.form.ui.birthYearEdit.placeholderText() == "JJJJ"
    view.consultations.new()
    assert view.consultations.ui.durationSpin.value() == 30


def test_one_save_button_in_sight(unlocked_ctx, qtbot):
    view, _cid = _view(unlocked_ctx, qtbot)
    assert view.save_button.isVisible()  # Stammdaten: the header's button saves them
    view.tabs.setCurrentWidget(view.consultations)
    assert not view.save_button.isVisible()
    assert view.consultations.ui.saveConsultationButton.isVisible()
    view.tabs.setCurrentIndex(0)
    assert view.save_button.isVisible()
