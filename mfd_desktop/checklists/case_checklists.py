"""Checklists on a client's case.

Assigning a template stores a snapshot of that template version (`checklists.
template_json`); the items' labels are copied too. Later changes of the template file
never alter an existing checklist. `plan_update()` shows what a newer template version
would change (added / removed / changed items) and `apply_update()` applies it, keeping
the state, note and due date of every item that stays. An item that the new version
drops is deleted only if nothing was recorded on it; otherwise it is kept as "retired"
(shown as „nicht mehr in der Vorlage“), so nothing a counsellor typed is lost.

Item states: fehlt, angefordert, liegt_vor_kopie, liegt_vor_original, eingereicht,
entfaellt. Progress counts liegt_vor_* and eingereicht as done; entfaellt items are left
out of the total.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field

from mfd_desktop import messages
from mfd_desktop.checklists.template_schema import Template, TemplateItem, Text
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, dynamic
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.checklists.case")

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"
NO_DUE = "9999-12-31"

STATES = ("fehlt", "angefordert", "liegt_vor_kopie", "liegt_vor_original", "eingereicht",
          "entfaellt")
messages.DYNAMIC_PREFIXES["case_checklists.state_"] = __name__
STATE_LABELS = {state: dynamic(f"case_checklists.state_{state}") for state in STATES}
OPEN_STATES = ("fehlt", "angefordert")
DONE_STATES = ("liegt_vor_kopie", "liegt_vor_original", "eingereicht")
MAX_NOTE = 2000


@dataclass(frozen=True)
class Progress:
    done: int
    relevant: int  # all items except "entfällt" and retired ones

    @property
    def percent(self) -> int:
        return 100 if self.relevant == 0 else round(100 * self.done / self.relevant)

    @property
    def open(self) -> int:
        return self.relevant - self.done

    def label(self) -> Msg:
        """"2 von 3 erledigt (67 %)"."""
        return Msg("case_checklists.progress", done=self.done, relevant=self.relevant,
                   percent=self.percent)


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    key: str
    position: int
    label_de: str
    state: str
    note: str | None
    due_date: str | None
    retired: bool
    template_item: TemplateItem | None  # None for a retired item
    label_en: str = ""  # the snapshot's English label, if it has one

    def label(self) -> Text:
        """The snapshot's label (German and, if it has one, English; the edge picks)."""
        return Text(self.label_de, self.label_en)

    def condition(self) -> Text | None:
        """The snapshot's condition ("falls verheiratet"); None if there is none."""
        return self.template_item.condition if self.template_item else None


@dataclass(frozen=True)
class Checklist:
    id: int
    client_id: int
    template: Template  # the snapshot
    appointment_date: str | None
    items: tuple[ChecklistItem, ...]
    created_at: str

    @property
    def progress(self) -> Progress:
        relevant = [i for i in self.items if not i.retired and i.state != "entfaellt"]
        return Progress(sum(1 for i in relevant if i.state in DONE_STATES), len(relevant))

    def open_items(self) -> list[ChecklistItem]:
        return [i for i in self.items if not i.retired and i.state in OPEN_STATES]

    def title(self) -> Text:
        return self.template.title


@dataclass(frozen=True)
class ChecklistSummary:
    id: int
    client_id: int
    template_key: str
    template_version: int
    title_de: str
    appointment_date: str | None
    progress: Progress
    title_en: str = ""  # the snapshot's English title, if it has one

    def title(self) -> Text:
        return Text(self.title_de, self.title_en)


# ----- assigning and reading ---------------------------------------------------------------


