-- Append-only, hash-chained audit log of every state change.
create table audit_log (
  id            bigint generated always as identity primary key,
  occurred_at   timestamptz  not null,
  actor         varchar(100) not null,
  action        varchar(100) not null,
  entity_type   varchar(60)  not null,
  entity_id     varchar(100),
  before_state  text,
  after_state   text,
  prev_hash     char(64)     not null,
  hash          char(64)     not null unique
);
create index audit_log_entity_ix on audit_log (entity_type, entity_id);
create index audit_log_actor_ix on audit_log (actor);
create index audit_log_occurred_ix on audit_log (occurred_at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

-- HTTP sessions in the database, so that several instances can serve the same users.
create table spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint   not null,
  last_access_time      bigint   not null,
  max_inactive_interval int      not null,
  expiry_time           bigint   not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);
