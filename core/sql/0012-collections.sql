-- Schema 12: trainers' collections of cases (培训案例集), exported as anonymised case packs (core/casepack.h).

-- A named set of cases. Anyone may read it; trainers, QA managers and admins change it. source_pack is the id of the
-- case pack it was imported from (importing the same pack again finds it and changes nothing).
CREATE TABLE collections (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    owner_id    TEXT REFERENCES users(id),
    notes       TEXT NOT NULL DEFAULT '',
    source_pack TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX collections_owner ON collections(owner_id, name);
CREATE INDEX collections_source_pack ON collections(source_pack) WHERE source_pack IS NOT NULL;

-- A case: a conversation, optionally the evaluation that makes it one, and the trainer's note on it. A conversation is
-- in a collection at most once; positions are 0-based and contiguous.
CREATE TABLE collection_items (
    collection_id   TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    evaluation_id   TEXT REFERENCES evaluations(id) ON DELETE SET NULL,
    note            TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL,
    added_by        TEXT REFERENCES users(id),
    added_at        TEXT NOT NULL,
    PRIMARY KEY (collection_id, conversation_id)
) WITHOUT ROWID;
CREATE INDEX collection_items_conversation ON collection_items(conversation_id);

-- Collections (with their items) travel with sync.
CREATE TRIGGER sync_collections_insert AFTER INSERT ON collections WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_collections_update AFTER UPDATE ON collections WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', NEW.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_collections_delete AFTER DELETE ON collections WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', OLD.id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_collection_items_insert AFTER INSERT ON collection_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', NEW.collection_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_collection_items_update AFTER UPDATE ON collection_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', NEW.collection_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;

CREATE TRIGGER sync_collection_items_delete AFTER DELETE ON collection_items WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT INTO sync_dirty(doc_type, doc_id) VALUES('collection', OLD.collection_id)
        ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1;
END;
