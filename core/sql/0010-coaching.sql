-- Schema 10: one-on-one coaching sessions (辅导) with their action items, and disputes (申诉) of evaluations.

-- A leader's session with one agent about a period of their work. Once the agent has acknowledged it, what they
-- acknowledged (notes, follow-up) is frozen; the action items' status still moves on.
CREATE TABLE coaching_sessions (
    id              TEXT PRIMARY KEY,
    agent_id        TEXT NOT NULL REFERENCES agents(id),
    leader_id       TEXT REFERENCES users(id),
    period_from     TEXT NOT NULL,              -- yyyy-MM-dd, the conversations' own dates, inclusive
    period_to       TEXT NOT NULL,              -- yyyy-MM-dd, inclusive
    held_at         TEXT NOT NULL,
    notes           TEXT NOT NULL DEFAULT '',
    follow_up       TEXT,                       -- yyyy-MM-dd: when the leader checks on the action items
    acknowledged_by TEXT,                       -- the agent's name as they typed it
    acknowledged_at TEXT,
    ack_comment     TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
);
CREATE INDEX coaching_sessions_agent ON coaching_sessions(agent_id, held_at);

CREATE TABLE coaching_actions (
    session_id TEXT NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    owner      TEXT NOT NULL DEFAULT '',        -- who does it (the agent, the leader, a trainer), as typed
    due        TEXT,                            -- yyyy-MM-dd
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

-- A dispute of one or more items of a submitted evaluation, opened by a leader on the agent's behalf and decided by
-- the arbitrator (the inspector who scored it, or a QA manager). A decision that changes answers re-scores the
-- evaluation as a new revision (the one before stays in evaluation_revisions).
CREATE TABLE disputes (
    id            TEXT PRIMARY KEY,
    evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
    items         TEXT NOT NULL,                -- disputed item ids, comma-separated
    reason        TEXT NOT NULL,
    opened_by     TEXT REFERENCES users(id),
    opened_at     TEXT NOT NULL,
    arbitrator_id TEXT REFERENCES users(id),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'withdrawn')),
    outcome       TEXT CHECK (outcome IN ('upheld', 'partly', 'rejected')),
    decided_by    TEXT REFERENCES users(id),
    decided_at    TEXT,
    decision      TEXT NOT NULL DEFAULT '',     -- the arbitrator's explanation
    changes       TEXT,                         -- JSON {item id: {"from": value, "to": value}}
    score_before  REAL,
    score_after   REAL,
    revision      INTEGER,                      -- the evaluation revision the decision produced (NULL: unchanged)
    updated_at    TEXT NOT NULL
);
CREATE INDEX disputes_evaluation ON disputes(evaluation_id);
CREATE INDEX disputes_status ON disputes(status, opened_at);

-- The thread: everyone involved writes here; opening, deciding and withdrawing add their own entries too. Messages
-- are never changed, and each travels on its own: a reply written on one computer while the dispute is decided on
-- another keeps both.
CREATE TABLE dispute_messages (
    id         TEXT PRIMARY KEY,
    dispute_id TEXT NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    author_id  TEXT REFERENCES users(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'message' CHECK (kind IN ('opened', 'message', 'decided', 'withdrawn')),
    body       TEXT NOT NULL
);
CREATE INDEX dispute_messages_dispute ON dispute_messages(dispute_id, at);

-- Sessions (with their action items), disputes and their messages travel with sync.
CREATE TRIGGER sync_coaching_sessions_insert AFTER INSERT ON coaching_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_coaching_sessions_update AFTER UPDATE ON coaching_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_coaching_sessions_delete AFTER DELETE ON coaching_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_coaching_actions_insert AFTER INSERT ON coaching_actions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', NEW.session_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_coaching_actions_update AFTER UPDATE ON coaching_actions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', NEW.session_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_coaching_actions_delete AFTER DELETE ON coaching_actions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('coaching_session', OLD.session_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_disputes_insert AFTER INSERT ON disputes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_disputes_update AFTER UPDATE ON disputes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_disputes_delete AFTER DELETE ON disputes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_dispute_messages_insert AFTER INSERT ON dispute_messages WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute_message', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_dispute_messages_update AFTER UPDATE ON dispute_messages WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute_message', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_dispute_messages_delete AFTER DELETE ON dispute_messages WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('dispute_message', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;
