-- Schema 5: a tamper-evident audit log and evaluation history.
--
-- Every audit entry is sealed into a hash chain: seq numbers it, hash = SHA-256(previous hash, the entry's fields),
-- so changing, removing or inserting an entry anywhere breaks every hash after it (`qawb audit verify`). Entries
-- written before this schema are sealed in their original order when the store is upgraded (AuditLog::sealPending).
-- Triggers make the log append-only: a sealed entry can be neither changed nor deleted through SQL.

ALTER TABLE audit_log ADD COLUMN seq INTEGER;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Submitted evaluations are never overwritten: reopening one copies the submitted revision here first.
CREATE TABLE evaluation_revisions (
    evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
    revision      INTEGER NOT NULL,
    snapshot      TEXT NOT NULL,               -- JSON: the evaluation with its answers as submitted
    submitted_at  TEXT,
    reopened_at   TEXT NOT NULL,
    reopened_by   TEXT REFERENCES users(id),
    reason        TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, revision)
) WITHOUT ROWID;
