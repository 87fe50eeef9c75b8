-- Schema 11: the case library's full-text index (core/search.h). Derived data, local to each store and never
-- synced: every store indexes its own conversations, incrementally, before it searches.

-- One document per conversation (rowid = the conversation's rowid): its turns folded and tokenized by
-- SearchIndex::tokens (CJK as overlapping bigrams, other text as words), so unicode61 only splits on the spaces.
CREATE VIRTUAL TABLE search_index USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');

-- What is indexed: which search_index row holds a conversation, and the content it was built from.
CREATE TABLE search_docs (
    conversation_id TEXT PRIMARY KEY,
    doc             INTEGER NOT NULL,
    content_hash    TEXT NOT NULL
) WITHOUT ROWID;

-- Conversations added, changed or removed since the index last caught up (kept by the triggers below), so catching
-- up never scans every conversation. A store upgraded to this schema has everything to index. (No OR IGNORE in
-- the triggers: an outer INSERT OR REPLACE / upsert would override it.)
CREATE TABLE search_pending (conversation_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO search_pending SELECT id FROM conversations;

CREATE TRIGGER search_conversations_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO search_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER search_conversations_update AFTER UPDATE OF content_hash ON conversations BEGIN
    INSERT INTO search_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER search_conversations_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO search_pending(conversation_id) SELECT OLD.id
        WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE conversation_id = OLD.id);
END;
