"""The Fristen page and the deadline and follow-up dialogs."""
