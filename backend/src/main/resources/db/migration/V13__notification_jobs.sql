-- Issue 15: jobs that tell people as time passes. A pending meeting request is warned about once, 12 hours before it
-- expires (expiry_warned_at; a request sent again starts afresh); each user gets at most one digest mail a day of
-- the notifications they chose to receive daily (notification_digest: the day it was sent, once per user and day,
-- whichever app instance sends it).
ALTER TABLE meeting_request ADD COLUMN expiry_warned_at TIMESTAMPTZ;

CREATE TABLE notification_digest (
    user_id UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    day     DATE        NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    items   INTEGER     NOT NULL,
    PRIMARY KEY (user_id, day)
);
