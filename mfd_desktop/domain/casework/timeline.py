"""The case timeline (Verlauf): every dated event of one client in one chronological list.

Other areas add their events by registering a provider:

    from mfd_desktop.domain.casework import timeline

    @timeline.register_provider
    def deadline_events(conn, client_id):
        return [timeline.Event(date="2026-03-01", kind="deadline", title=Msg("deadline…"), …)]

A provider is called with the connection and the client id and returns `Event`s. A
provider that fails is skipped (and logged without personal data) so one broken area
never hides the rest of the case. Modules listed in `PROVIDER_MODULES` are imported on
first use so their providers register even if nothing else imported them yet.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from mfd_desktop.domain import reference
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.domain.timeline")


@dataclass(frozen=True)
class Event:
    date: str                   # ISO date (YYYY-MM-DD)
    kind: str                   # consultation, referral, consent, case, deadline, followup, …
    title: Msg | str            # one line, rendered by the GUI in its language
    detail: Msg | str = ""      # optional longer text (shown on demand)
    record_id: int | None = None
    source: str = ""            # which provider produced it


Provider = Callable[[Connection, int], list[Event]]
_PROVIDERS: list[Provider] = []

# Areas whose providers should be present whenever a timeline is built (missing ones are fine).
PROVIDER_MODULES = (
    "mfd_desktop.domain.deadlines.deadlines",
    "mfd_desktop.domain.deadlines.followups",
    "mfd_desktop.checklists.timeline",
)
_loaded = False


def register_provider(func: Provider) -> Provider:
    if func not in _PROVIDERS:
        _PROVIDERS.append(func)
    return func


def providers() -> list[Provider]:
    _load_modules()
    return list(_PROVIDERS)


def _load_modules() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in PROVIDER_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                log.warning("timeline provider module %s could not be imported", name)


def events(conn: Connection, client_id: int, *, newest_first: bool = True) -> list[Event]:
    collected: list[Event] = []
    for provider in providers():
        try:
            collected.extend(provider(conn, client_id))
        except Exception:  # one area's bug must not hide the case history
            log.exception("timeline provider %s failed for client %d",
                          getattr(provider, "__name__", "?"), client_id)
    collected.sort(key=lambda e: (e.date or "", e.kind, e.record_id or 0), reverse=newest_first)
    return collected


# ----- the case work's own providers -----------------------------------------------------

def _short(text: str | None, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register_provider
def case_events(conn: Connection, client_id: int) -> list[Event]:
    row = conn.execute("SELECT first_contact, status, closing_reason, closed_on, created_at "
                       "FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        return []
    first_contact, status, reason, closed_on, created_at = row
    out = [Event(date=first_contact or created_at[:10], kind="case",
                 title=Msg("timeline.first_contact"), source="cases")]
    if status == "abgeschlossen" and closed_on:
        out.append(Event(date=closed_on, kind="case", source="cases",
                         title=Msg("timeline.case_closed",
                                   reason=reference.text("closing_reason", reason))))
    return out


@register_provider
def consultation_events(conn: Connection, client_id: int) -> list[Event]:
    rows = conn.execute(
        "SELECT k.id, k.held_on, k.channel, k.method, k.duration_minutes, k.note, "
        "(SELECT group_concat(topic, ',') FROM consultation_topics t WHERE t.consultation_id = k.id) "
        "FROM consultations k WHERE k.client_id = ?", (client_id,)).fetchall()
    out = []
    for cid, held_on, channel, method, minutes, note, topics in rows:
        labels = [reference.text("topics", t) for t in (topics or "").split(",") if t]
        how = {"method": reference.text("method", method),
               "channel": reference.text("channel", channel)}
        title = (Msg("timeline.consultation_minutes", minutes=minutes, **how) if minutes
                 else Msg("timeline.consultation", **how))
        if labels:
            title = Msg("timeline.with_topics", title=title, topics=labels)
        out.append(Event(date=held_on, kind="consultation", title=title, detail=_short(note, 300),
                         record_id=cid, source="cases"))
    return out


@register_provider
def referral_events(conn: Connection, client_id: int) -> list[Event]:
    rows = conn.execute(
        "SELECT r.id, r.referred_on, r.target_key, o.name, r.status, r.accompanied, "
        "r.follow_up_on, r.outcome_note FROM referrals r LEFT JOIN offices o ON o.id = r.office_id "
        "WHERE r.client_id = ?", (client_id,)).fetchall()
    out = []
    for rid, on, key, office, status, accompanied, follow_up, note in rows:
        target = office or reference.text("referral_targets", key)
        state = reference.text("referral_status", status)
        if accompanied:
            title = Msg("timeline.referral_accompanied", target=target, state=state)
        else:
            title = Msg("timeline.referral", target=target, state=state)
        out.append(Event(date=on, kind="referral", title=title, detail=_short(note, 300),
                         record_id=rid, source="cases"))
        if follow_up:
            out.append(Event(date=follow_up, kind="referral_follow_up", record_id=rid,
                             title=Msg("timeline.referral_follow_up", target=target),
                             source="cases"))
    return out


@register_provider
def consent_events(conn: Connection, client_id: int) -> list[Event]:
    from mfd_desktop.domain.referrals.consents import list_consents
    from mfd_desktop.domain.referrals.referrals import office_names

    names = office_names(conn)
    out = []
    for c in list_consents(conn, client_id):
        text = c.describe(names)
        out.append(Event(date=c.given_on or "", kind="consent",
                         title=Msg("timeline.consent_given", consent=text),
                         record_id=c.id, source="cases"))
        if c.withdrawn_on:
            out.append(Event(date=c.withdrawn_on, kind="consent",
                             title=Msg("timeline.consent_withdrawn", consent=text),
                             record_id=c.id, source="cases"))
    return out
