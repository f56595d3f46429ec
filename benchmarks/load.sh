#!/usr/bin/env bash
# Servers and clients under load (issue 25, docs/PERFORMANCE.md "Servers and clients under load"):
# runs the load tests of the integration-test modules at benchmark size, one module after the
# other, and prints their [load] lines (throughput, p99, ratios, heap) with the machine's load.
#
#   benchmarks/load.sh [module...]      default: the four server modules below
#
# REQUESTS (50000), CONNECTIONS (64) and LIMIT_SECONDS (900, per load test class) size the run.
# The annotations and processor must be installed first:
#   mvn -B -q install -DskipTests -pl annotations,processor -am
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-50000}
connections=${CONNECTIONS:-64}
limit=${LIMIT_SECONDS:-900}
if [ $# -eq 0 ]; then
  set -- integration-tests/spring/boot3 integration-tests/spring/boot4 \
    integration-tests/jakarta/jersey3 integration-tests/jakarta/jersey4
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for module in "$@"; do
  echo "== $module, $(date -u +%H:%M:%SZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if ! mvn -B -o verify -pl "$module" -Dtest='*LoadTest' -Dsurefire.failIfNoSpecifiedTests=false \
      -Dstatusspec.load.requests="$requests" -Dstatusspec.load.connections="$connections" \
      -Dstatusspec.load.seconds="$limit" >"$log" 2>&1; then
    grep -E '^\[load\]|FAIL|ERROR\]' "$log" | head -40
    echo "== $module FAILED (full log: re-run the mvn command above)"
    exit 1
  fi
  grep '^\[load\]' "$log"
done
echo "== done, $(date -u +%H:%M:%SZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
