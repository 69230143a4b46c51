-- Relatives a person declares (vợ/chồng, cha mẹ, con, anh chị em…): whoever judges a case
-- (scores, reviews, decides, votes) must not be a relative of its subject or author. One row per
-- declaration; the rule reads it in both directions.
create table person_relative (
  id          bigint generated always as identity primary key,
  person_id   bigint       not null references person (id),
  relative_id bigint       not null references person (id),
  relation    varchar(30)  not null,
  declared_by varchar(100) not null,
  declared_at timestamptz  not null default now(),
  unique (person_id, relative_id),
  check (person_id <> relative_id)
);
create index person_relative_relative_ix on person_relative (relative_id);
