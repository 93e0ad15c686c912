"""Migration 0009 on a real SQLCipher vault created at schema 0008: stored sync messages
become keys where they can, older sentences stay readable, and the data-protection
triggers refuse with a key that the app renders in German and English."""

from __future__ import annotations

import pytest

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage import migrations
from mfd_desktop.storage.connection import DatabaseError
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.sync import messages, state
from mfd_desktop.sync.outbox import VaultOutbox

RESTRICTED_DE = "Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden."
RESTRICTED_EN = "This case is restricted (Art. 18 GDPR) and can only be read."
OLD_RUNS = [
    ("nothing", "Nichts zu übertragen."),
    ("ok", "3 Statistik(en) übertragen."),
    ("refused", "1 übertragen, 2 vom Server abgelehnt."),
    ("offline", "Der Server ist nicht erreichbar (keine Verbindung)."),
    ("error", "Der Server hat einen Fehler gemeldet (502). Es wird später erneut versucht."),
    ("error", "Das Gerät wurde gesperrt."),  # the server's own words
    ("ok", "12 Statistik(en) übertragen, oder so."),  # not the known text: left alone
]


@pytest.fixture
def vault_at_0008(vault_at_schema, unlock):
    """A vault created by the app as it was before 0009, with sync rows of that time."""
    vault = vault_at_schema(8)
    conn = vault.conn
    for outcome, message in OLD_RUNS:
        conn.execute("INSERT INTO sync_runs(outcome, finished_at, message_de) "
                     "VALUES (?, '2026-05-01T10:00:00Z', ?)", (outcome, message))
    for n, error in enumerate(["Der Server ist gerade ausgelastet. Es wird später erneut "
                               "versucht.",
                               "Der Server hat die Statistik 2026-Q1 (Fassung 1) abgelehnt: "
                               "Falsche Kennung."], start=1):
        conn.execute(
            "INSERT INTO stats_releases(period, period_kind, revision, payload_json, "
            "payload_sha256, idempotency_key, status, last_error_de) "
            "VALUES (?, 'quarter', 1, '{}', 'x', ?, ?, ?)",
            (f"2026-Q{n}", f"key-{n}", "pending" if n == 1 else "failed", error))
    conn.execute("INSERT INTO clients(case_number, name) VALUES ('MFD-2026-0001', 'Olena')")
    client_id = conn.execute("SELECT id FROM clients").fetchone()[0]
    conn.execute("INSERT INTO client_restrictions(client_id) VALUES (?)", (client_id,))
    with pytest.raises(DatabaseError, match="eingeschränkt"):  # 0007's German sentence
        conn.execute("UPDATE clients SET name = 'Olena M.' WHERE id = ?", (client_id,))
    vault.lock()
    opened = unlock()  # migrates to the newest schema
    yield opened, client_id
    opened.lock()


def _runs(conn) -> list[str | None]:
    return [row[0] for row in conn.execute("SELECT message FROM sync_runs ORDER BY id")]


def test_known_sync_texts_become_keys_and_others_stay_readable(vault_at_0008):
    vault, _ = vault_at_0008
    conn = vault.conn
    assert migrations.current_version(conn) == migrations.latest_version() >= 9
    stored = _runs(conn)
    loaded = [messages.load(text) for text in stored]
    assert loaded[:5] == [
        Msg("sync.nothing"),
        Msg("sync.sent", sent=3),
        Msg("sync.sent_refused", sent=1, refused=2),
        Msg("sync.unreachable"),
        "Der Server hat einen Fehler gemeldet (502). Es wird später erneut versucht.",
    ]
    assert loaded[5:] == ["Das Gerät wurde gesperrt.", "12 Statistik(en) übertragen, oder so."]
    # every row reads in German exactly as before; converted ones also in English
    assert [messages.text_of(text, "de") for text in stored] == [m for _, m in OLD_RUNS]
    assert [messages.text_of(text, "en") for text in stored[:4]] == [
        "Nothing to send.", "3 statistic(s) sent.", "1 sent, 2 refused by the server.",
        "The server cannot be reached (no connection)."]
    assert messages.text_of(stored[5], "en") == "Das Gerät wurde gesperrt."  # as it was
    last = state.last_run(conn)
    assert last.text("de") == "12 Statistik(en) übertragen, oder so."


def test_outbox_errors_become_keys_where_they_can(vault_at_0008):
    vault, _ = vault_at_0008
    conn = vault.conn
    errors = [row[0] for row in conn.execute(
        "SELECT last_error_de FROM stats_releases ORDER BY id")]
    assert messages.load(errors[0]) == Msg("sync.busy")
    assert messages.text_of(errors[0], "en") == ("The server is busy right now. It will be "
                                                 "tried again later.")
    refused = VaultOutbox().refused(conn)
    assert [(r.period, r.text("de")) for r in refused] == [
        ("2026-Q2", "Der Server hat die Statistik 2026-Q1 (Fassung 1) abgelehnt: "
                    "Falsche Kennung.")]  # an older sentence with the server's reason


def test_new_runs_are_stored_as_keys(vault_at_0008):
    vault, _ = vault_at_0008
    conn = vault.conn
    run = state.start_run(conn)
    state.finish_run(conn, run, "ok", 2, 0, 0, Msg("sync.sent", sent=2))
    assert Msg.from_json(_runs(conn)[-1]) == Msg("sync.sent", sent=2)
    assert state.last_run(conn).text("en") == "2 statistic(s) sent."


def test_the_restriction_triggers_refuse_with_a_key(vault_at_0008):
    vault, client_id = vault_at_0008
    conn = vault.conn
    with pytest.raises(DatabaseError) as raw:
        conn.execute("UPDATE clients SET name = 'Olena M.' WHERE id = ?", (client_id,))
    assert str(raw.value) == "refusal.case_restricted"
    with pytest.raises(DatabaseError, match=r"^refusal\.case_restricted$"):
        conn.execute("INSERT INTO consultations(client_id, held_on) VALUES (?, '2026-05-02')",
                     (client_id,))
    with pytest.raises(UserError) as info, transaction(conn) as c:
        c.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    assert info.value.msg == Msg("refusal.case_restricted")
    assert str(info.value) == info.value.render("de") == RESTRICTED_DE
    assert info.value.render("en") == RESTRICTED_EN
    assert conn.execute("SELECT name FROM clients").fetchone()[0] == "Olena"
    triggers = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%'")]
    assert not [sql for sql in triggers if "eingeschränkt" in sql]
    # 0007's 35 triggers, recreated by 0009, the 12 of the Case-Management tables (0011)
    # and the 6 of the attachments (0014), the 3 of the appointments (0015) and the 3 of
    # the kept letters (0016)
    assert sum("'refusal.case_restricted'" in sql for sql in triggers) == 35 + 12 + 6 + 3 + 3
