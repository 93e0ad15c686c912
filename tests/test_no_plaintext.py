"""Nothing confidential is ever on disk unencrypted.

A unique marker is written through the app's own code paths (drafts, settings, case
records, notes, search, logging); then every file in the data directory and every
file in the temp directory touched during the test is searched for it in UTF-8 and
UTF-16 — while the vault is unlocked and again after locking.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from mfd_desktop.checklists import case_checklists, templates
from mfd_desktop.domain.appointments import appointments, ical
from mfd_desktop.domain.casework import clients, consultations, csv_import, search
from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.log_setup import configure_logging
from mfd_desktop.reports.case_summary import render_case_summary
from mfd_desktop.storage import drafts


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(roots: list[Path], needles: list[bytes], since: float) -> list[str]:
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if path.stat().st_mtime < since - 1:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(str(path))
    return hits


@pytest.fixture
def marker():
    return f"Geheimnis-{uuid.uuid4().hex}-Müßig"


def write_marker_everywhere(vault, marker: str) -> None:
    conn = vault.conn
    drafts.save_draft(conn, "consultation:new", "consultation", {"note": f"Notiz {marker}"})
    conn.execute("INSERT INTO settings(key, value_json) VALUES ('probe', ?)", (f'"{marker}"',))
    client_id = clients.create_client(conn, clients.Client(name=f"Frau {marker}",
                                                           phone=marker, address=marker))
    consultations.add_consultation(conn, consultations.Consultation(
        client_id, held_on="2026-11-02", topics=["wohnen"], note=f"Gespräch über {marker}"))
    referrals.add_referral(conn, referrals.Referral(
        client_id, target_key="jobcenter", referred_on="2026-11-02", outcome_note=marker))
    deadlines.add_deadline(conn, client_id, "widerspruch", start="2026-11-02", note=marker)
    checklist_id = case_checklists.assign(conn, client_id,
                                          templates.load_all().get("kindergeld"))
    item = case_checklists.get(conn, checklist_id).items[0]
    case_checklists.set_note(conn, item.id, marker)
    place = appointments.add_outreach_place(conn, f"Ort {marker}")
    appointments.add_appointment(conn, appointments.Appointment(
        "2026-11-03", "10:00", 60, client_id=client_id, note=f"Termin {marker}",
        place_kind="outreach", outreach_place_id=place))
    ical.import_calendar(conn, (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\n"
        f"DTSTART:20261103T100000\r\nSUMMARY:Import {marker}\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n").encode(), source=f"{marker}.ics")
    assert ical.occurrences(conn, dt.date(2026, 11, 3), dt.date(2026, 11, 3))
    csv_text = f"Name;Notiz;Erstkontakt\nHerr {marker};Notiz {marker};02.11.2026\n"
    csv_import.run(conn, csv_text.encode("cp1252"))
    # reading it back goes through the search index and the case PDF in memory
    assert search.search(conn, marker.split("-")[1]).hits
    render_case_summary(conn, client_id)
    # Code paths that log while handling this data must not log the data.
    logging.getLogger("mfd.test").info("handled a record")


def test_marker_is_never_on_disk_in_plaintext(vault, data_paths, marker):
    since = time.time()
    configure_logging(data_paths.log_dir)
    write_marker_everywhere(vault, marker)
    vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    roots = [data_paths.root, Path(tempfile.gettempdir())]
    needles = encodings(marker)
    assert files_containing(roots, needles, since) == []
    # the marker really is in the vault (the search would otherwise prove nothing)
    assert drafts.load_draft(vault.conn, "consultation:new").content["note"].endswith(marker)
    vault.lock()
    assert files_containing(roots, needles, since) == []


def test_the_search_finds_a_planted_plaintext_file(tmp_path, marker):
    # Guard against a search that cannot fail.
    since = time.time()
    (tmp_path / "leak.txt").write_text(f"x {marker} y", encoding="utf-16")
    assert files_containing([tmp_path], encodings(marker), since) == [str(tmp_path / "leak.txt")]


def test_a_marker_inside_attached_files_never_reaches_the_disk(vault, data_paths, marker):
    """Attachments (issue 17): a marker inside a PDF (uncompressed, so the search would
    see it) and inside a PNG text chunk is added, viewed, thumbnailed and read back —
    and appears in no file outside the vault, not even while unlocked."""
    from mfd_desktop.domain.casework import attachments
    from mfd_desktop.gui.case import attachment_render
    from mfd_desktop.reports.sample_documents import bescheid_pdf, document_png

    since = time.time()
    configure_logging(data_paths.log_dir)
    ascii_marker = marker.replace("ß", "ss").replace("ü", "ue")
    pdf = bescheid_pdf([f"Bescheid {ascii_marker}"], title=ascii_marker, compress=False)
    png = document_png(30, 20, text_chunk=ascii_marker)
    needles = encodings(ascii_marker)
    assert all(any(n in data for n in needles) for data in (pdf, png))  # else proves nothing
    conn = vault.conn
    client_id = clients.create_client(conn, clients.Client(name="Frau Anhang"))
    pdf_id = attachments.add(conn, client_id, f"{ascii_marker}.pdf", pdf,
                             description=f"Bescheid {ascii_marker}")
    png_id = attachments.add(conn, client_id, "foto.png", png)
    for aid in (pdf_id, png_id):
        assert attachment_render.thumbnail_png(conn, aid)
    data = attachments.read(conn, pdf_id)
    assert attachment_render.page_count(data) == 1
    assert attachment_render.render_page(data, 0, 400).width > 100
    assert attachment_render.open_image(attachments.read(conn, png_id)).width == 30
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    roots = [data_paths.root, Path(tempfile.gettempdir())]
    assert files_containing(roots, needles, since) == []
    vault.lock()
    assert files_containing(roots, needles, since) == []


def test_a_printed_letter_is_kept_only_inside_the_vault(vault, data_paths, marker):
    """Schreiben (issue 20): a letter filled with the marker (name and edited text), made
    into a PDF in memory, kept in the case and rendered as a thumbnail — neither the
    marker nor a piece of the PDF's bytes is in any file outside the vault."""
    import subprocess

    from mfd_desktop.domain.casework import attachments
    from mfd_desktop.domain.letters import fill, kept
    from mfd_desktop.domain.letters import templates as letter_templates
    from mfd_desktop.gui.case import attachment_render
    from mfd_desktop.reports.letter import render_letter

    since = time.time()
    configure_logging(data_paths.log_dir)
    conn = vault.conn
    client_id = clients.create_client(conn, clients.Client(name=f"Frau {marker}",
                                                           address=marker))
    letter = fill.fill(conn, client_id, letter_templates.load_all().get("vollmacht"), "fa",
                       service=fill.Service("MBE"))
    letter = letter.with_texts({"de": letter.sections[0].text + f"\n\nZusatz {marker}"})
    pdf = render_letter(letter)
    shown = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode()
    assert shown.count(marker) >= 2  # the PDF really carries the marker
    letter_id = kept.keep_printed(conn, letter, pdf)
    (copy,) = kept.list_kept(conn, client_id)
    assert copy.id == letter_id and attachments.read(conn, copy.attachment_id) == pdf
    assert attachment_render.thumbnail_png(conn, copy.attachment_id)
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    middle = len(pdf) // 2
    needles = encodings(marker) + [pdf[middle:middle + 64], pdf[-200:-136]]
    roots = [data_paths.root, Path(tempfile.gettempdir())]
    assert files_containing(roots, needles, since) == []
    vault.lock()
    assert files_containing(roots, needles, since) == []