def assign(conn: Connection, client_id: int, template: Template,
           appointment_date: str | dt.date | None = None) -> int:
    """Give the client a checklist made from `template` (a snapshot); returns its id."""
    appointment = parse_date(appointment_date, "Termin")
    with transaction(conn):
        require_client(conn, client_id)
        cur = conn.execute(
            "INSERT INTO checklists(client_id, template_key, template_version, template_json, "
            "title_de, appointment_date) VALUES (?, ?, ?, ?, ?, ?)",
            (client_id, template.key, template.version, template.to_json(), template.title.de,
             appointment),
        )
        checklist_id = int(cur.lastrowid)
        conn.executemany(
            "INSERT INTO checklist_items(checklist_id, position, item_key, label_de, sort_due) "
            "VALUES (?, ?, ?, ?, ?)",
            [(checklist_id, pos, item.key, item.label.de, appointment or NO_DUE)
             for pos, item in enumerate(template.items)],
        )
    log.info("checklist %d (%s v%d) assigned to client %d", checklist_id, template.key,
             template.version, client_id)
    return checklist_id


def _snapshot(raw: str) -> Template:
    return Template.from_dict(json.loads(raw))


def get(conn: Connection, checklist_id: int) -> Checklist:
    row = conn.execute(
        "SELECT id, client_id, template_json, appointment_date, created_at FROM checklists "
        "WHERE id = ?", (checklist_id,)).fetchone()
    if row is None:
        raise UserError(Msg("case_checklists.checklist_does_not_exist_any_more"))
    template = _snapshot(row[2])
    items = tuple(
        ChecklistItem(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]),
                      None if r[7] else template.item(r[1]),
                      _label_en(template, r[1]))
        for r in conn.execute(
            "SELECT id, item_key, position, label_de, state, note, due_date, retired "
            "FROM checklist_items WHERE checklist_id = ? ORDER BY retired, position, id",
            (checklist_id,))
    )
    return Checklist(row[0], row[1], template, row[3], items, row[4])


def _label_en(template: Template, item_key: str) -> str:
    item = template.item(item_key)
    return item.label.en if item is not None else ""


def list_for_client(conn: Connection, client_id: int) -> list[ChecklistSummary]:
    rows = conn.execute(
        "SELECT c.id, c.client_id, c.template_key, c.template_version, c.title_de, "
        "c.appointment_date, "
        "  (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.retired = 0 "
        "     AND i.state IN ('liegt_vor_kopie','liegt_vor_original','eingereicht')), "
        "  (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.retired = 0 "
        "     AND i.state != 'entfaellt'), "
        "  c.template_json "
        "FROM checklists c WHERE c.client_id = ? ORDER BY c.created_at, c.id", (client_id,))
    return [ChecklistSummary(r[0], r[1], r[2], r[3], r[4], r[5], Progress(r[6], r[7]),
                             snapshot_title_en(r[8]))
            for r in rows]


def snapshot_title_en(raw: str | None) -> str:
    """The English title in a stored snapshot (`checklists.template_json`); "" if none."""
    return snapshot_texts_en(raw)[0]


def snapshot_texts_en(raw: str | None) -> tuple[str, dict[str, str]]:
    """The English title and item labels (by item key) of a stored snapshot. A snapshot
    that cannot be read gives no English (the German copies in the tables still show)."""
    try:
        data = json.loads(raw or "")
        title = data.get("title") or {}
        labels = {str(i["key"]): str((i.get("label") or {}).get("en") or "")
                  for i in data.get("items") or ()}
        return str(title.get("en") or ""), labels
    except (ValueError, TypeError, KeyError, AttributeError):
        return "", {}


