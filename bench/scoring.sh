#!/usr/bin/env bash
# The scoring engine on a generated nationwide dataset against its floor (one plain SQL aggregate in PostgreSQL on the
# same values, in the same run), a what-if and 1,000 robustness draws (vn.dtihub.scoring.ScoringBench); then, against
# the packaged jar, the same computation through the application (a nationwide period with every value approved:
# read, score, store a run) and a province's ranking page under 200 concurrent connections with wrk.
# Usage: bench/scoring.sh (after ./mvnw -B -ntp -DskipTests package); installs wrk from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile
cp=$(./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/test-classes:target/classes:$cp" vn.dtihub.scoring.ScoringBench

# Through the application: a nationwide period of a 100-criterion framework, every value approved, then scored.
source bench/lib.sh
need_wrk
start_app "${PORT:-18085}"
admin=$(token admin "$pw")
fw=$(import_framework "Bộ chỉ số đo hiệu năng chấm điểm (100 tiêu chí)")
periodId=$(curl -fs -X POST "$base/api/v1/periods" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"frameworkId\":$fw,\"kind\":\"YEAR\",\"year\":2026}" | json 'd["id"]')
jdbc_setup
echo "approving every value of the nationwide period:"
java -cp "$data/lib/*" bench/Sql.java "$dbUrl" \
  "insert into reported_value (form_id, criterion_id, number_value, denominator, updated_by)
     select i.form_id, i.criterion_id, floor(random() * 51), 50, 'bench' from form_item i
     join report_form r on r.id = i.form_id where r.period_id = $periodId" \
  "update report_form set status = 'APPROVED' where period_id = $periodId"
# Five computations: the first, then four more each after a seventh of the values changed (the same inputs would give
# no new run).
times=()
for i in 0 1 2 3 4; do
  if [ "$i" -gt 0 ]; then
    java -cp "$data/lib/*" bench/Sql.java "$dbUrl" "update reported_value set number_value = floor(random() * 51)
      where form_id in (select id from report_form where period_id = $periodId) and criterion_id % 7 = $i" >/dev/null
  fi
  start=$(date +%s.%N)
  run=$(curl -fs -X POST "$base/api/v1/periods/$periodId/scores" -H "Authorization: Bearer $admin")
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v v="$(echo "$run" | json 'd["version"]')" '{a[NR]=$1} END {
  printf "through the application, nationwide (read the approved values, score, store the run: 3,355 units × 4 views and 110 criteria), runs 1-%s: median %.2f s, best %.2f s, worst %.2f s\n", v, a[3], a[1], a[5]}'

# Thanh Hóa's standing office: its ranking page (its communes), what-if and robustness.
office=$(token thanhhoa.cds "$pw")
cookies="$data/cookies"
sign_in thanhhoa.cds "$cookies"
session=$(session_of "$cookies")
curl -fs -o "$data/ranking.html" -w 'ranking page of Thanh Hóa once: %{http_code}, %{time_total} s, ' -b "$cookies" "$base/periods/$periodId/results"
echo "$(grep -c 'href="/periods/[0-9]*/results/[0-9]*"' "$data/ranking.html") units"
wrk -t2 -c200 -d20s --latency -H "Cookie: SESSION=$session" "$base/periods/$periodId/results" > "$data/ranking.txt"
echo "ranking page (200 connections, 20 s): p99 $(awk '$1 == "99%" {print $2}' "$data/ranking.txt"), $(awk '/Requests\/sec/{print $2}' "$data/ranking.txt") req/s"
wrk -t2 -c200 -d20s --latency "$base/actuator/health/readiness" > "$data/health.txt"
echo "floor of the stack, GET /actuator/health/readiness (200 connections, 20 s): p99 $(awk '$1 == "99%" {print $2}' "$data/health.txt"), $(awk '/Requests\/sec/{print $2}' "$data/health.txt") req/s"
unit=$(curl -fs "$base/api/v1/results?period=$periodId" -H "Authorization: Bearer $office" | json 'd["units"][5]["unitId"]')
criterion=$(curl -fs "$base/api/v1/frameworks/$fw/criteria" -H "Authorization: Bearer $office" \
  | json '[c["id"] for c in d if c["code"] == "G1.1"][0]')
times=()
for i in $(seq 1 20); do
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' -X POST "$base/api/v1/whatif" -H "Authorization: Bearer $office" \
    -H 'Content-Type: application/json' \
    -d "{\"periodId\":$periodId,\"unitId\":$unit,\"values\":[{\"criterionId\":$criterion,\"number\":\"50\",\"denominator\":\"50\"}]}")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "what-if through the API (a commune of Thanh Hóa, one value): median %.0f ms, worst %.0f ms\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
times=()
for i in $(seq 1 5); do
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$base/api/v1/rankings/$periodId/robustness?draws=1000&range=0.2&seed=$i" -H "Authorization: Bearer $office")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "robustness through the API (Thanh Hóa, 1,000 draws): median %.0f ms, worst %.0f ms\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
times=()
for i in $(seq 1 20); do
  times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$base/api/v1/results/$unit/explain?period=$periodId" -H "Authorization: Bearer $office")")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "scorecard through the API (a commune of Thanh Hóa, 110 criteria): median %.0f ms, worst %.0f ms\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
