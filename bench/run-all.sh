#!/usr/bin/env bash
# Every product-path benchmark of issue 16 in one run, each figure beside its anchor measured in the
# same run and the load average, then the results table of docs/benchmarks.md rewritten (between
# the run-all markers) with the date, commit and machine.
#   bench/run-all.sh                 # everything (first run: loads the nation bench data, ~3-5 min)
#   ONLY="dashboards import" bench/run-all.sh   # some of: bench-data import dashboards product
# Needs: JDK 25, wrk, soffice (libreoffice-writer-nogui), taskset; the machine otherwise idle.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
ONLY=${ONLY:-"bench-data import dashboards product"}
want() { [[ " $ONLY " == *" $1 "* ]]; }
for tool in wrk soffice taskset; do
  command -v "$tool" >/dev/null || { echo "Thiếu $tool (apt-get install -y wrk libreoffice-writer-nogui util-linux)" >&2; exit 1; }
done
START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo "+changes")
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
echo "run-all: $STARTED, commit $COMMIT, $MACHINE, load average $START_LOAD"

# The application jar as users run it, and the bench module's classes.
if [[ ! -f target/thidua.jar ]] || [[ -n "$(find src pom.xml -newer target/thidua.jar -print -quit)" ]]; then
  ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true || exit 1
fi
(cd bench && ../mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null && ../mvnw -q -B compile) || exit 1
CP="bench/target/classes:$(cat bench/target/cp.txt)"
rm -f bench/target/results-*.tsv
LOG=bench/target/run-all.log
: >"$LOG"
run() { echo "== ${*: -2:1} ${*: -1}" | tee -a "$LOG"; echo "== $*" >>"$LOG"; "$@" 2>&1 | tee -a "$LOG" | grep -E '^(RESULT|load|product|==)' ; }

if want bench-data; then
  run ./thidua bench-data --scale province
  run ./thidua bench-data --scale nation
fi
if want import; then
  run java -Xmx2g -cp "$CP" vn.thidua.bench.ImportBench 100000
fi
if want dashboards; then
  run java -Xmx2g -cp "$CP" vn.thidua.bench.DashboardHttpBench both 1000
fi
if want product; then
  # The client keeps to core 0; the applications it starts choose their own cores (taskset).
  run java -Xmx3g -cp "$CP" vn.thidua.bench.ProductPathBench
fi

END_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "run-all: load average at end $END_LOAD"
python3 bench/results-table.py "$STARTED" "$COMMIT" "$MACHINE" "$START_LOAD" "$END_LOAD"
