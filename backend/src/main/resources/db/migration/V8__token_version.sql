-- Revocation (issue 12): every login token carries the user's token version; logging out, changing or resetting the
-- password raise it, which ends every token issued before at once.
ALTER TABLE app_user ADD COLUMN token_version INT NOT NULL DEFAULT 0;
