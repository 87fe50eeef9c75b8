-- Placeholder on branch wip-indicators ONLY: migration 13 belongs to another helper's branch. Drop this file (and its
-- line in core/CMakeLists.txt) when merging; it exists so this branch can migrate to 14 on its own.
SELECT 1;
