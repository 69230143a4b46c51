-- Failed logins, by the name as typed (whether or not an account has it) and the client address:
-- the throttle per address and per name + address reads them, so that nobody can lock another
-- person out and an unknown name is treated exactly like a known one. The per-account lockout
-- (failed_attempts, locked_until) is gone: it told an attacker which names exist and let anyone
-- lock anyone out.
create table login_failure (
  id         bigint generated always as identity primary key,
  username   varchar(200) not null,
  address    varchar(100) not null,
  failed_at  timestamptz  not null
);
create index login_failure_address_ix on login_failure (address, failed_at);
create index login_failure_name_ix on login_failure (username, address, failed_at);

alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
create index login_failure_at_ix on login_failure (failed_at);
