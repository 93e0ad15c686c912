"""Jahre in Deutschland: full years since the arrival, and the statistics band.

Shared by the case (domain/casework/arrival.py) and the statistics (stats/counting.py,
counted at a period's end), which may not import each other. Pure standard library.
"""

from __future__ import annotations

import datetime as dt

BANDS = ("unter_1", "1_bis_3", "3_bis_6", "ab_6", "unbekannt")


def full_years(arrival: dt.date | None, on: dt.date) -> int | None:
    """Full years between `arrival` and `on` (None when unknown or not yet arrived)."""
    if arrival is None or arrival > on:
        return None
    years = on.year - arrival.year
    if (on.month, on.day) < (arrival.month, arrival.day):
        years -= 1
    return years


def band(arrival: dt.date | None, on: dt.date) -> str:
    """Under 1, 1 to under 3, 3 to under 6, 6 and more years at `on`; else "unbekannt"."""
    years = full_years(arrival, on)
    if years is None:
        return "unbekannt"
    if years < 1:
        return "unter_1"
    if years < 3:
        return "1_bis_3"
    if years < 6:
        return "3_bis_6"
    return "ab_6"
