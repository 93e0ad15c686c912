"""Printing renders our PDF in memory onto a QPrinter; "Als PDF speichern" warns first.

The printer here writes a PDF into the test's tmp dir (test-only output); pdfinfo counts its
pages and the pages are compared, as pictures, with the source PDF rendered by pdfium.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from mfd_desktop.checklists import templates
from mfd_desktop.gui.printing import paint_pdf, print_pdf
from mfd_desktop.gui.printing.pdf_printer import page_count
from mfd_desktop.reports.handout import render_template_handout


@pytest.fixture(scope="module")
def arabic_handout() -> bytes:
    return render_template_handout(templates.load_all().get("kindergeld"), "ar")


def _pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setFullPage(True)
    return printer


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def _grey(pdf: bytes | Path, index: int) -> list[int]:
    """The page as a 40×56 grid of mean grey values (0 = black)."""
    doc = pdfium.PdfDocument(pdf)
    image = doc[index].render(scale=0.5).to_pil().convert("L").resize((40, 56))
    values = list(image.tobytes())
    doc.close()
    return values


def _files_under(*roots: str) -> set[str]:
    found = set()
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            found.update(os.path.join(folder, name) for name in files)
    return found


def test_the_handout_prints_page_by_page_as_the_pdf_looks(qapp, tmp_path, arabic_handout):
    source_text = subprocess.run(["pdftotext", "-", "-"], input=arabic_handout,
                                 capture_output=True, check=True).stdout.decode()
    assert "Kindergeld" in source_text and any("\u0600" <= ch <= "\u06ff" for ch in source_text)
    out = tmp_path / "printed.pdf"
    drawn = paint_pdf(_pdf_printer(out), arabic_handout)
    assert drawn == page_count(arabic_handout) >= 1
    assert _pages(out) == drawn
    for index in range(drawn):
        printed, source = _grey(out, index), _grey(arabic_handout, index)
        assert min(printed) < 220  # text is on the page (averaged over a grid cell)
        mean_diff = sum(abs(a - b) for a, b in zip(printed, source, strict=True)) / len(source)
        assert mean_diff < 8, f"page {index + 1} differs from the PDF"


def _three_pages() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, 4):
        canvas.setFont("Helvetica-Bold", 60 * number)
        canvas.drawString(60, 500, f"{number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_page_range_prints_only_those_pages(qapp, tmp_path):
    pdf = _three_pages()
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, pdf) == 2
    assert _pages(tmp_path / "range.pdf") == 2
    first_printed = _grey(tmp_path / "range.pdf", 0)
    diff = [sum(abs(a - b) for a, b in zip(first_printed, _grey(pdf, i), strict=True))
            for i in range(3)]
    assert diff.index(min(diff)) == 1  # the first printed page is page 2


def test_printing_writes_no_file_elsewhere(qapp, qtbot, tmp_path, data_paths, monkeypatch,
                                           arabic_handout):
    """Only the test printer's own output appears: nothing in the temp dir (a private one,
    as other processes share /tmp) or the data dir."""
    data_paths.root.mkdir(parents=True, exist_ok=True)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # Qt's QDir::tempPath() reads it
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    printer_out = tmp_path / "printer-out"
    printer_out.mkdir()
    watched = (str(private_tmp), str(data_paths.root))
    before = _files_under(*watched)
    dialog = print_pdf(None, arabic_handout, title="Handout", suggested_name="handout.pdf")
    qtbot.waitExposed(dialog)  # closed (and deleted) below
    paint_pdf(_pdf_printer(printer_out / "out.pdf"), arabic_handout)
    QApplication.processEvents()
    dialog.close()
    after = _files_under(*watched)
    new = {p for p in after - before if not p.startswith(str(printer_out))}
    assert new == set()
    assert (printer_out / "out.pdf").exists()


def test_save_as_pdf_warns_that_the_file_is_unencrypted(ctx, qtbot, tmp_path, monkeypatch,
                                                        arabic_handout):
    dialog = print_pdf(None, arabic_handout, title="Fallübersicht",
                       suggested_name="Fallübersicht_MZ-2025-0001.pdf")
    qtbot.addWidget(dialog)
    assert dialog.save_button.isVisible() and dialog.save_button.text() == "Als PDF speichern…"
    target = tmp_path / "gewählt"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "PDF"))
    dialog.save_button.click()
    box = dialog.warning
    assert box is not None and box.isVisible()
    assert "nicht verschlüsselt" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.saved_path is None and not target.with_suffix(".pdf").exists()
    dialog.save_button.click()
    save = next(b for b in dialog.warning.buttons()
                if dialog.warning.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    save.click()
    assert dialog.saved_path == str(target) + ".pdf"
    assert Path(dialog.saved_path).read_bytes() == arabic_handout
