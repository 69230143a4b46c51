#!/usr/bin/env bash
# Load test of report submission (issue "Participation": a unit report submission sustains 300 per
# second on 2 cores with p99 under 250 ms). Starts the application jar on a fresh embedded
# PostgreSQL with the demo data, adds UNITS organisations spread over Hải Phòng's communes with one
# draft 2027 report each under the city plan, signs in once (session cookie + CSRF token, as a
# browser does) and lets wrk submit distinct reports for DURATION. Needs: wrk, psql, curl.
#   bench/submit/run.sh            # UNITS=40000 DURATION=30s CONNECTIONS=12 THREADS=2
set -euo pipefail
cd "$(dirname "$0")/../.."
UNITS=${UNITS:-40000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-12}
THREADS=${THREADS:-2}
PORT=${PORT:-18181}
PASSWORD=Bench-Passw0rd-1
for tool in wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "Thiếu $tool: apt-get install -y wrk postgresql-client curl" >&2; exit 1; }
done
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -f target/thidua.jar ] || ./mvnw -q -B -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/thidua-submit-XXXX")
echo "data: $WORK"
THIDUA_DATA_DIR="$WORK" PORT=$PORT THIDUA_DEMO=true THIDUA_ADMIN_PASSWORD=$PASSWORD \
  THIDUA_REMINDERS_CRON=- "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx1g -jar target/thidua.jar >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
PG=$(grep -o 'PostgreSQL nhúng đang chạy tại cổng [0-9]*' "$WORK/app.log" | tail -1 | grep -o '[0-9]*$')
export PGPASSWORD=unused
SQL="psql -q -v ON_ERROR_STOP=1 -h localhost -p $PG -U postgres -d postgres"
PLAN=$($SQL -At -c "select id from movement where unit_code = '31' and status = 'ISSUED' order by id limit 1")
echo "city plan: $PLAN, units: $UNITS"
$SQL <<SQL
insert into organization (id, unit_code, type, name, path, name_folded, sort_key, created_by, updated_by)
select nextval('organization_seq'), u.code, 'VILLAGE', 'Thôn thử tải ' || g, u.path || 'b' || g || '/',
       'thon thu tai ' || g, 'thon thu tai ' || lpad(g::text, 8, '0'), 'bench', 'bench'
from generate_series(1, $UNITS) g
join lateral (select code, path from administrative_unit where parent_code = '31'
              order by code offset (g % 114) limit 1) u on true;
insert into report (movement_id, kind, organization_id, unit_code, path, year, due_on, status, narrative, created_by, updated_by)
select $PLAN, 'UNIT', o.id, o.unit_code, o.path, 2027, date '2027-12-11', 'DRAFT',
       '[{"theme":null,"text":"Báo cáo thử tải"}]', 'bench', 'bench'
from organization o where o.created_by = 'bench';
analyze;
SQL
$SQL -At -c "select id from report where created_by = 'bench' order by id" >"$WORK/ids.txt"
echo "draft reports: $(wc -l <"$WORK/ids.txt")"
# Sign in as a browser does; keep the session cookie and a CSRF token of that session.
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$TOKEN" "http://localhost:$PORT/login"
TOKEN=$(curl -s -b "$JAR" -c "$JAR" "http://localhost:$PORT/movements" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
[ -n "$SESSION" ] && [ -n "$TOKEN" ] || { echo "đăng nhập thất bại" >&2; exit 1; }
# One warm-up pass on the first 500 reports (JIT, connection pool), not measured.
IDS="$WORK/ids.txt" SESSION=$SESSION TOKEN=$TOKEN FIRST=0 COUNT=500 THREADS=1 \
  wrk -t1 -c4 -d5s -s bench/submit/submit.lua "http://localhost:$PORT" >/dev/null
IDS="$WORK/ids.txt" SESSION=$SESSION TOKEN=$TOKEN FIRST=500 COUNT=$((UNITS - 500)) THREADS=$THREADS \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/submit/submit.lua \
  "http://localhost:$PORT" | tee "$WORK/wrk.txt"
echo "submitted in the database: $($SQL -At -c "select count(*) from report where created_by = 'bench' and status = 'SUBMITTED'")"
if [ -n "${PROFILE:-}" ]; then
  # PROFILE=file.jfr: a second run under Java Flight Recorder, dumped before the application stops.
  IDS="$WORK/ids.txt" SESSION=$SESSION TOKEN=$TOKEN FIRST=$((UNITS / 2)) COUNT=$((UNITS / 2)) THREADS=$THREADS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -s bench/submit/submit.lua "http://localhost:$PORT" >/dev/null &
  WRK=$!
  "$JAVA_HOME/bin/jcmd" $APP JFR.start name=submit settings=profile duration=15s filename="$PROFILE" >/dev/null
  wait $WRK
  sleep 1
fi
