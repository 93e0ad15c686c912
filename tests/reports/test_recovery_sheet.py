"""The Notfallblatt PDF: the key groups are on it (checked with pdftotext), nothing else leaks."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mfd_desktop.reports import pdf_base
from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
from mfd_desktop.security import recovery_key

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_sheet_contains_every_key_group_in_order(tmp_path):
    key = recovery_key.generate()
    text = _text(render_recovery_sheet(key, "a1b2c3d4e5f6"), tmp_path)
    groups = recovery_key.groups(key)
    positions = [text.index(g) for g in groups]
    assert positions == sorted(positions)
    assert "Notfallblatt" in text
    assert "Wiederherstellungsschlüssel" in text
    assert "A1B2C3D4" in text
    assert "Seite 1 von 1" in text


def test_sheet_refuses_a_non_key():
    with pytest.raises(ValueError):
        render_recovery_sheet("not a key", "abc")


def test_write_pdf_is_private(tmp_path):
    target = tmp_path / "out.pdf"
    pdf_base.write_pdf(target, render_recovery_sheet(recovery_key.generate(), "abc"))
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_page_numbers_count_all_pages(tmp_path):
    from reportlab.platypus import PageBreak, Paragraph

    st = pdf_base.styles()
    story = [Paragraph("Eins", st["body"]), PageBreak(), Paragraph("Zwei", st["body"])]
    text = _text(pdf_base.render_pdf(story, pdf_base.PdfMeta(title="t", footer="Fuß")), tmp_path)
    assert "Seite 1 von 2" in text and "Seite 2 von 2" in text and "Fuß" in text
