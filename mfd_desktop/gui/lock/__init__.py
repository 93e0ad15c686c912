"""A lock that fits a consultation: the privacy screen („Sichtschutz“, F12) and the
warning before the automatic lock. The automatic lock itself is gui/auto_lock.py."""
