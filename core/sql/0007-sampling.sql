-- Schema 7: sampling plans (抽样方案), the samples drawn with them, and the queues assignment (派单) made of them.

-- A named plan, editable by QA managers; the definition is the plan's JSON ("qawb-sampling-plan/1", see README).
CREATE TABLE sampling_plans (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A drawn sample keeps the plan exactly as it was drawn with (seed included): drawing it again on the same data
-- gives the same conversations.
CREATE TABLE samples (
    id             TEXT PRIMARY KEY,
    plan_id        TEXT REFERENCES sampling_plans(id) ON DELETE SET NULL,
    plan_name      TEXT NOT NULL,
    definition     TEXT NOT NULL,
    period_from_ms INTEGER NOT NULL,     -- UTC epoch milliseconds, inclusive
    period_to_ms   INTEGER NOT NULL,     -- exclusive
    eligible       INTEGER NOT NULL,
    target         INTEGER NOT NULL,
    excluded       TEXT NOT NULL,        -- JSON {reason: count}
    created_by     TEXT REFERENCES users(id),
    created_at     TEXT NOT NULL,
    assigned_at    TEXT
);

CREATE TABLE sample_items (
    sample_id       TEXT NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    position        INTEGER NOT NULL,
    agent_id        TEXT NOT NULL,
    stratum         TEXT NOT NULL,
    reason          TEXT NOT NULL,        -- "trigger:<kind>", "minimum", "random"
    expected_s      REAL NOT NULL,        -- expected review time
    PRIMARY KEY (sample_id, conversation_id)
) WITHOUT ROWID;

ALTER TABLE queues ADD COLUMN sample_id TEXT REFERENCES samples(id);

-- The team a person belongs to (inspectors who come from a team must not review it, if the assignment says so).
ALTER TABLE users ADD COLUMN team_id TEXT REFERENCES teams(id);

-- What QA managers did to queue items after assignment, and why.
CREATE TABLE queue_item_changes (
    id              TEXT PRIMARY KEY,
    queue_id        TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    action          TEXT NOT NULL CHECK (action IN ('reassign', 'replace')),
    to_queue_id     TEXT REFERENCES queues(id) ON DELETE SET NULL,   -- reassign: where it went
    replacement_id  TEXT REFERENCES conversations(id),               -- replace: what took its place
    reason          TEXT NOT NULL,
    actor_id        TEXT REFERENCES users(id),
    at              TEXT NOT NULL
);
CREATE INDEX queue_item_changes_queue ON queue_item_changes(queue_id, at);

-- The customer behind a conversation, when the source gives one ("customer_id", kept in extra): repeat contacts.
ALTER TABLE conversations ADD COLUMN customer_id TEXT
    GENERATED ALWAYS AS (CASE WHEN json_valid(extra) THEN json_extract(extra, '$.customer_id') END) VIRTUAL;
CREATE INDEX conversations_customer ON conversations(customer_id, started_ms) WHERE customer_id IS NOT NULL;
