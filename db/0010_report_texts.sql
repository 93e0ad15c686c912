-- The Sachbericht's free texts (issue 19): what the counsellors write for a year's annual
-- report — Schwerpunkte, Kooperationen, Bedarfe — kept in the vault like everything
-- else (mfd_desktop.stats.report_texts). One row per period and section; no case data
-- belongs here (the app says so beside the fields).
CREATE TABLE report_texts (
    period     TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 12),
    section    TEXT NOT NULL CHECK (section IN ('schwerpunkte', 'kooperationen', 'bedarfe')),
    body       TEXT NOT NULL CHECK (length(body) <= 20000),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (period, section)
) WITHOUT ROWID;
