"""The Art. 15 disclosure PDF shows local time (Europe/Berlin), never raw UTC stamps."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.reports.disclosure import render_disclosure

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_timestamps_in_the_disclosure_are_local(vault):
    conn = vault.conn
    cid = clients.create_client(conn, clients.Client(name="Lea Sommerfeld"))
    conn.execute("UPDATE clients SET created_at = '2026-07-15 09:05:00' WHERE id = ?", (cid,))
    data = dsr.collect(conn, cid)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=render_disclosure(data),
                          capture_output=True, check=True).stdout.decode()
    assert "15.07.2026 11:05" in text  # 09:05 UTC is 11:05 summer time in Mainz
    assert "UTC" not in text
