"""Horizontal bar chart drawn with QPainter, from the same rows as the Statistik-PDF.

Why not QtCharts: it lives in PySide6-Addons (about 200 MB more in the bundle) for one
simple chart; drawing bars ourselves keeps the build small and looks the same as the
PDF (reportlab) because both draw `presentation.Row`s the same way: a bar per row,
the shown value at its end, hidden rows as a short grey stub with ".", a lower bound
("mindestens N") as a light bar of its known part.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from mfd_desktop.stats.presentation import Row

BAR = QColor("#2f6f9f")
HIDDEN = QColor("#c9c9c9")
LOWER = QColor("#9fbdd4")
TEXT = QColor("#222222")
MUTED = QColor("#555555")


class BarChart(QWidget):
    ROW_HEIGHT = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Bar chart"))

    def set_rows(self, rows: list[Row] | tuple[Row, ...]) -> None:
        self._rows = list(rows)
        self.setMinimumHeight(self.ROW_HEIGHT * max(1, len(self._rows)) + 8)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, self.ROW_HEIGHT * max(1, len(self._rows)) + 8)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = min(max(metrics.horizontalAdvance(r.label) for r in self._rows) + 12,
                          int(self.width() * 0.45))
        value_room = max([metrics.horizontalAdvance(r.text) for r in self._rows]
                         + [metrics.horizontalAdvance("10.000")]) + 8
        chart_width = max(10, self.width() - label_width - value_room)
        top = max([r.value if r.value is not None else (r.lower_bound or 0)
                   for r in self._rows] or [1]) or 1
        for i, row in enumerate(self._rows):
            y = 4 + i * self.ROW_HEIGHT
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y, label_width - 8, self.ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            bar_y = y + 4
            bar_h = self.ROW_HEIGHT - 12
            if row.value is None and row.lower_bound:
                length = chart_width * row.lower_bound / top
                painter.fillRect(QRectF(label_width, bar_y, length, bar_h), LOWER)
                painter.setPen(MUTED)
                painter.drawText(QRectF(label_width + length + 4, y, value_room,
                                        self.ROW_HEIGHT - 4), Qt.AlignmentFlag.AlignVCenter,
                                 row.text)
                continue
            if row.value is None:
                painter.fillRect(QRectF(label_width, bar_y, 8, bar_h), HIDDEN)
                painter.setPen(MUTED)
                painter.drawText(QRectF(label_width + 12, y, value_room, self.ROW_HEIGHT - 4),
                                 Qt.AlignmentFlag.AlignVCenter, row.text)
                continue
            length = chart_width * row.value / top
            if length <= 0:
                continue  # zero: the table says "–", the chart stays empty
            painter.fillRect(QRectF(label_width, bar_y, length, bar_h), BAR)
            painter.setPen(TEXT)
            painter.drawText(QRectF(label_width + length + 4, y, value_room, self.ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignVCenter, row.text)
        painter.end()
