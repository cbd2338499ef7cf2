-- Retention of personal data (GDPR): a respondent without an account is anonymised a set time after the round
-- closes (name, address and language removed, links deleted); the answers stay, unattributed. When it happened is
-- kept, so that the views can say "anonymised" rather than show an empty name as if it were missing by mistake.
alter table round_respondent add column anonymised_at timestamp(6) with time zone;
create index ix_respondent_anonymise on round_respondent (anonymised_at, user_id);

-- The bodies of outgoing mail are deleted after a while; the delivery record (to whom, when, status) stays.
alter table outbox_message add column body_deleted_at timestamp(6) with time zone;
