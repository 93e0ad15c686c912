"""Columns sized to their content, the key columns complete, the others cut to fit.

`fit_columns(view, key_columns)` keeps a table as wide as its viewport: every column
gets the width of its widest text (header included); when that is wider than the
viewport, the other columns give up width first (down to `MIN_WIDTH`, their text elided
with "…" and shown whole in the tool tip), so the key text — a document's name, a
deadline's kind, a client's name — stays complete. Columns are cut from the widest down
to a common width, so short ones (a date, a state) stay whole. Before anything is cut,
optional columns (e.g. a case number the detail line repeats) are left out. Only when
even the key columns do not fit are they cut too, the widest first. Extra room goes to
the last column. The widths follow the rows and
the view's size (model resets, inserted rows, resizes); a view out of sight is fitted
when it is shown again.

`text_width(view, index)` is the width a cell's display text needs, `text_fits(view,
index)` whether it shows whole (the tests use them to catch truncated key columns).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from mfd_desktop.gui import none_guard

MIN_WIDTH = 60
PADDING = 14  # cell margins and the focus frame around the text
ICON_ROOM = 22  # a decoration (state icon) before the text
# Rows measured per column, from the top (like QHeaderView's resizeContentsPrecision): more
# than a screen holds; a longer text further down is cut with "…" and whole in its tool
# tip. All 200 rows of the client list's first page cost 35 ms of the 100 ms its click may
# take (issue 21).
MEASURED_ROWS = 60


_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole)


def cell(index: QModelIndex) -> dict:
    """The three roles a width depends on (display text, font, icon) that `index` has a
    value for.

    Asked role by role: `itemData()` would ask the model for every role there is (some
    250 calls per cell; 3 million for a fitted list of 200 clients, 2 s). WORKAROUND:
    PySide6 6.12 (Python 3.11) drops a reference to None each time `data()` returns
    None; `none_guard.top_up()` before each fit keeps the count far from zero."""
    if not index.isValid():
        return {}
    model = index.model()
    found = {}
    for role in _ROLES:
        value = model.data(index, role)
        if value is not None:
            found[role] = value
    return found


def _font_and_text(view: QAbstractItemView, index: QModelIndex) -> tuple:
    roles = cell(index)
    font = roles.get(Qt.ItemDataRole.FontRole) or view.font()
    return font, str(roles.get(Qt.ItemDataRole.DisplayRole) or ""), roles


def text_width(view: QAbstractItemView, index: QModelIndex) -> int:
    """Pixels the display text of `index` needs in `view` (font of the cell, icon room)."""
    font, text, roles = _font_and_text(view, index)
    width = QFontMetrics(font).horizontalAdvance(text)
    if roles.get(Qt.ItemDataRole.DecorationRole) is not None:
        width += ICON_ROOM
    return width


def text_fits(view: QTableView, index: QModelIndex) -> bool:
    """Whether the whole display text of `index` shows in its cell: on one line, or,
    where the view wraps words, on the lines its row is tall enough for."""
    need = text_width(view, index) + PADDING // 2
    width = view.columnWidth(index.column())
    if need <= width:
        return True
    if not view.wordWrap():
        return False
    font, text, _roles = _font_and_text(view, index)
    box = QFontMetrics(font).boundingRect(QRect(0, 0, width - PADDING, 100_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
    return box.width() <= width - PADDING // 2 and box.height() <= view.rowHeight(index.row())


def content_width(view: QTableView, column: int) -> int:
    model = view.model()
    if model is None:
        return MIN_WIDTH
    none_guard.top_up()
    header = view.horizontalHeader()
    widest = header.sectionSizeFromContents(column).width()
    measured = 0
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        widest = max(widest, text_width(view, model.index(row, column)) + PADDING)
        measured += 1
        if measured >= MEASURED_ROWS:
            break
    return widest


class WrapOnlyDelegate(QStyledItemDelegate):
    """Wraps words only in the given columns (a view's word wrap is all or nothing): a
    long rule goes on over two lines, a note beside it stays one line, cut with "…"."""

    def __init__(self, columns: Iterable[int], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = set(columns)

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() not in self.columns:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class ColumnFitter(QObject):
    """Keeps the column widths of one view fitted (see the module docstring)."""

    def __init__(self, view: QTableView, key_columns: Iterable[int],
                 optional_columns: Iterable[int] = (), wrap_columns: Iterable[int] = ()):
        super().__init__(view)
        self.view = view
        self.key_columns = set(key_columns)
        self.optional_columns = list(optional_columns)
        self.wrap_columns = set(wrap_columns)
        if self.wrap_columns:
            view.setItemDelegate(WrapOnlyDelegate(self.wrap_columns, view))
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
        self._wanted: dict[int, int] | None = None  # content widths; None: measure again
        self._watch_model()

    def set_key_columns(self, columns: Iterable[int]) -> None:
        self.key_columns = set(columns)
        self.fit()

    def _content_widths(self, model) -> dict[int, int]:
        """The width each column's content needs: measured after the rows changed, kept
        while only the view's size changes (a resize re-divides, it does not re-measure)."""
        if self._wanted is None or len(self._wanted) != model.columnCount():
            self._wanted = {c: content_width(self.view, c) for c in range(model.columnCount())}
        return self._wanted

    def _watch_model(self) -> bool:
        """Follow the view's model; True when it is a new one."""
        model = self.view.model()
        if model is None or model is self._model:
            return False
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.dataChanged, model.headerDataChanged):
            signal.connect(self.schedule)
        return True

    def schedule(self, *_args) -> None:
        """Measure and fit once control returns to the event loop (many row changes, one
        fit)."""
        self._wanted = None
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        if self._watch_model():
            self._wanted = None
        if self.view.isHidden() or (self.view.window().isVisible() and not self.view.isVisible()):
            # Out of sight (e.g. the client list behind an open case): fitted when shown
            # again, not on every change to its rows meanwhile.
            return
        model = self.view.model()
        if model is None:
            return
        header = self.view.horizontalHeader()
        for column in self.optional_columns:
            header.setSectionHidden(column, False)
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        measured = self._content_widths(model)
        wanted = {c: measured[c] for c in columns}
        available = self.view.viewport().width()
        for column in self.optional_columns:  # too narrow: leave these out first
            if sum(wanted.values()) <= available or column not in wanted:
                break
            header.setSectionHidden(column, True)
            del wanted[column]
            columns.remove(column)
        widths = dict(wanted)
        excess = sum(widths.values()) - available
        if excess > 0:  # the other columns give up room first, then the key columns
            for group in ([c for c in columns if c not in self.key_columns],
                          [c for c in columns if c in self.key_columns]):
                excess = _cap(widths, group, excess)
                if excess <= 0:
                    break
        else:
            widths[columns[-1]] -= excess  # the last column takes the extra room
        for c in columns:
            if header.sectionSize(c) != widths[c]:
                header.resizeSection(c, widths[c])
        if self.wrap_columns:  # a cut key text goes on over more lines
            wrap = any(widths[c] < wanted[c] for c in self.wrap_columns if c in widths)
            if wrap or self.view.wordWrap():
                self.view.setWordWrap(wrap)
                rows = self.view.verticalHeader()
                if wrap:
                    self.view.resizeRowsToContents()
                for row in range(model.rowCount()):  # never lower than a normal row
                    height = rows.sectionSize(row) if wrap else 0
                    rows.resizeSection(row, max(height, rows.defaultSectionSize()))


def _cap(widths: dict[int, int], group: list[int], excess: int) -> int:
    """Cut the widest columns of `group` down to one common width (never below
    `MIN_WIDTH`) until `excess` pixels are saved; short columns stay whole. Returns the
    excess left."""
    while excess > 0:
        wide = [c for c in group if widths[c] > MIN_WIDTH]
        if not wide:
            return excess
        top = max(widths[c] for c in wide)
        at_top = [c for c in wide if widths[c] == top]
        below = max([widths[c] for c in wide if widths[c] < top] + [MIN_WIDTH])
        step = min(top - below, -(-excess // len(at_top)))  # ceil: save enough
        for c in at_top:
            widths[c] -= step
        excess -= step * len(at_top)
    return excess


def fit_columns(view: QTableView, key_columns: Iterable[int],
                optional_columns: Iterable[int] = (),
                wrap_columns: Iterable[int] = ()) -> ColumnFitter:
    """Fit `view`'s columns now and whenever its rows or size change. `optional_columns`
    (in this order) are left out while the columns do not fit otherwise; the text of a
    `wrap_columns` column that still does not fit goes on over more lines (rows grow)."""
    fitter = ColumnFitter(view, key_columns, optional_columns, wrap_columns)
    fitter.fit()
    return fitter
