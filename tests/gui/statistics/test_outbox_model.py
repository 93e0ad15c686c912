"""The Postausgang table without a view: status words, the kept message rendered in the
UI language, red refused and grey replaced releases, headers, empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.gui.statistics.outbox_model import FAILED, MUTED, OutboxModel
from mfd_desktop.messages import Msg
from mfd_desktop.stats.release import ReleaseRecord
from mfd_desktop.sync import messages as sync_messages
from tests.gui.conftest import switch_language


def _record(status: str, error=None, revision: int = 1) -> ReleaseRecord:
    return ReleaseRecord(id=revision, period="2026-Q3", period_kind="quarter",
                         revision=revision, released_at="2026-10-02T08:15:00Z", status=status,
                         attempts=2, last_error_de=sync_messages.stored(error), sent_at=None)


def _row(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_rows_status_words_and_colours(ctx, qtbot):
    model = OutboxModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 6)
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Letzte Meldung"
    model.set_rows([_record("pending"), _record("sent", revision=2),
                    _record("failed", "Verbindung abgelehnt", revision=3),
                    _record("superseded", revision=4), _record("odd", revision=5)])
    assert model.rowCount() == 5
    assert _row(model, 0) == ["2026-Q3", "1", "2026-10-02 08:15:00 UTC", "wartet auf Übermittlung",
                              "2", ""]
    assert _row(model, 2)[3:] == ["vom Server abgelehnt", "2", "Verbindung abgelehnt"]
    assert _row(model, 4)[3] == "odd"  # an unknown status shows as it is
    colours = [model.data(model.index(i, 0), Qt.ItemDataRole.ForegroundRole) for i in range(5)]
    assert colours == [None, None, FAILED, MUTED, None]
    assert model.data(QModelIndex()) is None
    switch_language(ctx, qtbot, "en")
    model.relabel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Period"
    assert _row(model, 1)[3] == "sent"
    model.set_rows([])
    assert model.rowCount() == 0


def test_a_kept_message_follows_the_language(ctx, qtbot):
    model = OutboxModel()
    model.set_rows([_record("failed", Msg("sync.unreachable"))])
    german = _row(model, 0)[5]
    assert german == sync_messages.text_of(sync_messages.stored(Msg("sync.unreachable")), "de")
    switch_language(ctx, qtbot, "en")
    english = _row(model, 0)[5]
    assert english and english != german
