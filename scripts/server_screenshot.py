"""Screenshot of the admin page (docs/screenshots/server_admin.png) with invented figures.

Starts the real server on 127.0.0.1 with a temporary SQLite file, enrols four invented
sites, pushes made-up reports for one quarter, logs in as a throwaway admin, and lets
headless Chromium photograph the period page through a tiny loopback proxy that adds
the session cookie (Chromium cannot log in without JavaScript automation).
Loopback only; no data leaves the machine.
"""

from __future__ import annotations

import http.server
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.server.support import start_server  # noqa: E402

PERIOD = "2025-Q3"
SITES = ["Mainz-Caritas", "Trier-Diakonie", "Ludwigshafen-AWO", "Koblenz-DRK"]
PASSWORD = "screenshot-passwort-nur-lokal"


def demo_payload(device: dict, rng: random.Random) -> dict:
    def value(lo: int, hi: int) -> int | None:
        v = rng.randint(lo, hi)
        return None if 0 < v < 5 else v

    cells = []
    regions = ["naher_osten", "suedasien", "osteuropa_kaukasus", "westbalkan", "tuerkei",
               "ostafrika", "west_zentralafrika", "eu_efta"]
    region_values = {r: value(0, 40) for r in regions}
    total = sum(v or 2 for v in region_values.values())
    cells.append(("clients", "total", "total", total))
    cells += [("clients", "region", r, v) for r, v in region_values.items()]
    for band in ["12_17", "18_26", "27_44", "45_64", "65_plus"]:
        cells.append(("clients", "age_band", band, value(2, 45)))
    for g in ["weiblich", "maennlich"]:
        cells.append(("clients", "gender", g, value(20, 80)))
    contacts = 0
    chan = []
    for ch in ["persoenlich", "telefonisch", "email_messenger", "video", "aufsuchend"]:
        v = value(0, 120)
        contacts += v or 3
        chan.append(("consultations", "channel", ch, v))
    cells.append(("consultations", "total", "total", contacts))
    cells += chan
    out = []
    for m, d, c, v in cells:
        cell = {"measure": m, "dimension": d, "category": c}
        out.append(cell | ({"value": None, "suppressed": True} if v is None else {"value": v}))
    return {"schema": "mfd-stats/1", "site_id": device["site_id"],
            "device_id": device["device_id"], "period": PERIOD, "period_kind": "quarter",
            "revision": 1, "suppression_k": 5, "cells": out}


class CookieProxy(http.server.BaseHTTPRequestHandler):
    upstream = ""
    cookie = ""

    def do_GET(self):  # noqa: N802
        r = httpx.get(self.upstream + self.path, headers={"Cookie": self.cookie})
        self.send_response(r.status_code)
        for k in ("content-type", "location"):
            if k in r.headers:
                self.send_header(k, r.headers[k])
        self.send_header("Content-Length", str(len(r.content)))
        self.end_headers()
        self.wfile.write(r.content)

    def log_message(self, *args):
        pass


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/server_admin.png"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium fehlt: apt-get install chromium", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="mfd-shot-"))
    live = start_server(f"sqlite:///{tmp / 'server.db'}")
    try:
        live.cli("create-admin", "--username", "admin", "--password-stdin", stdin=PASSWORD + "\n")
        rng = random.Random(2025)
        for site in SITES:
            for _ in range(2 if site == "Mainz-Caritas" else 1):
                device = live.enroll(site)
                body = demo_payload(device, rng)
                r = httpx.put(f"{live.url}/api/v1/reports/{PERIOD}", json=body,
                              headers={"Authorization": f"Bearer {device['token']}",
                                       "Idempotency-Key": uuid.uuid4().hex})
                r.raise_for_status()
        client = httpx.Client(base_url=live.url)
        form = client.get("/admin/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
        client.post("/admin/login", data={"username": "admin", "password": PASSWORD, "csrf": csrf})
        CookieProxy.upstream = live.url
        CookieProxy.cookie = f"mfd_admin={client.cookies.get('mfd_admin')}"
        proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CookieProxy)
        threading.Thread(target=proxy.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{proxy.server_address[1]}/admin/periods/{PERIOD}"
        out.parent.mkdir(parents=True, exist_ok=True)
        profile = tmp / "chromium"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={out}", "--window-size=1280,900",
                        "--hide-scrollbars", url],
                       check=True, timeout=120, capture_output=True)
        proxy.shutdown()
        print(f"Bildschirmfoto: {out}")
    finally:
        live.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
