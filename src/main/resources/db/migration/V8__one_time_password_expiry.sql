-- A one-time password (an invitation's, or an administrator's reset) signs in until this instant (UTC); null for
-- a password the user chose themselves.
alter table user_account add column one_time_password_expires_at timestamp(6) with time zone;

-- One-time passwords handed out before this migration would otherwise never expire: they get the same 7 days,
-- counted from the upgrade.
update user_account set one_time_password_expires_at = current_timestamp + interval '7' day
 where must_change_password = true;
