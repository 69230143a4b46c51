-- Annual ratings (xếp loại mức độ hoàn thành nhiệm vụ) and discipline periods of people: with the
-- award records, what the eligibility checks of a nomination read.
create table annual_rating (
  person_id   bigint       not null references person (id),
  year        int          not null,
  rating      varchar(16)  not null check (rating in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
  source      varchar(100) not null,
  primary key (person_id, year)
);

create table discipline_period (
  id          bigint generated always as identity primary key,
  person_id   bigint        not null references person (id),
  measure     varchar(200)  not null,
  from_date   date          not null,
  to_date     date,
  created_by  varchar(100)  not null,
  created_at  timestamptz   not null default now()
);
create index discipline_person_ix on discipline_period (person_id);
