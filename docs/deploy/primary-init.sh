#!/bin/bash
# Runs once, when the primary's data folder is created: a replication role, a physical slot that
# keeps the WAL the replica has not received yet, and the pg_hba line letting it stream.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role replicator with replication login password '${REPLICATION_PASSWORD}';
select pg_create_physical_replication_slot('thidua_replica');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
