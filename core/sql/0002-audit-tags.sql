-- Schema 2: an append-only audit log and evaluation tags (trainers' "exemplary", "bad example", ...).

CREATE TABLE audit_log (
    id        TEXT PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  TEXT REFERENCES users(id),
    action    TEXT NOT NULL,               -- e.g. 'evaluation.submit', 'import'
    entity    TEXT NOT NULL,               -- table name
    entity_id TEXT NOT NULL,
    detail    TEXT                         -- JSON
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TABLE evaluation_tags (
    evaluation_id TEXT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    tag           TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, tag)
) WITHOUT ROWID;
CREATE INDEX evaluation_tags_tag ON evaluation_tags(tag);
