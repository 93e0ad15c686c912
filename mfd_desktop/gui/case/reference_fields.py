"""Reference-list inputs a Qt Designer form can build (`Cls(parent)`): the form names the
list in the dynamic property `referenceList` (and `allowNone` = false for a combo without
"–"); `form_widgets.refill_reference_widgets(root, lang)` fills them once `setupUi` has
set those properties, and again after a language switch."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.form_widgets import CheckList, KeyCombo


def _list_name(widget: QWidget) -> str:
    return str(widget.property("referenceList") or "")


class ReferenceCombo(KeyCombo):
    """A `KeyCombo` whose reference list the form names."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent=parent)  # filled once the form set its list

    def fill(self, lang: str) -> None:
        if not self.list_name:
            self.list_name = _list_name(self)
            if self.property("allowNone") is not None:
                self.allow_none = bool(self.property("allowNone"))
        if self.list_name:
            super().fill(lang)


class ReferenceList(CheckList):
    """A `CheckList` whose reference list the form names."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent=parent)

    def fill(self, lang: str) -> None:
        if not self.list_name:
            self.list_name = _list_name(self)
        if self.list_name:
            super().fill(lang)
