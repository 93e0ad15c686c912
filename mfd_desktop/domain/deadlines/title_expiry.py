"""Rules that run to a residence title's expiry start from the date stored with the client.

`TITLE_EXPIRY_RULES` names them; `client_title_expiry(conn, client_id)` reads the stored
expiry (None when the client has none, it is unreadable, or the client is gone). No Qt.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.storage.connection import Connection

TITLE_EXPIRY_RULES = frozenset({"ae_verlaengerung", "chancen_ae_104c"})


def client_title_expiry(conn: Connection, client_id: int) -> dt.date | None:
    row = conn.execute("SELECT residence_title_expires FROM clients WHERE id = ?",
                       (client_id,)).fetchone()
    try:
        return dt.date.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        return None
