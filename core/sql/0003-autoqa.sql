-- Schema 3: auto-QA rule sets (versioned, as imported) and the hits they produce.
-- Hits are derived data: every store recomputes them from its conversations and the active rule-set version.

CREATE TABLE rule_sets (
    id         TEXT PRIMARY KEY,            -- name-based UUID of the rule set's "id"
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE rule_set_versions (
    id          TEXT PRIMARY KEY,
    rule_set_id TEXT NOT NULL REFERENCES rule_sets(id),
    version     INTEGER NOT NULL,
    definition  TEXT NOT NULL,             -- the JSON file as imported
    rule_digests TEXT NOT NULL,            -- JSON {rule id: digest}: which rules changed between versions
    imported_at TEXT NOT NULL,
    imported_by TEXT REFERENCES users(id),
    UNIQUE (rule_set_id, version)
);

-- Which version last checked a conversation, and against which content: re-run only where either changed.
CREATE TABLE autoqa_runs (
    conversation_id     TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    rule_set_version_id TEXT NOT NULL REFERENCES rule_set_versions(id),
    content_hash        TEXT NOT NULL,           -- conversation content hash + "/e" + engine version checked with
    ran_at              TEXT NOT NULL,
    hit_count           INTEGER NOT NULL,
    risk_count          INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE rule_hits (
    id                  INTEGER PRIMARY KEY,
    conversation_id     TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    rule_set_version_id TEXT NOT NULL REFERENCES rule_set_versions(id),
    rule_id             TEXT NOT NULL,
    category            TEXT NOT NULL,
    severity            TEXT NOT NULL,
    turn_seq            INTEGER,             -- NULL: the whole conversation
    span_start          INTEGER,             -- UTF-16 offsets in the turn's original text; NULL: the whole turn
    span_end            INTEGER,
    start_ms            INTEGER,             -- calls: time span in the recording
    end_ms              INTEGER,
    detail              TEXT
);
CREATE INDEX rule_hits_conversation ON rule_hits(conversation_id, turn_seq);
CREATE INDEX rule_hits_rule ON rule_hits(rule_id);
