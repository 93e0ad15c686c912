"""MFD central statistics server (FastAPI). Receives anonymised counts only."""

__version__ = "0.1.0"
