"""Columns sized to their content, the key columns complete, the others cut to fit.

`fit_columns(view, key_columns)` keeps a table as wide as its viewport: every column
gets the width of its widest text (header included); when that is wider than the
viewport, the other columns give up width first (down to `MIN_WIDTH`, their text elided
with "…" and shown whole in the tool tip), so the key text — a document's name, a
deadline's kind, a client's name — stays complete. Only when even the key columns do not
fit are they cut too. Extra room goes to the last column. The widths follow the rows and
the view's size (model resets, inserted rows, resizes).

`text_width(view, index)` is the width a cell's display text needs (the tests compare it
with the column's width to catch truncated key columns).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MIN_WIDTH = 60
PADDING = 14  # cell margins and the focus frame around the text
ICON_ROOM = 22  # a decoration (state icon) before the text


def text_width(view: QAbstractItemView, index: QModelIndex) -> int:
    """Pixels the display text of `index` needs in `view` (font of the cell, icon room)."""
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    width = QFontMetrics(font).horizontalAdvance(text)
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width += ICON_ROOM
    return width


def content_width(view: QTableView, column: int) -> int:
    model = view.model()
    if model is None:
        return MIN_WIDTH
    header = view.horizontalHeader()
    widest = header.sectionSizeFromContents(column).width()
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        widest = max(widest, text_width(view, model.index(row, column)) + PADDING)
    return widest


class ColumnFitter(QObject):
    """Keeps the column widths of one view fitted (see the module docstring)."""

    def __init__(self, view: QTableView, key_columns: Iterable[int]):
        super().__init__(view)
        self.view = view
        self.key_columns = set(key_columns)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        self._timer = QTimer(self)  # dies with the view: no late call on a deleted view
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._model = None
        self._watch_model()

    def set_key_columns(self, columns: Iterable[int]) -> None:
        self.key_columns = set(columns)
        self.fit()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.dataChanged, model.headerDataChanged):
            signal.connect(self.schedule)

    def schedule(self, *_args) -> None:
        """Fit once control returns to the event loop (many row changes, one fit)."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        self._watch_model()
        model = self.view.model()
        if model is None:
            return
        header = self.view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        wanted = {c: content_width(self.view, c) for c in columns}
        available = self.view.viewport().width()
        widths = dict(wanted)
        excess = sum(widths.values()) - available
        if excess > 0:  # the other columns give up room first, then the key columns
            for group in ([c for c in columns if c not in self.key_columns],
                          [c for c in columns if c in self.key_columns]):
                room = sum(max(0, widths[c] - MIN_WIDTH) for c in group)
                if room <= 0:
                    continue
                cut = min(excess, room)
                for c in group:
                    share = max(0, widths[c] - MIN_WIDTH)
                    widths[c] -= round(cut * share / room)
                excess -= cut
                if excess <= 0:
                    break
        else:
            widths[columns[-1]] -= excess  # the last column takes the extra room
        for c in columns:
            if header.sectionSize(c) != widths[c]:
                header.resizeSection(c, max(MIN_WIDTH // 2, widths[c]))


def fit_columns(view: QTableView, key_columns: Iterable[int]) -> ColumnFitter:
    """Fit `view`'s columns now and whenever its rows or size change."""
    fitter = ColumnFitter(view, key_columns)
    fitter.fit()
    return fitter