def delete(conn: Connection, checklist_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM checklists WHERE id = ?", (checklist_id,))
    log.info("checklist %d deleted", checklist_id)


# ----- changing ----------------------------------------------------------------------------


def _item_row(conn: Connection, item_id: int) -> tuple[int, str | None]:
    row = conn.execute("SELECT checklist_id, due_date FROM checklist_items WHERE id = ?",
                       (item_id,)).fetchone()
    if row is None:
        raise UserError(Msg("case_checklists.document_not_in_checklist_any_more"))
    return row[0], row[1]


def _touch(conn: Connection, checklist_id: int) -> None:
    conn.execute(f"UPDATE checklists SET updated_at = {_NOW} WHERE id = ?", (checklist_id,))


def set_state(conn: Connection, item_id: int, state: str) -> None:
    if state not in STATES:
        raise UserError(Msg("case_checklists.unknown_state", state=state,
                            allowed=list(STATE_LABELS.values())))
    with transaction(conn):
        checklist_id, _due = _item_row(conn, item_id)
        conn.execute(f"UPDATE checklist_items SET state = ?, updated_at = {_NOW} WHERE id = ?",
                     (state, item_id))
        _touch(conn, checklist_id)


def set_note(conn: Connection, item_id: int, note: str | None) -> None:
    text = clean_text(note, "Notiz", MAX_NOTE, multiline=True)
    with transaction(conn):
        checklist_id, _due = _item_row(conn, item_id)
        conn.execute(f"UPDATE checklist_items SET note = ?, updated_at = {_NOW} WHERE id = ?",
                     (text, item_id))
        _touch(conn, checklist_id)


def set_due_date(conn: Connection, item_id: int, due: str | dt.date | None) -> None:
    value = parse_date(due, "Frist")
    with transaction(conn):
        checklist_id, _old = _item_row(conn, item_id)
        appointment = conn.execute("SELECT appointment_date FROM checklists WHERE id = ?",
                                   (checklist_id,)).fetchone()[0]
        conn.execute(
            f"UPDATE checklist_items SET due_date = ?, sort_due = ?, updated_at = {_NOW} "
            "WHERE id = ?", (value, value or appointment or NO_DUE, item_id))
        _touch(conn, checklist_id)


def set_appointment(conn: Connection, checklist_id: int, day: str | dt.date | None) -> None:
    value = parse_date(day, "Termin")
    with transaction(conn):
        cur = conn.execute(f"UPDATE checklists SET appointment_date = ?, updated_at = {_NOW} "
                           "WHERE id = ?", (value, checklist_id))
        if cur.rowcount == 0:
            raise UserError(Msg("case_checklists.checklist_does_not_exist_any_more"))
        conn.execute("UPDATE checklist_items SET sort_due = COALESCE(due_date, ?, ?) "
                     "WHERE checklist_id = ?", (value, NO_DUE, checklist_id))


# ----- updating to a newer template version -------------------------------------------------


@dataclass(frozen=True)
class ItemChange:
    key: str
    label_de: str
    what: tuple[str, ...] = ()  # for changed items: "Bezeichnung", "Bedingung", "Hinweis"
    label_en: str = ""  # the template's English label, if it has one

    def label(self) -> Text:
        return Text(self.label_de, self.label_en)


# The parts of a template that `UpdatePlan` lists (`what`, `header_changes`), as messages.
PART_NAMES = {"Bezeichnung": Msg("case_checklists.part_label"),
              "Bedingung": Msg("case_checklists.part_condition"),
              "Hinweis": Msg("case_checklists.part_note"),
              "Titel": Msg("case_checklists.part_title"),
              "Stelle": Msg("case_checklists.part_office")}


def _parts(names: tuple[str, ...]) -> list[Msg | str]:
    return [PART_NAMES.get(n, n) for n in names]


@dataclass(frozen=True)
class UpdatePlan:
    checklist_id: int
    old_version: int
    new_version: int
    added: tuple[ItemChange, ...] = ()
    removed: tuple[ItemChange, ...] = ()
    kept_retired: tuple[ItemChange, ...] = ()  # removed from the template, kept (had data)
    changed: tuple[ItemChange, ...] = ()
    header_changes: tuple[str, ...] = field(default=())  # "Titel", "Stelle", "Hinweis"

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.kept_retired or self.changed
                    or self.header_changes or self.old_version != self.new_version)

    def describe(self) -> list[Msg]:
        """The changes, one per line."""
        lines = [Msg("case_checklists.plan_version", old=self.old_version, new=self.new_version)]
        if self.header_changes:
            lines.append(Msg("case_checklists.plan_header", parts=_parts(self.header_changes)))
        lines += [Msg("case_checklists.plan_added", label=c.label()) for c in self.added]
        lines += [Msg("case_checklists.plan_removed", label=c.label()) for c in self.removed]
        lines += [Msg("case_checklists.plan_kept", label=c.label()) for c in self.kept_retired]
        lines += [Msg("case_checklists.plan_changed", parts=_parts(c.what), label=c.label())
                  for c in self.changed]
        return lines


