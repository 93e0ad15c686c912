"""English titles and labels of checklists come from the stored snapshot; German fallback.

Real vault: the snapshot (`checklists.template_json`) is the only place the English texts
live, so these tests also show that a template changed later does not change them.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import open_documents
from mfd_desktop.checklists import templates as template_service
from mfd_desktop.checklists.template_schema import Template, TemplateItem, Text
from mfd_desktop.checklists.translations import HANDOUT_LANGUAGES, language_name
from mfd_desktop.domain import today as today_service
from mfd_desktop.messages import render
from tests.checklists.conftest import make_template


def _half_english() -> Template:
    """One item with an English label and a condition, one without any English."""
    return Template(
        key="halb", version=1, title=Text("Halb-Antrag"), office=Text("Jobcenter"),
        items=(TemplateItem("pass", Text("Pass", "Passport"),
                            condition=Text("falls vorhanden", "if available")),
               TemplateItem("foto", Text("Foto"), condition=Text("falls verlangt"))),
    )


def test_checklist_labels_and_title_in_english_from_the_snapshot(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template())
    # The template file changes later: the stored snapshot keeps its own English.
    make_template(2, [("pass", "Reisepass")])
    checklist = cc.get(vault.conn, checklist_id)
    assert [render(i.label(), "en") for i in checklist.items] == ["Pass (en)", "Foto (en)",
                                                        "Mietvertrag (en)"]
    assert [render(i.label(), "de") for i in checklist.items] == ["Pass", "Foto", "Mietvertrag"]
    assert render(checklist.title(), "en") == "Test application"
    assert render(checklist.title(), "de") == "Probe-Antrag"
    summary = cc.list_for_client(vault.conn, client_id)[0]
    assert (render(summary.title(), "en"), render(summary.title(), "de")) == ("Test application", "Probe-Antrag")


def test_without_english_the_german_text_shows(vault, client_id):
    checklist = cc.get(vault.conn, cc.assign(vault.conn, client_id, _half_english()))
    passport, photo = checklist.items
    assert (render(passport.label(), "en"), render(passport.condition(), "en")) == ("Passport", "if available")
    assert (render(photo.label(), "en"), render(photo.condition(), "en")) == ("Foto", "falls verlangt")
    assert render(passport.condition(), "de") == "falls vorhanden"
    assert render(checklist.title(), "en") == "Halb-Antrag"
    assert render(cc.list_for_client(vault.conn, client_id)[0].title(), "en") == "Halb-Antrag"


def test_retired_item_falls_back_to_german(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template())
    mietvertrag = cc.get(vault.conn, checklist_id).items[2]
    cc.set_note(vault.conn, mietvertrag.id, "kommt per Post")
    cc.apply_update(vault.conn, checklist_id, make_template(2, [("pass", "Pass"),
                                                                ("foto", "Foto")]))
    retired = [i for i in cc.get(vault.conn, checklist_id).items if i.retired]
    # The new snapshot no longer knows the item: its German copy is all there is.
    assert [(render(i.label(), "en"), render(i.label(), "de")) for i in retired] == [("Mietvertrag",
                                                                  "Mietvertrag")]


def test_open_documents_and_heute_in_english(vault, client_id):
    checklist = cc.get(vault.conn, cc.assign(vault.conn, client_id, make_template()))
    other = cc.get(vault.conn, cc.assign(vault.conn, client_id, _half_english()))
    cc.set_due_date(vault.conn, checklist.items[0].id, "2026-03-01")
    cc.set_due_date(vault.conn, other.items[1].id, "2026-03-02")
    cc.set_state(vault.conn, other.items[1].id, "angefordert")
    rows = open_documents.list_open(vault.conn)
    assert [(render(r.label(), "en"), render(r.title(), "en")) for r in rows[:2]] == [
        ("Pass (en)", "Test application"), ("Foto", "Halb-Antrag")]
    assert [(render(r.label(), "de"), render(r.title(), "de")) for r in rows[:2]] == [
        ("Pass", "Probe-Antrag"), ("Foto", "Halb-Antrag")]
    assert render(rows[1].state_label, "en") == "requested"
    assert render(rows[1].state_label, "de") == str(rows[1].state_label) == "angefordert"

    items = today_service.load_today(vault.conn, dt.date(2026, 3, 1)).items("checklists")
    # Heute shows the document's name as the row's text; the whole line (state and
    # checklist) is its full text (tool tip, detail line), the state also as a key
    assert [render(i.text, "en") for i in items] == ["Pass (en)", "Foto"]
    assert [i.state for i in items] == ["fehlt", "angefordert"]
    assert [render(i.full_text, "en") for i in items] == [
        "Pass (en) – missing (Test application)",
        "Foto – requested (Halb-Antrag)",
    ]


def test_heute_stays_german_by_default(vault, client_id):
    checklist = cc.get(vault.conn, cc.assign(vault.conn, client_id, make_template()))
    cc.set_due_date(vault.conn, checklist.items[0].id, "2026-03-01")
    items = today_service.load_today(vault.conn, dt.date(2026, 3, 1)).items("checklists")
    assert [str(i.text) for i in items] == ["Pass"]
    assert [str(i.full_text) for i in items] == ["Pass – fehlt (Probe-Antrag)"]


def test_shipped_templates_sort_by_title_in_the_language():
    shipped = template_service.load_all()
    german = [t.template.title.de for t in shipped.sorted()]
    english = [t.template.title.en or t.template.title.de for t in shipped.sorted("en")]
    assert len(english) == len(german) == len(shipped.templates)
    assert german == sorted(german, key=str.casefold)
    assert english == sorted(english, key=str.casefold)
    assert english != [t.template.title.en for t in shipped.sorted()]  # order differs


def test_handout_language_names():
    assert [render(language_name(c), "en") for c in HANDOUT_LANGUAGES] == [
        "English", "Arabic", "Farsi/Persian", "Ukrainian", "Russian", "Turkish"]
    assert [render(language_name(c)) for c in HANDOUT_LANGUAGES] == [
        "Englisch", "Arabisch", "Farsi/Persisch", "Ukrainisch", "Russisch", "Türkisch"]
