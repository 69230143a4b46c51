-- The members of each level's initiative review council, managed by the level's standing office:
-- only their scores count toward the council's minimum, and only they may score.
create table initiative_council_member (
  unit_code    varchar(10)  not null references administrative_unit (code),
  user_id      bigint       not null,
  username     varchar(60)  not null,
  display_name varchar(200) not null,
  added_by     varchar(100) not null,
  added_at     timestamptz  not null default now(),
  primary key (unit_code, user_id)
);
