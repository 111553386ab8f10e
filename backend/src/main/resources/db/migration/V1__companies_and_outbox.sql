-- Company profiles: the source of truth. The search index is derived from these rows through the outbox.
CREATE TABLE company (
    id               UUID PRIMARY KEY,
    version          BIGINT       NOT NULL,
    name_ja          VARCHAR(200),
    name_zh          VARCHAR(200),
    name_en          VARCHAR(200),
    description_ja   TEXT,
    description_zh   TEXT,
    description_en   TEXT,
    technologies     TEXT[]       NOT NULL DEFAULT '{}',
    country          CHAR(2)      NOT NULL,
    region           VARCHAR(100),
    industry         VARCHAR(40)  NOT NULL,
    capital_amount   NUMERIC(20, 2),
    capital_currency CHAR(3),
    employees        INTEGER,
    founded_year     INTEGER,
    website          VARCHAR(500),
    source           VARCHAR(40),
    source_key       VARCHAR(300),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT company_has_a_name CHECK (COALESCE(name_ja, name_zh, name_en) IS NOT NULL),
    CONSTRAINT company_employees_not_negative CHECK (employees IS NULL OR employees >= 0),
    CONSTRAINT company_capital_not_negative CHECK (capital_amount IS NULL OR capital_amount >= 0),
    CONSTRAINT company_capital_has_currency CHECK ((capital_amount IS NULL) = (capital_currency IS NULL)),
    CONSTRAINT company_source_key_unique UNIQUE (source, source_key)
);
CREATE INDEX company_updated_at ON company (updated_at);

CREATE TABLE outbox (
    id             BIGSERIAL PRIMARY KEY,
    aggregate_type VARCHAR(40) NOT NULL,
    aggregate_id   UUID        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
