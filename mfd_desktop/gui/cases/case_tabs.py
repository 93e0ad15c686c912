"""The tabs of the case view besides Stammdaten: Beratungen, Weitervermittlungen,
Einwilligungen, Verlauf. Each is a thin form over one service module.

A consultation note being typed is kept as an encrypted draft (DraftKeeper, every few
seconds and at lock) under "consultation:new:client:<id>" (or ":<consultation id>:"
when an existing one is edited) until it is saved or discarded.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain import consents, consultations, reference, referrals, timeline
from mfd_desktop.errors import UserError
from mfd_desktop.gui.cases.form_widgets import (
    CheckList,
    DateLine,
    KeyCombo,
    RetranslateOnLanguageChange,
    german_date,
    labelled,
    ui_language,
)
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.i18n import gui_text

log = logging.getLogger("mfd.gui.cases.tabs")

WARNING_STYLE = ("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e0a8a3; "
                 "border-radius: 4px; padding: 6px; font-weight: bold; }")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A small read-only table: rows of display texts, an id per row, optional red rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple] = []
        self.ids: list[int | None] = []
        self.alert: set[int] = set()

    def set_rows(self, rows: list[tuple], ids: list[int | None], alert: set[int] | None = None):
        self.beginResetModel()
        self.rows, self.ids, self.alert = rows, ids, set(alert or ())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.alert:
            return QBrush(QColor("#8a1c1c"))
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


def _table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setAccessibleName(name)
    return view


def fit_columns(view: QTableView, cap: int = 420) -> None:
    """Columns as wide as their content, but none so wide that the table scrolls sideways;
    the last column takes the rest (long notes are shortened there, full text as tool tip)."""
    model = view.model()
    for column in range(max(0, model.columnCount() - 1)):
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > cap:
            view.setColumnWidth(column, cap)


def _short(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _CaseTab(RetranslateOnLanguageChange, QWidget):
    """Common parts: the context, the client shown, a message line."""

    changed = Signal()  # something was saved (the case view refreshes the timeline)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None

    @property
    def conn(self):
        return self.ctx.vault.conn

    def lang(self) -> str:
        return ui_language(self.ctx)

    def fail(self, exc: UserError) -> None:
        # Not self.tr(): at run time that would look in the subclass's context.
        QMessageBox.warning(self, QCoreApplication.translate("CaseTab", "Not saved"), gui_text(exc))

    def load(self, client_id: int) -> None:  # pragma: no cover - overridden
        self.client_id = client_id

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def _refresh_if_shown(self) -> None:
        """Lists show reference labels in the UI language: redraw them after a switch."""
        if self.client_id is not None and self.ctx.is_unlocked:
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass

    def on_locking(self) -> None:
        """Drop what is on screen (drafts are saved by their keepers)."""


# ----- Beratungen -----------------------------------------------------------------------

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


# ----- Weitervermittlungen ----------------------------------------------------------------

class ReferralsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.editing_id: int | None = None
        lang = self.lang()
        self.model = RowsModel(self)
        self.view = _table(self, self.model, "")
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.ids[index.row()]))
        self.warning = QLabel(self)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("warning")
        self.warning.hide()
        self.target = KeyCombo("referral_targets", lang, parent=self)
        self.office = KeyComboOffice(self)
        self.add_office_button = QPushButton(self)
        self.add_office_button.clicked.connect(self.add_office)
        self.date = DateLine(self)
        self.accompanied = QCheckBox(self)
        self.passes_data = QCheckBox(self)
        self.status = KeyCombo("referral_status", lang, allow_none=False, parent=self)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(90)
        self.follow_up = DateLine(self)
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.labels = {k: QLabel(self) for k in ("target", "office", "date", "accompanied",
                                                 "passes", "status", "outcome", "follow_up")}
        office_row = QHBoxLayout()
        office_row.addWidget(self.office, 1)
        office_row.addWidget(self.add_office_button)
        form = QFormLayout()
        form.addRow(self.labels["target"], self.target)
        form.addRow(self.labels["office"], office_row)
        for key, widget in (("date", self.date), ("accompanied", self.accompanied),
                            ("passes", self.passes_data), ("status", self.status),
                            ("outcome", self.outcome), ("follow_up", self.follow_up)):
            form.addRow(self.labels[key], widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Date"), self.tr("Referred to"), self.tr("Status"),
                              self.tr("Accompanied"), self.tr("Follow-up"), self.tr("Outcome")]
        names = {"target": self.tr("Kind of &office"), "office": self.tr("Office from the "
                                                                          "address &book"),
                 "date": self.tr("&Date"), "accompanied": self.tr("&Accompanied"),
                 "passes": self.tr("&Passes data on"), "status": self.tr("&Status"),
                 "outcome": self.tr("&Outcome"), "follow_up": self.tr("&Follow-up on")}
        widgets = {"target": self.target, "office": self.office, "date": self.date,
                   "accompanied": self.accompanied, "passes": self.passes_data,
                   "status": self.status, "outcome": self.outcome, "follow_up": self.follow_up}
        for key, label in self.labels.items():
            labelled(label, widgets[key], names[key])
        self.view.setAccessibleName(self.tr("Referrals of this client"))
        self.add_office_button.setText(self.tr("New office…"))
        self.new_button.setText(self.tr("&New referral"))
        self.save_button.setText(self.tr("Save referral"))
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.office.reload(self.conn)
        self.refresh()
        self.new()

    def refresh(self) -> None:
        lang = self.lang()
        names = referrals.office_names(self.conn)
        items = referrals.list_referrals(self.conn, self.client_id)
        rows, alert, warnings = [], set(), []
        no_consent = self.tr("no consent")
        for i, r in enumerate(items):
            warned = referrals.consent_warnings(self.conn, r)
            if warned:
                alert.add(i)
                warnings += [w for w in warned if w not in warnings]
            target = r.target_label(names, lang) + (f"  ⚠ {no_consent}" if warned else "")
            rows.append((german_date(r.referred_on), target,
                         reference.label("referral_status", r.status, lang),
                         self.tr("yes") if r.accompanied else self.tr("no"),
                         german_date(r.follow_up_on), _short(r.outcome_note)))
        self.model.set_rows(rows, [r.id for r in items], alert)
        fit_columns(self.view)
        self.show_warnings(warnings)

    def new(self) -> None:
        self.editing_id = None
        self.target.set_key(None)
        self.office.set_id(None)
        self.date.set_iso(dt.date.today().isoformat())
        self.accompanied.setChecked(False)
        self.passes_data.setChecked(False)
        self.status.set_key("vereinbart")
        self.outcome.clear()
        self.follow_up.clear()

    def edit(self, referral_id: int | None) -> None:
        if referral_id is None:
            return
        r = referrals.get_referral(self.conn, referral_id)
        self.editing_id = referral_id
        self.target.set_key(r.target_key)
        self.office.set_id(r.office_id)
        self.date.set_iso(r.referred_on)
        self.accompanied.setChecked(r.accompanied)
        self.passes_data.setChecked(r.passes_data)
        self.status.set_key(r.status)
        self.outcome.setPlainText(r.outcome_note or "")
        self.follow_up.set_iso(r.follow_up_on)

    def save(self) -> bool:
        record = referrals.Referral(
            client_id=self.client_id, target_key=self.target.key(), office_id=self.office.id(),
            referred_on=self.date.iso(), accompanied=self.accompanied.isChecked(),
            passes_data=self.passes_data.isChecked(), status=self.status.key(),
            outcome_note=self.outcome.toPlainText(), follow_up_on=self.follow_up.iso())
        try:
            if self.editing_id is None:
                saved = referrals.add_referral(self.conn, record)
            else:
                saved = referrals.update_referral(self.conn, self.editing_id, record)
        except UserError as exc:
            self.fail(exc)
            return False
        self.refresh()  # shows every referral still lacking a consent, this one included
        if saved.warnings and not self.warning.isVisible():
            self.show_warnings(saved.warnings)
        self.new()
        self.changed.emit()
        return True

    def show_warnings(self, warnings: list[str]) -> None:
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def add_office(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New office"),
                                        self.tr("Name of the office (e.g. Jobcenter Mainz):"))
        if not ok or not name.strip():
            return
        try:
            office_id = referrals.add_office(self.conn, referrals.Office(
                name=name, target_key=self.target.key()))
        except UserError as exc:
            self.fail(exc)
            return
        self.office.reload(self.conn)
        self.office.set_id(office_id)


class KeyComboOffice(QComboBox):
    """The site's address book of offices as a combo box ("–" = none)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("–", None)

    def reload(self, conn) -> None:
        current = self.currentData()
        self.clear()
        self.addItem("–", None)
        for office in referrals.list_offices(conn):
            self.addItem(office.name, office.id)
        self.set_id(current)

    def id(self) -> int | None:
        return self.currentData()

    def set_id(self, office_id: int | None) -> None:
        index = self.findData(office_id) if office_id is not None else 0
        self.setCurrentIndex(max(index, 0))


