"""Small status widgets the dialogs share: a thin "working…" bar and a German error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

ERROR_STYLE = "color: #a61b1b; font-weight: 600;"


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate, 6-pixel progress bar, hidden until work runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def error_label(parent: QWidget) -> QLabel:
    """The red, wrapping line where a dialog shows its German error (objectName errorLabel)."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label
