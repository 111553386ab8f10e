-- Complete SME/large-firm profiles, accounts and roles, needs, idle capacity, inquiries and bulk imports.

-- Profiles: what V1 called technologies were free words; they become free terms, and technologies now hold
-- taxonomy codes (search-config taxonomy/technologies.json).
ALTER TABLE company
    ADD COLUMN kind                 VARCHAR(20)  NOT NULL DEFAULT 'SME',
    ADD COLUMN headline_ja          VARCHAR(300),
    ADD COLUMN headline_zh          VARCHAR(300),
    ADD COLUMN headline_en          VARCHAR(300),
    ADD COLUMN free_terms           TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN products             TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN materials            TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN equipment            JSONB        NOT NULL DEFAULT '[]',
    ADD COLUMN contact_person       VARCHAR(200),
    ADD COLUMN contact_email        VARCHAR(320),
    ADD COLUMN contact_phone        VARCHAR(50),
    ADD COLUMN srdi_provincial_year INTEGER,
    ADD COLUMN little_giant_year    INTEGER,
    ADD COLUMN verified             BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT company_kind_known CHECK (kind IN ('SME', 'LARGE_FIRM'));
UPDATE company SET free_terms = technologies, technologies = '{}';

CREATE TABLE company_logo (
    company_id   UUID PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE certification (
    id           UUID PRIMARY KEY,
    version      BIGINT       NOT NULL,
    company_id   UUID         NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    standard     VARCHAR(40)  NOT NULL,
    name         VARCHAR(200),
    number       VARCHAR(100),
    issuer       VARCHAR(200),
    valid_until  DATE,
    verification VARCHAR(20)  NOT NULL DEFAULT 'UNVERIFIED',
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT certification_verification_known CHECK (verification IN ('UNVERIFIED', 'VERIFIED', 'REJECTED'))
);
CREATE INDEX certification_company ON certification (company_id);

CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    company_id    UUID REFERENCES company (id),
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT app_user_role_known CHECK (role IN ('SME_MEMBER', 'LARGE_FIRM_MEMBER', 'COORDINATOR', 'ORGANISER', 'ADMIN')),
    CONSTRAINT app_user_member_has_company CHECK (role NOT IN ('SME_MEMBER', 'LARGE_FIRM_MEMBER') OR company_id IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

CREATE TABLE need (
    id                      UUID PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    company_id              UUID         NOT NULL REFERENCES company (id),
    title_ja                VARCHAR(300),
    title_zh                VARCHAR(300),
    title_en                VARCHAR(300),
    description_ja          TEXT,
    description_zh          TEXT,
    description_en          TEXT,
    technologies            TEXT[]       NOT NULL DEFAULT '{}',
    free_terms              TEXT[]       NOT NULL DEFAULT '{}',
    certifications          TEXT[]       NOT NULL DEFAULT '{}',
    certifications_required BOOLEAN      NOT NULL DEFAULT FALSE,
    quantity                VARCHAR(200),
    deadline                DATE,
    preferred_regions       TEXT[]       NOT NULL DEFAULT '{}',
    status                  VARCHAR(20)  NOT NULL,
    anonymous               BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    CONSTRAINT need_has_a_title CHECK (COALESCE(title_ja, title_zh, title_en) IS NOT NULL),
    CONSTRAINT need_status_known CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX need_company ON need (company_id);
CREATE INDEX need_updated_at ON need (updated_at);

CREATE TABLE capacity (
    id                UUID PRIMARY KEY,
    version           BIGINT         NOT NULL,
    company_id        UUID           NOT NULL REFERENCES company (id),
    kind              VARCHAR(20)    NOT NULL,
    title_ja          VARCHAR(300),
    title_zh          VARCHAR(300),
    title_en          VARCHAR(300),
    specification_ja  TEXT,
    specification_zh  TEXT,
    specification_en  TEXT,
    technologies      TEXT[]         NOT NULL DEFAULT '{}',
    country           CHAR(2)        NOT NULL,
    region            VARCHAR(100),
    available_from    DATE           NOT NULL,
    available_to      DATE           NOT NULL,
    amount_per_month  NUMERIC(12, 2),
    unit              VARCHAR(20),
    terms             VARCHAR(2000),
    status            VARCHAR(20)    NOT NULL,
    created_at        TIMESTAMPTZ    NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL,
    CONSTRAINT capacity_has_a_title CHECK (COALESCE(title_ja, title_zh, title_en) IS NOT NULL),
    CONSTRAINT capacity_window_ordered CHECK (available_from < available_to),
    CONSTRAINT capacity_status_known CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT capacity_amount_not_negative CHECK (amount_per_month IS NULL OR amount_per_month >= 0)
);
CREATE INDEX capacity_company ON capacity (company_id);
CREATE INDEX capacity_updated_at ON capacity (updated_at);

CREATE TABLE inquiry (
    id              UUID PRIMARY KEY,
    from_company_id UUID         NOT NULL REFERENCES company (id),
    to_company_id   UUID         NOT NULL REFERENCES company (id),
    subject_type    VARCHAR(20)  NOT NULL,
    subject_id      UUID         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- the receiving side of an anonymous need stays hidden from the sender until it replies
    to_hidden       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL,
    last_message_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT inquiry_between_two_companies CHECK (from_company_id <> to_company_id),
    CONSTRAINT inquiry_status_known CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    CONSTRAINT inquiry_subject_known CHECK (subject_type IN ('COMPANY', 'NEED', 'CAPACITY'))
);
CREATE INDEX inquiry_from ON inquiry (from_company_id, last_message_at DESC);
CREATE INDEX inquiry_to ON inquiry (to_company_id, last_message_at DESC);

CREATE TABLE inquiry_message (
    id                UUID PRIMARY KEY,
    inquiry_id        UUID          NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    author_user_id    UUID          NOT NULL REFERENCES app_user (id),
    author_company_id UUID          NOT NULL REFERENCES company (id),
    body              VARCHAR(5000) NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inquiry_message_thread ON inquiry_message (inquiry_id, created_at);

-- How far each company has read each thread (unread = messages of the other side after this point).
CREATE TABLE inquiry_read (
    inquiry_id   UUID        NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    company_id   UUID        NOT NULL REFERENCES company (id),
    last_read_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (inquiry_id, company_id)
);

CREATE TABLE import_job (
    id          UUID PRIMARY KEY,
    started_by  UUID         NOT NULL REFERENCES app_user (id),
    file_name   VARCHAR(300),
    format      VARCHAR(20)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    total       INTEGER      NOT NULL DEFAULT 0,
    processed   INTEGER      NOT NULL DEFAULT 0,
    created     INTEGER      NOT NULL DEFAULT 0,
    updated     INTEGER      NOT NULL DEFAULT 0,
    unchanged   INTEGER      NOT NULL DEFAULT 0,
    rejected    INTEGER      NOT NULL DEFAULT 0,
    problems    JSONB        NOT NULL DEFAULT '[]',
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ
);
