-- Schema 14: indicator monitoring (指标监控, core/indicators.h). Derived data, local to each store and never synced:
-- the chat response times of each conversation, computed from its turns with the auto-QA definition, so a report on
-- 100,000 chats does not walk millions of turns.

-- One row per chat that has been folded in (calls have none). content_hash: the conversation content it was computed
-- from. first_response_s / response_avg_s are NULL when no agent answered a waiting customer.
CREATE TABLE indicator_metrics (
    conversation_id  TEXT PRIMARY KEY,
    first_response_s REAL,
    response_avg_s   REAL,
    response_count   INTEGER NOT NULL DEFAULT 0,
    content_hash     TEXT NOT NULL
) WITHOUT ROWID;

-- Conversations added or changed since the metrics last caught up (kept by the triggers below), so catching up never
-- scans every conversation. A store upgraded to this schema has every chat to fold in. (No OR IGNORE in the triggers:
-- an outer INSERT OR REPLACE / upsert would override it.) A re-import with changed turns changes content_hash.
CREATE TABLE indicator_pending (conversation_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO indicator_pending SELECT id FROM conversations WHERE channel = 'chat';

CREATE TRIGGER indicator_conversations_insert AFTER INSERT ON conversations WHEN NEW.channel = 'chat' BEGIN
    INSERT INTO indicator_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM indicator_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER indicator_conversations_update AFTER UPDATE OF content_hash, channel ON conversations BEGIN
    INSERT INTO indicator_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM indicator_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER indicator_conversations_delete AFTER DELETE ON conversations BEGIN
    DELETE FROM indicator_metrics WHERE conversation_id = OLD.id;
    DELETE FROM indicator_pending WHERE conversation_id = OLD.id;
END;
