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
