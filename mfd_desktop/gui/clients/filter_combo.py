"""Filling a filter combo box: "everything" first, then the choices; the current choice
is kept (by its data) and no change signal fires, so refilling never reloads a list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, everything: str, items: Iterable[tuple[str, str]]) -> None:
    """`items` are (text, key) pairs; "everything" has the key None."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, key in items:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
