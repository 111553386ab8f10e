-- Deleting a company (issue 12) removes its profile and all it published or recorded: certificates, logo, needs,
-- listings, invitations, its event participations (with their requests and meetings), its recommendation feedback,
-- its read marks and the introductions it was part of. Conversations stay for the other side: the deleted side's
-- messages go, the thread keeps the rest with that side empty ("deleted company").
ALTER TABLE inquiry ALTER COLUMN from_company_id DROP NOT NULL;
ALTER TABLE inquiry ALTER COLUMN to_company_id DROP NOT NULL;
ALTER TABLE inquiry DROP CONSTRAINT inquiry_from_company_id_fkey;
ALTER TABLE inquiry ADD CONSTRAINT inquiry_from_company_id_fkey
    FOREIGN KEY (from_company_id) REFERENCES company (id) ON DELETE SET NULL;
ALTER TABLE inquiry DROP CONSTRAINT inquiry_to_company_id_fkey;
ALTER TABLE inquiry ADD CONSTRAINT inquiry_to_company_id_fkey
    FOREIGN KEY (to_company_id) REFERENCES company (id) ON DELETE SET NULL;
ALTER TABLE inquiry ADD CONSTRAINT inquiry_has_a_side CHECK (from_company_id IS NOT NULL OR to_company_id IS NOT NULL);

ALTER TABLE inquiry_message DROP CONSTRAINT inquiry_message_author_company_id_fkey;
ALTER TABLE inquiry_message ADD CONSTRAINT inquiry_message_author_company_id_fkey
    FOREIGN KEY (author_company_id) REFERENCES company (id) ON DELETE CASCADE;
ALTER TABLE inquiry_read DROP CONSTRAINT inquiry_read_company_id_fkey;
ALTER TABLE inquiry_read ADD CONSTRAINT inquiry_read_company_id_fkey
    FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE;

ALTER TABLE need DROP CONSTRAINT need_company_id_fkey;
ALTER TABLE need ADD CONSTRAINT need_company_id_fkey
    FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE;
ALTER TABLE capacity DROP CONSTRAINT capacity_company_id_fkey;
ALTER TABLE capacity ADD CONSTRAINT capacity_company_id_fkey
    FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE;

ALTER TABLE match_feedback DROP CONSTRAINT match_feedback_company_id_fkey;
ALTER TABLE match_feedback ADD CONSTRAINT match_feedback_company_id_fkey
    FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE;

ALTER TABLE introduction DROP CONSTRAINT introduction_company_a_fkey;
ALTER TABLE introduction ADD CONSTRAINT introduction_company_a_fkey
    FOREIGN KEY (company_a) REFERENCES company (id) ON DELETE CASCADE;
ALTER TABLE introduction DROP CONSTRAINT introduction_company_b_fkey;
ALTER TABLE introduction ADD CONSTRAINT introduction_company_b_fkey
    FOREIGN KEY (company_b) REFERENCES company (id) ON DELETE CASCADE;
ALTER TABLE introduction DROP CONSTRAINT introduction_need_id_fkey;
ALTER TABLE introduction ADD CONSTRAINT introduction_need_id_fkey
    FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE SET NULL;

ALTER TABLE fair_participant DROP CONSTRAINT fair_participant_company_id_fkey;
ALTER TABLE fair_participant ADD CONSTRAINT fair_participant_company_id_fkey
    FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE;
-- a meeting goes with its participants; its request goes in the same statement
ALTER TABLE meeting DROP CONSTRAINT meeting_request_id_fkey;
ALTER TABLE meeting ADD CONSTRAINT meeting_request_id_fkey
    FOREIGN KEY (request_id) REFERENCES meeting_request (id) ON DELETE CASCADE;