def plan_update(conn: Connection, checklist_id: int, new: Template) -> UpdatePlan:
    current = get(conn, checklist_id)
    old = current.template
    if new.key != old.key:
        raise UserError(Msg("case_checklists.new_template_belongs_different_checklist"))
    if new.version < old.version:
        raise UserError(Msg("case_checklists.template_has_version_checklist_already_has",
                            version=new.version, version2=old.version))
    by_key = {i.key: i for i in current.items}
    added = tuple(ItemChange(i.key, i.label.de, label_en=i.label.en) for i in new.items
                  if i.key not in by_key or by_key[i.key].retired)
    removed: list[ItemChange] = []
    kept: list[ItemChange] = []
    for item in current.items:
        if item.retired or new.item(item.key) is not None:
            continue
        template_item = old.item(item.key)
        change = ItemChange(item.key, item.label_de,
                            label_en=template_item.label.en if template_item else "")
        has_data = item.state != "fehlt" or item.note or item.due_date
        (kept if has_data else removed).append(change)
    changed = []
    for new_item in new.items:
        before = old.item(new_item.key)
        if before is None or new_item.key not in by_key or by_key[new_item.key].retired:
            continue
        what = []
        if before.label != new_item.label:
            what.append("Bezeichnung")
        if before.condition != new_item.condition:
            what.append("Bedingung")
        if before.note != new_item.note:
            what.append("Hinweis")
        if what:
            changed.append(ItemChange(new_item.key, new_item.label.de, tuple(what),
                                      new_item.label.en))
    header = tuple(name for name, a, b in (("Titel", old.title, new.title),
                                           ("Stelle", old.office, new.office),
                                           ("Hinweis", old.note, new.note)) if a != b)
    return UpdatePlan(checklist_id, old.version, new.version, added, tuple(removed),
                      tuple(kept), tuple(changed), header)


def apply_update(conn: Connection, checklist_id: int, new: Template) -> UpdatePlan:
    """Move the checklist to `new`, keeping states, notes and due dates of remaining items."""
    with transaction(conn):
        plan = plan_update(conn, checklist_id, new)
        appointment = conn.execute("SELECT appointment_date FROM checklists WHERE id = ?",
                                   (checklist_id,)).fetchone()[0]
        conn.execute(
            f"UPDATE checklists SET template_version = ?, template_json = ?, title_de = ?, "
            f"updated_at = {_NOW} WHERE id = ?",
            (new.version, new.to_json(), new.title.de, checklist_id))
        for change in plan.removed:
            conn.execute("DELETE FROM checklist_items WHERE checklist_id = ? AND item_key = ?",
                         (checklist_id, change.key))
        for change in plan.kept_retired:
            conn.execute("UPDATE checklist_items SET retired = 1, position = 10000 + position "
                         "WHERE checklist_id = ? AND item_key = ?", (checklist_id, change.key))
        for pos, item in enumerate(new.items):
            conn.execute(
                "INSERT INTO checklist_items(checklist_id, position, item_key, label_de, "
                "sort_due) VALUES (?, ?, ?, ?, ?) ON CONFLICT(checklist_id, item_key) DO UPDATE "
                "SET position = excluded.position, label_de = excluded.label_de, retired = 0",
                (checklist_id, pos, item.key, item.label.de, appointment or NO_DUE))
    log.info("checklist %d updated v%d -> v%d (+%d -%d ~%d)", checklist_id, plan.old_version,
             plan.new_version, len(plan.added), len(plan.removed), len(plan.changed))
    return plan


def client_display_name(conn: Connection, client_id: int) -> str | None:
    """The client's name (or chosen pseudonym) for a handout, if recorded."""
    row = conn.execute("SELECT name, pseudonym FROM clients WHERE id = ?",
                       (client_id,)).fetchone()
    if row is None:
        return None
    return (row[0] or row[1] or "").strip() or None
