"""db/0013 on a real SQLCipher vault: the Dienst of each consultation (default: the
case's), the Sprachmittlung per consultation (kind, language pair, a minor relative, an
interpreter from the address book), the migration on a vault at db/0012, the Art. 15
disclosure, the handover, anonymisation, restriction and the clients-by-service count."""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import consultations, interpreters
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.casework.interpreters import Interpreter
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.errors import UserError
from mfd_desktop.messages import render
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.case_summary import render_case_summary
from mfd_desktop.reports.disclosure import render_disclosure
from mfd_desktop.stats import catalogue, counting, suppression, vocabulary
from mfd_desktop.stats.periods import parse_period
from tests.conftest import FAST_KDF


def _consult(conn, cid, day="2026-08-01", **kw):
    return consultations.add_consultation(conn, Consultation(cid, held_on=day, **kw))


def test_service_defaults_to_the_case_and_can_differ(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="A", service="mbe"))
    first = _consult(conn, cid)
    second = _consult(conn, cid, service="jmd")
    assert consultations.get_consultation(conn, first).service == "mbe"
    assert consultations.get_consultation(conn, second).service == "jmd"
    with pytest.raises(UserError) as refused:
        _consult(conn, cid, service="zirkus")
    assert "Dienst" in str(refused.value)


def test_interpreting_is_recorded_and_a_minor_is_warned_about(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="B"))
    helper = interpreters.add(conn, Interpreter("Frau Dolmetsch", ("ar", "fa"), "0171 1", "professionell"))
    kid = _consult(conn, cid, sprachmittlung="professionell", interpreting_language="ar",
                   interpreter_id=helper)
    got = consultations.get_consultation(conn, kid)
    assert (got.interpreter_used, got.interpreting_language, got.interpreting_into,
            got.interpreter_id) == (True, "ar", "de", helper)
    assert consultations.interpreting_warnings(got) == []

    minor = Consultation(cid, held_on="2026-08-02", sprachmittlung="angehoerige",
                         interpreting_language="ar", interpreter_minor=True)
    (warning,) = consultations.interpreting_warnings(consultations.validate(minor))
    assert "nie" in render(warning, "de") and "never" in render(warning, "en")
    mid = consultations.add_consultation(conn, minor)  # recorded, not refused
    assert consultations.get_consultation(conn, mid).interpreter_minor is True
    # "minor" only means something for relatives; "no interpreter" keeps nothing
    assert consultations.validate(Consultation(cid, sprachmittlung="professionell",
                                               interpreter_minor=True)).interpreter_minor is False
    none = consultations.validate(Consultation(cid, interpreter_used=False,
                                               interpreting_language=None, interpreter_minor=True))
    assert (none.sprachmittlung, none.interpreting_language, none.interpreter_id,
            none.interpreter_minor) == (None, None, None, False)
    with pytest.raises(UserError):
        _consult(conn, cid, interpreting_language="klingonisch")
    with pytest.raises(UserError) as gone:
        _consult(conn, cid, interpreter_id=99999)
    assert "nicht (mehr) vorhanden" in str(gone.value)


def test_interpreter_address_book(vault):
    conn = vault.conn
    a = interpreters.add(conn, Interpreter("  Herr Übersetzer ", ("uk", "ru"), "mail@example.org"))
    b = interpreters.add(conn, Interpreter("Frau Farsi", ("fa",), kind="ehrenamtlich"))
    assert interpreters.get(conn, a).name == "Herr Übersetzer"
    assert [e.name for e in interpreters.all_interpreters(conn)] == ["Frau Farsi", "Herr Übersetzer"]
    assert [e.id for e in interpreters.all_interpreters(conn, "ru")] == [a]
    for bad in (Interpreter(" "), Interpreter("herr übersetzer"), Interpreter("X", ("xx",)),
                Interpreter("Y", kind="telepathie")):
        with pytest.raises(UserError):
            interpreters.add(conn, bad)
    interpreters.update(conn, b, Interpreter("Frau Farsi", ("fa", "prs"), "Tel. 1"))
    assert interpreters.get(conn, b).languages == ("fa", "prs")
    cid = create_client(conn, Client(name="C"))
    kid = _consult(conn, cid, sprachmittlung="ehrenamtlich", interpreter_id=b)
    assert interpreters.times_used(conn, b) == 1
    interpreters.delete(conn, b)  # the consultation stays, without the name
    assert consultations.get_consultation(conn, kid).interpreter_id is None
    assert consultations.get_consultation(conn, kid).sprachmittlung == "ehrenamtlich"


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=300), contact=st.text(max_size=600))
def test_hostile_address_book_input_is_stored_or_refused_in_words(vault, name, contact):
    conn = vault.conn
    try:
        new = interpreters.add(conn, Interpreter(name, ("ar",), contact))
    except UserError as exc:
        assert exc.render("de") and exc.render("en")
        return
    stored = interpreters.get(conn, new)
    assert stored.name and len(stored.name) <= interpreters.MAX_NAME
    interpreters.delete(conn, new)


def test_restricted_case_refuses_the_new_fields(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="D", service="mfd"))
    kid = _consult(conn, cid)
    helper = interpreters.add(conn, Interpreter("Dolmetscher D", ("tr",)))
    dsr.restrict(conn, cid)
    for attempt in (
        lambda: consultations.update_consultation(conn, kid, Consultation(
            cid, held_on="2026-08-01", service="mbe")),
        lambda: conn.execute("UPDATE consultations SET interpreter_id = ? WHERE id = ?",
                             (helper, kid)),
    ):
        with pytest.raises(Exception) as refused:  # UserError or the trigger's DatabaseError
            attempt()
        assert "eingeschränkt" in str(refused.value) or "case_restricted" in str(refused.value)


