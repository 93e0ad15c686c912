"""The no-plaintext check, extended to backups, transfer files and exports' temp files.

A unique marker goes in through the app's own services (client name, consultation
note, draft). Then backups (manual and automatic), their verification (including the
temp directory while the extracted copy exists), a restore, a handover file and an
Auskunft export are made. The marker must not appear in UTF-8 or UTF-16 in any file of
the data directory, the backup stick, the restore target, the transfer file or the temp
directory — only in the Auskunft files, where the counsellor asked for them.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.disclosure import render_disclosure
from mfd_desktop.storage import backup, drafts
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_no_plaintext import encodings, files_containing


def test_backups_transfer_files_and_exports_leak_nothing(vault, data_paths, tmp_path, monkeypatch):
    since = time.time()
    marker = f"Vertraulich-{uuid.uuid4().hex}-Ähre"
    needles = encodings(marker)
    conn = vault.conn
    cid = clients.create_client(conn, Client(name=f"Name {marker}", first_contact="2026-01-02"))
    consultations.add_consultation(conn, Consultation(
        cid, held_on="2026-01-03", channel="persoenlich", method="kurzberatung",
        note=f"Notiz {marker}"))
    drafts.save_draft(conn, f"consultation:new:client:{cid}", "consultation",
                      {"note": f"Entwurf {marker}"}, record_id=cid)

    stick = tmp_path / "stick"
    stick.mkdir()
    verify_tmp = tmp_path / "verify-tmp"
    verify_tmp.mkdir()
    seen_during_verify = []
    real_check = backup._check_database

    def check_and_scan(db_path, key, header):
        seen_during_verify.append(sorted(p.name for p in Path(db_path).parent.iterdir()))
        assert files_containing([Path(db_path).parent], needles, since) == []
        return real_check(db_path, key, header)

    monkeypatch.setattr(backup, "_check_database", check_and_scan)

    manual = backup.create_backup(vault, stick / "sicherung.mfdbak").path
    backup.run_automatic_backup(vault, today=date(2026, 3, 1))
    backup.verify_backup(manual, passphrase=PASSPHRASE, allow_below_floor=True, temp_dir=verify_tmp)
    backup.verify_backup(manual, passphrase=PASSPHRASE, allow_below_floor=True)
    assert seen_during_verify and seen_during_verify[0] == ["vault.db"]  # the check really ran

    target = DataPaths(tmp_path / "restored", tmp_path / "restored" / "logs")
    backup.restore_backup(manual, target, passphrase=PASSPHRASE, allow_below_floor=True)

    handover = case_transfer.export_case(conn, cid, stick / "fall.mfdcase", kdf_params=FAST_KDF,
                                         allow_below_floor=True)
    out = tmp_path / "auskunft"
    out.mkdir()
    files = dsr.export_disclosure(conn, cid, out, render_pdf=render_disclosure)
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    roots = [data_paths.root, stick, target.root, verify_tmp, Path(tempfile.gettempdir())]

    def leaks():  # the Auskunft folder (under the temp dir in tests) is where it belongs
        return [hit for hit in files_containing(roots, needles, since)
                if Path(hit).parent != out]

    assert leaks() == []
    assert handover.path.exists() and any(data_paths.backups.iterdir())
    # the marker did flow: it is in the export the counsellor asked for …
    assert marker in files.json_path.read_text(encoding="utf-8")
    vault.lock()
    assert leaks() == []
