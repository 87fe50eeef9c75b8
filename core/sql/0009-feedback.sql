-- Schema 9: the 24-hour feedback clock (反馈时效). A submitted evaluation with failed or fatal items must be fed back
-- to the agent (coached) within the team's threshold; feedback records when that happened and by whom.

ALTER TABLE evaluations ADD COLUMN failed_items INTEGER NOT NULL DEFAULT 0;   -- how many items failed

CREATE TABLE feedback (
    id         TEXT PRIMARY KEY REFERENCES evaluations(id),   -- the evaluation fed back
    coached_at TEXT NOT NULL,
    coached_by TEXT REFERENCES users(id),
    note       TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER sync_feedback_insert AFTER INSERT ON feedback WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('feedback', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;
CREATE TRIGGER sync_feedback_update AFTER UPDATE ON feedback WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('feedback', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;
