"""MFD Desktop: offline-first counselling assistant for migration counselling services."""

__version__ = "0.1.0"
APP_NAME = "MFD Desktop"
APP_ID = "mfd-desktop"
