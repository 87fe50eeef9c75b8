-- Schema 8: sync between a local store and a shared store (see core/sync.h and README "Sync").

-- Local: documents changed since they were last pushed. Triggers below keep it; gen counts changes, so a push only
-- clears what it actually sent (an edit made while it ran stays marked).
CREATE TABLE sync_dirty (
    doc_type TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    gen      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (doc_type, doc_id)
) WITHOUT ROWID;

-- While sync writes what it received, it holds a row here (inside its own transaction, so no one else ever sees
-- it): the triggers below then do not mark those writes as local changes.
CREATE TABLE sync_applying (x INTEGER PRIMARY KEY);

-- Local: each document's content hash as of the last sync with the shared store (the common base of a conflict).
CREATE TABLE sync_base (
    doc_type TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    hash     TEXT NOT NULL,
    PRIMARY KEY (doc_type, doc_id)
) WITHOUT ROWID;

-- Shared: every document's current hash and the sequence number of its last change (pulls read seq > last pulled).
CREATE TABLE sync_docs (
    doc_type TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    hash     TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    origin   TEXT NOT NULL,              -- store_id of the store that pushed it
    at       TEXT NOT NULL,
    PRIMARY KEY (doc_type, doc_id)
) WITHOUT ROWID;
CREATE INDEX sync_docs_seq ON sync_docs(doc_type, seq);

-- Local: an evaluation or comment changed here and in the shared store since the base. Both versions are kept.
CREATE TABLE sync_conflicts (
    id           TEXT PRIMARY KEY,
    doc_type     TEXT NOT NULL,
    doc_id       TEXT NOT NULL,
    base_hash    TEXT,
    local_hash   TEXT NOT NULL,
    remote_hash  TEXT NOT NULL,
    local_doc    TEXT NOT NULL,          -- JSON, the portable document
    remote_doc   TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolution   TEXT CHECK (resolution IN ('local', 'remote')),
    resolved_by  TEXT REFERENCES users(id)
);
CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts(doc_type, doc_id) WHERE resolved_at IS NULL;

-- Both: audit entries of every store, as their origin wrote them (each origin's chain can be checked on its own).
CREATE TABLE synced_audit (
    origin      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    id          TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor_login TEXT,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    detail      TEXT,
    hash        TEXT,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;

CREATE TRIGGER sync_teams_insert AFTER INSERT ON teams WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('team', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_teams_update AFTER UPDATE ON teams WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('team', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_teams_delete AFTER DELETE ON teams WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('team', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_agents_insert AFTER INSERT ON agents WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('agent', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_agents_update AFTER UPDATE ON agents WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('agent', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_agents_delete AFTER DELETE ON agents WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('agent', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_users_insert AFTER INSERT ON users WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('user', NEW.login)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_users_update AFTER UPDATE ON users WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('user', NEW.login)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_users_delete AFTER DELETE ON users WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('user', OLD.login)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_conversations_insert AFTER INSERT ON conversations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_conversations_update AFTER UPDATE ON conversations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_conversations_delete AFTER DELETE ON conversations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_turns_insert AFTER INSERT ON turns WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', NEW.conversation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_turns_update AFTER UPDATE ON turns WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', NEW.conversation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'conversation', OLD.conversation_id WHERE OLD.conversation_id IS NOT NEW.conversation_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_turns_delete AFTER DELETE ON turns WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('conversation', OLD.conversation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecards_insert AFTER INSERT ON scorecards WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecards_update AFTER UPDATE ON scorecards WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecards_delete AFTER DELETE ON scorecards WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecard_versions_insert AFTER INSERT ON scorecard_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', NEW.scorecard_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecard_versions_update AFTER UPDATE ON scorecard_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', NEW.scorecard_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'scorecard', OLD.scorecard_id WHERE OLD.scorecard_id IS NOT NEW.scorecard_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_scorecard_versions_delete AFTER DELETE ON scorecard_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('scorecard', OLD.scorecard_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_sets_insert AFTER INSERT ON rule_sets WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_sets_update AFTER UPDATE ON rule_sets WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_sets_delete AFTER DELETE ON rule_sets WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_set_versions_insert AFTER INSERT ON rule_set_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', NEW.rule_set_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_set_versions_update AFTER UPDATE ON rule_set_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', NEW.rule_set_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'rule_set', OLD.rule_set_id WHERE OLD.rule_set_id IS NOT NEW.rule_set_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_rule_set_versions_delete AFTER DELETE ON rule_set_versions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('rule_set', OLD.rule_set_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_samples_insert AFTER INSERT ON samples WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_samples_update AFTER UPDATE ON samples WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_samples_delete AFTER DELETE ON samples WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_sample_items_insert AFTER INSERT ON sample_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', NEW.sample_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_sample_items_update AFTER UPDATE ON sample_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', NEW.sample_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'sample', OLD.sample_id WHERE OLD.sample_id IS NOT NEW.sample_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_sample_items_delete AFTER DELETE ON sample_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('sample', OLD.sample_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queues_insert AFTER INSERT ON queues WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queues_update AFTER UPDATE ON queues WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queues_delete AFTER DELETE ON queues WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_items_insert AFTER INSERT ON queue_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_items_update AFTER UPDATE ON queue_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'queue', OLD.queue_id WHERE OLD.queue_id IS NOT NEW.queue_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_items_delete AFTER DELETE ON queue_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', OLD.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_item_changes_insert AFTER INSERT ON queue_item_changes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_item_changes_update AFTER UPDATE ON queue_item_changes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', NEW.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'queue', OLD.queue_id WHERE OLD.queue_id IS NOT NEW.queue_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_queue_item_changes_delete AFTER DELETE ON queue_item_changes WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('queue', OLD.queue_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluations_insert AFTER INSERT ON evaluations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluations_update AFTER UPDATE ON evaluations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluations_delete AFTER DELETE ON evaluations WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_answers_insert AFTER INSERT ON answers WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_answers_update AFTER UPDATE ON answers WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'evaluation', OLD.evaluation_id WHERE OLD.evaluation_id IS NOT NEW.evaluation_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_answers_delete AFTER DELETE ON answers WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', OLD.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_tags_insert AFTER INSERT ON evaluation_tags WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_tags_update AFTER UPDATE ON evaluation_tags WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'evaluation', OLD.evaluation_id WHERE OLD.evaluation_id IS NOT NEW.evaluation_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_tags_delete AFTER DELETE ON evaluation_tags WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', OLD.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_revisions_insert AFTER INSERT ON evaluation_revisions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_revisions_update AFTER UPDATE ON evaluation_revisions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', NEW.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
    INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'evaluation', OLD.evaluation_id WHERE OLD.evaluation_id IS NOT NEW.evaluation_id
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_evaluation_revisions_delete AFTER DELETE ON evaluation_revisions WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('evaluation', OLD.evaluation_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_comments_insert AFTER INSERT ON comments WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('comment', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_comments_update AFTER UPDATE ON comments WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('comment', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_comments_delete AFTER DELETE ON comments WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('comment', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;
