"""Screenshots of the umbrella pages (status, approval, plausibility) with invented figures.

Same approach as scripts/server_screenshot.py: the real server on 127.0.0.1 with a
temporary SQLite file, invented sites and reports, throwaway admins, headless Chromium
behind a tiny loopback proxy that adds the session cookie. Writes
docs/screenshots/server_status.png, server_approval.png and server_plausibility.png
(or into the folder given as the first argument). Loopback only.
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
sys.path.insert(0, str(ROOT / "scripts"))

from server_screenshot import CookieProxy, demo_payload  # noqa: E402

from tests.server.support import start_server  # noqa: E402

PERIOD = "2025-Q3"
PASSWORD = "screenshot-passwort-nur-lokal"
SITES = [("Mainz-Caritas", "Migrationsdienst Mainz", "Caritasverband Mainz", 2),
         ("Trier-Diakonie", "MBE Trier", "Diakonisches Werk Trier", 1),
         ("Ludwigshafen-AWO", "MBE Ludwigshafen", "AWO Pfalz", 1),
         ("Koblenz-DRK", "Jugendmigrationsdienst Koblenz", "DRK Koblenz", 1),
         ("Bad-Kreuznach-Caritas", "Migrationsdienst Bad Kreuznach", "Caritasverband Mainz", 1)]


def push(live, device: dict, body: dict, period: str) -> None:
    r = httpx.put(f"{live.url}/api/v1/reports/{period}", json=body,
                  headers={"Authorization": f"Bearer {device['token']}",
                           "Idempotency-Key": uuid.uuid4().hex})
    r.raise_for_status()


def with_totals(body: dict, period: str, **totals: int) -> dict:
    kind = "quarter"
    cells = [c for c in body["cells"] if c["measure"] not in totals]
    cells += [{"measure": m, "dimension": "total", "category": "total", "value": v}
              for m, v in totals.items()]
    return body | {"cells": cells, "period": period, "period_kind": kind}


def login(live, name: str) -> str:
    client = httpx.Client(base_url=live.url)
    form = client.get("/admin/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    client.post("/admin/login", data={"username": name, "password": PASSWORD, "csrf": csrf})
    return f"mfd_admin={client.cookies.get('mfd_admin')}"


def decide(live, cookie: str, site: str, decision: str, comment: str) -> None:
    page = httpx.get(f"{live.url}/admin/sites/{site}/periods/{PERIOD}",
                     headers={"Cookie": cookie}).text
    data = {"csrf": re.search(r'name="csrf" value="([^"]+)"', page).group(1),
            "fingerprint": re.search(r'name="fingerprint" value="([^"]+)"', page).group(1),
            "decision": decision, "comment": comment}
    r = httpx.post(f"{live.url}/admin/sites/{site}/periods/{PERIOD}/decision", data=data,
                   headers={"Cookie": cookie})
    assert r.status_code == 303, r.text


def shoot(chromium: str, live, cookie: str, path: str, out: Path, profile: Path,
          height: int) -> None:
    handler = type("Proxy", (CookieProxy,), {"upstream": live.url, "cookie": cookie})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={out}", f"--window-size=1280,{height}",
                        "--hide-scrollbars", f"http://127.0.0.1:{proxy.server_address[1]}{path}"],
                       check=True, timeout=120, capture_output=True)
    finally:
        proxy.shutdown()
    print(f"Bildschirmfoto: {out}")


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium fehlt: apt-get install chromium", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="mfd-shot-"))
    live = start_server(f"sqlite:///{tmp / 'server.db'}")
    try:
        for site, name, traeger, _n in SITES:
            live.cli("declare-site", "--site", site, "--name", name, "--traeger", traeger,
                     "--owes", "quarter,year")
        live.cli("create-admin", "--username", "dachverband", "--password-stdin",
                 stdin=PASSWORD + "\n")
        live.cli("create-admin", "--username", "caritas-mainz", "--password-stdin",
                 "--role", "traeger_admin", "--traeger", "Caritasverband Mainz",
                 stdin=PASSWORD + "\n")
        live.cli("create-admin", "--username", "awo-pfalz", "--password-stdin",
                 "--role", "traeger_admin", "--traeger", "AWO Pfalz", stdin=PASSWORD + "\n")
        rng = random.Random(2025)
        sent: dict[str, list[tuple[dict, dict]]] = {}
        for site, _name, _traeger, count in SITES:
            if site == "Bad-Kreuznach-Caritas":
                live.enroll(site)  # enrolled, nothing sent: overdue
                continue
            for _ in range(count):
                device = live.enroll(site)
                body = demo_payload(device, rng)
                if site == "Ludwigshafen-AWO":
                    clients = next(c["value"] for c in body["cells"]
                                   if c["measure"] == "clients" and c["dimension"] == "total")
                    push(live, device, with_totals(body, "2024-Q3", clients=clients // 3),
                         "2024-Q3")
                    push(live, device, with_totals(body, "2025-Q2", cases_open_end=20),
                         "2025-Q2")
                    body = with_totals(body, PERIOD, new_clients=clients + 9, closed_cases=70)
                push(live, device, body, PERIOD)
                sent.setdefault(site, []).append((device, body))
        boss = login(live, "dachverband")
        caritas = login(live, "caritas-mainz")
        decide(live, caritas, "Mainz-Caritas", "approved", "")
        device, body = sent["Mainz-Caritas"][0]  # a new revision after the approval ...
        push(live, device, body | {"revision": 2}, PERIOD)
        decide(live, caritas, "Mainz-Caritas", "returned",  # ... goes back with a question
               "Fassung 2 ändert nichts an den Zahlen – bitte sagen, was korrigiert wurde.")
        decide(live, boss, "Trier-Diakonie", "returned",
               "Bitte die Beratungskontakte prüfen: deutlich weniger als im 2. Quartal.")
        out_dir.mkdir(parents=True, exist_ok=True)
        profile = tmp / "chromium"
        shoot(chromium, live, boss, f"/admin/status/{PERIOD}",
              out_dir / "server_status.png", profile, 760)
        shoot(chromium, live, caritas, f"/admin/sites/Mainz-Caritas/periods/{PERIOD}",
              out_dir / "server_approval.png", profile, 1500)
        shoot(chromium, live, login(live, "awo-pfalz"),
              f"/admin/sites/Ludwigshafen-AWO/periods/{PERIOD}",
              out_dir / "server_plausibility.png", profile, 900)
    finally:
        live.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
