-- Schema 6: reason codes on answers (why an item failed, from the scorecard item's "reasons" list).

ALTER TABLE answers ADD COLUMN reasons TEXT;   -- reason keys, comma-separated; NULL: none
