"""Helpers for the umbrella-workflow tests: admins with roles, logins, page scraping."""

from __future__ import annotations

import re

import httpx

from tests.server.support import LiveServer

PASSWORD = "dachverband-passwort-42"


def add_admin(live: LiveServer, name: str, *args: str) -> None:
    code, out = live.cli("create-admin", "--username", name, "--password-stdin", *args,
                         stdin=PASSWORD + "\n")
    assert code == 0, out


def declare(live: LiveServer, site: str, traeger: str, owes: str = "quarter,year") -> None:
    code, out = live.cli("declare-site", "--site", site, "--name", f"MFD {site}",
                         "--traeger", traeger, "--owes", owes)
    assert code == 0 and "erklärt" in out


def login_as(live: LiveServer, name: str) -> httpx.Client:
    client = httpx.Client(base_url=live.url, timeout=20)
    form = client.get("/admin/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = client.post("/admin/login", data={"username": name, "password": PASSWORD,
                                          "csrf": csrf})
    assert r.status_code == 303, r.text
    return client


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def fingerprint_of(page: str) -> str:
    return re.search(r'name="fingerprint" value="([0-9a-f]{64})"', page).group(1)


def decide(client: httpx.Client, site: str, period: str, decision: str,
           comment: str = "", page: str | None = None) -> httpx.Response:
    page = page or client.get(f"/admin/sites/{site}/periods/{period}").text
    return client.post(f"/admin/sites/{site}/periods/{period}/decision",
                       data={"csrf": csrf_of(page), "fingerprint": fingerprint_of(page),
                             "decision": decision, "comment": comment})


def clients_total(page: str) -> str | None:
    """The shown clients total on a period page (None when the measure is absent)."""
    match = re.search(r"<h2>Ratsuchende \(beraten\)</h2>\s*<h3>Gesamt</h3>.*?"
                      r'<td class="num[^"]*"[^>]*>([^<]+)</td>', page, re.S)
    return match.group(1) if match else None
