"""Printing our PDFs through the Qt print dialog, rendered in memory (gui/printing/pdf_printer.py)."""

from mfd_desktop.gui.printing.pdf_printer import PdfPrintPreview, paint_pdf, print_pdf

__all__ = ["PdfPrintPreview", "paint_pdf", "print_pdf"]
