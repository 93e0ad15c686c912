-- Handover senders this vault has confirmed (issue 15): a case sealed to this vault's
-- handover key is signed by the sending vault; the first time, the counsellor compares
-- the sender's fingerprint by phone, and the key is remembered here so the next file
-- from the same colleague is recognised. No case data; the profile name is the
-- colleague's own label ("Standardprofil" on a single-user laptop).
CREATE TABLE known_senders (
    public_key     TEXT PRIMARY KEY,        -- mfdpk2:… (X25519 + Ed25519 public keys)
    fingerprint    TEXT NOT NULL,           -- as compared by phone, e.g. 'AB12 CD34 EF56 7890'
    profile_name   TEXT NOT NULL,           -- as the sender's vault called itself then
    confirmed_at   TEXT NOT NULL,           -- UTC, ISO 8601
    last_import_at TEXT
) STRICT;
CREATE INDEX known_senders_fingerprint ON known_senders(fingerprint);
