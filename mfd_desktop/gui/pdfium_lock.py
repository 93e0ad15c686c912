"""PDFium is not thread-safe: two threads inside it at once corrupt its heap ("double
free", a crash). Thumbnails render in workers while the viewer or the print preview render
on the UI thread, so every use of pypdfium2 in the app holds this one lock, from opening a
document to closing it."""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
