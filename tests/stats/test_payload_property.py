"""Property test over random case data in a real vault: what would be released is protected,
valid, and carries nothing from the case data but reference keys."""

from __future__ import annotations

import datetime as dt
import json
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain import reference
from mfd_desktop.stats import catalogue
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview, device_id
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.release import canonical_json
from mfd_desktop.stats.suppression import effective_k
from mfd_desktop.storage.transaction import transaction

TODAY = dt.date(2027, 1, 15)
PERIOD = parse_period("2026-Q3")
TABLES = ("consultation_topics", "consultations", "client_languages", "client_special_needs",
          "referrals", "offices", "short_contacts", "structural_work", "clients")

# Free text that looks like nothing else in a payload (letters outside [a-z0-9_]).
texts = st.text(alphabet="ÄÖÜßäöüABCDEFGHIJKXYZ", min_size=5, max_size=12)


def keyish(list_name):
    return st.one_of(st.none(), st.sampled_from(reference.get(list_name).keys()), texts)


clients = st.lists(
    st.fixed_dictionaries({
        "name": texts,
        "note": texts,
        "birth_year": st.one_of(st.none(), st.integers(1930, 2026)),
        "gender": keyish("gender"),
        "country": st.one_of(st.none(), st.sampled_from(sorted(catalogue.regions().by_country)),
                             texts),
        "status": keyish("residence_status"),
        "service": keyish("service"),
        "languages": st.lists(st.sampled_from(reference.get("languages").keys()), max_size=2,
                              unique=True),
        "needs": st.lists(st.sampled_from(reference.get("special_needs").keys()), max_size=2,
                          unique=True),
        "visits": st.lists(st.tuples(st.integers(0, 200), st.sampled_from(["persoenlich",
                                                                            "telefonisch"]),
                                     keyish("topics")), min_size=1, max_size=4),
        "closed": st.one_of(st.none(), st.tuples(st.integers(0, 200), keyish("closing_reason"))),
    }),
    min_size=0, max_size=40,
)


def write(conn, data) -> set[str]:
    strings = set()
    countries = set()
    base = dt.date(2026, 6, 1)
    with transaction(conn):
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
        for i, c in enumerate(data, start=1):
            strings.update({c["name"], c["note"]})
            for value in (c["gender"], c["country"], c["status"], c["service"]):
                if value and len(value) >= 5 and not re.fullmatch(r"[a-z0-9_]+", value):
                    strings.add(value)
            closed = c["closed"]
            conn.execute(
                "INSERT INTO clients(id, case_number, name, birth_year, gender, country, "
                "residence_status, service, address, status, closing_reason, closed_on) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (i, f"FALL-{i}-{c['name']}", c["name"], c["birth_year"], c["gender"], c["country"],
                 c["status"], c["service"], c["note"], "abgeschlossen" if closed else "offen",
                 closed[1] if closed else None,
                 (base + dt.timedelta(days=closed[0])).isoformat() if closed else None))
            for lang in c["languages"]:
                conn.execute("INSERT INTO client_languages VALUES (?, ?)", (i, lang))
            for need in c["needs"]:
                conn.execute("INSERT INTO client_special_needs VALUES (?, ?)", (i, need))
            for offset, channel, topic in c["visits"]:
                cur = conn.execute(
                    "INSERT INTO consultations(client_id, held_on, channel, method, note) "
                    "VALUES (?,?,?,?,?)",
                    (i, (base + dt.timedelta(days=offset)).isoformat(), channel,
                     "einzelfallberatung", c["note"]))
                if topic:
                    conn.execute("INSERT INTO consultation_topics(consultation_id, topic) VALUES (?, ?)",
                                 (cur.lastrowid, topic))
                    if not topic.islower():
                        strings.add(topic)
            if c["country"] and len(c["country"]) == 2:
                countries.add(c["country"])
    return strings | {f'"{code}"' for code in countries}


