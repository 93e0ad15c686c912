"""Hilfe: the user guide inside the app (F1)."""
