"""The Beratungen tab of the case view: consultations of one client, a note kept as an
encrypted draft while it is typed (DraftKeeper, "consultation:new:client:<id>" or
":<consultation id>:" when an existing one is edited) until saved or discarded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import consultations
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, _short, _table, fit_columns
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.form_widgets import CheckList, DateLine, KeyCombo, german_date, labelled


class ConsultationsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.editing_id: int | None = None
        self.keeper: DraftKeeper | None = None
        lang = self.lang()
        self.model = RowsModel(self)
        self.view = _table(self, self.model, "")
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.ids[index.row()]))
        self.date = DateLine(self)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(15)
        self.channel = KeyCombo("channel", lang, allow_none=False, parent=self)
        self.method = KeyCombo("method", lang, allow_none=False, parent=self)
        self.method.set_key("einzelfallberatung")
        self.topics = CheckList("topics", lang, self)
        self.interpreter = QCheckBox(self)
        self.sprachmittlung = KeyCombo("sprachmittlung", lang, parent=self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)
        self.heading = QLabel(self)
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)

        self.labels = {k: QLabel(self) for k in ("date", "duration", "channel", "method", "topics",
                                                 "interpreter", "sprachmittlung", "note")}
        form = QFormLayout()
        for key, widget in (("date", self.date), ("duration", self.duration),
                            ("channel", self.channel), ("method", self.method),
                            ("topics", self.topics), ("interpreter", self.interpreter),
                            ("sprachmittlung", self.sprachmittlung), ("note", self.note)):
            form.addRow(self.labels[key], widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)
        editor_layout.addLayout(buttons)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.date, self.duration)
        for a, b in ((self.duration, self.channel), (self.channel, self.method),
                     (self.method, self.topics), (self.topics, self.interpreter),
                     (self.interpreter, self.sprachmittlung), (self.sprachmittlung, self.note),
                     (self.note, self.save_button), (self.save_button, self.discard_button)):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Date"), self.tr("Method"), self.tr("Channel"),
                              self.tr("Minutes"), self.tr("Topics"), self.tr("Note")]
        names = {"date": self.tr("&Date"), "duration": self.tr("D&uration (minutes)"),
                 "channel": self.tr("&Channel"), "method": self.tr("&Method"),
                 "topics": self.tr("&Topics"), "interpreter": self.tr("Interpreter &used"),
                 "sprachmittlung": self.tr("&Kind of interpreting"), "note": self.tr("&Note")}
        widgets = {"date": self.date, "duration": self.duration, "channel": self.channel,
                   "method": self.method, "topics": self.topics, "interpreter": self.interpreter,
                   "sprachmittlung": self.sprachmittlung, "note": self.note}
        for key, label in self.labels.items():
            labelled(label, widgets[key], names[key])
        self.view.setAccessibleName(self.tr("Consultations of this client"))
        self.new_button.setText(self.tr("&New consultation"))
        self.save_button.setText(self.tr("Save consultation"))
        self.discard_button.setText(self.tr("Discard"))
        self._set_heading()
        self._refresh_if_shown()

    def _set_heading(self) -> None:
        self.heading.setText(self.tr("New consultation") if self.editing_id is None
                             else self.tr("Edit consultation"))

    # ----- data ---------------------------------------------------------------------------

    def load(self, client_id: int) -> None:
        if self.keeper is not None and self.client_id != client_id:
            self.keeper.detach()
            self.keeper = None
        self.client_id = client_id
        self.refresh()
        if self.keeper is None:
            self.new()

    def refresh(self) -> None:
        lang = self.lang()
        items = consultations.list_consultations(self.conn, self.client_id)
        self.model.set_rows(
            [(german_date(k.held_on), reference.label("method", k.method, lang),
              reference.label("channel", k.channel, lang), str(k.duration_minutes or ""),
              ", ".join(reference.label("topics", t, lang) for t in k.topics), _short(k.note))
             for k in items], [k.id for k in items])
        fit_columns(self.view)

    def _draft_key(self) -> str:
        which = "new" if self.editing_id is None else str(self.editing_id)
        return f"consultation:{which}:client:{self.client_id}"

    def _bind(self) -> None:
        if self.keeper is not None:
            self.keeper.detach()
        self.keeper = DraftKeeper(self.ctx, self._draft_key(), "consultation", {
            "date": self.date, "duration": self.duration, "channel": self.channel,
            "method": self.method, "interpreter": self.interpreter,
            "sprachmittlung": self.sprachmittlung, "note": self.note,
        }, record_id=self.editing_id, parent=self)
        if self.keeper.restore():
            self.ctx_message(self.tr("An unsaved note was restored."))

    def ctx_message(self, text: str) -> None:
        self.heading.setText(f"{self.heading.text()} – {text}")

    def _fill(self, k: consultations.Consultation | None) -> None:
        self.date.set_iso(k.held_on if k else dt.date.today().isoformat())
        self.duration.setValue(k.duration_minutes or 0 if k else 0)
        self.channel.set_key(k.channel if k else "persoenlich")
        self.method.set_key(k.method if k else "einzelfallberatung")
        self.topics.set_keys(k.topics if k else [])
        self.interpreter.setChecked(bool(k and k.interpreter_used))
        self.sprachmittlung.set_key(k.sprachmittlung if k else None)
        self.note.setPlainText(k.note if k else "")

    def new(self) -> None:
        if self.keeper is not None and self.keeper.is_dirty:
            self.keeper.save()
        self.editing_id = None
        self._fill(None)
        self._set_heading()
        self._bind()

    def edit(self, consultation_id: int | None) -> None:
        if consultation_id is None:
            return
        if self.keeper is not None:
            self.keeper.detach()
        self.editing_id = consultation_id
        self._fill(consultations.get_consultation(self.conn, consultation_id))
        self._set_heading()
        self._bind()
        self.note.setFocus()

    def save(self) -> bool:
        if self.client_id is None:
            return False
        record = consultations.Consultation(
            client_id=self.client_id, held_on=self.date.iso(),
            duration_minutes=self.duration.value() or None, channel=self.channel.key(),
            method=self.method.key(), topics=self.topics.keys(),
            interpreter_used=self.interpreter.isChecked(), sprachmittlung=self.sprachmittlung.key(),
            note=self.note.toPlainText())
        try:
            if self.editing_id is None:
                consultations.add_consultation(self.conn, record)
            else:
                consultations.update_consultation(self.conn, self.editing_id, record)
        except UserError as exc:
            self.fail(exc)
            return False
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.refresh()
        self.new()
        self.changed.emit()
        return True

    def discard(self) -> None:
        if self.note.toPlainText().strip():
            answer = QMessageBox.question(self, self.tr("Discard"),
                                          self.tr("Discard the text typed in this consultation?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.new()

    def has_unsaved_text(self) -> bool:
        return bool(self.note.toPlainText().strip())
