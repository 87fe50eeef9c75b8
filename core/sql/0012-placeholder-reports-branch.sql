-- Placeholder for schema 12 (taken by another branch), only so this branch (wip-reports) opens stores at schema 13.
-- Drop this file when merging: the real 0012 replaces it.
CREATE TABLE reports_branch_placeholder_0012 (x INTEGER);
DROP TABLE reports_branch_placeholder_0012;
