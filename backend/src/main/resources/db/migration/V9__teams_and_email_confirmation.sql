-- Company teams (issue 12): a member is the company's OWNER or a MEMBER; a company keeps at least one owner (checked
-- by the service under a lock on the company's members). Accounts that belong to no company any more (removed from
-- their team, or their company deleted) have the role UNAFFILIATED.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_known;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_known
    CHECK (role IN ('SME_MEMBER', 'LARGE_FIRM_MEMBER', 'UNAFFILIATED', 'COORDINATOR', 'ORGANISER', 'ADMIN'));
ALTER TABLE app_user ADD COLUMN company_role VARCHAR(10);
ALTER TABLE app_user ADD COLUMN joined_company_at TIMESTAMPTZ;
UPDATE app_user SET company_role = 'OWNER', joined_company_at = created_at WHERE company_id IS NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_company_role_known CHECK (company_role IN ('OWNER', 'MEMBER'));
ALTER TABLE app_user ADD CONSTRAINT app_user_member_has_company_role
    CHECK ((company_id IS NULL) = (company_role IS NULL));
ALTER TABLE app_user ADD CONSTRAINT app_user_unaffiliated_has_no_company
    CHECK (role <> 'UNAFFILIATED' OR company_id IS NULL);
CREATE INDEX app_user_company ON app_user (company_id) WHERE company_id IS NOT NULL;

-- A deleted account keeps its row (threads, logs and events refer to it) without anything personal: its e-mail
-- becomes deleted+<id>@invalid, its password unusable, its name empty.
ALTER TABLE app_user ADD COLUMN deleted_at TIMESTAMPTZ;

-- Until its address is confirmed an account may edit its profile but not write to other companies. Accounts that
-- existed before are treated as confirmed.
ALTER TABLE app_user ADD COLUMN email_confirmed_at TIMESTAMPTZ;
UPDATE app_user SET email_confirmed_at = created_at;

-- Confirmation links: only the SHA-256 of the link's token is stored.
CREATE TABLE email_confirmation (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    email       VARCHAR(320) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX email_confirmation_user ON email_confirmation (user_id);

-- Invitations to a company's team: the link is single use, expires after 7 days and can be revoked; only the SHA-256
-- of its token is stored. Inviting an address again replaces its pending invitation.
CREATE TABLE invitation (
    id            UUID         PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    company_id    UUID         NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    email         VARCHAR(320) NOT NULL,
    company_role  VARCHAR(10)  NOT NULL,
    invited_by    UUID         REFERENCES app_user (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    accepted_at   TIMESTAMPTZ,
    accepted_by   UUID         REFERENCES app_user (id) ON DELETE SET NULL,
    revoked_at    TIMESTAMPTZ,
    CONSTRAINT invitation_company_role_known CHECK (company_role IN ('OWNER', 'MEMBER'))
);
CREATE UNIQUE INDEX invitation_pending_per_address ON invitation (company_id, lower(email))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
