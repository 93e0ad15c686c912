"""The Heute page: what needs the counsellor's attention today."""
