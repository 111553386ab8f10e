-- Trade-fair matching sessions: events, participants, meeting requests, meetings with their place in the
-- schedule, scheduler runs and outcomes. The constraints here are the last line against double bookings: the
-- services lock the event row before they change the schedule, and the database refuses what slips through.

CREATE TABLE fair_event (
    id                      UUID PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    name_ja                 VARCHAR(200),
    name_zh                 VARCHAR(200),
    name_en                 VARCHAR(200),
    venue                   VARCHAR(300)  NOT NULL,
    time_zone               VARCHAR(60)   NOT NULL,
    slot_minutes            INT           NOT NULL,
    tables                  INT           NOT NULL,
    sessions                JSONB         NOT NULL,
    breaks                  JSONB         NOT NULL,
    registration_deadline   TIMESTAMPTZ   NOT NULL,
    request_deadline        TIMESTAMPTZ   NOT NULL,
    request_expiry_hours    INT           NOT NULL,
    max_outgoing_requests   INT           NOT NULL,
    default_meeting_cap     INT           NOT NULL,
    first_day               DATE          NOT NULL,
    last_day                DATE          NOT NULL,
    starts_at               TIMESTAMPTZ   NOT NULL,
    ends_at                 TIMESTAMPTZ   NOT NULL,
    created_by              UUID          NOT NULL REFERENCES app_user (id),
    created_at              TIMESTAMPTZ   NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    CONSTRAINT fair_event_slot_minutes CHECK (slot_minutes IN (15, 20, 30)),
    CONSTRAINT fair_event_tables CHECK (tables >= 1),
    CONSTRAINT fair_event_some_name CHECK (coalesce(name_ja, name_zh, name_en) IS NOT NULL)
);
CREATE INDEX fair_event_first_day ON fair_event (first_day DESC);

CREATE TABLE fair_event_organiser (
    event_id UUID NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    user_id  UUID NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE fair_participant (
    id                UUID PRIMARY KEY,
    version           BIGINT        NOT NULL,
    event_id          UUID          NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    company_id        UUID          NOT NULL REFERENCES company (id),
    role              VARCHAR(20)   NOT NULL,
    offers            VARCHAR(2000),
    seeks             VARCHAR(2000),
    max_meetings      INT           NOT NULL,
    unavailable_slots INT[]         NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    CONSTRAINT fair_participant_once UNIQUE (event_id, company_id),
    CONSTRAINT fair_participant_role CHECK (role IN ('EXHIBITOR', 'BUYER', 'LARGE_FIRM')),
    CONSTRAINT fair_participant_cap CHECK (max_meetings >= 0)
);
CREATE INDEX fair_participant_company ON fair_participant (company_id);

CREATE TABLE meeting_request (
    id               UUID PRIMARY KEY,
    event_id         UUID          NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    from_participant UUID          NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    to_participant   UUID          NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    priority         VARCHAR(20)   NOT NULL,
    message          VARCHAR(2000),
    status           VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    expires_at       TIMESTAMPTZ   NOT NULL,
    responded_at     TIMESTAMPTZ,
    CONSTRAINT meeting_request_not_self CHECK (from_participant <> to_participant),
    CONSTRAINT meeting_request_once UNIQUE (from_participant, to_participant),
    CONSTRAINT meeting_request_priority CHECK (priority IN ('MUST_MEET', 'WOULD_LIKE')),
    CONSTRAINT meeting_request_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'))
);
CREATE INDEX meeting_request_event ON meeting_request (event_id, status);
CREATE INDEX meeting_request_to ON meeting_request (to_participant, status);
CREATE INDEX meeting_request_pending_expiry ON meeting_request (expires_at) WHERE status = 'PENDING';

-- One meeting per pair of participants (participant_a < participant_b), whichever of them asked.
CREATE TABLE meeting (
    id            UUID PRIMARY KEY,
    event_id      UUID          NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    participant_a UUID          NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    participant_b UUID          NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    request_id    UUID          NOT NULL REFERENCES meeting_request (id),
    priority      VARCHAR(20)   NOT NULL,
    mutual        BOOLEAN       NOT NULL,
    weight        INT           NOT NULL,
    slot          INT,
    table_no      INT,
    pinned        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT meeting_pair_ordered CHECK (participant_a < participant_b),
    CONSTRAINT meeting_pair_once UNIQUE (event_id, participant_a, participant_b),
    CONSTRAINT meeting_weight CHECK (weight > 0),
    CONSTRAINT meeting_placed_whole CHECK ((slot IS NULL) = (table_no IS NULL)),
    CONSTRAINT meeting_pin_needs_place CHECK (NOT pinned OR slot IS NOT NULL),
    CONSTRAINT meeting_slot_range CHECK (slot IS NULL OR (slot >= 0 AND table_no >= 1))
);
-- one meeting per table per slot
CREATE UNIQUE INDEX meeting_table_free ON meeting (event_id, slot, table_no) WHERE slot IS NOT NULL;

-- Nobody in two meetings at once: each placed meeting holds one seat per participant and slot.
CREATE TABLE meeting_seat (
    event_id       UUID NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    participant_id UUID NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    slot           INT  NOT NULL,
    meeting_id     UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, participant_id, slot)
);
CREATE INDEX meeting_seat_meeting ON meeting_seat (meeting_id);

CREATE TABLE meeting_outcome (
    meeting_id     UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    participant_id UUID          NOT NULL REFERENCES fair_participant (id) ON DELETE CASCADE,
    outcome        VARCHAR(20)   NOT NULL,
    note           VARCHAR(2000),
    recorded_by    UUID          NOT NULL REFERENCES app_user (id),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (meeting_id, participant_id),
    CONSTRAINT meeting_outcome_known CHECK (outcome IN ('NO_SHOW', 'NO_INTEREST', 'FOLLOW_UP', 'BUSINESS_TALKS', 'DEAL'))
);

CREATE TABLE schedule_run (
    id                  UUID PRIMARY KEY,
    event_id            UUID          NOT NULL REFERENCES fair_event (id) ON DELETE CASCADE,
    run_by              UUID          NOT NULL REFERENCES app_user (id),
    at                  TIMESTAMPTZ   NOT NULL,
    total_weight        BIGINT        NOT NULL,
    bound               BIGINT        NOT NULL,
    scheduled           INT           NOT NULL,
    unscheduled         INT           NOT NULL,
    with_meeting        INT           NOT NULL,
    without_meeting     INT           NOT NULL,
    total_gaps          INT           NOT NULL,
    millis              BIGINT        NOT NULL,
    proven_optimal      BOOLEAN       NOT NULL,
    problems            JSONB         NOT NULL
);
CREATE INDEX schedule_run_event ON schedule_run (event_id, at DESC);
