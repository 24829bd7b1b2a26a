#!/usr/bin/env bash
# Measures the packaged jar on its embedded database: time until /actuator/health/readiness answers UP, and resident memory
# once it is up and after a few page loads; first start (empty data folder) and a restart. Prints figures only.
# Usage: bench/startup.sh   (after ./mvnw -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/dtihub-*.jar | grep -v original | head -1)
data=$(mktemp -d)
port=${PORT:-18080}
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

run() {
  local label=$1
  local started=$(date +%s.%N)
  DTIHUB_DATA_DIR="$data" SERVER_PORT=$port DTIHUB_DEMO_PASSWORD='bench password 2026' \
    java ${JAVA_OPTS:-} -jar "$jar" > "$data/$label.log" 2>&1 &
  pid=$!
  # Readiness turns UP only after the start-up work (reference data, demo accounts) is done.
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.1; done
  local ready=$(date +%s.%N)
  local rss_up=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  for i in $(seq 1 20); do curl -fs -o /dev/null "http://localhost:$port/login"; done
  local rss_used=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  local pg=$(pgrep -f "postgres.*$data" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
  printf '%-14s ready in %5.1f s   JVM RSS %4d MiB (after 20 pages %4d MiB)   embedded PostgreSQL RSS %4d MiB\n' \
    "$label" "$(echo "$ready - $started" | bc)" $((rss_up / 1024)) $((rss_used / 1024)) $((pg / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}

run "first start"
run "restart"
