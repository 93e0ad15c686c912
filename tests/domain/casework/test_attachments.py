"""Encrypted attachments (issue 17) on a real SQLCipher vault: type from the bytes,
limits with German messages, Art. 18 refusal, cascade with the case, Auskunft (Art. 15)
with the files, handover with and without the client's consent, anonymisation, a backup
round trip."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.checklists import case_checklists, templates
from mfd_desktop.domain.casework import attachments, clients, consultations
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.errors import UserError, VaultDamagedError
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.sample_documents import bescheid_pdf, document_png
from mfd_desktop.storage import audit, backup
from mfd_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

PDF = bescheid_pdf(["Bescheid über Leistungen", "zugestellt am 03.11.2026"], compress=False)
PNG = document_png(40, 30)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"


def _case(conn, name="Frau Anhang") -> int:
    return clients.create_client(conn, Client(name=name, first_contact="2026-11-02"))


def _set_limit(conn, key, mib):
    conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value_json = excluded.value_json", (key, json.dumps(mib)))


def test_add_list_read_describe_delete(vault):
    conn = vault.conn
    cid = _case(conn)
    pid = attachments.add(conn, cid, "C:\\Scans\\bescheid", PDF, description="Bescheid Jobcenter",
                          delivered_on="03.11.2026")
    iid = attachments.add(conn, cid, "foto.PNG", PNG)
    listed = attachments.list_attachments(conn, cid)
    assert [a.id for a in listed] == [iid, pid]
    pdf = attachments.get(conn, pid)
    assert (pdf.file_name, pdf.media_type, pdf.size) == ("bescheid.pdf", "application/pdf", len(PDF))
    assert pdf.sha256 == hashlib.sha256(PDF).hexdigest()
    assert pdf.delivered_on.isoformat() == "2026-11-03" and pdf.description == "Bescheid Jobcenter"
    assert attachments.get(conn, iid).is_image and attachments.get(conn, iid).file_name == "foto.PNG"
    assert attachments.read(conn, pid) == PDF

    attachments.describe(conn, pid, file_name="Bescheid Jobcenter", description="Widerspruch?",
                         delivered_on="")
    changed = attachments.get(conn, pid)
    assert (changed.file_name, changed.description, changed.delivered_on) == (
        "Bescheid Jobcenter.pdf", "Widerspruch?", None)
    attachments.delete(conn, iid)
    assert [a.id for a in attachments.list_attachments(conn, cid)] == [pid]
    with pytest.raises(UserError) as info:
        attachments.read(conn, iid)
    assert str(info.value) == "Diesen Anhang gibt es nicht mehr."
    actions = [e.action for e in audit.entries(conn, newest_first=False)]
    assert actions[-4:] == ["attachment.added", "attachment.added", "attachment.changed",
                            "attachment.deleted"]
    assert audit.verify(conn).ok


def test_the_type_comes_from_the_bytes_not_the_name(vault):
    cid = _case(vault.conn)
    assert attachments.get(vault.conn, attachments.add(vault.conn, cid, "x.pdf", JPEG)
                           ).media_type == "image/jpeg"
    assert attachments.get(vault.conn, attachments.add(vault.conn, cid, "x.pdf", JPEG)
                           ).file_name == "x.pdf.jpg"
    for data, text in [(b"II*\x00" + b"\x00" * 20, "TIFF-Dateien"),
                       (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 20, "HEIC-Fotos"),
                       (b"MZ\x90\x00 ein Programm", "Erlaubt sind PDF, JPEG und PNG"),
                       (b"", "Die Datei ist leer")]:
        with pytest.raises(UserError) as info:
            attachments.add(vault.conn, cid, "scan.pdf", data)
        assert text in str(info.value)
        assert info.value.render("en")  # the English text exists too


def test_limits_per_file_and_per_vault(vault):
    conn = vault.conn
    cid = _case(conn)
    assert attachments.limits(conn).max_file_bytes == 20 * 2**20
    assert attachments.limits(conn).max_vault_bytes == 2048 * 2**20
    big = b"%PDF-1.4\n" + b"0" * (20 * 2**20)
    with pytest.raises(UserError) as info:
        attachments.add(conn, cid, "gross.pdf", big)
    assert str(info.value).startswith("Die Datei ist 20,0 MB groß; angehängt werden können "
                                      "Dateien bis 20 MB.")
    _set_limit(conn, "attachment_max_vault_mib", 10)
    attachments.add(conn, cid, "a.pdf", b"%PDF-1.4\n" + b"1" * (6 * 2**20))
    with pytest.raises(UserError) as info:
        attachments.add(conn, cid, "b.pdf", b"%PDF-1.4\n" + b"2" * (5 * 2**20))
    assert "Der Speicher für Anhänge ist voll (höchstens 10 MB im Tresor)" in str(info.value)
    assert len(attachments.list_attachments(conn, cid)) == 1
    _set_limit(conn, "attachment_max_vault_mib", "kaputt")  # an unreadable value: the default
    assert attachments.limits(conn).max_vault_bytes == 2048 * 2**20


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=400), data=st.binary(max_size=300),
       description=st.text(max_size=600))
def test_hostile_names_and_bytes_never_raise_anything_but_a_german_message(vault, name, data,
                                                                           description):
    cid = vault.conn.execute("SELECT id FROM clients").fetchone()
    cid = cid[0] if cid else _case(vault.conn)
    try:
        aid = attachments.add(vault.conn, cid, name, data, description=description)
    except UserError as exc:
        assert str(exc) and not str(exc).startswith(("attachments.", "clients."))
        return
    got = attachments.get(vault.conn, aid)
    assert 1 <= len(got.file_name) <= attachments.MAX_NAME
    assert "/" not in got.file_name and "\\" not in got.file_name
    assert got.file_name.isprintable()
    assert attachments.read(vault.conn, aid) == data


def test_links_to_a_consultation_and_a_checklist_item_of_the_same_case_only(vault):
    conn = vault.conn
    cid, other = _case(conn), _case(conn, "Herr Anders")
    kid = consultations.add_consultation(conn, Consultation(cid, held_on="2026-11-03",
                                                            topics=["wohnen"]))
    checklist = case_checklists.assign(conn, cid, templates.load_all().get("kindergeld"))
    item = case_checklists.get(conn, checklist).items[0].id
    aid = attachments.add(conn, cid, "b.pdf", PDF, consultation_id=kid, checklist_item_id=item)
    got = attachments.get(conn, aid)
    assert (got.consultation_id, got.checklist_item_id) == (kid, item)
    with pytest.raises(UserError) as info:
        attachments.add(conn, other, "b.pdf", PDF, consultation_id=kid)
    assert "gehört nicht zu diesem Fall" in str(info.value)
    consultations.delete_consultation(conn, kid)
    assert attachments.get(conn, aid).consultation_id is None  # the file stays with the case


def test_a_restricted_case_refuses_every_write(vault):
    conn = vault.conn
    cid = _case(conn)
    aid = attachments.add(conn, cid, "b.pdf", PDF)
    dsr.restrict(conn, cid, "legal_claims")
    for write in (lambda: attachments.add(conn, cid, "c.pdf", PDF),
                  lambda: attachments.describe(conn, aid, description="neu"),
                  lambda: attachments.delete(conn, aid)):
        with pytest.raises(UserError) as info:
            write()
        assert "eingeschränkt" in str(info.value)
    with pytest.raises(Exception, match="refusal.case_restricted"):
        conn.execute("DELETE FROM attachment_contents WHERE attachment_id = ?", (aid,))
    assert attachments.read(conn, aid) == PDF  # reading stays allowed


def test_deleting_the_case_deletes_the_bytes(vault):
    conn = vault.conn
    cid = _case(conn)
    attachments.add(conn, cid, "b.pdf", PDF)
    dsr.delete_client(conn, cid)
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_contents").fetchone()[0] == 0


def test_anonymisation_removes_the_attachments(vault):
    conn = vault.conn
    cid = _case(conn)
    attachments.add(conn, cid, "b.pdf", PDF)
    dsr.anonymise_client(conn, cid)
    assert attachments.list_attachments(conn, cid) == []
    assert conn.execute("SELECT count(*) FROM attachment_contents").fetchone()[0] == 0


def test_the_disclosure_lists_them_and_writes_the_files(vault, tmp_path):
    conn = vault.conn
    cid = _case(conn)
    aid = attachments.add(conn, cid, 'Bescheid: "Jobcenter"?', PDF, description="Bescheid")
    files = dsr.export_disclosure(conn, cid, tmp_path, render_pdf=None)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    (row,) = data["records"]["attachments"]
    assert (row["id"], row["description"], row["sha256"]) == (
        aid, "Bescheid", hashlib.sha256(PDF).hexdigest())
    assert "attachment_contents" not in data["records"]  # no bytes inside the JSON
    assert any(e["action"] == "attachment.added" for e in data["audit_log"])
    (path,) = files.attachment_paths
    assert path.parent.name.endswith("-Anhaenge") and path.name.startswith(f"{aid}-")
    assert '"' not in path.name and ":" not in path.name
    assert path.read_bytes() == PDF


def _transfer(vault_a, cid, make_vault, tmp_path, name, **kw):
    out = tmp_path / f"{name}.mfdcase"
    export = case_transfer.export_case(vault_a.conn, cid, out, kdf_params=FAST_KDF,
                                       allow_below_floor=True, **kw)
    vault_b, _ = make_vault(paths=DataPaths(tmp_path / name, tmp_path / name / "logs"))
    result = case_transfer.import_case(vault_b.conn, out, export.passphrase,
                                       allow_below_floor=True)
    return vault_b, result.client_id


def test_handover_carries_attachments_only_with_consent(vault, make_vault, tmp_path):
    conn = vault.conn
    cid = _case(conn)
    checklist = case_checklists.assign(conn, cid, templates.load_all().get("kindergeld"))
    item = case_checklists.get(conn, checklist).items[0]
    attachments.add(conn, cid, "b.pdf", PDF, checklist_item_id=item.id, delivered_on="2026-11-03")
    attachments.add(conn, cid, "f.png", PNG)

    without, new_id = _transfer(vault, cid, make_vault, tmp_path, "ohne")
    assert attachments.list_attachments(without.conn, new_id) == []
    without.lock()

    with_them, new_id = _transfer(vault, cid, make_vault, tmp_path, "mit", with_attachments=True)
    got = {a.file_name: a for a in attachments.list_attachments(with_them.conn, new_id)}
    assert sorted(got) == ["b.pdf", "f.png"]
    assert attachments.read(with_them.conn, got["b.pdf"].id) == PDF
    assert attachments.read(with_them.conn, got["f.png"].id) == PNG
    assert got["b.pdf"].delivered_on.isoformat() == "2026-11-03"
    # the checklist item it belonged to came along and the link points at the new one
    new_item = with_them.conn.execute(
        "SELECT i.id, i.item_key FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
        "WHERE c.client_id = ?", (new_id,)).fetchall()
    key = conn.execute("SELECT item_key FROM checklist_items WHERE id = ?", (item.id,)).fetchone()[0]
    assert (got["b.pdf"].checklist_item_id, key) in [tuple(r) for r in new_item]
    with_them.lock()


def test_an_attachment_without_its_bytes_makes_the_handover_damaged(vault, make_vault, tmp_path,
                                                                     monkeypatch):
    cid = _case(vault.conn)
    attachments.add(vault.conn, cid, "b.pdf", PDF)
    real = case_transfer.case_payload

    def without_bytes(conn, client_id, **kw):
        payload = real(conn, client_id, **kw)
        payload["attachment_contents"] = {k: case_transfer._b64(b"%PDF-anders")
                                          for k in payload["attachment_contents"]}
        return payload

    monkeypatch.setattr(case_transfer, "case_payload", without_bytes)
    with pytest.raises(VaultDamagedError):
        _transfer(vault, cid, make_vault, tmp_path, "kaputt", with_attachments=True)


def test_backups_carry_them(vault, tmp_path):
    cid = _case(vault.conn)
    aid = attachments.add(vault.conn, cid, "b.pdf", PDF)
    out = tmp_path / "sicherung.mfdbak"
    backup.create_backup(vault, out)
    target = DataPaths(tmp_path / "restored", tmp_path / "restored" / "logs")
    backup.restore_backup(out, target, passphrase=PASSPHRASE, allow_below_floor=True)
    restored = Vault.unlock_with_passphrase(target, PASSPHRASE, allow_below_floor=True)
    try:
        assert attachments.read(restored.conn, aid) == PDF
        assert [a.file_name for a in attachments.list_attachments(restored.conn, cid)] == ["b.pdf"]
    finally:
        restored.lock()


def test_the_demo_case_has_a_bescheid_and_a_photo(vault):
    from mfd_desktop.checklists import demo_checklists
    from mfd_desktop.domain.casework import demo_data
    from mfd_desktop.gui.case import attachment_render
    from mfd_desktop.reports import demo_attachments

    demo_data.populate(vault.conn)
    demo_checklists.populate(vault.conn)
    demo_attachments.populate_attachments(vault.conn)
    rows = vault.conn.execute("SELECT id, client_id, file_name, media_type, delivered_on, "
                              "checklist_item_id FROM attachments ORDER BY id").fetchall()
    assert [(r[2], r[3]) for r in rows] == [("Bescheid Jobcenter.pdf", "application/pdf"),
                                            ("Foto Aufenthaltstitel.png", "image/png")]
    assert rows[0][1] == rows[1][1] and rows[0][4] and rows[0][5] is not None
    data = attachments.read(vault.conn, rows[0][0])
    assert attachment_render.page_count(data) == 1
