"""Letters and forms filled from a case (Schreiben): templates in resources/letters/,
filling (`fill.py`), the kept copies of printed letters (`kept.py`, db/0016).
Format of a template: docs/letters.md and `schema.py`. PDFs: reports/letter.py."""
