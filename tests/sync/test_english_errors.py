"""Sync messages rendered in English (as the English app shows them); the vault keeps keys
with their values, never a sentence."""

from __future__ import annotations

import socket

import pytest
from babel.messages.pofile import read_po

from mfd_desktop import messages as messages_mod
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, placeholders, render, text_of
from mfd_desktop.settings import SettingsService
from mfd_desktop.sync import messages, state
from mfd_desktop.sync.client import RetryPolicy
from mfd_desktop.sync.config import adopt_site_id
from mfd_desktop.sync.transport import normalise_server_url
from tests.sync.conftest import make_service, outbox_rows, release_stats


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


with (messages_mod.messages_dir() / "de" / "sync.po").open("rb") as _po:
    SYNC_KEYS = sorted(m.id for m in read_po(_po) if m.id)


@pytest.mark.parametrize("key", SYNC_KEYS)
def test_every_sync_message_has_german_and_english_with_the_same_values(key):
    german_template = text_of(key, "de")
    english_template = text_of(key, "en")
    assert german_template and english_template
    fields = placeholders(german_template)
    assert fields == placeholders(english_template)
    values = {f: f"«{f} 42»" for f in fields}
    stored = messages.stored(Msg(key, **values))
    assert "«" in stored or not fields  # the values are kept, not a sentence
    assert messages.text_of(stored, "de") == german_template.format(**values)
    assert messages.text_of(stored, "en") == english_template.format(**values)
    if key != "sync.server_said":
        assert messages.text_of(stored, "de") != messages.text_of(stored, "en")


def test_a_server_reason_stays_in_the_servers_words():
    stored = messages.stored(Msg("sync.refused", period="2025-Q1", revision=2,
                                 reason="Diese Beratungsstelle gehört nicht zu diesem Gerät."))
    assert messages.text_of(stored, "en") == (
        "The server refused the statistics 2025-Q1 (version 2): Diese Beratungsstelle "
        "gehört nicht zu diesem Gerät.")
    assert messages.text_of(stored, "de") == (
        "Der Server hat die Statistik 2025-Q1 (Fassung 2) abgelehnt: Diese "
        "Beratungsstelle gehört nicht zu diesem Gerät.")


def test_an_older_rows_sentence_stays_readable_as_it_is():
    for old in ("Das Gerät wurde gesperrt.", "Nichts zu übertragen.", "{kaputt", ""):
        assert messages.load(old) == old
        assert messages.text_of(old, "en") == old
    assert messages.text_of(None, "en") == ""


def test_address_checks_speak_english():
    with pytest.raises(UserError) as info:
        normalise_server_url("http://statistik.example.org")
    assert info.value.render("en").startswith("Unencrypted connections (http://) are only allowed")
    with pytest.raises(UserError) as info:
        normalise_server_url("statistik")
    assert info.value.render("en").startswith("Please enter the full server address")


def test_an_unreachable_server_is_explained_in_english(vault):
    with pytest.raises(UserError) as info:
        make_service(vault).enroll(f"http://127.0.0.1:{_free_port()}", "ABCD-EFGH")
    assert info.value.render("en") == "The server cannot be reached (no connection)."
    assert str(info.value) == "Der Server ist nicht erreichbar (keine Verbindung)."


def test_not_enrolled_is_explained_in_english(vault):
    with pytest.raises(UserError) as info:
        make_service(vault).push_pending()
    assert info.value.render("en").startswith("This device is not yet enrolled")


def test_enrolment_and_a_refusal_in_english_while_the_vault_keeps_german(vault, live_server):
    service = make_service(vault)
    enrolled = service.enroll(live_server.url, live_server.enrollment_code("Mainz-Caritas"))
    assert render(enrolled.message, "en") == ("Enrolled for the counselling service “Mainz-Caritas”. The "
                                "access key is stored encrypted in the vault.")
    release_stats(vault, "Falsche-Stelle", "2025-Q1")  # the server refuses: wrong site
    release_stats(vault, "Mainz-Caritas", "2025-Q2")
    result = service.push_pending()
    assert result.text("en") == "1 sent, 1 refused by the server."
    assert result.message_de == "1 übertragen, 1 vom Server abgelehnt."
    last = state.last_run(vault.conn)
    assert last.message == result.message == Msg("sync.sent_refused", sent=1, refused=1)
    assert last.text("en") == result.text("en") and last.text("de") == result.message_de
    assert Msg.from_json(last.stored_message) == result.message  # stored: key and values
    refused = service.status().refused[0]
    assert refused.text("en").startswith("The server refused the statistics 2025-Q1 (version 1): ")
    assert refused.text("de").startswith("Der Server hat die Statistik 2025-Q1")
    stored_error = Msg.from_json(outbox_rows(vault)[0][4])
    assert (stored_error.key, stored_error.args["period"]) == ("sync.refused", "2025-Q1")
    again = service.push_pending()
    assert (again.outcome, again.text("en")) == ("nothing", "Nothing to send.")


def test_a_server_error_in_english(vault, live_server, proxy_factory):
    proxy = proxy_factory(live_server.port)
    service = make_service(vault, policy=RetryPolicy(max_attempts=1))
    service.enroll(proxy.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    proxy.script = ["status:500"]
    result = service.push_pending()
    assert result.outcome == "offline"
    assert result.text("en") == "The server reported an error (500). It will be tried again later."
    assert state.last_run(vault.conn).text("en") == result.text("en")
    assert messages.text_of(outbox_rows(vault)[0][4], "de") == (
        "Der Server hat einen Fehler gemeldet (500). Es wird später erneut versucht.")
    assert Msg.from_json(outbox_rows(vault)[0][4]) == Msg("sync.server_error", status=500)


def test_a_different_site_id_is_pointed_out_in_english(vault, data_paths):
    service = SettingsService(data_paths.preferences, lambda: vault.conn)
    service.set("stats_site_id", "Trier-DW")
    assert render(adopt_site_id(service, "Mainz-Caritas"), "en") == (
        "Note: the site ID for the statistics is set to “Trier-DW”, but this device is "
        "enrolled with the server for “Mainz-Caritas”. The server refuses statistics with the "
        "wrong ID – please ask your administrator.")
    assert str(adopt_site_id(service, "Mainz-Caritas")).startswith("Achtung: Als Standortkennung")


def test_settings_locked_by_the_administrator_say_so_in_english(vault, data_paths):
    service = SettingsService(data_paths.preferences, lambda: vault.conn,
                              locked_values={"sync_server_url": "https://statistik.example.org"})
    with pytest.raises(UserError) as info:
        service.set("sync_server_url", "https://elsewhere.example.org")
    assert info.value.render("en") == "Address of the statistics server: set by your administrator."
