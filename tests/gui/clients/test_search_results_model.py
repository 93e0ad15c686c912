"""The search results model without a view: ranked rows, headers, "found in" texts,
the HTML snippet and its plain tool tip, the client id role, the empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.casework.search import Hit
from mfd_desktop.gui.clients.client_list_model import ClientIdRole
from mfd_desktop.gui.clients.search_results_model import SearchResultsModel
from mfd_desktop.gui.row_table_model import RowTableModel

FOUND_IN = {"client": "Name/Fallnummer", "consultation": "Beratungsnotiz",
            "referral": "Weitervermittlung"}
HEADERS = ["Fallnummer", "Name", "Gefunden in", "Treffer"]


def _hit(client_id: int, kind: str, score: float, **changes) -> Hit:
    values = dict(client_id=client_id, case_number=f"MZ-{client_id}", name="Jürgen Müller",
                  pseudonym=None, anonymous=False, status="offen", kind=kind, record_id=1,
                  score=score, snippet=(("Antrag auf ", False), ("Wohngeld", True),
                                        (" <ok>", False)))
    values.update(changes)
    return Hit(**values)


def _model() -> SearchResultsModel:
    model = SearchResultsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def test_empty_state(qapp):
    model = _model()
    assert isinstance(model, RowTableModel)
    assert (model.rowCount(), model.columnCount()) == (0, 4)
    assert model.hits == [] and model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == ""


def test_rows_keep_the_search_ranking(qapp):
    model = _model()
    hits = [_hit(3, "consultation", 9.0), _hit(1, "client", 5.0), _hit(2, "referral", 7.0)]
    model.set_hits(hits)
    assert model.hits == hits  # the model never re-sorts: rank order is the search's
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["MZ-3", "MZ-1", "MZ-2"]
    assert [model.data(model.index(r, 0), ClientIdRole) for r in range(3)] == [3, 1, 2]
    model.set_hits([])
    assert model.rowCount() == 0


def test_columns_roles_and_headers(qapp, qtbot):
    model = _model()
    model.set_hits([_hit(7, "consultation", 1.0), _hit(8, "unknown_kind", 0.5,
                                                        name=None, pseudonym="Stern")])
    assert model.data(model.index(0, 2)) == "consultation"  # no texts yet: the kind itself
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.set_headers(HEADERS, FOUND_IN)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == HEADERS
    row = [model.data(model.index(0, c)) for c in range(4)]
    assert row == ["MZ-7", "Jürgen Müller", "Beratungsnotiz",
                   "Antrag auf <b>Wohngeld</b> &lt;ok&gt;"]
    assert model.data(model.index(1, 1)) == "Stern"
    assert model.data(model.index(1, 2)) == "unknown_kind"  # unknown kinds stay readable
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(0, SearchResultsModel.SNIPPET), tip) == "Antrag auf Wohngeld <ok>"
    assert model.data(model.index(0, 0), tip) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_set_headers_on_an_empty_model_emits_no_data_change(qapp, qtbot):
    model = _model()
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_headers(HEADERS, FOUND_IN)
    assert model.found_in == FOUND_IN
