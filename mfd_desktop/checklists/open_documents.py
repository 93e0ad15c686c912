"""„Offene Unterlagen“: documents still missing or requested, across all clients.

Sorted by due date: the item's own due date, else the checklist's appointment date;
items with neither come last. The partial index `checklist_items_open_due` keeps this a
short index walk even with thousands of checklists (see bench/checklists_bench.py).

`today_provider()` feeds the Heute dashboard (registered in `mfd_desktop.checklists`).

English: the title and label of each row in English come from the checklist's stored
snapshot (`checklists.template_json`), read once per checklist shown; the tables keep
German copies only. Without an English text the German one shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mfd_desktop.checklists.case_checklists import (
    NO_DUE,
    STATE_LABELS,
    snapshot_texts_en,
)
from mfd_desktop.checklists.template_schema import Text
from mfd_desktop.domain.casework.search import display_name
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection

if TYPE_CHECKING:
    from mfd_desktop.domain.today import TodayItem

DEFAULT_LIMIT = 500
TODAY_DAYS_AHEAD = 7


@dataclass(frozen=True)
class OpenDocument:
    item_id: int
    checklist_id: int
    client_id: int
    case_number: str
    client_name: str  # name, pseudonym or "anonym"; identifying, show only in the app
    checklist_title: str
    label_de: str
    state: str
    due_date: str | None  # the item's own due date
    appointment_date: str | None
    sort_due: str | None  # effective due date (None: none set)
    checklist_title_en: str = ""  # from the snapshot; "" if it has no English title
    label_en: str = ""  # from the snapshot; "" if it has no English label

    @property
    def state_label(self) -> Msg | str:
        return STATE_LABELS.get(self.state, self.state)

    def label(self) -> Text:
        return Text(self.label_de, self.label_en)

    def title(self) -> Text:
        return Text(self.checklist_title, self.checklist_title_en)

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return self.sort_due is not None and self.sort_due < (today or dt.date.today()).isoformat()


_SELECT = (
    "SELECT i.id, i.checklist_id, c.client_id, cl.case_number, "
    "       cl.name, cl.pseudonym, cl.anonymous, c.title_de, i.label_de, "
    "       i.state, i.due_date, c.appointment_date, i.sort_due, i.item_key "
    "FROM checklist_items i INDEXED BY checklist_items_open_due "
    "JOIN checklists c ON c.id = i.checklist_id "
    "JOIN clients cl ON cl.id = c.client_id "
    "WHERE i.state IN ('fehlt', 'angefordert') AND i.retired = 0 "
)


def _row(r: Sequence[Any], english: dict[int, tuple[str, dict[str, str]]]) -> OpenDocument:
    sort_due = None if r[12] == NO_DUE else r[12]
    title_en, labels_en = english.get(r[1], ("", {}))
    return OpenDocument(r[0], r[1], r[2], r[3], display_name(r[4], r[5], bool(r[6])), r[7],
                        r[8], r[9], r[10], r[11], sort_due, title_en,
                        labels_en.get(r[13], ""))


def _english_texts(conn: Connection, checklist_ids: set[int]
                   ) -> dict[int, tuple[str, dict[str, str]]]:
    """English title and item labels of each checklist's snapshot, read once per list."""
    out: dict[int, tuple[str, dict[str, str]]] = {}
    ids = sorted(checklist_ids)
    for start in range(0, len(ids), 500):  # stay well below SQLite's variable limit
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for checklist_id, raw in conn.execute(
                f"SELECT id, template_json FROM checklists WHERE id IN ({marks})", chunk):
            out[checklist_id] = snapshot_texts_en(raw)
    return out


def list_open(conn: Connection, *, limit: int = DEFAULT_LIMIT, until: dt.date | None = None,
              client_id: int | None = None) -> list[OpenDocument]:
    """Open documents by due date (earliest first); `until` keeps those due up to that day."""
    sql, params = _SELECT, list[object]()
    if until is not None:
        sql += "AND i.sort_due <= ? "
        params.append(until.isoformat())
    if client_id is not None:
        sql += "AND c.client_id = ? "
        params.append(client_id)
    sql += "ORDER BY i.sort_due, i.id LIMIT ?"
    params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    english = _english_texts(conn, {r[1] for r in rows})
    return [_row(r, english) for r in rows]


def count_open(conn: Connection, *, until: dt.date | None = None) -> int:
    sql = ("SELECT count(*) FROM checklist_items INDEXED BY checklist_items_open_due "
           "WHERE state IN ('fehlt', 'angefordert') AND retired = 0")
    params: list[object] = []
    if until is not None:
        sql += " AND sort_due <= ?"
        params.append(until.isoformat())
    return int(conn.execute(sql, params).fetchone()[0])


def today_provider(conn: Connection, today: dt.date) -> list[TodayItem]:
    """Heute hook (`domain.today.register_checklist_provider`): open documents due within
    `TODAY_DAYS_AHEAD` days, overdue included, earliest first."""
    from mfd_desktop.domain.today import SECTION_LIMIT, TodayItem

    rows = list_open(conn, limit=SECTION_LIMIT, until=today + dt.timedelta(days=TODAY_DAYS_AHEAD))
    return [
        TodayItem("checklists", "checklist", r.item_id, r.client_id, r.case_number,
                  r.client_name or "", dt.date.fromisoformat(r.sort_due) if r.sort_due else None,
                  Msg("open_documents.today_document", label=r.label()),
                  overdue=r.is_overdue(today),
                  full_text=Msg("open_documents.today", state=r.state_label, label=r.label(),
                                title=r.title()),
                  state=r.state)
        for r in rows
    ]
