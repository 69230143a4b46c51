-- Issue 16: every change of a kept total takes a new revision from one sequence. A dashboard's
-- version (plan, year, unit) is the sum of the revisions of that unit's totals: any value entered
-- inside the unit changes one of those rows, so the sum moves whenever the dashboard's figures may
-- have changed, whichever instance committed the change; it never moves back (a new revision is
-- always above the one it replaces).
create sequence indicator_total_revision_seq;
alter table indicator_total add column revision bigint not null default nextval('indicator_total_revision_seq');
