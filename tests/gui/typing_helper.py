"""QTest cannot type characters outside ASCII (it aborts); insert those instead."""

from __future__ import annotations


def type_text(qtbot, widget, text: str) -> None:
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            widget.insert(ch) if hasattr(widget, "insert") else widget.insertPlainText(ch)
