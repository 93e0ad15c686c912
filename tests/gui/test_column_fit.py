"""gui/column_fit.py: what a fit measures and when (issue 21: the client list's click cost
2 s at 20,000 clients because every fit asked the model for every role of every cell, on
every resize, also while the list was hidden behind an open case)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget

from mfd_desktop.gui import column_fit


class CountingModel(QAbstractTableModel):
    """Two columns of text; counts the data() calls and the roles asked."""

    def __init__(self, rows: list[tuple[str, str]]):
        super().__init__()
        self.rows = rows
        self.calls = 0
        self.roles: set[int] = set()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls += 1
        self.roles.add(int(role))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def set_text(self, row: int, column: int, text: str) -> None:
        values = list(self.rows[row])
        values[column] = text
        self.rows[row] = tuple(values)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))


def _view(qtbot, model: CountingModel) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_fit_asks_only_for_text_font_and_icon(qtbot):
    model = CountingModel([(f"AB-{i}", "Name") for i in range(10)])
    view = _view(qtbot, model)
    column_fit.fit_columns(view, (0,))
    # the fitter's own lookups: display text, font and decoration, nothing else (the
    # painted cells add the roles a delegate asks for, so count the fitter alone)
    model.roles.clear()
    column_fit.content_width(view, 0)
    assert model.roles == {int(r) for r in column_fit._ROLES}


def test_a_resize_redivides_without_measuring_again(qtbot):
    model = CountingModel([(f"AB-{i}", "Name " * 3) for i in range(30)])
    view = _view(qtbot, model)
    fitter = column_fit.fit_columns(view, (0,))
    fitter.fit()
    model.calls = 0
    fitter.fit()  # what a resize does
    view.resize(500, 300)
    qtbot.wait(20)  # the resize's fit and the repaint
    model.calls = 0
    fitter.fit()
    assert model.calls == 0, "a fit without changed rows measured the cells again"

    model.set_text(3, 1, "Ein sehr viel längerer Name, der mehr Platz braucht")
    qtbot.waitUntil(lambda: model.calls > 0)  # the change is measured (on the timer)
    qtbot.waitUntil(lambda: view.columnWidth(1) >= column_fit.content_width(view, 1)
                    or view.columnWidth(0) + view.columnWidth(1) >= view.viewport().width() - 1)


def test_a_view_out_of_sight_is_fitted_when_shown(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    model = CountingModel([(f"AB-{i}", "kurz") for i in range(5)])
    view = QTableView()
    view.setModel(model)
    stack.addWidget(view)
    other = QWidget()
    stack.addWidget(other)
    stack.resize(600, 300)
    stack.show()
    qtbot.waitExposed(stack)
    column_fit.fit_columns(view, (0,))
    stack.setCurrentWidget(other)  # the list behind an open case
    qtbot.wait(10)

    model.calls = 0
    long_name = "Mustermann-Beispielfrau, Anna-Katharina Maria"
    model.set_text(0, 1, long_name)
    qtbot.wait(50)
    assert model.calls == 0, "a hidden view was measured on every change to its rows"

    stack.setCurrentWidget(view)
    qtbot.waitUntil(lambda: column_fit.text_fits(view, model.index(0, 1)))


def test_rows_measured_stop_at_a_screenful_and_more(qtbot):
    rows = [(f"AB-{i}", "kurz") for i in range(column_fit.MEASURED_ROWS + 40)]
    rows[-1] = ("AB-last", "ein Name weit unten, der die Spalte nicht verbreitert")
    model = CountingModel(rows)
    view = _view(qtbot, model)
    model.calls = 0
    width = column_fit.content_width(view, 1)
    assert model.calls == column_fit.MEASURED_ROWS * len(column_fit._ROLES)
    assert width < column_fit.text_width(view, model.index(len(rows) - 1, 1))
