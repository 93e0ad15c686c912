"""Dates between the GUI and the core: the weekday date text and QDate conversions.

`format_date(day)` is 'Mo 29.12.2025' in the German app and 'Mon 29.12.2025' in the
English one (the catalogue's weekday names, as in the PDFs). Used by the Fristen page,
its dialogs and Heute.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from mfd_desktop.formatting import weekday_date_text
from mfd_desktop.gui.i18n import current_language


def format_date(day: dt.date | None) -> str:
    """'Mo 29.12.2025' in the German app, 'Mon 29.12.2025' in the English one."""
    return weekday_date_text(day, current_language())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())
