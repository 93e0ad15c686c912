"""Screenshots of the checklists area (see page_registry): the page with Offene
Unterlagen, the template list, and a client's checklist tab. On the demo vault
(synthetic data); gives three demo clients a checklist first if none has one."""

from __future__ import annotations

import datetime as dt

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import templates
from mfd_desktop.gui.checklists.case_tab import ChecklistsTab
from mfd_desktop.gui.checklists.checklists_page import ChecklistsPage
from mfd_desktop.gui.checklists.open_documents_view import load_open

_EXAMPLES = (("ae_verlaengerung", 9), ("kindergeld", 16), ("familiennachzug", 30))


def _demo_checklists(conn) -> int:
    existing = conn.execute("SELECT client_id FROM checklists LIMIT 1").fetchone()
    if existing:
        return int(existing[0])
    clients = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY id LIMIT 3")]
    loaded = templates.load_all()
    today = dt.date.today()
    for client_id, (key, days) in zip(clients, _EXAMPLES, strict=False):
        checklist_id = cc.assign(conn, client_id, loaded.get(key), today + dt.timedelta(days=days))
        items = cc.get(conn, checklist_id).items
        for item, state in zip(items, ("liegt_vor_original", "liegt_vor_kopie", "angefordert",
                                       "entfaellt"), strict=False):
            cc.set_state(conn, item.id, state)
        cc.set_due_date(conn, items[2].id, today + dt.timedelta(days=days - 7))
    return clients[0]


def shots(ctx):
    conn = ctx.vault.conn
    client_id = _demo_checklists(conn)
    page = ChecklistsPage(ctx)
    page.open_view._loaded(load_open(conn))
    templates_page = ChecklistsPage(ctx)
    templates_page.tabs.setCurrentIndex(1)
    tab = ChecklistsTab(ctx, client_id=client_id)
    return [("checklists_open_documents", page), ("checklists_templates", templates_page),
            ("checklists_case_tab", tab)]
