-- Mails are stored in the transaction of the change that causes them and sent afterwards by MailSender (issue 12):
-- claimed with FOR UPDATE SKIP LOCKED, so each goes out once whichever instance sends it; retried with backoff while
-- the SMTP server is away. The idempotency key makes enqueueing the same mail twice a no-op and is its Message-ID.
CREATE TABLE mail_outbox (
    id               UUID          PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL UNIQUE,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    text_body        TEXT          NOT NULL,
    html_body        TEXT          NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    sent_at          TIMESTAMPTZ,
    last_error       VARCHAR(1000)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- The language a user reads mails in (ja, zh or en); the UI's language at sign-up.
ALTER TABLE app_user ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'ja';
ALTER TABLE app_user ADD CONSTRAINT app_user_language_known CHECK (language IN ('ja', 'zh', 'en'));

-- Password reset links: only the SHA-256 of the link's random token is stored; valid for an hour, used once.
CREATE TABLE password_reset (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX password_reset_user ON password_reset (user_id);
