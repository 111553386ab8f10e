-- Who may see each contact detail of a company: everyone (PUBLIC), signed-in users (MEMBERS, the default) or only
-- companies it has written to in an inquiry thread (INQUIRY).
ALTER TABLE company ADD COLUMN contact_visibility JSONB NOT NULL
    DEFAULT '{"person": "MEMBERS", "email": "MEMBERS", "phone": "MEMBERS"}';

-- An introduction that concerns an anonymous need names the firm to the other company only after the firm agrees.
ALTER TABLE introduction ADD COLUMN firm_consent VARCHAR(20);
ALTER TABLE introduction ADD CONSTRAINT introduction_firm_consent_known
    CHECK (firm_consent IS NULL OR firm_consent IN ('PENDING', 'ACCEPTED', 'DECLINED'));
