-- The in-app inbox: one row per message to a user.
create table notification (
  id          bigint generated always as identity primary key,
  username    varchar(60)   not null,
  subject     varchar(300)  not null,
  body        text          not null,
  link        varchar(400),
  created_at  timestamptz   not null default now(),
  read_at     timestamptz
);
create index notification_user_ix on notification (username, id desc);

-- One row per reminder sent: the key makes every reminder go out once, whichever instance runs.
create table reminder_sent (
  movement_id      bigint       not null,
  kind             varchar(8)   not null,
  organization_id  bigint       not null,
  year             int          not null,
  offset_days      int          not null,
  username         varchar(60)  not null,
  sent_at          timestamptz  not null default now(),
  emailed          boolean      not null default false,
  primary key (movement_id, kind, organization_id, year, offset_days, username)
);

-- ShedLock: one instance runs a scheduled job at a time.
create table shedlock (
  name        varchar(64)  not null primary key,
  lock_until  timestamp    not null,
  locked_at   timestamp    not null,
  locked_by   varchar(255) not null
);