# ----- Einwilligungen --------------------------------------------------------------------

class ConsentsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        lang = self.lang()
        self.model = RowsModel(self)
        self.view = _table(self, self.model, "")
        self.purpose = KeyCombo("consent_purpose", lang, allow_none=False, parent=self)
        self.recipient_key = KeyCombo("referral_targets", lang, parent=self)
        self.office = KeyComboOffice(self)
        self.recipient_text = QLineEdit(self)
        self.form_version = QLineEdit(self)
        self.given = DateLine(self)
        self.add_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.labels = {k: QLabel(self) for k in ("purpose", "kind", "office", "text", "form",
                                                 "given")}
        form = QFormLayout()
        for key, widget in (("purpose", self.purpose), ("kind", self.recipient_key),
                            ("office", self.office), ("text", self.recipient_text),
                            ("form", self.form_version), ("given", self.given)):
            form.addRow(self.labels[key], widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Purpose and recipient"), self.tr("Form"),
                              self.tr("Given on"), self.tr("Withdrawn on")]
        names = {"purpose": self.tr("&Purpose"), "kind": self.tr("Kind of &recipient"),
                 "office": self.tr("Office from the address &book"),
                 "text": self.tr("Recipient in &words"), "form": self.tr("&Form version"),
                 "given": self.tr("&Given on")}
        widgets = {"purpose": self.purpose, "kind": self.recipient_key, "office": self.office,
                   "text": self.recipient_text, "form": self.form_version, "given": self.given}
        for key, label in self.labels.items():
            labelled(label, widgets[key], names[key])
        self.view.setAccessibleName(self.tr("Consents of this client"))
        self.add_button.setText(self.tr("&Record consent"))
        self.withdraw_button.setText(self.tr("&Withdraw selected"))
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.office.reload(self.conn)
        self.given.set_iso(dt.date.today().isoformat())
        self.refresh()

    def refresh(self) -> None:
        names = referrals.office_names(self.conn)
        items = consents.list_consents(self.conn, self.client_id)
        lang = self.lang()
        rows = []
        for c in items:
            text = c.describe(names) if lang == "de" else reference.label(
                "consent_purpose", c.purpose, lang)
            rows.append((text, c.form_version or "", german_date(c.given_on),
                         german_date(c.withdrawn_on)))
        self.model.set_rows(rows, [c.id for c in items],
                            {i for i, c in enumerate(items) if c.withdrawn_on})
        fit_columns(self.view)

    def add(self) -> bool:
        record = consents.Consent(
            client_id=self.client_id, purpose=self.purpose.key(),
            recipient_key=self.recipient_key.key(), office_id=self.office.id(),
            recipient_text=self.recipient_text.text(), form_version=self.form_version.text(),
            given_on=self.given.iso())
        try:
            consents.add_consent(self.conn, record)
        except UserError as exc:
            self.fail(exc)
            return False
        self.recipient_text.clear()
        self.refresh()
        self.changed.emit()
        return True

    def withdraw_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            QMessageBox.information(self, self.tr("Withdraw"),
                                    self.tr("Please select a consent in the list first."))
            return
        consent_id = self.model.ids[rows[0].row()]
        try:
            consents.withdraw_consent(self.conn, consent_id)
        except UserError as exc:
            self.fail(exc)
            return
        self.refresh()
        self.changed.emit()


# ----- Verlauf ----------------------------------------------------------------------------

class TimelineTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = RowsModel(self)
        self.view = _table(self, self.model, "")
        self.view.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Date"), self.tr("Event"), self.tr("Details")]
        self.view.setAccessibleName(self.tr("Case history"))
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        events = timeline.events(self.conn, self.client_id)
        self.model.set_rows([(german_date(e.date), e.title, _short(e.detail, 120)) for e in events],
                            [e.record_id for e in events])
        fit_columns(self.view, cap=560)
