"""The real server on 127.0.0.1 (SQLite and PostgreSQL): enrolment, idempotent reports,
revisions, refusals, export totals."""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from sqlalchemy import func, select

from mfd_server.models import IdempotencyRecord, Report, ReportCell
from tests.server.support import CLOSED_PERIOD, current_quarter, make_payload, put


def count(live, model, **where) -> int:
    with live.sessions()() as session:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return session.scalar(stmt)


def test_health_and_openapi(live_server):
    r = httpx.get(f"{live_server.url}/api/v1/health")
    assert r.status_code == 200
    assert r.json()["schema"] == "mfd-stats/2"  # the newest it accepts (and /1)
    spec = httpx.get(f"{live_server.url}/api/v1/openapi.json").json()
    assert "/api/v1/reports/{period}" in spec["paths"]
    assert "/api/v1/enroll" in spec["paths"]
    body = spec["paths"]["/api/v1/reports/{period}"]["put"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("/StatsPayload")
    assert "Cell" in spec["components"]["schemas"]
    assert spec["components"]["schemas"]["StatsPayload"]["additionalProperties"] is False


def test_enrolment_code_works_once(live_server):
    code = live_server.enrollment_code("Trier-DW")
    first = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": code.lower()})
    assert first.status_code == 200
    body = first.json()
    assert body["site_id"] == "Trier-DW" and len(body["device_id"]) == 32
    again = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": code})
    assert again.status_code == 409
    assert again.json()["code"] == "enrollment_code_used"
    assert "schon benutzt" in again.json()["detail"]
    unknown = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD"})
    assert unknown.status_code == 404 and unknown.json()["code"] == "enrollment_code_invalid"
    extra = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": code, "x": 1})
    assert extra.status_code == 422 and extra.json()["code"] == "invalid_request"


def test_token_is_stored_hashed(live_server):
    dev = live_server.enroll()
    from mfd_server.models import Device

    with live_server.sessions()() as session:
        row = session.get(Device, dev["device_id"])
    assert dev["token"] not in row.token_hash
    assert len(row.token_hash) == 64


def test_same_report_three_times_is_stored_once(live_server):
    dev = live_server.enroll()
    payload = make_payload(dev)
    answers = [put(live_server, dev, payload, key="key-aaaa-0001") for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert answers[0].json() == answers[1].json() == answers[2].json()
    # Same content under a new key: still a no-op with the same answer.
    other_key = put(live_server, dev, payload, key="key-aaaa-0002")
    assert other_key.status_code == 200 and other_key.json() == answers[0].json()
    assert count(live_server, Report) == 1
    assert count(live_server, ReportCell) == len(payload["cells"])
    assert count(live_server, IdempotencyRecord) == 2


def test_new_revision_replaces_and_older_is_refused(live_server):
    dev = live_server.enroll()
    assert put(live_server, dev, make_payload(dev, revision=1, clients=12)).status_code == 200
    r2 = put(live_server, dev, make_payload(dev, revision=2, clients=20))
    assert r2.status_code == 200 and r2.json()["revision"] == 2
    assert count(live_server, Report) == 1
    with live_server.sessions()() as session:
        report = session.scalars(select(Report)).one()
        assert report.revision == 2
        total = session.scalar(select(ReportCell.value).where(
            ReportCell.report_id == report.id, ReportCell.dimension == "total"))
    assert total == 20
    old = put(live_server, dev, make_payload(dev, revision=1, clients=12))
    assert old.status_code == 409 and old.json()["code"] == "revision_outdated"
    same_rev_other = put(live_server, dev, make_payload(dev, revision=2, clients=30))
    assert same_rev_other.status_code == 409
    assert same_rev_other.json()["code"] == "revision_conflict"


def test_idempotency_key_reused_for_other_body_is_refused(live_server):
    dev = live_server.enroll()
    assert put(live_server, dev, make_payload(dev), key="key-bbbb-0001").status_code == 200
    r = put(live_server, dev, make_payload(dev, revision=2), key="key-bbbb-0001")
    assert r.status_code == 422 and r.json()["code"] == "idempotency_key_reused"
    missing = put(live_server, dev, make_payload(dev, revision=2), key="x")
    assert missing.status_code == 400 and missing.json()["code"] == "idempotency_key_missing"


def test_export_totals_across_sites(live_server):
    a = live_server.enroll("Mainz-Caritas")
    b = live_server.enroll("Trier-DW")
    c = live_server.enroll("Trier-DW")
    put(live_server, a, make_payload(a, clients=12, regions={"westbalkan": 7, "naher_osten": 5}))
    put(live_server, b, make_payload(b, clients=30, regions={"westbalkan": 10, "naher_osten": None}))
    put(live_server, c, make_payload(c, clients=6, regions={"westbalkan": 0, "suedasien": 6}))
    # a revision replaces, never adds
    put(live_server, a, make_payload(a, revision=2, clients=15,
                                     regions={"westbalkan": 8, "naher_osten": 7}))
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    cells = {(x["dimension"], x["category"]): x for x in doc["cells"]}
    assert cells[("total", "total")]["value"] == 15 + 30 + 6
    assert cells[("region", "westbalkan")]["value"] == 8 + 10 + 0
    assert cells[("region", "naher_osten")] == {
        "measure": "clients", "dimension": "region", "category": "naher_osten",
        "value": 7, "lower_bound": True, "suppressed_cells": 1, "totals_only_reports": 0,
        "shown": "mindestens 7"}
    assert cells[("region", "suedasien")]["lower_bound"] is False
    assert doc["sites"] == ["Mainz-Caritas", "Trier-DW"]
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--site", "Trier-DW",
                                "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("period;measure;dimension")
    assert f"{CLOSED_PERIOD};clients;total;total;36;false;0;2;0;36" in lines
    # nothing visible behind it: the statistical offices' sign ".", never "< 5"
    assert f"{CLOSED_PERIOD};clients;region;naher_osten;0;true;1;1;0;." in lines


@pytest.mark.parametrize("mutate, code", [
    (lambda p: p | {"client_name": "x"}, "unknown_field"),
    (lambda p: p | {"cells": [p["cells"][0] | {"note": "x"}]}, "unknown_field"),
    (lambda p: p | {"cells": [p["cells"][0] | {"value": 3}]}, "small_cell"),
    (lambda p: p | {"revision": 0}, "invalid_payload"),
])
def test_refuses_bad_payloads(live_server, mutate, code):
    dev = live_server.enroll()
    r = put(live_server, dev, mutate(make_payload(dev)))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == code
    assert r.json()["detail"]  # German sentence
    assert count(live_server, Report) == 0


def test_refuses_open_period_and_mismatches(live_server):
    dev = live_server.enroll()
    open_period = current_quarter()
    r = put(live_server, dev, make_payload(dev, period=open_period))
    assert r.status_code == 422 and r.json()["code"] == "period_open"
    r = put(live_server, dev, make_payload(dev), period="2025-Q2")
    assert r.json()["code"] == "period_mismatch"
    r = put(live_server, dev, make_payload(dev | {"site_id": "Trier-DW"}))
    assert r.json()["code"] == "site_mismatch"
    r = put(live_server, dev, b"{not json")
    assert r.status_code == 400 and r.json()["code"] == "invalid_json"
    assert count(live_server, Report) == 0


def test_pseudonym_is_bound_to_its_site_and_survives_re_enrolment_only_by_takeover(live_server):
    laptop = live_server.enroll("Mainz-Caritas")
    assert put(live_server, laptop, make_payload(laptop, clients=12)).status_code == 200
    # Another site's device cannot write under this pseudonym.
    intruder = live_server.enroll("Trier-DW")
    forged = make_payload(intruder) | {"device_id": laptop["device_id"]}
    r = put(live_server, intruder, forged)
    assert r.status_code == 422 and r.json()["code"] == "device_conflict"
    # The same laptop enrolled again with an ordinary code cannot take its old identity.
    again = live_server.enroll("Mainz-Caritas")
    renewed = make_payload(laptop, revision=2, clients=14)
    r = put(live_server, again, renewed)
    assert r.status_code == 403 and r.json()["code"] == "identity_taken"
    # With a takeover code the administrator issued for that identity it can: a new
    # revision replaces its report instead of counting twice, the old token is revoked.
    code, out = live_server.cli("enroll-code", "--site", "Mainz-Caritas",
                                "--takeover", laptop["device_id"])
    assert code == 0
    enrolled = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": out.strip()},
                          timeout=10)
    assert enrolled.status_code == 200
    reinstalled = enrolled.json()
    assert put(live_server, reinstalled, renewed).status_code == 200
    assert count(live_server, Report) == 1
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--format", "json")
    totals = {(c["dimension"], c["category"]): c["value"] for c in json.loads(out)["cells"]}
    assert totals[("total", "total")] == 14
    old = put(live_server, laptop, make_payload(laptop, revision=3, clients=15))
    assert old.status_code == 403 and old.json()["code"] == "device_revoked"


def test_server_threshold_above_payload_threshold(server_factory, sqlite_url):
    live = server_factory(sqlite_url, k=10)
    dev = live.enroll()
    r = put(live, dev, make_payload(dev, regions={"westbalkan": 7}))
    assert r.status_code == 422 and r.json()["code"] == "small_cell"
    assert "(10)" in r.json()["detail"]
    assert put(live, dev, make_payload(dev, regions={"westbalkan": 0})).status_code == 200


def test_wrong_and_revoked_tokens(live_server):
    dev = live_server.enroll()
    payload = make_payload(dev)
    wrong = put(live_server, dev, payload, token=dev["token"][:-2] + "xx")
    assert wrong.status_code == 401 and wrong.json()["code"] == "invalid_token"
    garbage = put(live_server, dev, payload, token="nonsense")
    assert garbage.status_code == 401
    no_auth = httpx.put(f"{live_server.url}/api/v1/reports/{CLOSED_PERIOD}",
                        content=json.dumps(payload), headers={"Idempotency-Key": "abcdefgh1"})
    assert no_auth.status_code == 401
    code, _out = live_server.cli("revoke-device", dev["device_id"])
    assert code == 0
    revoked = put(live_server, dev, payload)
    assert revoked.status_code == 403 and revoked.json()["code"] == "device_revoked"
    assert count(live_server, Report) == 0


def test_huge_body_refused_by_length_and_by_stream(live_server):
    dev = live_server.enroll()
    limit = live_server.config.max_body_bytes
    big = b"{" + b" " * (limit + 10) + b"}"
    r = put(live_server, dev, big)
    assert r.status_code == 413 and r.json()["code"] == "body_too_large"

    def chunks():
        for _ in range(limit // 4096 + 5):
            yield b" " * 4096

    r = httpx.put(f"{live_server.url}/api/v1/reports/{CLOSED_PERIOD}", content=chunks(),
                  headers={"Authorization": f"Bearer {dev['token']}",
                           "Idempotency-Key": "chunked-0001"}, timeout=10)
    assert r.status_code == 413 and r.json()["code"] == "body_too_large"


def test_lying_content_length_is_caught_while_streaming(live_server):
    dev = live_server.enroll()
    limit = live_server.config.max_body_bytes
    body = b" " * (limit + 4096)
    head = (f"PUT /api/v1/reports/{CLOSED_PERIOD} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {dev['token']}\r\nIdempotency-Key: lying-0001\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    import threading

    answer = bytearray()
    answered = threading.Event()
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=10) as s:

        def read() -> None:
            # Read while sending: once the server answers 413 and closes, a late read could
            # lose the answer to the reset caused by the bytes it never took.
            try:
                while data := s.recv(65536):
                    answer.extend(data)
                    answered.set()
            except OSError:
                pass
            answered.set()

        reader = threading.Thread(target=read)
        reader.start()
        s.sendall(head)
        try:
            for i in range(0, len(body), 8192):
                if answered.is_set():
                    break  # the server has refused; stop sending
                part = body[i:i + 8192]
                s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            else:
                s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close early: that is the point
        reader.join(15)
    answer = bytes(answer)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]


def test_rate_limit_per_device(server_factory, sqlite_url):
    live = server_factory(sqlite_url, device_rate_per_minute=1, device_burst=2)
    dev = live.enroll()
    other = live.enroll()
    codes = [put(live, dev, make_payload(dev)).status_code for _ in range(3)]
    assert codes[:2] == [200, 200]
    assert codes[2] == 429
    limited = put(live, dev, make_payload(dev))
    assert int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["code"] == "rate_limited"
    # another device is not affected
    assert put(live, other, make_payload(other)).status_code == 200


def test_unknown_route_is_json(live_server):
    r = httpx.get(f"{live_server.url}/api/v1/nothing")
    assert r.status_code == 404 and r.json()["code"] == "not_found"


def _put_raw(live, dev, body: bytes, encoding: str, key: str) -> httpx.Response:
    return httpx.put(f"{live.url}/api/v1/reports/{CLOSED_PERIOD}", content=body,
                     headers={"Authorization": f"Bearer {dev['token']}", "Idempotency-Key": key,
                              "Content-Type": "application/json", "Content-Encoding": encoding},
                     timeout=10)


def test_gzip_report_is_stored_like_plain_json(live_server):
    import gzip

    dev = live_server.enroll()
    payload = make_payload(dev)
    plain = json.dumps(payload).encode()
    packed = gzip.compress(plain, mtime=0)
    assert len(packed) < len(plain)
    r = _put_raw(live_server, dev, packed, "gzip", "gzip-key-0001")
    assert r.status_code == 200, r.text
    # the same report again, uncompressed: the same answer, still stored once
    assert put(live_server, dev, payload, key="gzip-key-0002").json() == r.json()
    assert count(live_server, Report) == 1
    assert count(live_server, ReportCell) == len(payload["cells"])


def test_gzip_bombs_broken_gzip_and_other_encodings_are_refused(live_server):
    import gzip

    dev = live_server.enroll()
    limit = live_server.config.max_body_bytes
    bomb = gzip.compress(b"{" + b" " * (limit * 4) + b"}")
    assert len(bomb) < limit  # small on the wire, huge when unpacked
    r = _put_raw(live_server, dev, bomb, "gzip", "bomb-key-0001")
    assert r.status_code == 413 and r.json()["code"] == "body_too_large"
    r = _put_raw(live_server, dev, b"\x1f\x8b not really gzip", "gzip", "bad-gzip-0001")
    assert r.status_code == 400 and r.json()["code"] == "bad_encoding"
    truncated = gzip.compress(json.dumps(make_payload(dev)).encode())[:-12]
    r = _put_raw(live_server, dev, truncated, "gzip", "cut-gzip-0001")
    assert r.status_code == 400 and r.json()["code"] == "bad_encoding"
    r = _put_raw(live_server, dev, b"{}", "br", "brotli-0001")
    assert r.status_code == 415 and r.json()["code"] == "unsupported_encoding"
    assert count(live_server, Report) == 0


def test_totals_only_report_is_accepted_and_makes_breakdowns_lower_bounds(live_server):
    """Rule 5: a small site sends totals only; its people are in no breakdown."""
    a = live_server.enroll("Mainz-Caritas")
    small = live_server.enroll("Bingen-AWO")
    assert put(live_server, a, make_payload(a, clients=30, regions={"westbalkan": 30}))\
        .status_code == 200
    only = make_payload(small, clients=12, regions={}, totals_only=True)
    assert put(live_server, small, only).status_code == 200
    # a totals-only payload with a breakdown cell is refused
    bad = make_payload(small, revision=2, clients=12, regions={"westbalkan": 12},
                       totals_only=True)
    r = put(live_server, small, bad)
    assert r.status_code == 422 and r.json()["code"] == "invalid_payload"
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--format", "json")
    assert code == 0
    cells = {(x["dimension"], x["category"]): x for x in json.loads(out)["cells"]}
    assert cells[("total", "total")]["value"] == 42
    assert cells[("total", "total")]["lower_bound"] is False
    assert cells[("region", "westbalkan")] == {
        "measure": "clients", "dimension": "region", "category": "westbalkan",
        "value": 30, "lower_bound": True, "suppressed_cells": 0, "totals_only_reports": 1,
        "shown": "mindestens 30"}
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--site", "Mainz-Caritas",
                                "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].endswith(";reports;totals_only_reports;shown")
    assert any(line.startswith(f"{CLOSED_PERIOD};clients;region;westbalkan;30;false;0;1;0")
               for line in lines)


def test_v2_reports_are_taken_and_v1_reports_make_the_new_sums_lower_bounds(live_server):
    new = live_server.enroll("Mainz-Caritas")
    old = live_server.enroll("Trier-DW")
    v2 = make_payload(new, clients=12)
    v2["schema"] = "mfd-stats/2"
    v2["cells"] += [
        {"measure": "clients", "dimension": "district", "category": "07315", "value": 12},
        {"measure": "plans_started", "dimension": "total", "category": "total", "value": 6}]
    assert put(live_server, new, v2).status_code in (200, 201)
    # a /1 laptop may not send what /2 added …
    sneaky = make_payload(old, clients=9)
    sneaky["cells"].append(
        {"measure": "clients", "dimension": "district", "category": "07211", "value": 9})
    refused = put(live_server, old, sneaky)
    assert refused.status_code == 422 and "mfd-stats/1" in refused.text
    # … and its plain /1 report is taken: the /2 sums are then lower bounds
    assert put(live_server, old, make_payload(old, clients=9)).status_code in (200, 201)
    code, out = live_server.cli("export", "--period", CLOSED_PERIOD, "--format", "json")
    assert code == 0
    cells = {(x["measure"], x["dimension"], x["category"]): x for x in json.loads(out)["cells"]}
    assert cells[("clients", "total", "total")]["value"] == 21
    assert cells[("clients", "total", "total")]["lower_bound"] is False
    district = cells[("clients", "district", "07315")]
    assert (district["value"], district["lower_bound"], district["shown"]) == (
        12, True, "mindestens 12")
    assert cells[("plans_started", "total", "total")]["shown"] == "mindestens 6"
