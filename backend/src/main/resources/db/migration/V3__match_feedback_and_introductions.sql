-- Per-user feedback on recommendations: "interested" or "not relevant" (dismissed ones stay hidden).
CREATE TABLE match_feedback (
    user_id        UUID        NOT NULL REFERENCES app_user (id),
    company_id     UUID        REFERENCES company (id),
    subject_type   VARCHAR(20) NOT NULL,
    subject_id     UUID        NOT NULL,
    candidate_type VARCHAR(20) NOT NULL,
    candidate_id   UUID        NOT NULL,
    verdict        VARCHAR(20) NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, subject_type, subject_id, candidate_type, candidate_id),
    CONSTRAINT match_feedback_verdict_known CHECK (verdict IN ('INTERESTED', 'NOT_RELEVANT')),
    CONSTRAINT match_feedback_types_known CHECK (subject_type IN ('company', 'need', 'capacity')
        AND candidate_type IN ('company', 'need', 'capacity'))
);
CREATE INDEX match_feedback_candidate ON match_feedback (candidate_type, candidate_id, verdict);

-- Coordinators introduce two companies and follow the introduction up.
CREATE TABLE introduction (
    id             UUID PRIMARY KEY,
    coordinator_id UUID          NOT NULL REFERENCES app_user (id),
    company_a      UUID          NOT NULL REFERENCES company (id),
    company_b      UUID          NOT NULL REFERENCES company (id),
    need_id        UUID          REFERENCES need (id),
    note           VARCHAR(2000),
    status         VARCHAR(20)   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT introduction_two_companies CHECK (company_a <> company_b),
    CONSTRAINT introduction_status_known CHECK (status IN ('INTRODUCED', 'MEETING_HELD', 'NEGOTIATING', 'DEAL', 'NO_FIT'))
);
CREATE INDEX introduction_coordinator ON introduction (coordinator_id, updated_at DESC);
CREATE INDEX introduction_company_a ON introduction (company_a);
CREATE INDEX introduction_company_b ON introduction (company_b);

CREATE TABLE introduction_event (
    id              UUID PRIMARY KEY,
    introduction_id UUID          NOT NULL REFERENCES introduction (id) ON DELETE CASCADE,
    status          VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000),
    by_user_id      UUID          NOT NULL REFERENCES app_user (id),
    at              TIMESTAMPTZ   NOT NULL
);
CREATE INDEX introduction_event_history ON introduction_event (introduction_id, at);
