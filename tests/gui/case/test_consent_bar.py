"""The case view's consent bar: a referral that passed data on without a matching consent
shows a calm info bar above the tabs (not a red line); its action opens the Einwilligungen
tab filled in for that referral, recording the consent there makes the bar disappear;
the Datenschutz tab leads to the same place."""

from __future__ import annotations

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.domain.referrals.referrals import Office, Referral
from mfd_desktop.gui.case.case_view import CaseView


def _case(conn, *, passes_data: bool = True) -> int:
    cid = clients.create_client(conn, clients.Client(case_number="MZ-2026-0077",
                                                     name="Bar Testfall"))
    office = referrals.add_office(conn, Office(name="Jobcenter Mainz", target_key="jobcenter"))
    referrals.add_referral(conn, Referral(cid, office_id=office, passes_data=passes_data,
                                          referred_on="2026-01-10"))
    return cid


def test_the_bar_appears_and_recording_the_consent_removes_it(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    cid = _case(conn)
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    view.open(cid)
    assert view.consent_bar.isVisible()
    text = view.consent_bar_text.text()
    assert "Einwilligung fehlt" in text and "Jobcenter Mainz" in text
    assert view.consent_bar_action.text() == "Jetzt erfassen…"
    assert view.status_line.text() == "" and not view.status_line.styleSheet()

    view.consent_bar_action.click()
    assert view.tabs.currentWidget() is view.consents
    assert view.consents.purpose.key() == "weitergabe_stelle"
    assert view.consents.given.text() == "10.01.2026"
    assert view.consents.add()
    assert not view.consent_bar.isVisible()
    [consent] = consents.list_consents(conn, cid)
    assert consent.purpose == "weitergabe_stelle" and consent.given_on == "2026-01-10"

    # Withdrawn today (in the one place for it): the referral of January stays covered
    # (it happened while the consent held) and is marked instead.
    view.consents.ask = lambda *_a: True
    view.consents.view.selectRow(0)
    view.consents.withdraw_selected()
    assert "1 Weitervermittlung" in view.consents.status.text()
    assert not view.consent_bar.isVisible()


def test_no_bar_without_passed_data_and_the_datenschutz_tab_leads_to_consents(unlocked_ctx,
                                                                             qtbot):
    cid = _case(unlocked_ctx.vault.conn, passes_data=False)
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    view.open(cid)
    assert not view.consent_bar.isVisible()
    [dp_tab] = [t for t in view.extra_tabs if hasattr(t, "open_consents")] or [
        view.tabs.widget(i) for i in range(view.tabs.count())
        if hasattr(view.tabs.widget(i), "open_consents")]
    dp_tab.manage_consents_button.click()
    assert view.tabs.currentWidget() is view.consents


def test_the_consent_form_prints_from_the_one_place_for_consents(unlocked_ctx, qtbot):
    """From the bar to the printable form: the Einwilligungen tab prints the form for the
    purpose and office chosen, with the Beratungsstelle's contact, in memory."""
    import shutil
    import subprocess

    from mfd_desktop.reports.consent_form import FORM_VERSION

    unlocked_ctx.settings.set("site_name", "Migrationsberatung Worms")
    cid = _case(unlocked_ctx.vault.conn)
    view = CaseView(unlocked_ctx)
    qtbot.addWidget(view)
    view.show()
    view.open(cid)
    view.consent_bar_action.click()
    tab = view.consents
    assert tab.print_form() is not None
    qtbot.waitUntil(lambda: tab.print_preview is not None and tab.print_button.isEnabled(),
                    timeout=20_000)
    preview = tab.print_preview
    assert preview.pdf_bytes.startswith(b"%PDF")
    assert "Bar" not in preview.suggested_name  # no name of the client in a file name
    assert tab.form_version.text() == FORM_VERSION  # recorded with the consent
    preview.close()
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=preview.pdf_bytes,
                                       capture_output=True).stdout.decode().split())
        for expected in ("Einwilligung", "Bar Testfall", "MZ-2026-0077", "Jobcenter Mainz",
                         "Weitergabe an eine benannte Stelle", "Migrationsberatung Worms",
                         "jederzeit", FORM_VERSION):
            assert expected in text, expected
    assert tab.add()
    assert consents.list_consents(unlocked_ctx.vault.conn, cid)[0].form_version == FORM_VERSION
