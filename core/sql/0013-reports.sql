-- Schema 13: the QA reports' rollup (core/reports.h). Derived data, local to each store and never synced: every store
-- folds its own evaluations in, incrementally, before it reports (like the search index, schema 11).

-- Small integer codes for the text keys the rollup repeats a million times (agent, team, inspector and scorecard
-- version ids, channels, business types), so a report scans integers, not UUIDs.
CREATE TABLE report_keys (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);

-- One row per COUNTED evaluation: submitted, not in a calibration queue. Clustered by the conversation's own start
-- date (day = Julian day number of the date the source gave, in its own UTC offset), so a period is one range scan.
CREATE TABLE report_facts (
    day           INTEGER NOT NULL,
    evaluation_id TEXT NOT NULL,
    agent         INTEGER NOT NULL,   -- report_keys codes
    team          INTEGER,
    channel       INTEGER NOT NULL,
    business_type INTEGER,
    version       INTEGER NOT NULL,   -- the scorecard version
    inspector     INTEGER NOT NULL,
    score         REAL NOT NULL,
    passed        INTEGER NOT NULL,   -- score >= the version's pass_score and not fatal
    fatal         INTEGER NOT NULL,
    review_s      REAL,               -- created_at -> first submission, seconds; NULL when unknown
    outcomes      TEXT NOT NULL,      -- one letter per item of the version, in definition order:
                                      -- p passed, f failed, n N/A, - not asked (conditional) or unanswered
    PRIMARY KEY (day, evaluation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX report_facts_evaluation ON report_facts(evaluation_id);

-- Evaluations changed since the rollup last caught up (kept by the triggers below), so catching up never scans every
-- evaluation. A store upgraded to this schema has everything to fold in. (No OR IGNORE in the triggers: an outer
-- INSERT OR REPLACE / upsert would override it.)
CREATE TABLE report_pending (evaluation_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO report_pending SELECT id FROM evaluations;

CREATE TRIGGER report_evaluations_insert AFTER INSERT ON evaluations BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = NEW.id);
END;
CREATE TRIGGER report_evaluations_update AFTER UPDATE ON evaluations BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = NEW.id);
    INSERT INTO report_pending(evaluation_id) SELECT OLD.id
        WHERE OLD.id IS NOT NEW.id AND NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = OLD.id);
END;
CREATE TRIGGER report_evaluations_delete AFTER DELETE ON evaluations BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT OLD.id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = OLD.id);
END;
-- Answers normally change with their evaluation's row; sync may write them on their own.
CREATE TRIGGER report_answers_insert AFTER INSERT ON answers BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT NEW.evaluation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = NEW.evaluation_id);
END;
CREATE TRIGGER report_answers_update AFTER UPDATE ON answers BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT NEW.evaluation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = NEW.evaluation_id);
END;
CREATE TRIGGER report_answers_delete AFTER DELETE ON answers BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT OLD.evaluation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = OLD.evaluation_id);
END;
-- A re-imported conversation may change its agent, team, date, channel or business type.
CREATE TRIGGER report_conversations_update
AFTER UPDATE OF agent_id, team_id, channel, business_type, started_at ON conversations BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT e.id FROM evaluations e
        WHERE e.conversation_id = NEW.id
          AND NOT EXISTS (SELECT 1 FROM report_pending p WHERE p.evaluation_id = e.id);
END;
-- A queue turned into (or out of) a calibration queue.
CREATE TRIGGER report_queues_update AFTER UPDATE OF kind ON queues BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT e.id FROM evaluations e
        WHERE e.queue_id = NEW.id
          AND NOT EXISTS (SELECT 1 FROM report_pending p WHERE p.evaluation_id = e.id);
END;

-- One row per conversation, for the auto-QA side of the problems report (rules over every conversation of the
-- filter, evaluated or not): the same filter columns as report_facts, and its hits per rule.
CREATE TABLE report_conversations (
    day             INTEGER NOT NULL,
    conversation_id TEXT NOT NULL,
    agent           INTEGER NOT NULL,
    team            INTEGER,
    channel         INTEGER NOT NULL,
    business_type   INTEGER,
    rules           TEXT NOT NULL,    -- "code:hits code:hits": the rule id's code in report_keys, its hit count
    PRIMARY KEY (day, conversation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX report_conversations_id ON report_conversations(conversation_id);

CREATE TABLE report_conversations_pending (conversation_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO report_conversations_pending SELECT id FROM conversations;

CREATE TRIGGER report_conversations_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO report_conversations_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM report_conversations_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER report_conversations_update_own
AFTER UPDATE OF agent_id, team_id, channel, business_type, started_at ON conversations BEGIN
    INSERT INTO report_conversations_pending(conversation_id) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM report_conversations_pending WHERE conversation_id = NEW.id);
END;
CREATE TRIGGER report_conversations_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO report_conversations_pending(conversation_id) SELECT OLD.id
        WHERE NOT EXISTS (SELECT 1 FROM report_conversations_pending WHERE conversation_id = OLD.id);
END;
CREATE TRIGGER report_rule_hits_insert AFTER INSERT ON rule_hits BEGIN
    INSERT INTO report_conversations_pending(conversation_id) SELECT NEW.conversation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_conversations_pending WHERE conversation_id = NEW.conversation_id);
END;
CREATE TRIGGER report_rule_hits_delete AFTER DELETE ON rule_hits BEGIN
    INSERT INTO report_conversations_pending(conversation_id) SELECT OLD.conversation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_conversations_pending WHERE conversation_id = OLD.conversation_id);
END;

-- An evaluation tagged case_pack (a training copy from a case pack) never counts: the tag coming or going refolds it.
CREATE TRIGGER report_pending_case_pack_insert AFTER INSERT ON evaluation_tags WHEN NEW.tag = 'case_pack' BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT NEW.evaluation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = NEW.evaluation_id);
END;
CREATE TRIGGER report_pending_case_pack_delete AFTER DELETE ON evaluation_tags WHEN OLD.tag = 'case_pack' BEGIN
    INSERT INTO report_pending(evaluation_id) SELECT OLD.evaluation_id
        WHERE NOT EXISTS (SELECT 1 FROM report_pending WHERE evaluation_id = OLD.evaluation_id);
END;
