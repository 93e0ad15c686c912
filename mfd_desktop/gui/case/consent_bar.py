"""The consent bar of the case view (a mixin of `CaseView`): when a referral passed data on
without a matching consent, a calm info bar above the tabs names the office and offers
"Jetzt erfassen", which opens the Einwilligungen tab (the one place to record and
withdraw consents, with the printable form) filled in for that referral; the Datenschutz
tab's `open_consents` leads there too. Texts in the view's Linguist context
("CaseView")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mfd_desktop.domain.referrals import referrals
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.messages import render


class ConsentBarMixin:
    """Uses the view's `consent_bar`, `consent_bar_text`, `consents`, `tabs`, `ctx` and
    `client_id`; `_lacking` holds the referrals still lacking a consent."""

    _lacking: list[referrals.Referral]

    def _show_consent_hint(self) -> None:
        """Keep a missing consent visible whichever tab is open."""
        self._lacking = []
        if self.client_id is not None and self.ctx.is_unlocked:
            conn = self.ctx.vault.conn
            self._lacking = [r for r in referrals.list_referrals(conn, self.client_id)
                             if referrals.consent_warnings(conn, r)]
        self._fill_consent_bar()

    def _fill_consent_bar(self) -> None:
        if not self._lacking:
            self.consent_bar.hide()
            return
        names = referrals.office_names(self.ctx.vault.conn)
        lang = ui_language(self.ctx)
        targets: list[str] = []
        for r in self._lacking:
            target = render(r.target_label(names), lang)
            if target not in targets:
                targets.append(target)
        self.consent_bar_text.setText(QCoreApplication.translate(
            "CaseView", "Consent missing for the referral to %1. Data was passed on; please "
            "record the client's consent.").replace("%1", ", ".join(targets)))
        self.consent_bar.show()

    def _hide_consent_bar(self) -> None:
        self._lacking = []
        self.consent_bar.hide()

    def record_missing_consent(self) -> None:
        """The bar's action: the Einwilligungen tab, filled in for the first referral that
        lacks a consent."""
        self.show_consents()
        if self._lacking:
            self.consents.prefill_for(self._lacking[0])

    def show_consents(self) -> None:
        self.tabs.setCurrentWidget(self.consents)
