"""Admin web pages: Argon2id login, session cookie flags, CSRF, totals with lower bounds."""

from __future__ import annotations

import re

import httpx
import pytest

from mfd_server.models import Admin
from tests.server.support import CLOSED_PERIOD, make_payload, put

PASSWORD = "sehr-geheimes-passwort-42"


@pytest.fixture
def admin_server(server_factory, sqlite_url):
    live = server_factory(sqlite_url)
    code, _ = live.cli("create-admin", "--username", "lea", "--password-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 0
    return live


def login(live, password: str = PASSWORD) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=live.url, timeout=10)
    form = client.get("/admin/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    response = client.post("/admin/login", data={"username": "lea", "password": password,
                                                 "csrf": csrf})
    return client, response


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def test_password_is_stored_as_argon2id(admin_server):
    with admin_server.sessions()() as session:
        stored = session.query(Admin).one().password_hash
    assert stored.startswith("argon2id$65536$3$") and PASSWORD not in stored


def test_pages_need_login(admin_server):
    r = httpx.get(f"{admin_server.url}/admin/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    r = httpx.get(f"{admin_server.url}/admin/periods/{CLOSED_PERIOD}/export.csv")
    assert r.status_code == 303


def test_wrong_password_and_missing_csrf(admin_server):
    _client, r = login(admin_server, "falsch-falsch-falsch")
    assert r.status_code == 401 and "stimmt nicht" in r.text
    client = httpx.Client(base_url=admin_server.url)
    client.get("/admin/login")
    r = client.post("/admin/login", data={"username": "lea", "password": PASSWORD,
                                          "csrf": "forged"})
    assert r.status_code == 403 and "mfd_admin" not in r.headers.get("set-cookie", "")


def test_login_sets_a_strict_httponly_cookie(admin_server):
    client, r = login(admin_server)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "mfd_admin=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http on loopback in this test
    page = client.get("/admin/")
    assert page.status_code == 200 and "Eingegangene Statistiken" in page.text
    assert "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_secure_cookie_when_configured(server_factory, sqlite_url):
    live = server_factory(sqlite_url, secure_cookies=True)
    live.cli("create-admin", "--username", "lea", "--password-stdin", stdin=PASSWORD + "\n")
    form = httpx.get(f"{live.url}/admin/login")
    assert "Secure" in form.headers["set-cookie"]
    token = csrf_of(form.text)
    # a browser sends Secure cookies only over https; send it by hand here
    r = httpx.post(f"{live.url}/admin/login", headers={"Cookie": f"mfd_login_csrf={token}"},
                   data={"username": "lea", "password": PASSWORD, "csrf": token})
    assert r.status_code == 303
    assert "Secure" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]


def test_period_page_totals_lower_bounds_and_csv(admin_server):
    a = admin_server.enroll("Mainz-Caritas")
    b = admin_server.enroll("Trier-DW")
    put(admin_server, a, make_payload(a, clients=12, regions={"westbalkan": 7, "naher_osten": 5}))
    put(admin_server, b, make_payload(b, clients=30, regions={"westbalkan": 10,
                                                              "naher_osten": None}))
    client, _ = login(admin_server)
    overview = client.get("/admin/")
    assert f"/admin/periods/{CLOSED_PERIOD}" in overview.text
    page = client.get(f"/admin/periods/{CLOSED_PERIOD}")
    assert page.status_code == 200
    text = page.text
    assert "Mainz-Caritas" in text and "Trier-DW" in text
    assert "Untergrenze" in text and "aus Datenschutzgründen nicht ausgewiesen" in text
    assert "&lt; 5" not in text and "< 5" not in text
    assert re.search(r"mindestens\s*5", text)  # naher_osten: 5 visible + 1 suppressed
    assert re.search(r'<td class="num">42</td>', text)  # clients total 12 + 30
    assert "<svg" in text and "<script" not in text
    csv_r = client.get(f"/admin/periods/{CLOSED_PERIOD}/export.csv")
    assert csv_r.status_code == 200
    assert "attachment" in csv_r.headers["content-disposition"]
    assert f"{CLOSED_PERIOD};clients;region;naher_osten;5;true;1;2;0;mindestens 5" in csv_r.text


def test_revoke_needs_csrf(admin_server):
    dev = admin_server.enroll()
    client, _ = login(admin_server)
    page = client.get("/admin/devices")
    assert dev["device_id"][:8] in page.text
    forged = client.post(f"/admin/devices/{dev['device_id']}/revoke", data={"csrf": "x"})
    assert forged.status_code == 403 and forged.json()["code"] == "csrf_failed"
    assert put(admin_server, dev, make_payload(dev)).status_code == 200
    ok = client.post(f"/admin/devices/{dev['device_id']}/revoke",
                     data={"csrf": csrf_of(page.text)})
    assert ok.status_code == 303
    assert put(admin_server, dev, make_payload(dev, revision=2)).status_code == 403


def test_logout_needs_csrf_and_ends_the_session(admin_server):
    client, _ = login(admin_server)
    page = client.get("/admin/")
    assert client.post("/admin/logout", data={"csrf": "x"}).status_code == 403
    assert client.get("/admin/").status_code == 200
    sid = client.cookies.get("mfd_admin")
    assert client.post("/admin/logout", data={"csrf": csrf_of(page.text)}).status_code == 303
    # the old session id no longer works even if someone kept it
    again = httpx.get(f"{admin_server.url}/admin/", cookies={"mfd_admin": sid},
                      follow_redirects=False)
    assert again.status_code == 303


def test_period_page_marks_totals_only_sites(admin_server):
    a = admin_server.enroll("Mainz-Caritas")
    small = admin_server.enroll("Bingen-AWO")
    put(admin_server, a, make_payload(a, clients=30, regions={"westbalkan": 30}))
    put(admin_server, small, make_payload(small, clients=12, regions={}, totals_only=True))
    client, _ = login(admin_server)
    text = client.get(f"/admin/periods/{CLOSED_PERIOD}").text
    assert re.search(r'<td class="num">42</td>', text)  # totals: both sites
    assert re.search(r"mindestens\s*30", text)  # westbalkan: the small site is missing
    assert "1 × nur Summen" in text and "× nicht ausgewiesen" not in text
