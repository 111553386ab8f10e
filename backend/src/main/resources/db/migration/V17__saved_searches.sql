-- Issue 15: saved searches with alerts. A user keeps a search (its query string, as GET /api/search takes it) under a
-- name; every day or week the hits it has not shown before come as one notification. seen: the ids already shown
-- (the newest 500), next_run_at: when it is due.
CREATE TABLE saved_search (
    id          UUID         PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    query       VARCHAR(2000) NOT NULL,
    frequency   VARCHAR(10)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    last_run_at TIMESTAMPTZ,
    next_run_at TIMESTAMPTZ  NOT NULL,
    seen        TEXT[]       NOT NULL DEFAULT '{}',
    CONSTRAINT saved_search_frequency_known CHECK (frequency IN ('DAILY', 'WEEKLY'))
);
CREATE INDEX saved_search_owner ON saved_search (user_id, created_at);
CREATE INDEX saved_search_due ON saved_search (next_run_at);
