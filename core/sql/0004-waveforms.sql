-- Schema 4: cached waveform overviews of recordings, so reopening a case draws at once.
-- Keyed by the recording's path; size and modification time tell a stale entry (the file was replaced).

CREATE TABLE waveform_cache (
    audio_path  TEXT PRIMARY KEY,
    file_size   INTEGER NOT NULL,
    file_mtime  INTEGER NOT NULL,            -- ms since the epoch
    peaks       BLOB NOT NULL,               -- Waveform::serialize()
    created_at  TEXT NOT NULL
);
