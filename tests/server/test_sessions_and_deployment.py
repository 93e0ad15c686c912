"""Issue #15.4 and #15.6 (server): admin sessions end with the password; the SQLite file
is 0600; X-Forwarded-For counts only from proxies named in the configuration."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from mfd_server.models import Admin
from mfd_server.security import hash_password
from tests.server.support import free_port
from tests.server.test_admin import PASSWORD, admin_server, login  # noqa: F401 - fixture

NEW_PASSWORD = "ein-ganz-neues-passwort-7"


def still_logged_in(live, cookie: str) -> bool:
    r = httpx.get(f"{live.url}/admin/", cookies={"mfd_admin": cookie}, follow_redirects=False)
    return r.status_code == 200


def test_password_change_ends_old_sessions(admin_server):  # noqa: F811
    client, r = login(admin_server)
    assert r.status_code == 303
    cookie = client.cookies.get("mfd_admin")
    assert still_logged_in(admin_server, cookie)
    code, out = admin_server.cli("create-admin", "--username", "lea", "--password-stdin",
                                 stdin=NEW_PASSWORD + "\n")
    assert code == 0 and "1 Sitzung(en) beendet" in out
    assert not still_logged_in(admin_server, cookie)
    _client, r = login(admin_server, NEW_PASSWORD)
    assert r.status_code == 303


def test_password_changed_behind_the_cli_still_ends_sessions(admin_server):  # noqa: F811
    client, _ = login(admin_server)
    cookie = client.cookies.get("mfd_admin")
    with admin_server.sessions()() as session:
        session.execute(update(Admin).values(password_hash=hash_password(NEW_PASSWORD)))
        session.commit()
    assert not still_logged_in(admin_server, cookie)


def test_removed_admin_loses_sessions(admin_server):  # noqa: F811
    client, _ = login(admin_server)
    cookie = client.cookies.get("mfd_admin")
    code, out = admin_server.cli("remove-admin", "--username", "lea")
    assert code == 0 and "entfernt" in out
    assert not still_logged_in(admin_server, cookie)
    assert admin_server.cli("remove-admin", "--username", "lea")[0] == 1


def test_list_and_revoke_sessions(admin_server):  # noqa: F811
    admin_server.cli("create-admin", "--username", "ben", "--password-stdin",
                     stdin=PASSWORD + "\n")
    lea1, _ = login(admin_server)
    lea2, _ = login(admin_server)
    ben = httpx.Client(base_url=admin_server.url, timeout=10)
    form = ben.get("/admin/login")
    import re

    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    ben.post("/admin/login", data={"username": "ben", "password": PASSWORD, "csrf": csrf})
    code, out = admin_server.cli("list-sessions")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 3
    assert sorted(line.split("\t")[1] for line in lines) == ["ben", "lea", "lea"]
    code, out = admin_server.cli("revoke-sessions", "--admin", "lea")
    assert code == 0 and out.startswith("2 ")
    assert not still_logged_in(admin_server, lea1.cookies.get("mfd_admin"))
    assert not still_logged_in(admin_server, lea2.cookies.get("mfd_admin"))
    assert still_logged_in(admin_server, ben.cookies.get("mfd_admin"))
    ben_id = admin_server.cli("list-sessions")[1].split("\t")[0]
    assert admin_server.cli("revoke-sessions", "--session", ben_id)[1].startswith("1 ")
    assert not still_logged_in(admin_server, ben.cookies.get("mfd_admin"))
    with pytest.raises(SystemExit) as usage:  # says what to give: a usage error, exit 2
        admin_server.cli("revoke-sessions")
    assert usage.value.code == 2
    assert admin_server.cli("revoke-sessions", "--admin", "niemand")[0] == 1


def _mfd_server(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-m", "mfd_server.cli", *args], capture_output=True,
                          text=True, timeout=120, env=env, **kwargs)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_init_db_creates_the_sqlite_file_0600(tmp_path):
    db = tmp_path / "mfd-server.db"
    old = os.umask(0o022)
    try:
        result = _mfd_server("--db", f"sqlite:///{db}", "init-db")
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for extra in (tmp_path / "mfd-server.db-wal", tmp_path / "mfd-server.db-shm"):
        if extra.exists():
            assert stat.S_IMODE(extra.stat().st_mode) == 0o600
    # an older, world-readable file is tightened by the next init-db
    os.chmod(db, 0o644)
    assert _mfd_server("--db", f"sqlite:///{db}", "init-db").returncode == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    # a directory that does not exist: one German line, exit 1, no traceback
    bad = _mfd_server("--db", f"sqlite:///{tmp_path / 'fehlt' / 'x.db'}", "init-db")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("mfd-server: ")


def _serve(db: str, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-m", "mfd_server.cli", "--db", db, "serve",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level",
                             "warning", *extra], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(proc.stderr.read().decode()[-2000:]) from None
            time.sleep(0.1)
    return proc, f"http://127.0.0.1:{port}"


def _enrol_attempts(url: str, n: int) -> list[int]:
    """n enrolment attempts with a bad code, each claiming another client address."""
    return [httpx.post(f"{url}/api/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD"},
                       headers={"X-Forwarded-For": f"203.0.113.{i + 1}"}, timeout=10).status_code
            for i in range(n)]


@pytest.mark.parametrize("trusted", [False, True])
def test_x_forwarded_for_only_from_configured_proxies(tmp_path, trusted):
    """`mfd-server serve` as a real process; the enrolment rate limit (10 per client
    address) shows which address the server believed."""
    db = f"sqlite:///{tmp_path / 'server.db'}"
    extra = ("--trusted-proxy", "127.0.0.1") if trusted else ()
    proc, url = _serve(db, *extra)
    try:
        answers = _enrol_attempts(url, 12)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    if trusted:
        assert answers == [404] * 12  # 12 different addresses, each within its limit
    else:
        assert answers[:10] == [404] * 10 and 429 in answers[10:]


def test_wildcard_proxy_is_refused(tmp_path):
    result = _mfd_server("--db", f"sqlite:///{tmp_path / 's.db'}", "serve", "--trusted-proxy",
                         "*")
    assert result.returncode == 1 and "Proxy" in result.stderr
