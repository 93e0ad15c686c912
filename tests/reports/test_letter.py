"""Letter PDFs: every template in every language renders; pdftotext finds the German and
the translated words; Arabic and Persian are drawn shaped and read back in logical order
(the same check as the handouts, see tests/reports/test_handout.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.letters import fill, templates
from mfd_desktop.domain.letters.schema import substitute
from mfd_desktop.reports.letter import DRAFT_FOOTER, render_letter
from tests.reports.test_handout import _contains, _norm

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SERVICE = fill.Service("MBE Mainz", "Beispielträger e. V.", "Holzhofstraße 8, 55116 Mainz")
ALL = [(t.key, lang) for t in templates.load_all().by_title() for lang in t.languages]


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.fixture
def case(vault):
    return clients.create_client(vault.conn, Client(name="Amina Haddad",
                                                    address="Rheinstraße 4, 55116 Mainz"))


def _first_sentence_words(paragraph: str, values: dict[str, str], count: int = 4) -> str:
    words = substitute(paragraph, values).replace("\n", " ").split()
    return " ".join(w for w in words[:count] if "__" not in w)


@pytest.mark.parametrize(("key", "lang"), ALL)
def test_every_letter_renders_in_every_language(vault, case, key, lang):
    template = templates.load_all().get(key)
    letter = fill.fill(vault.conn, case, template, lang, service=SERVICE,
                       today=dt.date(2026, 12, 5))
    pdf = render_letter(letter)
    assert pdf.startswith(b"%PDF")
    raw = _text(pdf)
    text = _norm(raw)
    assert "Amina Haddad" in text and "05.12.2026" in text
    assert _contains(text, _norm(template.text("de").paragraphs[-1].split("{")[0]) or "MBE")
    values = fill.values(vault.conn, case, service=SERVICE,
                         office=fill.default_office(vault.conn, case, template),
                         today=dt.date(2026, 12, 5))
    german_body = next(p for p in template.text("de").paragraphs if len(p) > 40)
    assert _contains(text, _norm(_first_sentence_words(german_body, values))), german_body
    if lang == "de":
        assert "Übersetzung nicht geprüft" not in text
    else:
        assert "Übersetzung nicht geprüft" in text
        translated = template.text(lang)
        if lang in ("ar", "fa"):
            assert any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in raw)
            # a pure Arabic-script phrase reads back in logical order
            assert _norm(translated.title) in text, translated.title
        else:
            assert _contains(text, _norm(translated.title))
            body = next(p for p in translated.paragraphs if len(p) > 40)
            assert _contains(text, _norm(_first_sentence_words(body, values)))
    if template.draft:
        assert text.count(DRAFT_FOOTER) >= 2  # on top and in the footer


def test_the_arabic_body_is_shaped_and_in_logical_order(vault, case):
    template = templates.load_all().get("terminbestaetigung")
    letter = fill.fill(vault.conn, case, template, "ar", service=SERVICE)
    text = _norm(_text(render_letter(letter)))
    for phrase in ("نؤكد لك موعدك", "الاستشارة مجانية وسرية", "يرجى إحضار جواز سفرك"):
        assert phrase in text, phrase
    persian = fill.fill(vault.conn, case, templates.load_all().get("vollmacht"), "fa",
                        service=SERVICE)
    text = _norm(_text(render_letter(persian)))
    assert "این وکالت تا زمان لغو معتبر است" in text


def test_the_counsellors_edit_is_printed(vault, case):
    letter = fill.fill(vault.conn, case, templates.load_all().get("fristverlaengerung"), "de",
                       service=SERVICE)
    edited = letter.with_texts({"de": letter.sections[0].text.replace(
        "Begründung: ", "Begründung: Die Geburtsurkunde kommt aus Damaskus. ")})
    assert "Geburtsurkunde kommt aus Damaskus" in _norm(_text(render_letter(edited)))
    assert "Geburtsurkunde" not in _norm(_text(render_letter(letter)))


def test_the_fonts_cover_every_character_of_the_templates():
    import arabic_reshaper
    from reportlab.pdfbase.ttfonts import TTFont

    from mfd_desktop.paths import resources_dir

    fonts = resources_dir() / "fonts"
    covered = set()
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"):
        covered |= set(TTFont(name, str(fonts / f"{name}.ttf")).face.charToGlyph)
    missing = set()
    for path in templates.shipped_dir().glob("*.toml"):
        text = path.read_text("utf-8")
        for ch in set(text) | set(arabic_reshaper.reshape(text)):
            if ch not in "\n\t\u200c\u200d" and ord(ch) not in covered:
                missing.add((path.name, ch))
    assert not missing


def test_the_demo_case_has_printed_letters(vault):
    from mfd_desktop.checklists import demo_checklists
    from mfd_desktop.domain.casework import attachments, demo_data
    from mfd_desktop.domain.letters import kept
    from mfd_desktop.reports import demo_attachments, demo_letters

    demo_data.populate(vault.conn)
    demo_checklists.populate(vault.conn)
    demo_attachments.populate_attachments(vault.conn)
    demo_letters.populate_letters(vault.conn, today=dt.date(2026, 12, 5))
    cid = vault.conn.execute("SELECT client_id FROM attachments ORDER BY id LIMIT 1").fetchone()[0]
    letters = kept.list_kept(vault.conn, cid)
    assert [k.template_key for k in letters] == ["terminbestaetigung", "fristverlaengerung",
                                                 "vollmacht"]
    assert [k.printed_on.day for k in letters] == [4, 2, 29]
    assert {k.language for k in letters} - {"de"}  # a letter in the client's language
    text = _text(attachments.read(vault.conn, letters[0].attachment_id))
    assert "Migrationsfachdienst Demo" in text and "12.12.2026" in text


@pytest.fixture(scope="module")
def bare_letter():
    from mfd_desktop.domain.letters.fill import FilledLetter, Section

    return FilledLetter("vollmacht", 1, "Vollmacht", "ar", False,
                        (Section("de", "Vollmacht", "x", True), Section("ar", "توكيل", "x", False)),
                        1, "MFD-1", dt.date(2026, 12, 5))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.text(max_size=400))
def test_any_edited_text_renders_or_is_refused_in_german(bare_letter, german, arabic):
    from mfd_desktop.errors import UserError

    try:
        pdf = render_letter(bare_letter.with_texts({"de": german, "ar": arabic}))
    except UserError as exc:
        assert "zu lang" in str(exc)
    else:
        assert pdf.startswith(b"%PDF")
