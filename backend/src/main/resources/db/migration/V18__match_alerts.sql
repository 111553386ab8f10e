-- Issue 15: the new-matches digest. One row says how far the walk through new records (in creation order, then id)
-- has come and when it is due again; the job holds it with FOR UPDATE SKIP LOCKED, so one instance walks at a time
-- and a restarted app goes on from where the last one stopped. It starts now: records older than the feature are
-- not news.
CREATE TABLE match_alert_run (
    id            INT          PRIMARY KEY CHECK (id = 1),
    covered_until TIMESTAMPTZ  NOT NULL,
    covered_id    VARCHAR(64)  NOT NULL,
    next_run_at   TIMESTAMPTZ  NOT NULL
);
INSERT INTO match_alert_run (id, covered_until, covered_id, next_run_at) VALUES (1, now(), '', now());
