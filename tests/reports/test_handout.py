"""Client handout PDFs: every language renders, pdftotext finds the expected words.

Arabic and Persian: the handout draws shaped glyphs (Unicode presentation forms from
arabic-reshaper) in visual order. pdftotext maps each glyph back to the code point we
drew and re-orders right-to-left runs into logical order, wrapping them in bidi
embedding marks. The robust check is therefore:
1. the raw extraction contains presentation-form code points (U+FB50–U+FDFF,
   U+FE70–U+FEFF): the letters were drawn joined, not as isolated base letters;
2. after NFKC (presentation forms → base letters) and removing bidi marks, each
   expected pure-Arabic-script phrase appears in logical order – so the words were
   neither reversed nor scrambled. Phrases mixing Latin words are not compared,
   because poppler orders mixed runs by its own heuristics.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest

from mfd_desktop.checklists import templates
from mfd_desktop.checklists.translations import load_translation
from mfd_desktop.reports import handout
from mfd_desktop.site import SiteContact

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

_MARKS = re.compile("[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "h.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _norm(text: str) -> str:
    return " ".join(_MARKS.sub("", unicodedata.normalize("NFKC", text)).split())


def _contains(text: str, phrase: str) -> bool:
    """`phrase` in `text`, or its words in the same order (a wrapped line in one column
    interleaves with the other column in pdftotext's layout output)."""
    if phrase in text:
        return True
    words, position = text.split(), 0
    for word in phrase.split():
        try:
            position = words.index(word, position) + 1
        except ValueError:
            return False
    return True


def _template(key="kindergeld"):
    return templates.load_all().get(key)


@pytest.mark.parametrize("lang", ["de", "en", "uk", "ru", "tr"])
def test_ltr_languages_contain_both_texts(lang, tmp_path):
    data = handout.render_template_handout(_template(), lang, appointment=dt.date(2026, 3, 12))
    assert data.startswith(b"%PDF")
    text = _norm(_pdftotext(data, tmp_path))
    for word in ("Kindergeld", "Geburtsurkunde", "Familienkasse der Bundesagentur",
                 "Termin: 12.03.2026", "Bitte bringen Sie diese Unterlagen mit"):
        assert _contains(text, word), word
    if lang == "de":
        assert "Übersetzung nicht geprüft" not in text
        return
    tr = load_translation(lang)
    for section, key in (("items", "geburtsurkunde"), ("phrases", "heading"),
                         ("items", "meldebescheinigung")):
        assert _contains(text, _norm(tr.get(section, key).text)), (section, key)
    assert "Übersetzung nicht geprüft" in text
    assert _contains(text, _norm(tr.get("phrases", "unreviewed").text))


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_rtl_languages_are_shaped_and_in_logical_order(lang, tmp_path):
    data = handout.render_template_handout(_template(), lang, appointment=dt.date(2026, 3, 12))
    raw = _pdftotext(data, tmp_path)
    assert any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in raw)
    text = _norm(raw)
    tr = load_translation(lang)
    for section, key in (("items", "geburtsurkunde"), ("phrases", "heading"),
                         ("phrases", "unreviewed"), ("items", "antragsformular")):
        expected = _norm(tr.get(section, key).text)
        assert expected in text, (section, key, expected)
    assert "12.03.2026" in text and "Geburtsurkunde" in text


def test_visual_line_reorders_mixed_text():
    # Logical: Arabic, then "(IBAN)", then the number 12. Visual order (left to right)
    # puts the number first, keeps "IBAN" readable and mirrors the brackets.
    visual = handout.visual_line("الحساب (IBAN) 12")
    assert visual.startswith("12 (IBAN) ")
    assert "NABI" not in visual
    shaped = [c for c in visual if 0xFE70 <= ord(c) <= 0xFEFF]
    assert len(shaped) == len("الحساب")  # every letter took its joined form
    # Quotes and nested brackets in right-to-left text are mirrored too.
    assert handout.visual_line("«نص»").startswith("«") and handout.visual_line("«نص»").endswith("»")
    assert handout.mirror_brackets(")b )a( c(") == "(b (a) c)"
    assert handout.mirror_brackets("x (LTR) y") == "x (LTR) y"


def test_all_templates_render_in_all_languages():
    for loaded in templates.load_all().templates.values():
        for lang in ("ar", "fa", "uk"):
            assert handout.render_template_handout(loaded.template, lang).startswith(b"%PDF")


def test_client_name_only_when_given(tmp_path, vault):
    from mfd_desktop.checklists import case_checklists as cc
    from mfd_desktop.domain.casework.clients import Client, create_client

    client_id = create_client(vault.conn, Client(case_number="MZ-1", name="Zeynep Canary"))
    checklist_id = cc.assign(vault.conn, client_id, _template(), "2026-03-12")
    checklist = cc.get(vault.conn, checklist_id)
    cc.set_state(vault.conn, checklist.items[0].id, "liegt_vor_original")
    checklist = cc.get(vault.conn, checklist_id)
    without = _norm(_pdftotext(handout.render_checklist_handout(checklist, "tr"), tmp_path))
    assert "Canary" not in without
    assert checklist.items[0].label_de not in without  # already there: not listed
    assert "Termin: 12.03.2026" in without
    name = cc.client_display_name(vault.conn, client_id)
    named = _norm(_pdftotext(handout.render_checklist_handout(checklist, "tr", client_name=name),
                             tmp_path))
    assert "Für: Zeynep Canary" in named


def test_unknown_language_refused():
    with pytest.raises(handout.UserError, match="keine Übersetzung"):
        handout.render_template_handout(_template(), "xx")


