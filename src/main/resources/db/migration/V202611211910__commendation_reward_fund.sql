-- The reward fund each level sets for a year (quỹ thi đua, khen thưởng, ND 152/2025 Đ46–Đ48).
create table reward_fund (
  unit_code  varchar(10)    not null references administrative_unit (code),
  year       int            not null,
  amount     numeric(16, 0) not null check (amount >= 0),
  set_by     varchar(100)   not null,
  set_at     timestamptz    not null default now(),
  primary key (unit_code, year)
);
