-- A record's contact details are public only once its author confirms that the persons named agreed; until then,
-- and for every record there is now or that comes in by bulk import, only signed-in users see them.
alter table practice add column contact_consent boolean default false not null;
