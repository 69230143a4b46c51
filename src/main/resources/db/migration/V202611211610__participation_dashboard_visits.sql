-- When each user last opened each dashboard (a plan seen over one administrative unit), so that
-- the page can list the indicator values changed since.
create table dashboard_visit (
  user_id      bigint       not null references user_account (id),
  movement_id  bigint       not null references movement (id),
  unit_code    varchar(10)  not null references administrative_unit (code),
  visited_at   timestamptz  not null,
  primary key (user_id, movement_id, unit_code)
);

-- A dashboard reads one plan's totals of one year over a unit and its children.
create index indicator_total_dashboard_ix on indicator_total (movement_id, year, unit_code);

-- "What changed since your last visit": the newest changes of a year first.
create index indicator_value_updated_ix on indicator_value (year, updated_at);
