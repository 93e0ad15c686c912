"""Heute: what needs the counsellor's attention today, in one fast set of queries.

Sections (each a list of `TodayItem`, every item with the client it opens):
- `deadlines_overdue`: open deadlines whose day has passed;
- `deadlines_week`: open deadlines due today or in the next 7 days;
- `followups`: open Wiedervorlagen due by then (overdue ones included);
- `titles`: residence titles of open cases running out within the reminder window
  (setting `title_expiry_reminder_weeks`) or run out in the last 90 days, unless their
  reminder was ticked off;
- `checklists`: open checklist items, from providers registered with
  `register_checklist_provider` (the checklists area registers from its package
  `mfd_desktop.checklists`, which `load_today` imports);
- `drafts`: forms with text that was never saved (see `storage.drafts`);
- `recent`: the cases worked on last.

Every query runs on indexes (db/0003 and db/0002), each section is capped at
`SECTION_LIMIT` rows and also counted, so Heute stays fast with thousands of cases.
Items carry case numbers and names for display only; nothing here is logged.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mfd_desktop import messages
from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients as clients_service
from mfd_desktop.domain.casework import short_contacts
from mfd_desktop.domain.casework.search import display_name
from mfd_desktop.domain.deadlines import followups as followups_service
from mfd_desktop.domain.deadlines.deadlines import rule_name
from mfd_desktop.messages import Msg, dynamic
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.domain.today")

SECTION_LIMIT = 100
WEEK_DAYS = 7
RECENT_LIMIT = 10
SECTIONS = ("deadlines_overdue", "deadlines_week", "followups", "titles", "checklists",
            "drafts", "recent")
# Draft keys name their client as "...client:<id>..." (e.g. 'consultation:new:client:12').
_DRAFT_CLIENT = re.compile(r"(?:^|:)client:(\d+)(?::|$)")
# The forms a draft can belong to ("today.draft_<form>"); others show their key.
DRAFT_FORMS = ("consultation", "client", "referral", "deadline", "followup", "structural_work")
messages.DYNAMIC_PREFIXES["today.draft_"] = __name__
messages.DYNAMIC_PREFIXES["today.parts_"] = __name__


@dataclass(frozen=True)
class TodayItem:
    section: str
    kind: str                      # deadline, followup, plan_review, title, checklist, draft, client
    ref_id: int | str | None       # id of the deadline/follow-up/…; draft key for drafts
    client_id: int | None
    case_number: str
    client_name: str
    date: dt.date | None
    text: Msg | str                # rendered by the GUI: the key text (rule, document name…)
    overdue: bool = False
    full_text: Msg | str | None = None  # the whole line (with a note, state…); None: `text`
    state: str = ""                # a checklist item's state key ("fehlt", "angefordert")


@dataclass
class TodayData:
    today: dt.date
    sections: dict[str, list[TodayItem]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)  # rows before capping
    short_contacts_today: int = 0

    def items(self, section: str) -> list[TodayItem]:
        return self.sections.get(section, [])


ChecklistProvider = Callable[[Connection, dt.date], list[TodayItem]]
_CHECKLIST_PROVIDERS: list[ChecklistProvider] = []


def register_checklist_provider(provider: ChecklistProvider) -> ChecklistProvider:
    """Add a function (conn, today) -> [TodayItem(section='checklists', kind='checklist', …)].

    Registering the same function twice has no effect."""
    if provider not in _CHECKLIST_PROVIDERS:
        _CHECKLIST_PROVIDERS.append(provider)
    return provider


def unregister_checklist_provider(provider: ChecklistProvider) -> None:
    if provider in _CHECKLIST_PROVIDERS:
        _CHECKLIST_PROVIDERS.remove(provider)


def _load_providers() -> None:
    try:
        importlib.import_module("mfd_desktop.checklists")
    except ModuleNotFoundError as exc:
        if exc.name != "mfd_desktop.checklists":
            raise


def _d(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _deadlines(conn: Connection, section: str, where: str, params: tuple[Any, ...],
               today: dt.date
               ) -> tuple[list[TodayItem], int]:
    total = conn.execute(f"SELECT count(*) FROM deadlines d WHERE d.done = 0 AND {where}",
                         params).fetchone()[0]
    rows = conn.execute(
        "SELECT d.id, d.client_id, c.case_number, c.name, c.pseudonym, c.anonymous, d.rule_key, "
        "d.due_on, d.note FROM deadlines d JOIN clients c ON c.id = d.client_id "
        f"WHERE d.done = 0 AND {where} ORDER BY d.due_on, d.client_id, d.id LIMIT ?",
        (*params, SECTION_LIMIT)).fetchall()
    items = []
    for r in rows:
        due = _d(r[7])
        text: Msg | str = rule_name(r[6])
        full_text = Msg("today.deadline_with_note", rule=text,
                        note=r[8].splitlines()[0][:80]) if r[8] else None
        items.append(TodayItem(section, "deadline", r[0], r[1], r[2],
                               display_name(r[3], r[4], bool(r[5])), due, text,
                               overdue=due is not None and due < today, full_text=full_text))
    return items, int(total)


def _followups(conn: Connection, until: dt.date, today: dt.date) -> tuple[list[TodayItem], int]:
    where = "f.done = 0 AND f.due_on <= ? AND f.kind != 'title_expiry'"
    total = conn.execute(f"SELECT count(*) FROM followups f WHERE {where}",
                         (until.isoformat(),)).fetchone()[0]
    rows = conn.execute(
        "SELECT f.id, f.client_id, c.case_number, c.name, c.pseudonym, c.anonymous, f.due_on, "
        f"f.text FROM followups f LEFT JOIN clients c ON c.id = f.client_id WHERE {where} "
        "ORDER BY f.due_on, f.client_id, f.id LIMIT ?", (until.isoformat(), SECTION_LIMIT)).fetchall()
    items = []
    for r in rows:
        due = _d(r[6])
        items.append(TodayItem(
            "followups", "followup", r[0], r[1], r[2] or "",
            display_name(r[3], r[4], bool(r[5])) if r[1] is not None else "", due,
            r[7].splitlines()[0][:120] if r[7] else "", overdue=due is not None and due < today))
    return items, int(total)


def _plan_reviews(conn: Connection, until: dt.date, today: dt.date
                  ) -> tuple[list[TodayItem], int]:
    """Förderplan goals whose review (Überprüfung) falls due: shown with the Wiedervorlagen
    (kind "plan_review"; ref_id is the goal's id)."""
    where = ("g.outcome IS NULL AND g.review_on IS NOT NULL AND g.review_on <= ? "
             "AND p.ended_on IS NULL")
    joins = "plan_goals g JOIN support_plans p ON p.id = g.plan_id"
    total = conn.execute(f"SELECT count(*) FROM {joins} WHERE {where}",
                         (until.isoformat(),)).fetchone()[0]
    rows = conn.execute(
        "SELECT g.id, p.client_id, c.case_number, c.name, c.pseudonym, c.anonymous, "
        f"g.review_on, g.text FROM {joins} JOIN clients c ON c.id = p.client_id "
        f"WHERE {where} ORDER BY g.review_on, g.id LIMIT ?",
        (until.isoformat(), SECTION_LIMIT)).fetchall()
    items = []
    for r in rows:
        due = _d(r[6])
        goal = r[7].splitlines()[0][:100] if r[7] else ""
        items.append(TodayItem(
            "followups", "plan_review", r[0], r[1], r[2] or "",
            display_name(r[3], r[4], bool(r[5])), due, Msg("today.plan_review", goal=goal),
            overdue=due is not None and due < today))
    return items, int(total)


def _titles(conn: Connection, today: dt.date, weeks: int) -> tuple[list[TodayItem], int]:
    until = (today + dt.timedelta(weeks=weeks)).isoformat()
    floor = (today - dt.timedelta(days=followups_service.TITLE_EXPIRED_GRACE_DAYS)).isoformat()
    where = (
        "c.residence_title_expires BETWEEN ? AND ? AND c.status != 'abgeschlossen' "
        "AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.source_key = "
        "'title_expiry:' || c.id || ':' || c.residence_title_expires AND f.done = 1)"
    )
    total = conn.execute(f"SELECT count(*) FROM clients c WHERE {where}",
                         (floor, until)).fetchone()[0]
    rows = conn.execute(
        "SELECT c.id, c.case_number, c.name, c.pseudonym, c.anonymous, c.residence_title_expires, "
        "(SELECT f.id FROM followups f WHERE f.source_key = "
        " 'title_expiry:' || c.id || ':' || c.residence_title_expires) "
        f"FROM clients c WHERE {where} ORDER BY c.residence_title_expires, c.id LIMIT ?",
        (floor, until, SECTION_LIMIT)).fetchall()
    items = []
    for r in rows:
        expiry = _d(r[5])
        if expiry is None:
            continue
        if expiry < today:
            text = Msg("today.title_expired", date=expiry)
        else:
            text = Msg("today.title_expires", date=expiry)
        # ref_id is the reminder's follow-up id (if made), so "erledigt" can tick it off.
        items.append(TodayItem("titles", "title", r[6], r[0], r[1],
                               display_name(r[2], r[3], bool(r[4])), expiry, text,
                               overdue=expiry < today))
    return items, int(total)


def _drafts(conn: Connection) -> tuple[list[TodayItem], int]:
    rows = conn.execute(
        "SELECT draft_key, form, record_id, updated_at FROM drafts "
        "ORDER BY updated_at DESC LIMIT ?", (SECTION_LIMIT,)).fetchall()
    total = conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
    client_ids = set()
    parsed = []
    for key, form, record_id, updated in rows:
        match = _DRAFT_CLIENT.search(key)
        client_id = int(match.group(1)) if match else None
        if client_id is None and form == "client" and record_id is not None:
            client_id = int(record_id)
        if client_id is not None:
            client_ids.add(client_id)
        parsed.append((key, form, client_id, updated))
    names = _client_names(conn, client_ids)
    items = []
    for key, form, client_id, updated in parsed:
        case_number, name = names.get(client_id, ("", "")) if client_id is not None else ("", "")
        if client_id is not None and client_id not in names:
            client_id = None  # the client was deleted; the draft still shows
        items.append(TodayItem("drafts", "draft", key, client_id, case_number, name,
                               _d((updated or "")[:10]),
                               Msg("today.draft", form=dynamic(f"today.draft_{form}")
                                   if form in DRAFT_FORMS else form)))
    return items, int(total)


def _client_names(conn: Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT id, case_number, name, pseudonym, anonymous FROM clients "
                        f"WHERE id IN ({marks})", tuple(ids)).fetchall()
    return {r[0]: (r[1], display_name(r[2], r[3], bool(r[4]))) for r in rows}


def _recent(conn: Connection) -> list[TodayItem]:
    """The cases changed last (newest first); the date is the day of the last change."""
    items = []
    for row in clients_service.recent_clients(conn, RECENT_LIMIT):
        parts: list[Msg | str] = [reference.text("case_status", row.status)]
        if row.service:
            service = reference.get("service").value(row.service)
            parts.append((service.short or service.text()) if service else row.service)
        last = _d(row.last_contact)
        if last:
            parts.append(Msg("today.last_contact", date=last))
        parts = [p for p in parts if p]
        items.append(TodayItem("recent", "client", row.id, row.id, row.case_number,
                               row.display_name, _d((row.updated_at or "")[:10]),
                               dynamic(f"today.parts_{len(parts)}",
                                   **{f"part{i}": p for i, p in enumerate(parts, 1)})))
    return items


def _checklists(conn: Connection, today: dt.date) -> list[TodayItem]:
    _load_providers()
    items: list[TodayItem] = []
    for provider in list(_CHECKLIST_PROVIDERS):
        try:
            items.extend(provider(conn, today))
        except Exception as exc:  # one broken area must not take Heute down
            # Type only: an exception's message could carry personal data.
            log.error("checklist provider %s failed with %s",  # noqa: G004
                      getattr(provider, "__qualname__", "?"), type(exc).__name__)
    items.sort(key=lambda i: (i.date or dt.date.max, i.case_number))
    return items


def _merged(*parts: tuple[list[TodayItem], int]) -> tuple[list[TodayItem], int]:
    """One section from several sources, by due day (undated last)."""
    items = sorted((i for p in parts for i in p[0]),
                   key=lambda i: (i.date is None, i.date or dt.date.max))
    return items[:SECTION_LIMIT], sum(p[1] for p in parts)


def load_today(conn: Connection, today: dt.date | None = None, *,
               title_weeks: int | None = None) -> TodayData:
    """Everything Heute shows. Read-only; run `refresh_today` to update reminders first."""
    today = today or dt.date.today()
    week_end = today + dt.timedelta(days=WEEK_DAYS)
    weeks = followups_service.reminder_weeks(conn) if title_weeks is None else title_weeks
    data = TodayData(today=today)
    iso_today = today.isoformat()
    parts = {
        "deadlines_overdue": _deadlines(conn, "deadlines_overdue", "d.due_on < ?", (iso_today,),
                                        today),
        "deadlines_week": _deadlines(conn, "deadlines_week", "d.due_on BETWEEN ? AND ?",
                                     (iso_today, week_end.isoformat()), today),
        "followups": _merged(_followups(conn, week_end, today),
                             _plan_reviews(conn, week_end, today)),
        "titles": _titles(conn, today, weeks),
        "drafts": _drafts(conn),
    }
    checklist_items = _checklists(conn, today)
    parts["checklists"] = (checklist_items[:SECTION_LIMIT], len(checklist_items))
    recent = _recent(conn)
    parts["recent"] = (recent, len(recent))
    for name in SECTIONS:
        items, total = parts[name]
        data.sections[name] = items
        data.totals[name] = total
    data.short_contacts_today = short_contacts.count(conn, today, today)
    return data


def refresh_today(conn: Connection, today: dt.date | None = None) -> TodayData:
    """Bring title reminders up to date, then load Heute (needs a writable connection)."""
    today = today or dt.date.today()
    followups_service.sync_title_expiry_reminders(conn, today=today)
    return load_today(conn, today)
