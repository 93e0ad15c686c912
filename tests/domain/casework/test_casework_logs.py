"""No personal data in logs: a canary name and note go through every case-work service
and the CSV import; neither appears in any log record or log file."""

import logging

import pytest

from mfd_desktop.domain.casework import clients, consultations, csv_import, search
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.errors import UserError

CANARY_NAME = "Kanarienvogel Zwitscherlinde"
CANARY_NOTE = "Geheimnotiz-Quastenflosser-4711"


def test_case_work_never_logs_personal_data(vault, caplog, data_paths):
    from mfd_desktop.log_setup import configure_logging

    configure_logging(data_paths.log_dir, to_stderr=False)
    caplog.set_level(logging.DEBUG)
    conn = vault.conn
    cid = clients.create_client(conn, clients.Client(name=CANARY_NAME, phone="0151 999",
                                                     tags=[CANARY_NOTE]))
    client = clients.get_client(conn, cid)
    client.pseudonym = CANARY_NOTE
    clients.update_client(conn, cid, client)
    consultations.add_consultation(conn, consultations.Consultation(cid, note=CANARY_NOTE))
    referrals.add_referral(conn, referrals.Referral(cid, target_key="bamf", passes_data=True,
                                                    outcome_note=CANARY_NOTE))
    consents.add_consent(conn, consents.Consent(cid, "speicherung", note=CANARY_NOTE))
    search.search(conn, CANARY_NAME)
    search.rebuild(conn)
    csv_import.run(conn, f"Name;Notiz\n{CANARY_NAME} 2;{CANARY_NOTE}\n".encode())
    with pytest.raises(UserError):
        csv_import.run(conn, f"Name;Geburtsjahr\n{CANARY_NAME};nie\n".encode())
    with pytest.raises(UserError):
        clients.create_client(conn, clients.Client(name=CANARY_NAME, birth_year=1800))
    clients.delete_client(conn, cid)
    for handler in logging.getLogger().handlers + logging.getLogger("mfd").handlers:
        handler.flush()

    assert caplog.records, "the services log something (ids and counts)"
    for record in caplog.records:
        text = record.getMessage()
        assert "Kanarienvogel" not in text and "Quastenflosser" not in text, text
    for path in data_paths.log_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"Kanarienvogel" not in content and b"Quastenflosser" not in content
