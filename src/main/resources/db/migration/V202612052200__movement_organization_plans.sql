-- Plans of organisations (departments, agencies, the Fatherland Front and mass organisations,
-- enterprises, public service units) under their level's plan: the organisation is named, the
-- path is the organisation's own, so that the cascade board shows it beside the units below.
alter table movement add column organization_id bigint references organization (id);
create index movement_parent_org_ix on movement (parent_id, organization_id);

-- Every movement a plan serves, in the document's order (one plan may serve two movements and
-- keeps both names); name stays the first.
alter table movement add column names text;

-- The day the office gives an event a report goes with ("cùng với báo cáo tổng kết công tác thi
-- đua, khen thưởng hằng năm"), per year.
create table plan_event_date (
  movement_id   bigint        not null references movement (id),
  event         varchar(600)  not null,
  event_folded  varchar(600)  not null,
  year          int           not null,
  held_on       date          not null,
  set_by        varchar(100)  not null,
  set_at        timestamptz   not null default now(),
  primary key (movement_id, event_folded, year)
);

-- What an amendment was made for ("concern:42": a unit's proposal), told to the module that
-- follows it by the PlanAmended event.
alter table plan_version add column ref varchar(100);
