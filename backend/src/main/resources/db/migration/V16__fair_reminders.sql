-- Issue 15: reminders of a fair with a published schedule: the day before its first day, and on the morning of each
-- day, to every participant with meetings then. One row per participant, kind and day: written with the notice in one
-- transaction, it makes each reminder once, whichever instance sends it, and lets a restarted app catch up.
CREATE TABLE fair_reminder (
    participant_id UUID        NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    kind           VARCHAR(10) NOT NULL,
    day            DATE        NOT NULL,
    event_id       UUID        NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    sent_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (participant_id, kind, day),
    CONSTRAINT fair_reminder_kind_known CHECK (kind IN ('DAY_BEFORE', 'MORNING'))
);
