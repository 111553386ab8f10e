-- Issue 15: the notification centre. A change that must tell someone stores a notification per recipient in its own
-- transaction (the key makes it once per user), with its texts in ja, zh and en, and whether it is mailed at once,
-- in the daily digest or not at all (the user's preference for its type, decided when it is stored).
CREATE TABLE notification (
    id              UUID         PRIMARY KEY,
    user_id         UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    type            VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    title_ja        TEXT         NOT NULL,
    title_zh        TEXT         NOT NULL,
    title_en        TEXT         NOT NULL,
    body_ja         TEXT         NOT NULL,
    body_zh         TEXT         NOT NULL,
    body_en         TEXT         NOT NULL,
    link            VARCHAR(500),
    delivery        VARCHAR(10)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    read_at         TIMESTAMPTZ,
    mailed_at       TIMESTAMPTZ,
    CONSTRAINT notification_delivery_known CHECK (delivery IN ('INSTANT', 'DAILY', 'OFF')),
    CONSTRAINT notification_once UNIQUE (user_id, idempotency_key)
);
CREATE INDEX notification_inbox ON notification (user_id, created_at DESC, id);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;
CREATE INDEX notification_digest_due ON notification (user_id) WHERE delivery = 'DAILY' AND mailed_at IS NULL;

-- A user's choice per type; a type without a row has its default (NotificationType.defaultDelivery).
CREATE TABLE notification_preference (
    user_id  UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    type     VARCHAR(40) NOT NULL,
    delivery VARCHAR(10) NOT NULL,
    PRIMARY KEY (user_id, type),
    CONSTRAINT notification_preference_delivery_known CHECK (delivery IN ('INSTANT', 'DAILY', 'OFF'))
);

-- One-click unsubscribe (RFC 8058): the mail carries the link in its List-Unsubscribe header as well as its text.
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url TEXT;

-- The notification feature finds recipients here: a company's active members, their address and language. Columns
-- are appended to the view of V11 (owner: account).
CREATE OR REPLACE VIEW user_directory AS
SELECT id, display_name, role, company_id, email, language, email_confirmed_at IS NOT NULL AS email_confirmed,
       deleted_at IS NULL AS active
FROM app_user;
