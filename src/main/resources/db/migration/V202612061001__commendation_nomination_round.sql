-- issue 14: a nomination made in a review round names it (the round's forms bound what it may ask).
alter table nomination add column round_id bigint;
create index nomination_round_ix on nomination (round_id) where round_id is not null;
