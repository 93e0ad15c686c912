"""Sync in the English app: errors and run messages in English; the vault keeps German."""

from __future__ import annotations

import socket
import string

import pytest

from mfd_desktop import errors
from mfd_desktop.errors import UserError
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


@pytest.mark.parametrize("key", sorted(messages.MESSAGES))
def test_every_stored_german_message_finds_its_english_text(key):
    german_template, english_template = messages.MESSAGES[key]
    fields = {f for _, f, _, _ in string.Formatter().parse(german_template) if f}
    assert fields == {f for _, f, _, _ in string.Formatter().parse(english_template) if f}
    values = {f: f"«{f} 42»" for f in fields}
    german, english = messages.pair(key, **values)
    assert german != english
    assert messages.english(german) == english


def test_a_server_reason_stays_in_the_servers_words():
    german = ("Der Server hat die Statistik 2025-Q1 (Fassung 2) abgelehnt: Diese "
              "Beratungsstelle gehört nicht zu diesem Gerät.")
    assert messages.english(german) == (
        "The server refused the statistics 2025-Q1 (version 2): Diese Beratungsstelle "
        "gehört nicht zu diesem Gerät.")
    assert messages.english("Das Gerät wurde gesperrt.") == "Das Gerät wurde gesperrt."


def test_shown_follows_the_display_language(english):
    assert messages.shown("Nichts zu übertragen.") == "Nothing to send."
    errors.set_display_language("de")
    assert messages.shown("Nichts zu übertragen.") == "Nichts zu übertragen."


def test_address_checks_speak_english(english):
    with pytest.raises(UserError) as info:
        normalise_server_url("http://statistik.example.org")
    assert info.value.message.startswith("Unencrypted connections (http://) are only allowed")
    with pytest.raises(UserError) as info:
        normalise_server_url("statistik")
    assert info.value.message.startswith("Please enter the full server address")


def test_an_unreachable_server_is_explained_in_english(vault, english):
    with pytest.raises(UserError) as info:
        make_service(vault).enroll(f"http://127.0.0.1:{_free_port()}", "ABCD-EFGH")
    assert info.value.message == "The server cannot be reached (no connection)."
    assert str(info.value) == "Der Server ist nicht erreichbar (keine Verbindung)."


def test_not_enrolled_is_explained_in_english(vault, english):
    with pytest.raises(UserError) as info:
        make_service(vault).push_pending()
    assert info.value.message.startswith("This device is not yet enrolled")


def test_enrolment_and_a_refusal_in_english_while_the_vault_keeps_german(vault, live_server,
                                                                          english):
    service = make_service(vault)
    enrolled = service.enroll(live_server.url, live_server.enrollment_code("Mainz-Caritas"))
    assert enrolled.message == ("Enrolled for the counselling service “Mainz-Caritas”. The "
                                "access key is stored encrypted in the vault.")
    release_stats(vault, "Falsche-Stelle", "2025-Q1")  # the server refuses: wrong site
    release_stats(vault, "Mainz-Caritas", "2025-Q2")
    result = service.push_pending()
    assert result.message == "1 sent, 1 refused by the server."
    assert result.message_de == "1 übertragen, 1 vom Server abgelehnt."
    assert state.last_run(vault.conn).message == result.message
    assert state.last_run(vault.conn).message_de == result.message_de  # stored German
    refused = service.status().refused[0]
    assert refused.error.startswith("The server refused the statistics 2025-Q1 (version 1): ")
    assert outbox_rows(vault)[0][4].startswith("Der Server hat die Statistik 2025-Q1")
    again = service.push_pending()
    assert (again.outcome, again.message) == ("nothing", "Nothing to send.")


def test_a_server_error_in_english(vault, live_server, proxy_factory, english):
    proxy = proxy_factory(live_server.port)
    service = make_service(vault, policy=RetryPolicy(max_attempts=1))
    service.enroll(proxy.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    proxy.script = ["status:500"]
    result = service.push_pending()
    assert result.outcome == "offline"
    assert result.message == "The server reported an error (500). It will be tried again later."
    assert state.last_run(vault.conn).message == result.message
    assert outbox_rows(vault)[0][4] == ("Der Server hat einen Fehler gemeldet (500). Es wird "
                                        "später erneut versucht.")


def test_a_different_site_id_is_pointed_out_in_english(vault, data_paths, english):
    service = SettingsService(data_paths.preferences, lambda: vault.conn)
    service.set("stats_site_id", "Trier-DW")
    assert adopt_site_id(service, "Mainz-Caritas") == (
        "Note: the site ID for the statistics is set to “Trier-DW”, but this device is "
        "enrolled with the server for “Mainz-Caritas”. The server refuses statistics with the "
        "wrong ID – please ask your administrator.")
    errors.set_display_language("de")
    assert adopt_site_id(service, "Mainz-Caritas").startswith("Achtung: Als Standortkennung")


def test_settings_locked_by_the_administrator_say_so_in_english(vault, data_paths, english):
    service = SettingsService(data_paths.preferences, lambda: vault.conn,
                              locked_values={"sync_server_url": "https://statistik.example.org"})
    with pytest.raises(UserError) as info:
        service.set("sync_server_url", "https://elsewhere.example.org")
    assert info.value.message == "Address of the statistics server: set by your administrator."
