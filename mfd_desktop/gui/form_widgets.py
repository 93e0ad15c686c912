"""Small input widgets for case forms: reference-list combos, checkable lists, date fields.

All of them keep reference *keys* as data and show labels in the UI language; each
gets an accessible name from the label it is placed under (`labelled`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from mfd_desktop.domain import reference


def ui_language(ctx) -> str:
    return "en" if getattr(ctx.translations, "language", "de") == "en" else "de"


def labelled(label: QLabel, widget: QWidget, name: str) -> QWidget:
    """Connect a label to its input: buddy (Alt+letter), accessible name, tool tip."""
    label.setText(name)
    label.setBuddy(widget)
    widget.setAccessibleName(name.replace("&", ""))
    return widget


class KeyCombo(QComboBox):
    """A combo box over one reference list; `key()` / `set_key()`; first entry "–" = none."""

    def __init__(self, list_name: str, lang: str = "de", *, allow_none: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.list_name = list_name
        self.allow_none = allow_none
        # Long labels must not force the form wider than a laptop screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.fill(lang)

    def fill(self, lang: str) -> None:
        current = self.key() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self.allow_none:
            self.addItem("–", None)
        values = reference.get(self.list_name).active()
        if self.list_name == "country":
            values = sorted(values, key=lambda v: reference.get("country").label(v.key, lang)
                            .replace("Ä", "A").replace("Ö", "O").replace("Ü", "U"))
        for value in values:
            self.addItem(value.label(lang), value.key)
        self.blockSignals(False)
        self.set_key(current)

    def key(self) -> str | None:
        return self.currentData()

    def set_key(self, key: str | None) -> None:
        index = self.findData(key) if key is not None else (0 if self.allow_none else -1)
        if index < 0 and key is not None:  # a retired key still shows as itself
            self.addItem(reference.label(self.list_name, key), key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CheckList(QListWidget):
    """Several keys of one reference list, as check boxes (keyboard: arrows + Space)."""

    def __init__(self, list_name: str, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.list_name = list_name
        self.fill(lang)
        self.setMaximumHeight(130)
        self.setMinimumWidth(160)

    def fill(self, lang: str) -> None:
        checked = self.keys() if self.count() else []
        self.clear()
        for value in reference.get(self.list_name).active():
            item = QListWidgetItem(value.label(lang), self)
            item.setData(Qt.ItemDataRole.UserRole, value.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.set_keys(checked)

    def keys(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_keys(self, keys) -> None:
        wanted = set(keys or ())
        for i in range(self.count()):
            item = self.item(i)
            state = (Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                     else Qt.CheckState.Unchecked)
            item.setCheckState(state)


class DateLine(QLineEdit):
    """A date typed as TT.MM.JJJJ (or ISO); may stay empty. The service validates it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.retranslate()

    def retranslate(self) -> None:
        # Translator: the date format counsellors type, as in the German forms ("TT.MM.JJJJ")
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def iso(self) -> str | None:
        return self.text().strip() or None

    def set_iso(self, value: str | None) -> None:
        self.setText(german_date(value))


def refill_reference_widgets(root: QWidget, lang: str) -> None:
    """Show every reference-list combo box and check list below `root` in `lang`."""
    for widget in root.findChildren(KeyCombo) + root.findChildren(CheckList):
        widget.fill(lang)


class RetranslateOnLanguageChange:
    """Mixin for widgets with a `retranslate()`: Qt sends LanguageChange to every widget
    when the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def german_date(value: str | None) -> str:
    """An ISO date as TT.MM.JJJJ (the form counsellors read, in both languages)."""
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd.MM.yyyy")
