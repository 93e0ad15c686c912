"""„Drucken…“ on the Förderplan tab: choose the second language and whether the name
and the notes on outcomes are printed (ui/plan_print_dialog.ui), then the PDF is made in
a worker (reports/support_plan.py) and handed to `output_pdf`.

`output_pdf` hands the finished bytes to the print preview (gui/printing): the pages are
rendered in memory, no file is written unless the counsellor chooses "Als PDF speichern…"
there, after the warning that the copy is not encrypted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.checklists.translations import HANDOUT_LANGUAGES, language_name
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_plan_print_dialog import Ui_PlanPrintDialog
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.messages import render


def render_plan(conn, plan_id: int, language: str, with_name: bool, with_notes: bool) -> bytes:
    """Worker: the plan's PDF bytes (kept in memory)."""
    from mfd_desktop.reports.support_plan import render_support_plan

    return render_support_plan(conn, plan_id, language, with_name=with_name,
                               with_notes=with_notes)


class PlanPrintDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanPrintDialog()
        self.ui.setupUi(self)
        combo = self.ui.languageCombo
        combo.addItem(self.tr("German only"), "de")
        for code in HANDOUT_LANGUAGES:
            combo.addItem(f"{render(language_name(code), ui_language(ctx))} ({code})", code)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict:
        return {"language": self.ui.languageCombo.currentData(),
                "with_name": self.ui.withNameCheck.isChecked(),
                "with_notes": self.ui.withNotesCheck.isChecked()}


def print_plan(tab) -> None:
    """From the plan tab: ask, render in a worker, then `output_pdf`."""
    plan = tab.plan()
    if plan is None:
        return
    dialog = PlanPrintDialog(tab.ctx, tab)
    if tab.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return
    v = dialog.values()
    # Translator: start of the suggested PDF file name, no spaces (German: "Förderplan")
    stem = QCoreApplication.translate("PlanTab", "Support_plan", "file name")
    suggested = f"{stem}_{plan.started_on:%Y-%m-%d}_{v['language']}.pdf"
    tab.ui.printPlanButton.setEnabled(False)
    tab.ui.planStatusLabel.setText(QCoreApplication.translate("PlanTab", "Creating the support plan PDF…"))

    def done(data: bytes) -> None:
        tab.ui.printPlanButton.setEnabled(True)
        tab._show_plan()
        output_pdf(tab, data, QCoreApplication.translate("PlanTab", "Support plan"), suggested)

    def failed(failure: TaskFailure) -> None:
        tab.ui.printPlanButton.setEnabled(True)
        tab._show_plan()
        show_failure(failure, tab)

    tab.ctx.tasks.run_with_connection(render_plan, plan.id, v["language"], v["with_name"],
                                      v["with_notes"], read_only=True, on_done=done,
                                      on_error=failed)


def output_pdf(tab, data: bytes, title: str, suggested: str) -> None:
    """The finished PDF goes to the print preview (pages rendered in memory, no file);
    "Als PDF speichern…" there warns that the copy is not encrypted."""
    preview = print_pdf(tab, data, title=title, suggested_name=suggested)
    tab.preview = preview
    tab.ui.planStatusLabel.setText(
        QCoreApplication.translate("PlanTab", "Support plan opened in the print preview."))
    tab.printed.emit(preview)


