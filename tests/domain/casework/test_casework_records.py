import pytest

from mfd_desktop.domain.casework import clients, consultations, timeline
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.domain.referrals.consents import Consent
from mfd_desktop.domain.referrals.referrals import Office, Referral
from mfd_desktop.errors import UserError


@pytest.fixture
def client_id(vault):
    return clients.create_client(vault.conn, Client(name="Olena Kovalenko", first_contact="2026-01-10"))


def test_consultation_round_trip_with_topics(vault, client_id):
    conn = vault.conn
    kid = consultations.add_consultation(conn, Consultation(
        client_id, held_on="12.01.2026", duration_minutes="45", channel="telefonisch",
        method="case_management", topics=["wohnen", "sozialleistungen"], sprachmittlung="digital",
        note="Mietvertrag besprochen.\nNächster Schritt: Wohnungsamt."))
    k = consultations.get_consultation(conn, kid)
    assert k.held_on == "2026-01-12" and k.duration_minutes == 45
    assert k.topics == ["sozialleistungen", "wohnen"]
    assert k.interpreter_used is True  # a Sprachmittlung type implies it
    assert "\n" in k.note
    assert conn.execute("SELECT count(*) FROM consultation_topics WHERE topic = 'wohnen'"
                        ).fetchone()[0] == 1
    k.topics, k.note = ["wohnen"], "geändert"
    consultations.update_consultation(conn, kid, k)
    assert consultations.get_consultation(conn, kid).topics == ["wohnen"]
    with pytest.raises(UserError, match="Beratungsweg"):
        consultations.add_consultation(conn, Consultation(client_id, channel="brief"))
    with pytest.raises(UserError, match="Dauer"):
        consultations.add_consultation(conn, Consultation(client_id, duration_minutes=-5))
    with pytest.raises(UserError, match="nicht"):
        consultations.add_consultation(conn, Consultation(9999))
    assert len(consultations.list_consultations(conn, client_id)) == 1


def test_referral_to_office_without_consent_warns_and_with_consent_does_not(vault, client_id):
    conn = vault.conn
    office = referrals.add_office(conn, Office(name="Jobcenter Mainz", target_key="jobcenter",
                                               address="Untere Zahlbacher Str. 27"))
    saved = referrals.add_referral(conn, Referral(client_id, office_id=office, passes_data=True,
                                                  referred_on="2026-02-01", accompanied=True))
    assert saved.warnings and "Jobcenter Mainz" in str(saved.warnings[0])
    assert "Einwilligung" in str(saved.warnings[0])
    # a referral that passes no data needs no consent
    assert not referrals.add_referral(conn, Referral(client_id, target_key="psz")).warnings
    # consent for this office → no warning
    consent_id = consents.add_consent(conn, Consent(
        client_id, "weitergabe_stelle", office_id=office, given_on="2026-01-15", form_version="v2"))
    again = referrals.add_referral(conn, Referral(client_id, office_id=office, passes_data=True,
                                                  referred_on="2026-02-01"))
    assert again.warnings == []
    # a referral dated before the consent was given still warns
    early = referrals.add_referral(conn, Referral(client_id, office_id=office, passes_data=True,
                                                  referred_on="2026-01-14"))
    assert early.warnings
    # withdrawn consent → warning again
    consents.withdraw_consent(conn, consent_id, "2026-01-20")
    withdrawn = referrals.add_referral(conn, Referral(client_id, office_id=office, passes_data=True,
                                                      referred_on="2026-02-01"))
    assert withdrawn.warnings


def test_consent_for_a_kind_of_office_covers_referrals_by_key(vault, client_id):
    conn = vault.conn
    consents.add_consent(conn, Consent(client_id, "schweigepflichtentbindung",
                                       recipient_key="auslaenderbehoerde", given_on="2026-01-01"))
    ok = referrals.add_referral(conn, Referral(client_id, target_key="auslaenderbehoerde",
                                               passes_data=True, referred_on="2026-03-01"))
    other = referrals.add_referral(conn, Referral(client_id, target_key="bamf", passes_data=True,
                                                  referred_on="2026-03-01"))
    assert ok.warnings == [] and other.warnings


def test_consent_validation(vault, client_id):
    with pytest.raises(UserError, match="Stelle"):
        consents.add_consent(vault.conn, Consent(client_id, "weitergabe_stelle"))
    with pytest.raises(UserError, match="Widerruf"):
        consents.add_consent(vault.conn, Consent(client_id, "speicherung", given_on="2026-02-01",
                                                 withdrawn_on="2026-01-01"))
    with pytest.raises(UserError, match="Zweck"):
        consents.add_consent(vault.conn, Consent(client_id, "alles"))


def test_referral_needs_a_target_and_valid_status(vault, client_id):
    with pytest.raises(UserError, match="wohin"):
        referrals.add_referral(vault.conn, Referral(client_id))
    with pytest.raises(UserError, match="Stand"):
        referrals.add_referral(vault.conn, Referral(client_id, target_key="bamf", status="super"))
    with pytest.raises(UserError, match="Adressbuch"):
        referrals.add_referral(vault.conn, Referral(client_id, office_id=77))
    rid = referrals.add_referral(vault.conn, Referral(client_id, target_key="bamf")).id
    r = referrals.get_referral(vault.conn, rid)
    r.status, r.outcome_note, r.follow_up_on = "wahrgenommen", "Termin war gut", "01.04.2026"
    referrals.update_referral(vault.conn, rid, r)
    assert referrals.get_referral(vault.conn, rid).follow_up_on == "2026-04-01"


def test_timeline_collects_all_sources_in_order_and_survives_broken_providers(vault, client_id):
    conn = vault.conn
    consultations.add_consultation(conn, Consultation(client_id, held_on="2026-01-12",
                                                      topics=["wohnen"], note="a"))
    referrals.add_referral(conn, Referral(client_id, target_key="wohnungsamt",
                                          referred_on="2026-01-20", follow_up_on="2026-02-10"))
    consents.add_consent(conn, Consent(client_id, "speicherung", given_on="2026-01-10"))

    def extra(_conn, cid):
        return [timeline.Event(date="2026-01-15", kind="deadline", title=f"Frist {cid}")]

    def broken(_conn, _cid):
        raise RuntimeError("bug in another area")

    timeline.register_provider(extra)
    timeline.register_provider(broken)
    try:
        events = timeline.events(conn, client_id, newest_first=False)
    finally:
        timeline._PROVIDERS.remove(extra)
        timeline._PROVIDERS.remove(broken)
    dates = [e.date for e in events]
    assert dates == sorted(dates)
    kinds = [e.kind for e in events]
    for kind in ("case", "consent", "consultation", "deadline", "referral", "referral_follow_up"):
        assert kind in kinds
    assert any("Wohnen" in str(e.title) for e in events if e.kind == "consultation")
