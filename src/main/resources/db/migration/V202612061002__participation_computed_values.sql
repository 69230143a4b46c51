-- issue 14: indicators the system computes from its own records. source names the computation
-- (INITIATIVES_RECOGNISED …) while the value is the computed one; a person's entry clears it (the
-- override) and computed keeps the last computed value beside it. The audit log keeps the history.
alter table indicator_value add column source varchar(40);
alter table indicator_value add column computed numeric(18,4);
