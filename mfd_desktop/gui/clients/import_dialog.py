"""Import a client list from Excel (CSV) with a preview: all or nothing.

The dialog reads the file, shows what was detected (encoding, delimiter), a preview of
every row (new / already there) and every problem with its Excel row number. "Import"
is enabled only when there is no problem. Checking and importing run in a worker with
its own connection (5,000 rows take seconds); the import is one transaction
(`domain.csv_import.run`). Layout and fixed texts: the form ui/import_dialog.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import csv_import
from mfd_desktop.gui.case.case_tabs import WARNING_STYLE, fit_columns
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import german_date, ui_language
from mfd_desktop.gui.forms.ui_import_dialog import Ui_CsvImportDialog
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.messages import render

MAX_PREVIEW = 500


class CsvImportDialog(QDialog):
    planned = Signal()  # the file was checked and the preview is shown

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = ""
        self.data: bytes | None = None
        self.plan: csv_import.Plan | None = None
        self.report: csv_import.Report | None = None
        self.ui = ui = Ui_CsvImportDialog()
        ui.setupUi(self)
        self.info, self.preview, self.problems = ui.info, ui.preview, ui.problems
        self.problems_label, self.result_label, self.buttons = (
            ui.problemsLabel, ui.resultLabel, ui.buttons)
        self.problems_label.setStyleSheet(WARNING_STYLE)
        self.model = RowsModel(self)
        self.preview.setModel(self.model)
        # A button box in a form holds only standard buttons: these two are added here.
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.other_button = QPushButton(self.tr("Choose &another file…"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.import_button.clicked.connect(self.start_import)
        self.other_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self.model.headers = [self.tr("Row"), self.tr("Case number"), self.tr("Name"),
                              self.tr("Country"), self.tr("First contact"), self.tr("Note"),
                              self.tr("What happens")]
        self.import_button.setEnabled(False)

    def choose_file(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return False
        return self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            data = csv_import.read_file(path)  # bounded; FIFOs and devices refused
        except csv_import.CsvImportError as exc:
            self._show_problems(gui_text(exc), [])
            return True
        self.load_bytes(data, path.name)
        return True

    def load_bytes(self, data: bytes, name: str = "") -> None:
        """Check the file in a worker (a long list takes seconds); `planned` fires after."""
        self.data = data
        self.name = name
        self.report = None
        self.plan = None
        self.result_label.clear()
        self.model.set_rows([], [])
        self.problems_label.hide()
        self.problems.hide()
        self.import_button.setEnabled(False)
        self.info.setText(self.tr("Checking %1…").replace("%1", name))
        self.ctx.tasks.run_with_connection(csv_import.plan, data, read_only=True,
                                           on_done=self._planned, on_error=self._plan_failed)

    def _plan_failed(self, failure: TaskFailure) -> None:
        self.info.setText(self.name)
        self._show_problems(failure.message, [])
        self.planned.emit()

    def _planned(self, plan: csv_import.Plan) -> None:
        self.plan = plan
        name = self.name
        delimiter = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}.get(
            plan.delimiter, plan.delimiter)
        self.info.setText(self.tr("%1: %2 rows, encoding %3, separated by %4. %5 new, %6 already "
                                  "in the vault (will be skipped).")
                          .replace("%1", name)
                          .replace("%2", str(len(plan.rows) + len({p.line for p in plan.problems
                                                                    if p.line})))
                          .replace("%3", plan.encoding).replace("%4", delimiter)
                          .replace("%5", str(len(plan.new_rows)))
                          .replace("%6", str(len(plan.existing_rows))))
        lang = ui_language(self.ctx)
        rows = []
        for row in plan.rows[:MAX_PREVIEW]:
            c = row.client
            rows.append((str(row.line), c.case_number or self.tr("(new number)"), c.name or "",
                         reference.label("country", c.country, lang), german_date(c.first_contact),
                         (row.note or "")[:60], self.tr("new") if row.is_new
                         else self.tr("already there – skipped")))
        self.model.set_rows(rows, [None] * len(rows),
                            {i for i, r in enumerate(plan.rows[:MAX_PREVIEW]) if not r.is_new})
        fit_columns(self.preview, cap=260)
        if plan.problems:
            self._show_problems(self.tr("Nothing can be imported until every problem is fixed in "
                                        "the file (%1 problems):").replace(
                                            "%1", str(len(plan.problems))),
                                [render(p.text(), ui_language(self.ctx)) for p in plan.problems])
        else:
            self.problems_label.hide()
            self.problems.hide()
            self.import_button.setEnabled(bool(plan.new_rows))
        self.planned.emit()

    def _show_problems(self, heading: str, lines: list[str]) -> None:
        self.problems_label.setText(heading)
        self.problems_label.show()
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
        self.import_button.setEnabled(False)

    def start_import(self) -> None:
        if self.data is None or self.plan is None or self.plan.problems:
            return
        self.import_button.setEnabled(False)
        self.other_button.setEnabled(False)
        self.result_label.setText(self.tr("Importing…"))
        self.ctx.tasks.run_with_connection(csv_import.run, self.data, on_done=self._done,
                                           on_error=self._failed)

    def _done(self, report: csv_import.Report) -> None:
        self.report = report
        self.other_button.setEnabled(True)
        self.result_label.setText(render(report.summary(), ui_language(self.ctx)))
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _failed(self, failure: TaskFailure) -> None:
        self.other_button.setEnabled(True)
        self.result_label.clear()
        self._show_problems(failure.message, [])
