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

from mfd_desktop import errors
from mfd_desktop.checklists.template_schema import Template, TemplateItem
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client
from mfd_desktop.errors import UserError, in_language
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.checklists.case")

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"
NO_DUE = "9999-12-31"

STATES = ("fehlt", "angefordert", "liegt_vor_kopie", "liegt_vor_original", "eingereicht",
          "entfaellt")
STATE_LABELS_DE = {
    "fehlt": "fehlt",
    "angefordert": "angefordert",
    "liegt_vor_kopie": "liegt vor (Kopie)",
    "liegt_vor_original": "liegt vor (Original)",
    "eingereicht": "eingereicht",
    "entfaellt": "entfällt",
}
STATE_LABELS_EN = {
    "fehlt": "missing",
    "angefordert": "requested",
    "liegt_vor_kopie": "available (copy)",
    "liegt_vor_original": "available (original)",
    "eingereicht": "submitted",
    "entfaellt": "not needed",
}
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

    def label_de(self) -> str:
        return f"{self.done} von {self.relevant} erledigt ({self.percent} %)"


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

    def label(self, language: str = "de") -> str:
        """The label in `language` ("en": the snapshot's English one if there is one)."""
        return in_language(self.label_de, self.label_en, language)

    def condition(self, language: str = "de") -> str:
        """The snapshot's condition ("falls verheiratet") in `language`; "" if none."""
        condition = self.template_item.condition if self.template_item else None
        if condition is None:
            return ""
        return in_language(condition.de, condition.en, language)


def text_in(text, language: str) -> str:
    """A template `Text` in `language`: English if asked for and present, else German."""
    if text is None:
        return ""
    return in_language(text.de, text.en, language)


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

    def title(self, language: str = "de") -> str:
        return text_in(self.template.title, language)


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

    def title(self, language: str = "de") -> str:
        return in_language(self.title_de, self.title_en, language)


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
        raise UserError("Diese Checkliste ist nicht (mehr) vorhanden.",
                        en="This checklist does not exist (any more).")
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
        raise UserError("Dieses Dokument ist nicht (mehr) in der Checkliste.",
                        en="This document is not in the checklist (any more).")
    return row[0], row[1]


def _touch(conn: Connection, checklist_id: int) -> None:
    conn.execute(f"UPDATE checklists SET updated_at = {_NOW} WHERE id = ?", (checklist_id,))


def set_state(conn: Connection, item_id: int, state: str) -> None:
    if state not in STATES:
        raise UserError(f"Unbekannter Status „{state}“. Erlaubt: "
                        + ", ".join(STATE_LABELS_DE.values()) + ".",
                        en=f"Unknown status “{state}”. Allowed: "
                           + ", ".join(STATE_LABELS_EN.values()) + ".")
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
            raise UserError("Diese Checkliste ist nicht (mehr) vorhanden.",
                            en="This checklist does not exist (any more).")
        conn.execute("UPDATE checklist_items SET sort_due = COALESCE(due_date, ?, ?) "
                     "WHERE checklist_id = ?", (value, NO_DUE, checklist_id))


# ----- updating to a newer template version -------------------------------------------------


@dataclass(frozen=True)
class ItemChange:
    key: str
    label_de: str
    what: tuple[str, ...] = ()  # for changed items: "Bezeichnung", "Bedingung", "Hinweis"
    label_en: str = ""  # the template's English label, if it has one

    def label(self, language: str) -> str:
        return in_language(self.label_de, self.label_en, language)


# The German names of the parts of a template that `UpdatePlan` lists, in English.
PART_NAMES_EN = {"Bezeichnung": "label", "Bedingung": "condition", "Hinweis": "note",
                 "Titel": "title", "Stelle": "office"}


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

    def describe(self, language: str | None = None) -> list[str]:
        """The changes, one per line, in `language` (default: the app's display language)."""
        if (language or errors.display_language()) != "en":
            return self.describe_de()

        def parts(names: tuple[str, ...]) -> str:
            return ", ".join(PART_NAMES_EN.get(n, n) for n in names)

        lines = [f"Version {self.old_version} → {self.new_version}"]
        lines += [f"Office/title changed: {parts(self.header_changes)}"] \
            if self.header_changes else []
        lines += [f"+ new: {c.label('en')}" for c in self.added]
        lines += [f"− dropped: {c.label('en')}" for c in self.removed]
        lines += [f"− no longer in the template, kept because of entries: {c.label('en')}"
                  for c in self.kept_retired]
        lines += [f"~ changed ({parts(c.what)}): {c.label('en')}" for c in self.changed]
        return lines

    def describe_de(self) -> list[str]:
        lines = [f"Version {self.old_version} → {self.new_version}"]
        lines += [f"Stelle/Titel geändert: {', '.join(self.header_changes)}"] \
            if self.header_changes else []
        lines += [f"+ neu: {c.label_de}" for c in self.added]
        lines += [f"− entfällt: {c.label_de}" for c in self.removed]
        lines += [f"− nicht mehr in der Vorlage, bleibt wegen Eintragungen: {c.label_de}"
                  for c in self.kept_retired]
        lines += [f"~ geändert ({', '.join(c.what)}): {c.label_de}" for c in self.changed]
        return lines


def plan_update(conn: Connection, checklist_id: int, new: Template) -> UpdatePlan:
    current = get(conn, checklist_id)
    old = current.template
    if new.key != old.key:
        raise UserError("Die neue Vorlage gehört zu einer anderen Checkliste.",
                        en="The new template belongs to a different checklist.")
    if new.version < old.version:
        raise UserError(f"Die Vorlage hat Version {new.version}, die Checkliste schon "
                        f"Version {old.version}.",
                        en=f"The template has version {new.version}, the checklist already "
                           f"has version {old.version}.")
    by_key = {i.key: i for i in current.items}
    added = tuple(ItemChange(i.key, i.label.de, label_en=i.label.en) for i in new.items
                  if i.key not in by_key or by_key[i.key].retired)
    removed, kept = [], []
    for item in current.items:
        if item.retired or new.item(item.key) is not None:
            continue
        template_item = old.item(item.key)
        change = ItemChange(item.key, item.label_de,
                            label_en=template_item.label.en if template_item else "")
        has_data = item.state != "fehlt" or item.note or item.due_date
        (kept if has_data else removed).append(change)
    changed = []
    for item in new.items:
        before = old.item(item.key)
        if before is None or item.key not in by_key or by_key[item.key].retired:
            continue
        what = []
        if before.label != item.label:
            what.append("Bezeichnung")
        if before.condition != item.condition:
            what.append("Bedingung")
        if before.note != item.note:
            what.append("Hinweis")
        if what:
            changed.append(ItemChange(item.key, item.label.de, tuple(what), item.label.en))
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
