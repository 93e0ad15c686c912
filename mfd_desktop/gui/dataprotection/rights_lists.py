"""The two lists of the „Datenschutz“ tab as display lines in the UI language:
the client's consents (with id and withdrawn flag) and the change history with the
referrals marked after a withdrawal. Texts belong to the tab's Linguist context
("DataProtectionTab")."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.messages import render
from mfd_desktop.reports.disclosure import FIELD_LABELS


class ConsentLine(NamedTuple):
    text: str
    consent_id: int
    withdrawn: bool



def consent_lines(conn, client_id: int, language: str) -> list[ConsentLine]:
    names = referrals.office_names(conn)
    lines = []
    for consent in consents.list_consents(conn, client_id):
        text = render(consent.describe(names), language)
        if consent.withdrawn_on:
            text += " — " + QCoreApplication.translate(
                "DataProtectionTab", "withdrawn on {date}").format(
                date=german(consent.withdrawn_on))
        lines.append(ConsentLine(text, consent.id, bool(consent.withdrawn_on)))
    return lines


def history_lines(conn, client_id: int, language: str) -> list[str]:
    lines = [QCoreApplication.translate(
                 "DataProtectionTab", "{when}: {field} changed from „{old}“ to „{new}“")
             .format(when=german(change.changed_at[:10]),
                     field=FIELD_LABELS.get(change.field, change.field),
                     old=short(change.old), new=short(change.new))
             for change in dsr.history(conn, client_id)]
    names = referrals.office_names(conn)
    for referral_id in sorted(dsr.withdrawal_marks(conn, client_id)):
        referral = referrals.get_referral(conn, referral_id)
        lines.append(QCoreApplication.translate(
                         "DataProtectionTab", "Referral of {date} to {target}: data was passed "
                         "on a consent that has since been withdrawn")
                     .format(date=german(referral.referred_on),
                             target=render(referral.target_label(names), language)))
    return lines


def german(iso: str | None) -> str:
    try:
        return dt.date.fromisoformat(str(iso)[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return str(iso)


def short(value, limit: int = 40) -> str:
    text = "–" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
