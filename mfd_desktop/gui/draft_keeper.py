"""DraftKeeper: nothing typed into a form is lost, not even at an auto-lock.

Bind a form's input widgets to a draft key:

    keeper = DraftKeeper(ctx, "consultation:new:client:12", "consultation",
                         {"topic": topic_edit, "note": note_edit}, record_id=12, parent=self)
    keeper.restore()        # when the form opens: bring back an earlier draft
    ...
    keeper.finish()         # after a successful save, or when the user discards

While bound, the keeper saves the fields into the vault's encrypted `drafts` table
every few seconds when something changed, and always on `ctx.locking` (before the
vault closes). After saving at lock it empties the fields, so no personal data stays
on screen; on `ctx.unlocked` it puts the text back. If saving fails the fields are
left as they are: text on screen beats text lost.

Supported widgets: QLineEdit, QPlainTextEdit, QTextEdit (plain text), QComboBox
(current index, or text when editable), QCheckBox/QAbstractButton (checked), QSpinBox,
QDateEdit (ISO date).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QDate, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from mfd_desktop.gui.context import AppContext
from mfd_desktop.storage import drafts

log = logging.getLogger("mfd.gui.drafts")

DEFAULT_INTERVAL_MS = 3000


def read_field(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(f"DraftKeeper cannot read a {type(widget).__name__}")


def write_field(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setCurrentText(str(value))
        elif isinstance(value, int) and 0 <= value < widget.count():
            widget.setCurrentIndex(value)
    elif isinstance(widget, QDateEdit):
        date = QDate.fromString(str(value), "yyyy-MM-dd")
        if date.isValid():
            widget.setDate(date)
    elif isinstance(widget, QSpinBox):
        if isinstance(value, int):
            widget.setValue(value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))


def clear_field(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.clear()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setCurrentText("")


def _change_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    raise TypeError(f"DraftKeeper cannot watch a {type(widget).__name__}")


class DraftKeeper(QObject):
    def __init__(self, ctx: AppContext, key: str, form: str, fields: dict[str, QWidget],
                 record_id: int | None = None, interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.form = form
        self.record_id = record_id
        self._fields = dict(fields)
        self._dirty = False
        self._quiet = False  # True while we write fields ourselves
        self._active = True
        self._cleared_at_lock = False
        for widget in self._fields.values():
            _change_signal(widget).connect(self._mark_dirty)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_if_dirty)
        self._timer.start()
        ctx.locking.connect(self._on_locking)
        ctx.unlocked.connect(self._on_unlocked)

    # ----- state --------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict[str, Any]:
        return {name: read_field(w) for name, w in self._fields.items()}

    def _mark_dirty(self, *_args: Any) -> None:
        if not self._quiet and self._active:
            self._dirty = True

    # ----- saving and restoring -----------------------------------------------------------

    def save(self) -> bool:
        """Write the draft now. False (and logged) if the vault is locked or the write failed."""
        if not self._active or not self.ctx.is_unlocked:
            return False
        try:
            drafts.save_draft(self.ctx.vault.conn, self.key, self.form, self.values(),
                              self.record_id)
        except Exception as exc:  # noqa: BLE001 - never lose text because of a failed save
            log.warning("draft of form %s could not be saved: %s", self.form, type(exc).__name__)
            return False
        self._dirty = False
        return True

    def save_if_dirty(self) -> None:
        if self._dirty:
            self.save()

    def restore(self) -> bool:
        """Fill the fields from a stored draft; True if there was one."""
        if not self._active or not self.ctx.is_unlocked:
            return False
        draft = drafts.load_draft(self.ctx.vault.conn, self.key)
        if draft is None:
            return False
        self._quiet = True
        try:
            for name, widget in self._fields.items():
                if name in draft.content:
                    write_field(widget, draft.content[name])
        finally:
            self._quiet = False
        self._dirty = False
        log.info("draft of form %s restored", self.form)
        return True

    def finish(self) -> None:
        """The form was saved or discarded: delete the draft and stop watching."""
        if self.ctx.is_unlocked:
            try:
                drafts.delete_draft(self.ctx.vault.conn, self.key)
            except Exception as exc:  # noqa: BLE001
                log.warning("draft of form %s could not be deleted: %s", self.form,
                            type(exc).__name__)
        self._stop()

    def detach(self) -> None:
        """Stop watching without deleting the draft (e.g. the form widget goes away)."""
        self.save_if_dirty()
        self._stop()

    def _stop(self) -> None:
        was_active, self._active = self._active, False
        self._dirty = False
        self._timer.stop()
        if not was_active:  # stopped before (discard, then the form closes): disconnected
            return
        for signal, slot in ((self.ctx.locking, self._on_locking),
                             (self.ctx.unlocked, self._on_unlocked)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    # ----- vault life cycle ---------------------------------------------------------------

    def _on_locking(self) -> None:
        if not self._active:
            return
        has_text = any(v not in ("", None, False, 0) for v in self.values().values())
        if not (self._dirty or has_text):
            return
        if self.save():
            self._quiet = True
            try:
                for widget in self._fields.values():
                    clear_field(widget)
            finally:
                self._quiet = False
            self._cleared_at_lock = True

    def _on_unlocked(self) -> None:
        if self._active and self._cleared_at_lock:
            self._cleared_at_lock = False
            self.restore()
