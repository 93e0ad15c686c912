"""Small input widgets for case forms: reference-list combos, checkable lists, date fields.

All of them keep reference *keys* as data and show labels in the UI language; each
gets an accessible name from the label it is placed under (`labelled`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

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
    """Several keys of one reference list, as check boxes (keyboard: arrows + Space).

    Shows `VISIBLE_ROWS` rows (all of a short list) instead of a tiny scroll box; what is
    ticked comes first when the form is filled; `attach_filter(line_edit)` narrows a long
    list while typing (ticked entries always stay in sight)."""

    VISIBLE_ROWS = 8

    def __init__(self, list_name: str, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.list_name = list_name
        self._filter = ""
        self.fill(lang)
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
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(self.count(), self.VISIBLE_ROWS + 2 if self.count() <= self.VISIBLE_ROWS + 2
                   else self.VISIBLE_ROWS)
        row_height = self.sizeHintForRow(0) if self.count() else 18
        height = rows * max(row_height, 16) + 2 * self.frameWidth() + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

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
        # Ticked entries first (in list order), so they show without scrolling.
        for row, item in enumerate([self.item(i) for i in range(self.count())
                                    if self.item(i).checkState() == Qt.CheckState.Checked]):
            current = self.row(item)
            if current != row:
                self.insertItem(row, self.takeItem(current))
        self.apply_filter(self._filter)
        if self.count():
            self.scrollToTop()

    def apply_filter(self, text: str) -> None:
        """Hide entries that do not contain `text` (case and umlauts ignored)."""
        self._filter = text
        needle = _fold(text)
        for i in range(self.count()):
            item = self.item(i)
            item.setHidden(bool(needle) and item.checkState() != Qt.CheckState.Checked
                           and needle not in _fold(item.text()))

    def attach_filter(self, field: QLineEdit) -> None:
        """`field` filters this list while typing; Down moves into the list."""
        field.textChanged.connect(self.apply_filter)
        field.returnPressed.connect(self._focus_first_visible)

    def _focus_first_visible(self) -> None:
        for i in range(self.count()):
            if not self.item(i).isHidden():
                self.setCurrentRow(i)
                self.setFocus()
                return


def _fold(text: str) -> str:
    folded = text.casefold()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss")):
        folded = folded.replace(a, b)
    return folded.strip()


class DateLine(QLineEdit):
    """The one date field of the case forms: typed as TT.MM.JJJJ (or ISO) or picked from a
    calendar (the button at its end, or Alt+Down); may stay empty. The service validates
    what was typed; a picked date is written in the same form."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.calendar: QCalendarWidget | None = None
        from mfd_desktop.gui.icons import icon

        self.pick_action = self.addAction(icon("appointments"),
                                          QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.triggered.connect(self.open_calendar)
        self.retranslate()

    def retranslate(self) -> None:
        # Translator: the date format counsellors type, as in the German forms ("TT.MM.JJJJ")
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.pick_action.setToolTip(self.tr("Pick from the calendar (Alt+Down)"))
        self.pick_action.setText(self.tr("Pick a date"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if (event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """A calendar below the field; a click or Enter writes the date, Esc closes it."""
        if not self.isEnabled() or self.isReadOnly():
            return self.calendar  # type: ignore[return-value]
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setAccessibleName(self.tr("Calendar"))
        shown = QDate.fromString(self.text().strip(), "dd.MM.yyyy")
        if not shown.isValid():
            shown = QDate.fromString(self.text().strip(), "yyyy-MM-dd")
        calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _picked(self, day: QDate) -> None:
        self.setText(day.toString("dd.MM.yyyy"))
        self.editingFinished.emit()
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()

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
