"""The case view's Qt Designer forms (ui/case_view.ui, client_form.ui and one per tab):
every labelled input has its label as buddy and an accessible name in the UI language,
the reference-list inputs the forms name are filled (and follow a language switch), the
tab order is the one the forms declare, and the empty-case-number refusal is shown."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from mfd_desktop.domain.casework import clients
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.case.reference_fields import ReferenceCombo, ReferenceList
from tests.gui.conftest import switch_language

ROOT = Path(__file__).resolve().parents[3]
FORMS = ("client_form", "consultations_tab", "referrals_tab", "consents_tab")


@pytest.fixture
def view(unlocked_ctx, qtbot):
    widget = CaseView(unlocked_ctx)
    qtbot.addWidget(widget)
    cid = clients.create_client(unlocked_ctx.vault.conn, clients.Client(name="Formular"))
    widget.open(cid)
    return widget


def _parts(view):
    return (view.form, view.consultations, view.referrals, view.consents)


def _labelled(part):
    return [(label, label.buddy()) for label in part.findChildren(QLabel) if label.buddy()]


def test_labels_names_reference_inputs_and_tab_order(view, unlocked_ctx, qtbot):
    """One case view for all form checks (each case view costs the test process)."""
    for language in ("de", "en"):
        switch_language(unlocked_ctx, qtbot, language)
        for part in _parts(view):
            pairs = _labelled(part)
            assert len(pairs) >= 6, type(part).__name__
            for _label, field in pairs:
                assert field.accessibleName(), (type(part).__name__, field.objectName())
    form = view.form
    assert form.labels["gender"].buddy() is form.gender
    assert form.gender.accessibleName() == "Gender"
    assert view.consultations.channel.accessibleName() == "Channel"
    switch_language(unlocked_ctx, qtbot, "de")
    assert form.gender.accessibleName() == "Geschlecht"
    assert form.labels["gender"].text() == "Ges&chlecht"
    assert view.consultations.channel.accessibleName() == "Beratungsweg"
    assert view.consultations.method.accessibleName() == "Beratungsform"
    assert view.referrals.accompanied.accessibleName() == "begleitet"
    assert view.referrals.view.accessibleName() == "Weitervermittlungen dieser Klient*in"
    assert view.back_button.accessibleName()
    assert view.tabs.tabText(0) == "Stammdaten"
    _reference_inputs_are_filled_from_the_lists_the_forms_name(view, unlocked_ctx, qtbot)
    for name in FORMS:
        _tab_order_follows_the_form(view, name)


def _reference_inputs_are_filled_from_the_lists_the_forms_name(view, unlocked_ctx, qtbot):
    combos = view.findChildren(ReferenceCombo)
    lists = view.findChildren(ReferenceList)
    assert len(combos) >= 12 and len(lists) >= 3
    for widget in combos + lists:
        assert widget.list_name == widget.property("referenceList"), widget.objectName()
        assert widget.count() > 1, widget.objectName()
    assert view.form.gender.itemText(0) == "–"  # "none" first unless the form says otherwise
    assert view.form.status.findData(None) == -1 and view.form.status.key()
    assert view.consultations.method.key() == "einzelfallberatung"
    assert view.referrals.status.key() == "vereinbart"
    view.form.gender.set_key("weiblich")
    switch_language(unlocked_ctx, qtbot, "en")
    assert view.form.gender.currentText() == "Female"
    switch_language(unlocked_ctx, qtbot, "de")
    assert view.form.gender.currentText() == "weiblich"


def _tab_order_follows_the_form(view, name):
    form = ET.parse(ROOT / "ui" / f"{name}.ui").getroot()
    order = [t.text for t in form.iter("tabstop")]
    part = dict(zip(FORMS, _parts(view), strict=True))[name]
    inputs = {field.objectName() for _label, field in _labelled(part)}
    assert inputs <= set(order), inputs - set(order)
    if hasattr(part, "view"):  # a tab: its list comes first
        assert part.findChild(QWidget, order[0]) is part.view
        order = order[1:]  # walking past a table would leave wrappers of its insides
    assert _tab_order(part.findChild(QWidget, order[0]), order) == order


def _tab_order(start, names: list[str], steps: int = 400) -> list[str]:
    """The object names among `names` in the order Tab visits them from `start`, until all
    are seen (only strings are kept: wrappers of Qt's inner widgets must not outlive the
    test)."""
    seen: list[str] = []
    widget = start
    for _ in range(steps):
        if len(seen) == len(names):
            break
        name = widget.objectName()
        if name in names and name not in seen:
            seen.append(name)
        widget = widget.nextInFocusChain()
    return seen


def test_an_empty_case_number_is_refused_with_the_catalogue_message(view, monkeypatch):
    shown = []
    monkeypatch.setattr("mfd_desktop.gui.case.client_form.QMessageBox.warning",
                        lambda _parent, title, text: shown.append((title, text)))
    view.form.case_number.clear()
    assert view.form.save() is None
    assert shown == [("Nicht gespeichert", "Die Fallnummer darf nicht leer sein.")]