# Shrinking re-creates case data in the vault for every step (minutes); a failure is
# reported unshrunk, with its seed.
@settings(max_examples=100, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=clients, k=st.sampled_from([5, 5, 7]), small_unit=st.sampled_from([5, 5, 20]))
def test_released_payload_is_protected_valid_and_clean(vault, data, k, small_unit):
    conn = vault.conn
    strings = write(conn, data)
    preview = build_preview(conn, PERIOD, StatsConfig("site-1", "quarter", k, small_unit),
                            today=TODAY)
    payload = preview.payload
    assert payload is not None and preview.releasable
    text = canonical_json(payload)
    # 1. validates against the schema (both from the model and from the JSON text)
    assert StatsPayload.model_validate_json(text) == payload
    assert StatsPayload.model_validate(json.loads(text)) == payload
    # 2. no released value between 1 and k-1 (k per dimension)
    for cell in payload.cells:
        if cell.value is not None:
            assert not 0 < cell.value < effective_k(k, cell.dimension)
    # 3. per measure and dimension: nothing suppressed, or the total suppressed, or >= 2
    #    suppressed cells holding >= k together (true values from the preview), or — for
    #    multi-select dimensions and small units only — every cell suppressed
    true = {(c.measure, c.dimension, c.category): c for c in preview.cells}
    # 3a. rule 5: fewer clients than max(small_unit, k) -> totals only, nothing else
    small = true[("clients", "total", "total")].value < max(small_unit, k)
    assert preview.totals_only == payload.totals_only == small
    if small:
        assert all(c.dimension == "total" for c in payload.cells)
        assert all(c.suppressed for c in preview.cells if c.dimension != "total")
        assert ('"totals_only":true' in text)
    else:
        assert "totals_only" not in text
    groups = {}
    for cell in preview.cells:
        if cell.dimension != "total":
            groups.setdefault((cell.measure, cell.dimension), []).append(cell)
    for (measure, dimension), cells in groups.items():
        hidden = [c for c in cells if c.suppressed]
        if not hidden or true[(measure, "total", "total")].suppressed:
            continue
        if len(hidden) == len(cells) and (preview.totals_only or (measure, dimension) in {
                ("consultations", "topic"), ("clients", "language"), ("clients", "special_need")}):
            continue
        assert len(hidden) >= 2
        assert sum(c.value for c in hidden) >= effective_k(k, dimension)
    # 4. nothing from the case data but reference keys
    for s in strings:
        assert s not in text
        if not s.startswith('"'):
            assert s.lower() not in text
    assert "FALL-" not in text
    # every string in the payload is a key, the site id, the period or the device id
    allowed = {"mfd-stats/2", "site-1", PERIOD.key, "quarter", device_id(conn)}
    for cell in payload.cells:
        assert cell.category in catalogue.categories(cell.dimension)
    for value in _strings(json.loads(text)):
        assert value in allowed or value.replace("_", "").isalnum() and value.isascii()
    # 5. the disclosure audit passes for what is released, and for a revision after a
    #    late entry (the gate in release() would refuse anything else)
    from mfd_desktop.stats.disclosure_audit import Release, gate
    from mfd_desktop.stats.release import release

    assert gate([], Release.from_payload(payload), k) == []
    conn.execute("DELETE FROM stats_releases")  # the vault is shared by the examples
    conn.execute("DELETE FROM consultations WHERE client_id = 99999")
    conn.execute("DELETE FROM clients WHERE id = 99999")
    release(conn, payload, release_kind="quarter", today=TODAY)
    conn.execute("INSERT INTO clients(id, case_number, country, first_contact) "
                 "VALUES (99999, 'L-1', 'ER', ?)", (PERIOD.start.isoformat(),))
    conn.execute("INSERT INTO consultations(client_id, held_on, channel, method) "
                 "VALUES (99999, ?, 'persoenlich', 'einzelfallberatung')",
                 (PERIOD.start.isoformat(),))
    second = build_preview(conn, PERIOD, StatsConfig("site-1", "quarter", k, small_unit),
                           today=TODAY)
    if second.payload is not None:
        assert gate([Release.from_payload(payload)], Release.from_payload(second.payload),
                    k) == []
    else:  # refused: the reason names the table
        assert second.payload_problem and "„" in str(second.payload_problem)
    conn.execute("DELETE FROM stats_releases")
    conn.execute("DELETE FROM consultations WHERE client_id = 99999")
    conn.execute("DELETE FROM clients WHERE id = 99999")


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield from _strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value)


def test_device_id_is_random_and_kept(vault, make_vault, tmp_path):
    first = device_id(vault.conn)
    assert len(first) == 32 and int(first, 16) >= 0
    assert device_id(vault.conn) == first
    from mfd_desktop.paths import DataPaths

    other_paths = DataPaths(tmp_path / "other", tmp_path / "other" / "logs")
    other, _ = make_vault(paths=other_paths)
    assert device_id(other.conn) != first


def test_missing_site_id_blocks_only_the_payload(vault):
    preview = build_preview(vault.conn, PERIOD, StatsConfig(""), today=TODAY)
    assert preview.payload is None and not preview.releasable
    assert "Standortkennung" in str(preview.not_releasable_reason)
    running = build_preview(vault.conn, parse_period("2027-Q1"), StatsConfig("s"), today=TODAY)
    assert running.provisional and not running.releasable
