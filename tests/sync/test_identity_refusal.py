"""The device meets the server's statistics-identity refusals (#15.2): a clear German
message, and the released statistics stay in the outbox until a takeover enrolment."""

from __future__ import annotations

import json

from mfd_desktop.messages import Msg, render, text_of
from tests.sync.conftest import make_service, outbox_rows, release_stats


def test_reinstalled_laptop_needs_a_takeover_code_and_keeps_its_outbox(vault, live_server):
    service = make_service(vault)
    service.enroll(live_server.url, live_server.enrollment_code("Mainz-Caritas"))
    release_stats(vault, "Mainz-Caritas", "2025-Q1", clients=12)
    assert service.push_pending().sent == 1

    # enrolled again with an ordinary code (new token): its identity belongs to the old token
    service.enroll(live_server.url, live_server.enrollment_code("Mainz-Caritas"))
    release_stats(vault, "Mainz-Caritas", "2025-Q1", clients=14)
    result = service.push_pending()
    assert result.outcome == "error" and result.sent == 0
    assert result.message == Msg("sync.identity_taken")
    assert result.message_de == text_of("sync.identity_taken", "de")
    assert "Übernahme-Anmeldecode" in result.message_de
    assert [row[2] for row in outbox_rows(vault)] == ["sent", "pending"]
    again = service.push_pending()  # nothing dropped on a second run either
    assert again.outcome == "error" and outbox_rows(vault)[1][2] == "pending"

    # the administrator issues a takeover code for the identity; enrolling with it sends
    code, listing = live_server.cli("list-devices", "--with-identity")
    identity = next(line.split("\t")[3] for line in listing.splitlines()
                    if line.split("\t")[3] != "-")
    code, out = live_server.cli("enroll-code", "--site", "Mainz-Caritas", "--takeover", identity)
    assert code == 0
    service.enroll(live_server.url, out.strip())
    done = service.push_pending()
    assert (done.outcome, done.sent) == ("ok", 1)
    assert [row[2] for row in outbox_rows(vault)] == ["sent", "sent"]
    code, out = live_server.cli("export", "--period", "2025-Q1", "--format", "json")
    totals = {(c["dimension"], c["category"]): c["value"] for c in json.loads(out)["cells"]}
    assert totals[("total", "total")] == 14


def test_identity_refusals_have_english_twins():
    for key in ("sync.identity_taken", "sync.identity_mismatch"):
        german, english = text_of(key, "de"), text_of(key, "en")
        assert german and english and german != english
        assert render(Msg(key), "en") == english
