import datetime as dt

import pytest

from mfd_desktop.domain.casework import case_numbers, clients
from mfd_desktop.domain.casework.clients import Client, ClientFilter
from mfd_desktop.errors import UserError


def test_create_and_read_back_every_field(vault):
    conn = vault.conn
    cid = clients.create_client(conn, Client(
        name="Amina Haddad", birth_year=1988, gender="weiblich", country="sy",
        languages=["ar", "de", "ar"], interpreter_needed=True, sprachmittlung="professionell",
        residence_status="aufenthaltsgestattung", residence_title_expires="01.03.2027",
        protection_status="verfahren_laeuft", special_needs=["alleinerziehend"], service="mfd",
        household_size=4, first_contact="2026-02-03", phone="0151 1234567",
        email="amina@example.org", address="Kaiserstraße 1\n55116 Mainz",
        tags=["Familie", "familie", "Dringend"]))
    c = clients.get_client(conn, cid)
    assert c.case_number == f"MFD-{dt.date.today().year}-0001"
    assert c.country == "SY"
    assert c.languages == ["ar", "de"]
    assert c.residence_title_expires == "2027-03-01"
    assert c.special_needs == ["alleinerziehend"]
    assert c.tags == ["Dringend", "Familie"]
    assert c.interpreter_needed is True and c.anonymous is False
    assert c.address == "Kaiserstraße 1\n55116 Mainz"
    # multi-valued fields are countable in SQL
    assert conn.execute("SELECT count(*) FROM client_languages WHERE language = 'ar'"
                        ).fetchone()[0] == 1


def test_case_numbers_per_site_and_year_and_editable_unique(vault):
    conn = vault.conn
    case_numbers.set_site_code(conn, "mz")
    year = dt.date.today().year
    a = clients.create_client(conn, Client(name="A"))
    b = clients.create_client(conn, Client(name="B"))
    assert clients.get_client(conn, a).case_number == f"MZ-{year}-0001"
    assert clients.get_client(conn, b).case_number == f"MZ-{year}-0002"
    clients.create_client(conn, Client(name="C", case_number=f"MZ-{year}-0041"))
    assert case_numbers.next_case_number(conn) == f"MZ-{year}-0042"
    assert case_numbers.next_case_number(conn, year=2030) == "MZ-2030-0001"
    with pytest.raises(UserError, match="schon vergeben"):
        clients.create_client(conn, Client(name="D", case_number=f"mz-{year}-0001"))
    edited = clients.get_client(conn, b)
    edited.case_number = "ALT-17"
    clients.update_client(conn, b, edited)
    assert clients.find_by_case_number(conn, "alt-17") == b
    edited.case_number = f"MZ-{year}-0001"
    with pytest.raises(UserError, match="schon vergeben"):
        clients.update_client(conn, b, edited)
    with pytest.raises(UserError):
        case_numbers.set_site_code(conn, "Mainz Innenstadt")


@pytest.mark.parametrize(("changes", "message"), [
    ({"birth_year": 1850}, "Geburtsjahr"),
    ({"birth_year": "neunzehn"}, "Geburtsjahr"),
    ({"gender": "mann"}, "Geschlecht"),
    ({"country": "ATLANTIS"}, "Herkunftsland"),
    ({"languages": ["klingonisch"]}, "Sprachen"),
    ({"residence_status": "touristisch"}, "Aufenthaltsstatus"),
    ({"service": "xyz"}, "Dienst"),
    ({"household_size": 0}, "Haushaltsgröße"),
    ({"first_contact": "31.02.2026"}, "Erstkontakt"),
    ({"email": "kein-at"}, "E-Mail"),
    ({"status": "abgeschlossen"}, "Abschlussgrund"),
    ({"anonymous": True}, "anonym"),
    ({"name": "x" * 201}, "Name"),
])
def test_invalid_input_is_refused_with_german_message_and_nothing_written(vault, changes, message):
    data = {"name": "Test Person", **changes}
    with pytest.raises(UserError, match=message):
        clients.create_client(vault.conn, Client(**data))
    assert clients.count_clients(vault.conn) == 0


def test_anonymous_client_without_name(vault):
    cid = clients.create_client(vault.conn, Client(anonymous=True, birth_year=1990))
    c = clients.get_client(vault.conn, cid)
    assert c.display_name == "anonym" and c.name is None


def test_closing_needs_reason_and_reopening_clears_it(vault):
    conn = vault.conn
    cid = clients.create_client(conn, Client(name="X"))
    clients.set_status(conn, cid, "abgeschlossen", "ueberleitung_regeldienst", "15.06.2026")
    c = clients.get_client(conn, cid)
    assert (c.status, c.closing_reason, c.closed_on) == (
        "abgeschlossen", "ueberleitung_regeldienst", "2026-06-15")
    clients.set_status(conn, cid, "offen")
    c = clients.get_client(conn, cid)
    assert (c.status, c.closing_reason, c.closed_on) == ("offen", None, None)


def test_paged_list_with_filters_and_sorting(vault):
    conn = vault.conn
    for i in range(25):
        clients.create_client(conn, Client(
            name=f"Person {i:02d}", service="mbe" if i % 2 else "mfd",
            status="ruhend" if i % 5 == 0 else "offen", tags=["Wohnung"] if i % 3 == 0 else []))
    assert clients.count_clients(conn) == 25
    page1 = clients.list_clients(conn, limit=10, offset=0)
    page3 = clients.list_clients(conn, limit=10, offset=20)
    assert len(page1) == 10 and len(page3) == 5
    assert {r.id for r in page1}.isdisjoint({r.id for r in page3})
    desc = clients.list_clients(conn, order="name", descending=True, limit=1)
    assert desc[0].display_name == "Person 24"
    flt = ClientFilter(status="ruhend")
    assert clients.count_clients(conn, flt) == 5
    assert all(r.status == "ruhend" for r in clients.list_clients(conn, flt))
    assert clients.count_clients(conn, ClientFilter(service="mbe")) == 12
    assert clients.count_clients(conn, ClientFilter(tag="wohnung")) == 9
    assert clients.all_tags(conn) == ["Wohnung"]
    # unknown sort keys fall back safely (no SQL from outside)
    assert len(clients.list_clients(conn, order="name; DROP TABLE clients", limit=3)) == 3


def test_deleting_a_client_removes_everything(vault):
    from mfd_desktop.domain.casework import consultations, search
    from mfd_desktop.domain.referrals import consents, referrals

    conn = vault.conn
    cid = clients.create_client(conn, Client(name="Zu Löschen", tags=["x"], languages=["fa"]))
    consultations.add_consultation(conn, consultations.Consultation(cid, note="Notiz Eindeutigwort"))
    referrals.add_referral(conn, referrals.Referral(cid, target_key="jobcenter",
                                                    outcome_note="Ergebnis Zweitwort"))
    consents.add_consent(conn, consents.Consent(cid, "speicherung"))
    assert search.search(conn, "Eindeutigwort").hits
    clients.delete_client(conn, cid)
    for table in ("clients", "consultations", "consultation_topics", "referrals", "consents",
                  "client_tags", "client_languages", "search_index"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
