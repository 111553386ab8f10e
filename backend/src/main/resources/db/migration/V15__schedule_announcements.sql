-- Issue 15: telling participants their schedule. An organiser publishes the schedule (each participant with meetings
-- gets a notice with its agenda as .ics); from then on a meeting whose slot or table changes is told to both sides
-- again. announced_slot / announced_table: where the participants were last told the meeting is. Mails may carry a
-- file (the agenda), stored with the mail in the outbox.
ALTER TABLE fair_event ADD COLUMN schedule_published_at TIMESTAMPTZ;
ALTER TABLE meeting ADD COLUMN announced_slot INTEGER;
ALTER TABLE meeting ADD COLUMN announced_table INTEGER;
ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(200);
ALTER TABLE mail_outbox ADD COLUMN attachment_type VARCHAR(200);
ALTER TABLE mail_outbox ADD COLUMN attachment_content BYTEA;
