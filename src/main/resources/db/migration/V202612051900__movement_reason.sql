-- Every workflow's row keeps the reason of its current state (the shared state-change component
-- writes it): plans gain the column the other workflows already have.
alter table movement add column reason varchar(1000);
alter table movement_history alter column action type varchar(40);
