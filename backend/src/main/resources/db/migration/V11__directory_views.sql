-- Read views other features join for names (issue 14). A feature owns its tables; another feature that lists names
-- beside its own rows (event participants, agendas, invitations, organisers) joins these views, never the tables,
-- so the owner can change its tables behind them. Owners: company_directory — company; user_directory — account.
CREATE VIEW company_directory AS
SELECT id, kind, name_ja, name_zh, name_en, country, region, industry
FROM company;

CREATE VIEW user_directory AS
SELECT id, display_name, role
FROM app_user;
