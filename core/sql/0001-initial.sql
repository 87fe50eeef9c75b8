-- Schema 1: the entities every store holds.
-- Anything that syncs between stores has a stable text key: a UUID, or the source system's own id
-- (conversations, agents), or a name-based UUID (teams) so every store derives the same key.
-- Times are ISO 8601 text in UTC ("2026-11-16T01:12:05.000Z") unless a column says otherwise.

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT 'inspector'
                 CHECK (role IN ('inspector', 'team_leader', 'trainer', 'qa_manager', 'admin')),
    created_at   TEXT NOT NULL
);

CREATE TABLE teams (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    leader_id TEXT REFERENCES users(id)
);

CREATE TABLE agents (
    id         TEXT PRIMARY KEY,
    name       TEXT,
    team_id    TEXT REFERENCES teams(id),
    updated_at TEXT NOT NULL
);

CREATE TABLE import_batches (
    id          TEXT PRIMARY KEY,
    source_file TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('jsonl', 'csv')),
    encoding    TEXT NOT NULL,
    user_id     TEXT REFERENCES users(id),
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    rejected    INTEGER NOT NULL
);

CREATE TABLE conversations (
    id             TEXT PRIMARY KEY,
    channel        TEXT NOT NULL CHECK (channel IN ('call', 'chat')),
    source         TEXT,
    agent_id       TEXT NOT NULL REFERENCES agents(id),
    team_id        TEXT REFERENCES teams(id),
    business_type  TEXT CHECK (business_type IN ('consult', 'fault', 'complaint', 'service_request', 'other')),
    started_at     TEXT NOT NULL,           -- as given by the source, with its UTC offset
    started_ms     INTEGER NOT NULL,        -- the same instant, UTC epoch milliseconds (sorting, ranges)
    duration_s     REAL CHECK (duration_s >= 0),
    wait_s         REAL CHECK (wait_s >= 0),
    csat           INTEGER CHECK (csat BETWEEN 1 AND 5),
    resolved       INTEGER CHECK (resolved IN (0, 1)),
    audio_path     TEXT,                    -- absolute path resolved at import (calls)
    audio_channels TEXT,                    -- JSON object, e.g. {"agent":0,"customer":1}
    extra          TEXT,                    -- JSON object: fields the importer did not know, kept verbatim
    warnings       TEXT,                    -- JSON array of import warnings (e.g. audio file missing)
    turn_count     INTEGER NOT NULL DEFAULT 0,
    content_hash   TEXT NOT NULL,           -- makes re-import idempotent
    import_id      TEXT REFERENCES import_batches(id),
    imported_at    TEXT NOT NULL
);
CREATE INDEX conversations_started ON conversations(started_ms);
CREATE INDEX conversations_agent ON conversations(agent_id, started_ms);
CREATE INDEX conversations_team ON conversations(team_id, started_ms);

-- Turns belong to their conversation and travel with it; the rowid is local only.
CREATE TABLE turns (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    speaker         TEXT NOT NULL CHECK (speaker IN ('agent', 'customer', 'bot', 'system')),
    start_ms        INTEGER,                -- calls: offset into the recording
    end_ms          INTEGER,
    at              TEXT,                   -- chats: the message time as given
    at_ms           INTEGER,                -- chats: UTC epoch milliseconds
    text            TEXT NOT NULL,
    extra           TEXT,                   -- JSON object: unknown turn fields, kept verbatim
    UNIQUE (conversation_id, seq)
);

CREATE TABLE queues (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    inspector_id TEXT NOT NULL REFERENCES users(id),
    kind         TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual', 'sample', 'calibration')),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (inspector_id, name)
);

CREATE TABLE queue_items (
    queue_id        TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    position        INTEGER NOT NULL,
    reason          TEXT,                   -- why the case is in the queue (import, sampling trigger, ...)
    added_at        TEXT NOT NULL,
    PRIMARY KEY (queue_id, conversation_id)
) WITHOUT ROWID;
CREATE INDEX queue_items_conversation ON queue_items(conversation_id);

CREATE TABLE scorecards (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    channel    TEXT CHECK (channel IN ('call', 'chat')),   -- NULL: any channel
    created_at TEXT NOT NULL
);

-- A published version is immutable; evaluations point at the version they were scored with.
CREATE TABLE scorecard_versions (
    id           TEXT PRIMARY KEY,
    scorecard_id TEXT NOT NULL REFERENCES scorecards(id),
    version      INTEGER NOT NULL,
    definition   TEXT NOT NULL,              -- JSON, see README "Scorecard format"
    status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
    published_at TEXT,
    UNIQUE (scorecard_id, version)
);

CREATE TABLE evaluations (
    id                   TEXT PRIMARY KEY,
    conversation_id      TEXT NOT NULL REFERENCES conversations(id),
    scorecard_version_id TEXT NOT NULL REFERENCES scorecard_versions(id),
    inspector_id         TEXT NOT NULL REFERENCES users(id),
    queue_id             TEXT REFERENCES queues(id) ON DELETE SET NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    score                REAL,                -- 0..cap, after fatal and bonus rules
    fatal                INTEGER NOT NULL DEFAULT 0 CHECK (fatal IN (0, 1)),
    general_comment      TEXT NOT NULL DEFAULT '',
    coaching_note        TEXT NOT NULL DEFAULT '',   -- for the agent and team leader
    private_note         TEXT NOT NULL DEFAULT '',   -- the inspector's own, never shown to agents
    revision             INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    submitted_at         TEXT,
    UNIQUE (conversation_id, inspector_id)
);
CREATE INDEX evaluations_status ON evaluations(status, submitted_at);

CREATE TABLE answers (
    evaluation_id TEXT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL,             -- item key inside the scorecard version's definition
    value         TEXT,                      -- 'yes' | 'no' | 'na' | scale step | choice key; NULL = unanswered
    points        REAL,
    comment       TEXT NOT NULL DEFAULT '',
    suggested     TEXT,                      -- value proposed by auto-QA, if any
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, item_id)
) WITHOUT ROWID;

CREATE TABLE comments (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    evaluation_id   TEXT REFERENCES evaluations(id) ON DELETE SET NULL,
    author_id       TEXT NOT NULL REFERENCES users(id),
    anchor          TEXT NOT NULL CHECK (anchor IN ('none', 'moment', 'range', 'turn', 'text')),
    start_ms        INTEGER,
    end_ms          INTEGER,
    turn_seq        INTEGER,
    text_from       INTEGER,
    text_to         INTEGER,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX comments_conversation ON comments(conversation_id);
