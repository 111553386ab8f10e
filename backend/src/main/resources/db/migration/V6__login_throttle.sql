-- Login and sign-up throttling, shared by every instance of the app (issue 11). Times are the app's clock; a row past
-- its expires_at counts as absent, and ThrottleCleanup deletes such rows now and then.

-- Consecutive failed logins per account (the e-mail as typed, trimmed and lower-cased, known or not): the next
-- attempt may come at next_attempt_at, 2^(failures-1) seconds after the last one, at most the configured cap.
CREATE TABLE login_delay (
    email            TEXT         PRIMARY KEY,
    failures         INT          NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_delay_expires ON login_delay (expires_at);

-- Attempts per client address in fixed windows: 'login:203.0.113.7' (failed logins), 'signup:2001:db8::/64'
-- (sign-ups). The window ends at expires_at.
CREATE TABLE attempt_window (
    bucket      VARCHAR(100) PRIMARY KEY,
    attempts    INT          NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX attempt_window_expires ON attempt_window (expires_at);
