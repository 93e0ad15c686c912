"""Anonymised statistics: counting, suppression, payload, release into the outbox. No Qt."""
