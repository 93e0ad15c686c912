"""Which chapter of docs/handbuch.md belongs to which page (F1 opens it there), and the
GitHub-style anchors the guide's own table of contents links to."""

from __future__ import annotations

import re
import unicodedata

# navigation key (gui/page_registry.py) or "case" -> a part of the chapter's heading
PAGE_SECTIONS: dict[str, str] = {
    "today": "Heute",
    "clients": "Liste der Klient",
    "case": "Beratungen dokumentieren",
    "deadlines": "Fristen",
    "checklists": "Checklisten",
    "statistics": "Statistik",
    "settings": "Sicherung",
    "appointments": "Termine",
    "structural_work": "Strukturarbeit",
}


def section_for(page_key: str | None) -> str | None:
    return PAGE_SECTIONS.get(page_key or "")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to '-'
    ("7. Suchen" -> "7-suchen", "2. Die Liste der Klient*innen" -> "2-die-liste-der-klientinnen")."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")
