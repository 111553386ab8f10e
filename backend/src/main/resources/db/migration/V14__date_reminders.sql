-- Issue 15: reminders as dates approach. A certificate is reminded of once per expiry date, a need's deadline once per
-- deadline (the date a reminder was sent for; a new date is reminded of again).
ALTER TABLE certification ADD COLUMN expiry_warned_for DATE;
ALTER TABLE need ADD COLUMN deadline_warned_for DATE;
CREATE INDEX certification_valid_until ON certification (valid_until) WHERE valid_until IS NOT NULL;
CREATE INDEX need_open_deadline ON need (deadline) WHERE status = 'OPEN' AND deadline IS NOT NULL;
