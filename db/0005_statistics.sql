-- Statistics (issue 6): releases and outbox. Reserved; filled in by that work.

-- One row per released revision of a period: exactly the payload the counsellor saw
-- in "Vorschau der Übermittlung" and released with "Freigeben". The row doubles as
-- the outbox entry the sync module sends (status pending → sent | failed, or
-- superseded when a newer revision of the same period was released before sending).
-- Payloads hold anonymised counts only (schema mfd-stats/1), never case data.
CREATE TABLE stats_releases (
    id               INTEGER PRIMARY KEY,
    period           TEXT NOT NULL,
    period_kind      TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'half_year', 'year')),
    revision         INTEGER NOT NULL CHECK (revision >= 1),
    payload_json     TEXT NOT NULL,
    payload_sha256   TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    released_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    status           TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'sent', 'failed', 'superseded')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TEXT,
    last_error_de    TEXT,
    sent_at          TEXT,
    server_receipt   TEXT,
    UNIQUE (period, revision)
) STRICT;

CREATE INDEX stats_releases_status ON stats_releases(status, id);

-- Indexes for counting a period quickly (mfd_desktop/stats/counting.py; bench/stats_bench.py:
-- a year of 50,000 consultations). Covering, so counting never reads the rows with notes.
CREATE INDEX consultations_stats ON consultations(held_on, client_id, channel, method);
CREATE INDEX referrals_stats ON referrals(referred_on, target_key, office_id);
CREATE INDEX clients_closed_stats ON clients(closed_on, closing_reason) WHERE closed_on IS NOT NULL;
