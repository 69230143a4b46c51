-- Corrections to the default working calendar (Bộ luật Lao động 2019, Đ112): the days each year's
-- announcement makes a day off (Tết dates, compensatory days) or a working day.
create table calendar_day (
  day      date         primary key,
  working  boolean      not null,
  note     varchar(300),
  set_by   varchar(100) not null,
  set_at   timestamptz  not null default now()
);
