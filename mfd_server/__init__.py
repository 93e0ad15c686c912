"""MFD central statistics server (FastAPI). Receives anonymised counts only."""
