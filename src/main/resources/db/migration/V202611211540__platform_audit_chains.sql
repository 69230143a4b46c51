-- The audit log is kept as several hash chains, one per group of entities, so that appends to
-- different entities do not wait for each other; an entity's rows are always in the same chain.
alter table audit_log add column chain smallint not null default 0;
create index audit_log_chain_ix on audit_log (chain, id);
