"""The Wohnort combo box of the Stammdaten form: not known, the Landkreise and kreisfreie
Städte of Rhineland-Palatinate (by name, the Kreisschlüssel as data) and "außerhalb RLP".
The list and the names come from domain/casework/districts.py."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from mfd_desktop.domain.casework import districts
from mfd_desktop.messages import render


class DistrictCombo(QComboBox):
    """`key()` / `set_key()`: a Kreisschlüssel, `districts.OUTSIDE` or None (not known)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.fill("de")

    def fill(self, lang: str) -> None:
        current = self.key() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self.addItem(render(districts.name(None), lang), None)
        named = sorted(((render(districts.name(d.key), lang), d.key)
                        for d in districts.districts()),
                       key=lambda item: item[0].removeprefix("Landkreis ").casefold())
        for text, key in named:
            self.addItem(text, key)
        self.addItem(render(districts.name(districts.OUTSIDE), lang), districts.OUTSIDE)
        self.blockSignals(False)
        self.set_key(current)

    def key(self) -> str | None:
        return self.currentData()

    def set_key(self, key: str | None) -> None:
        self.setCurrentIndex(max(self.findData(key) if key is not None else 0, 0))
