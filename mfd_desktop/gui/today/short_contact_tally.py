"""Kurzkontakte on Heute: pick channel and topic, click "+1"; the last clicks of this
session can be undone. Nothing about the person is stored: only date, channel, topic.

Layout and fixed texts: the form ui/short_contact_tally.ui (placed by ui/today_page.ui).
The page calls `bind()` once and `retranslate()` on a language change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import short_contacts
from mfd_desktop.errors import UserError
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_short_contact_tally import Ui_ShortContactTally
from mfd_desktop.gui.i18n import gui_text


class ShortContactTally(QGroupBox):
    """Kurzkontakte: channel + topic, "+1", undo. Stores only date, channel and topic."""

    counted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ShortContactTally()
        self.ui.setupUi(self)
        ui = self.ui
        self.channel_combo, self.topic_combo = ui.tallyChannel, ui.tallyTopic
        self.plus_button, self.undo_button = ui.tallyPlus, ui.tallyUndo
        self.count_label, self.feedback, self.hint = ui.tallyCount, ui.tallyFeedback, ui.tallyHint
        self.channel_label, self.topic_label = ui.channelLabel, ui.topicLabel
        font = self.plus_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.plus_button.setFont(font)
        self.ctx = None
        self._conn: Callable[[], object] = lambda: None
        self._undo: list[int] = []
        self._today_count = 0
        self.plus_button.clicked.connect(self.count_one)
        self.undo_button.clicked.connect(self.undo_last)

    def bind(self, ctx, conn: Callable[[], object]) -> None:
        """The app context (for the UI language) and where the open vault's connection
        comes from (None while locked)."""
        self.ctx, self._conn = ctx, conn
        self._fill_combos()
        for combo in (self.channel_combo, self.topic_combo):
            # The page's form measured the combos while still empty (QScrollArea.setWidget
            # asks for size hints) and QComboBox caches that minimum width; let it measure
            # the filled lists once, so the column is as wide as before the form.
            QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
            combo.updateGeometry()
        self.updateGeometry()

    def _fill_combos(self) -> None:
        if self.ctx is None:
            return
        lang = ui_language(self.ctx)  # the language the UI shows, as everywhere
        for combo, name in ((self.channel_combo, "channel"), (self.topic_combo, "topics")):
            current = combo.currentData()
            combo.clear()
            for value in reference.get(name).active():
                combo.addItem(value.label(lang), value.key)
            if current:
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_combos()
        self._show_count()

    def set_today_count(self, count: int) -> None:
        self._today_count = count
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Counted today: %1").replace("%1",
                                                                     str(self._today_count)))

    def count_one(self) -> None:
        conn = self._conn()
        if conn is None:
            return
        channel, topic = self.channel_combo.currentData(), self.topic_combo.currentData()
        try:
            contact_id = short_contacts.add(conn, channel, topic)
        except UserError as exc:
            self.feedback.setText(gui_text(exc))
            return
        self._undo.append(contact_id)
        self.undo_button.setEnabled(True)
        self.set_today_count(self._today_count + 1)
        self.feedback.setText(self.tr("Counted: %1 · %2")
                              .replace("%1", self.channel_combo.currentText())
                              .replace("%2", self.topic_combo.currentText()))
        self.counted.emit()

    def undo_last(self) -> None:
        conn = self._conn()
        if conn is None or not self._undo:
            return
        contact_id = self._undo.pop()
        if short_contacts.remove(conn, contact_id):
            self.set_today_count(max(0, self._today_count - 1))
            self.feedback.setText(self.tr("The last short contact was removed."))
        self.undo_button.setEnabled(bool(self._undo))

    def forget(self) -> None:
        """At lock: the undo list refers to this session only."""
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self.feedback.clear()