def test_disclosure_anonymisation_and_handover(vault, make_vault, tmp_path):
    conn = vault.conn
    cid = create_client(conn, Client(name="Rania Beispiel", service="mbe"))
    helper = interpreters.add(conn, Interpreter("Samira Dolmetsch", ("ar",), "0171 2345"))
    _consult(conn, cid, service="jmd", sprachmittlung="professionell",
             interpreting_language="ar", interpreter_id=helper)
    out = tmp_path / "auskunft"
    out.mkdir()
    files = dsr.export_disclosure(conn, cid, out, render_pdf=render_disclosure)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    (row,) = data["records"]["consultations"]
    assert (row["service"], row["interpreting_language"], row["interpreter_id"]) == (
        "jmd", "ar", helper)
    assert [i["name"] for i in data["interpreters"]] == ["Samira Dolmetsch"]
    if shutil.which("pdftotext"):
        import subprocess
        text = subprocess.run(["pdftotext", str(files.pdf_path), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Samira Dolmetsch" in text and "Jugendmigrationsdienst" in text
        assert "Arabisch" in text
        summary = tmp_path / "summary.pdf"
        summary.write_bytes(render_case_summary(conn, cid))
        text = subprocess.run(["pdftotext", str(summary), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "JMD" in text and "Sprachmittlung: professionell" in text
        assert "Samira Dolmetsch" in text

    export = case_transfer.export_case(conn, cid, tmp_path / "fall.mfdcase",
                                       kdf_params=FAST_KDF, allow_below_floor=True)
    other, _ = make_vault(paths=DataPaths(tmp_path / "b", tmp_path / "b" / "logs"))
    interpreters.add(other.conn, Interpreter("Jemand anderes", ("tr",)))
    new = case_transfer.import_case(other.conn, export.path, export.passphrase,
                                    allow_below_floor=True).client_id
    (moved,) = consultations.list_consultations(other.conn, new)
    assert moved.service == "jmd" and moved.interpreting_language == "ar"
    assert interpreters.get(other.conn, moved.interpreter_id).name == "Samira Dolmetsch"

    dsr.anonymise_client(conn, cid, purge=False)
    (kept,) = consultations.list_consultations(conn, cid)
    assert (kept.service, kept.sprachmittlung, kept.interpreting_language,
            kept.interpreter_id) == ("jmd", "professionell", "ar", None)
    assert interpreters.get(conn, helper).name == "Samira Dolmetsch"  # the address book stays


def test_clients_by_service_count_each_service_of_the_period(vault):
    conn = vault.conn
    both = create_client(conn, Client(name="E", service="mfd"))
    _consult(conn, both, "2026-07-10")
    _consult(conn, both, "2026-08-10", service="mbe")
    _consult(conn, both, "2026-09-10", service="mbe")
    only = create_client(conn, Client(name="F", service="jmd"))
    _consult(conn, only, "2026-08-01")
    _consult(conn, only, "2026-01-01", service="mbe")  # outside Q3
    counts = counting.count_period(conn, parse_period("2026-Q3"))
    assert counts[("clients", "total", "total")] == 2
    assert [counts[("clients", "service", k)] for k in ("mfd", "mbe", "jmd")] == [1, 1, 1]
    # multi-select: suppression, vocabulary and the note under the table say so
    assert suppression.is_multi_select("clients", "service")
    assert not vocabulary.MEASURES["clients"].is_additive("service")
    note = catalogue.dimension_note("clients", "service")
    assert note is not None and "mehreren Diensten" in render(note, "de")


def test_migration_fills_the_service_from_the_case(vault_at_schema, unlock):
    vault = vault_at_schema(12)
    conn = vault.conn
    conn.execute("INSERT INTO clients(case_number, name, service) VALUES "
                 "('MZ-1', 'G', 'mbe'), ('MZ-2', 'H', 'jmd'), ('MZ-3', 'I', NULL)")
    ids = dict(conn.execute("SELECT case_number, id FROM clients"))
    for number in ("MZ-1", "MZ-2", "MZ-3"):
        conn.execute("INSERT INTO consultations(client_id, held_on, channel, method, "
                     "interpreter_used, sprachmittlung) VALUES (?, '2026-08-01', 'persoenlich', "
                     "'einzelfallberatung', 1, 'angehoerige')", (ids[number],))
    dsr.restrict(conn, ids["MZ-2"])
    vault.lock()
    opened = unlock()
    try:
        conn = opened.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 13
        service = dict(conn.execute("SELECT c.case_number, k.service FROM consultations k "
                                    "JOIN clients c ON c.id = k.client_id"))
        # the restricted case is left as it was (read-only); statistics use the case's
        assert service == {"MZ-1": "mbe", "MZ-2": None, "MZ-3": None}
        got = consultations.list_consultations(conn, ids["MZ-1"])[0]
        assert (got.sprachmittlung, got.interpreter_minor, got.interpreter_id) == (
            "angehoerige", False, None)
        counts = counting.count_period(conn, parse_period("2026-Q3"))
        assert [counts[("clients", "service", k)] for k in ("mbe", "jmd")] == [1, 1]
        assert conn.execute("SELECT count(*) FROM interpreters").fetchone()[0] == 0
    finally:
        opened.lock()
