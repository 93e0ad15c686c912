"""Kurzkontakte: anonymous tally on a real vault; nothing about a person can be stored."""

from __future__ import annotations

import datetime as dt

import pytest

from mfd_desktop.domain.casework import short_contacts
from mfd_desktop.errors import UserError

D = dt.date.fromisoformat


@pytest.fixture
def conn(vault):
    return vault.conn


def test_tally_counts_per_channel_and_topic(conn):
    day = D("2026-03-02")
    for _ in range(3):
        short_contacts.add(conn, "telefonisch", "wohnen", on=day)
    short_contacts.add(conn, "persoenlich", "aufenthaltsrecht", on=day)
    short_contacts.add(conn, "persoenlich", "aufenthaltsrecht", on=D("2026-04-01"))
    assert short_contacts.count(conn, day, day) == 4
    counts = short_contacts.counts(conn, D("2026-03-01"), D("2026-03-31"))
    assert [(c.channel, c.topic, c.count) for c in counts] == [
        ("persoenlich", "aufenthaltsrecht", 1), ("telefonisch", "wohnen", 3)]


def test_undo_removes_exactly_the_entry_added(conn):
    day = D("2026-03-02")
    first = short_contacts.add(conn, "telefonisch", "wohnen", on=day)
    second = short_contacts.add(conn, "video", "gesundheit", on=day)
    assert short_contacts.remove(conn, second)
    assert not short_contacts.remove(conn, second)  # already gone
    assert [(c.channel, c.count) for c in short_contacts.counts(conn, day, day)] == [
        ("telefonisch", 1)]
    assert short_contacts.undo_last(conn, on=day)
    assert short_contacts.count(conn, day, day) == 0
    assert not short_contacts.undo_last(conn, on=day)
    assert first != second


@pytest.mark.parametrize(("channel", "topic", "word"), [
    ("brieftaube", "wohnen", "Beratungsweg"),
    ("telefonisch", "Frau Müller, Wohnung", "Thema"),
    ("", "wohnen", "Beratungsweg"),
])
def test_only_reference_keys_are_accepted(conn, channel, topic, word):
    with pytest.raises(UserError, match=word):
        short_contacts.add(conn, channel, topic)
    assert short_contacts.count(conn, D("2000-01-01"), D("2100-01-01")) == 0


def test_the_table_has_no_place_for_person_data(conn):
    columns = {row[1] for row in conn.execute("PRAGMA table_info(short_contacts)")}
    assert columns == {"id", "contact_on", "channel", "topic"}


def test_reversed_period_is_a_german_error(conn):
    with pytest.raises(UserError, match="Zeitraum"):
        short_contacts.count(conn, D("2026-03-02"), D("2026-03-01"))
