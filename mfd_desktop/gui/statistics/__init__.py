"""The Statistik view: counts per period, "Vorschau der Übermittlung", Freigeben, outbox."""
