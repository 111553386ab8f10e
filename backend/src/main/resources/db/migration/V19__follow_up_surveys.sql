-- Issue 15: follow-up surveys after a fair. The organiser schedules rounds (3, 6 … months after the last day); when a
-- round is due, each participant with held meetings gets one mail with one-click answers per meeting (signed links, no
-- login). A survey_mailing row per round and participant, written in the mail's transaction, makes each participant's
-- mail once across instances and lets a restarted app catch up; sent_at marks the round done. An answer per round,
-- meeting and side: clicking another link changes it (the last click wins).
CREATE TABLE survey_round (
    id           UUID PRIMARY KEY,
    event_id     UUID        NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    months_after INT         NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ,
    CONSTRAINT survey_round_once UNIQUE (event_id, months_after),
    CONSTRAINT survey_round_months CHECK (months_after BETWEEN 1 AND 24)
);
CREATE INDEX survey_round_unsent ON survey_round (event_id) WHERE sent_at IS NULL;

CREATE TABLE survey_mailing (
    round_id       UUID        NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
    participant_id UUID        NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    meetings       INT         NOT NULL,
    sent_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (round_id, participant_id),
    CONSTRAINT survey_mailing_meetings CHECK (meetings >= 0)
);

CREATE TABLE survey_answer (
    round_id       UUID        NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
    meeting_id     UUID        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    participant_id UUID        NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    answer         VARCHAR(30) NOT NULL,
    answered_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (round_id, meeting_id, participant_id),
    CONSTRAINT survey_answer_known CHECK (answer IN ('NO_FURTHER_CONTACT', 'IN_TALKS', 'SAMPLE_OR_TRIAL_ORDER',
                                                     'CONTRACT', 'PARTNERSHIP_AGREEMENT'))
);
CREATE INDEX survey_answer_meeting ON survey_answer (meeting_id);