def test_bundled_fonts_cover_every_character_of_templates_and_translations():
    """A missing glyph prints as a blank on paper; every character (also the shaped
    Arabic forms) must be in Noto Sans or Noto Sans Arabic from resources/fonts."""
    import arabic_reshaper
    from reportlab.pdfbase.ttfonts import TTFont

    from mfd_desktop.paths import resources_dir

    fonts = resources_dir() / "fonts"
    covered = set()
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"):
        covered |= set(TTFont(name, str(fonts / f"{name}.ttf")).face.charToGlyph)
    missing = set()
    for path in (resources_dir() / "checklists").rglob("*.toml"):
        text = path.read_text("utf-8")
        for ch in set(text) | set(arabic_reshaper.reshape(text)):
            if ch not in "\n\t\u200c\u200d" and ord(ch) not in covered:
                missing.add((path.name, ch))
    assert not missing
    assert (fonts / "OFL.txt").exists()


def test_note_disappears_once_every_used_string_is_reviewed(tmp_path, monkeypatch):
    from mfd_desktop.checklists import translations

    source = translations.translations_dir() / "tr.toml"
    reviewed_dir = tmp_path / "translations"
    reviewed_dir.mkdir()
    (reviewed_dir / "tr.toml").write_text(
        source.read_text("utf-8").replace("reviewed = false", "reviewed = true"), "utf-8")
    monkeypatch.setattr(translations, "translations_dir", lambda: reviewed_dir)
    content = handout.build_content(_template(), "tr")
    assert not content.unreviewed
    text = _norm(_pdftotext(handout.render(content), tmp_path))
    assert "Übersetzung nicht geprüft" not in text
    assert "kontrol edilmedi" not in text and "Doğum belgesi" in text


def test_checklist_handout_shows_due_dates_and_refuses_when_nothing_is_open(tmp_path, vault):
    from mfd_desktop.checklists import case_checklists as cc
    from mfd_desktop.domain.casework.clients import Client, create_client

    client_id = create_client(vault.conn, Client(case_number="MZ-2", pseudonym="Stern"))
    checklist_id = cc.assign(vault.conn, client_id, _template())
    checklist = cc.get(vault.conn, checklist_id)
    cc.set_due_date(vault.conn, checklist.items[1].id, "2026-04-30")
    text = _norm(_pdftotext(handout.render_checklist_handout(cc.get(vault.conn, checklist_id),
                                                             "ru"), tmp_path))
    assert _contains(text, f"{checklist.items[1].label_de} – 30.04.2026")
    assert "Termin:" not in text  # no appointment set
    for item in checklist.items:
        cc.set_state(vault.conn, item.id, "eingereicht")
    with pytest.raises(handout.UserError, match="nichts mitzubringen"):
        handout.render_checklist_handout(cc.get(vault.conn, checklist_id), "ru")


# ----- contact block, tick boxes on both sides, no near-empty last page ------------------

CONTACT = SiteContact("Migrationsfachdienst Beispielstadt", "Beispiel e. V.",
                      "Bahnstraße 32\n55128 Mainz", "06131 123456", "Mo–Do 9–12 Uhr")


def _pages(data: bytes, tmp_path) -> list[str]:
    return _pdftotext(data, tmp_path).split("\f")


@pytest.mark.parametrize("lang", ["de", "uk", "ar"])
def test_contact_block_names_the_counselling_service(lang, tmp_path):
    data = handout.render_template_handout(_template(), lang, contact=CONTACT,
                                           today=dt.date(2026, 3, 2))
    text = _norm(_pdftotext(data, tmp_path))
    for expected in ("Ihre Beratungsstelle", "Migrationsfachdienst Beispielstadt",
                     "55128 Mainz", "Telefon: 06131 123456", "Öffnungszeiten: Mo–Do 9–12 Uhr"):
        assert _contains(text, expected), expected
    if lang != "de":
        translated = load_translation(lang).get("phrases", "contact").text
        assert _contains(text, _norm(translated)), translated


def test_without_contact_there_is_no_block(tmp_path):
    data = handout.render_template_handout(_template(), "de", contact=SiteContact())
    text = _norm(_pdftotext(data, tmp_path))
    assert "Telefon:" not in text and "Öffnungszeiten:" not in text
    assert "Ihre Beratungsstelle\n" not in _pdftotext(data, tmp_path)


def _tick_columns(content: handout.HandoutContent) -> list[int]:
    story = handout.build_story(content)
    table = next(f for f in story if isinstance(f, handout.Table) and len(f._cellvalues) > 3)
    row = table._cellvalues[1]
    return [i for i, cell in enumerate(row) if isinstance(cell, handout._TickBox)]


def test_tick_boxes_on_both_language_sides():
    template = _template()
    assert _tick_columns(handout.build_content(template, "de")) == [0]
    assert _tick_columns(handout.build_content(template, "uk")) == [0, 2]
    # Right to left: the translated box sits at the right edge, where the eye starts.
    assert _tick_columns(handout.build_content(template, "ar")) == [0, 3]


@pytest.mark.parametrize("lang", ["de", "ar", "fa", "uk", "ru", "tr", "en"])
def test_no_page_holds_only_the_hints(lang, tmp_path):
    """The longest lists: either one page, or the last page still lists documents."""
    for key in ("einbuergerung", "familiennachzug"):
        template = _template(key)
        data = handout.render_template_handout(template, lang, contact=CONTACT,
                                               appointment=dt.date(2026, 3, 9))
        pages = [p for p in _pages(data, tmp_path) if p.strip()]
        assert len(pages) == handout.page_count(data)
        if len(pages) > 1:
            assert _contains(_norm(pages[-1]), template.items[-1].label.de), (key, lang)
    # Einbürgerung (18 documents) fits one page with the contact block in every language.
    one = handout.render_template_handout(_template("einbuergerung"), lang, contact=CONTACT)
    assert handout.page_count(one) == 1
