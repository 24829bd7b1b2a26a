#!/usr/bin/env bash
# The reporting cycle under a nationwide load, against the packaged jar on its embedded database: a framework of 100
# scored criteria for provinces and communes; a national administrator opens a yearly period over the whole country
# (all provinces and communes of the structure in force); then, with wrk, 200 concurrent connections read a commune's
# form page and save values (each request a new cell, so every save is a real write), and the province completeness
# page is timed. Then the floor of each figure (bench/Floor.java): the same rows read or written by one plain SQL
# statement on the same database, at the same concurrency, and each figure as a ratio to its floor.
# Usage: bench/reporting.sh (after ./mvnw -B -ntp -DskipTests package); installs wrk from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
need_wrk
start_app "${PORT:-18084}"
admin=$(token admin "$pw")

# A framework of 10 groups × 10 ratio criteria, for provinces and communes.
fw=$(import_framework "Bộ chỉ số đo hiệu năng (100 tiêu chí)")

start=$(date +%s.%N)
period=$(curl -fs -X POST "$base/api/v1/periods" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"frameworkId\":$fw,\"kind\":\"YEAR\",\"year\":2026}")
end=$(date +%s.%N)
periodId=$(echo "$period" | json 'd["id"]')
forms=$(echo "$period" | json 'd["formCount"]')
printf 'open a nationwide period: %d forms (× 100 criteria) in %.2f s\n' "$forms" "$(echo "$end - $start" | bc)"

# 200 communes' reporters, each with its form: the writers of the save test.
curl -fs "$base/api/v1/periods/$periodId/completeness" -H "Authorization: Bearer $admin" \
  | python3 -c '
import json, sys
rows = [c["form"] for c in json.load(sys.stdin) if c["form"]["level"] == "COMMUNE"][:200]
for f in rows:
    print(f["id"], f["assigneePath"].rstrip("/").split("/")[-1])' > "$data/communes.txt"
: > "$data/writers.lua"
echo "writers = {" >> "$data/writers.lua"
while read -r form code; do
  user="bench.$code"
  curl -fs -o /dev/null -X POST "$base/api/v1/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"displayName\":\"Đo hiệu năng $code\",\"role\":\"REPORTER\",\"unitCode\":\"$code\",\"structure\":\"current\",\"password\":\"$pw\",\"active\":true}"
  echo "  {form=$form, token=\"$(token "$user" "$pw")\"}," >> "$data/writers.lua"
done < "$data/communes.txt"
echo "}" >> "$data/writers.lua"
criteria=$(curl -fs "$base/api/v1/frameworks/$fw/criteria" -H "Authorization: Bearer $admin" \
  | python3 -c 'import json,sys; print(",".join(str(c["id"]) for c in json.load(sys.stdin) if c["code"].count(".") == 1))')
echo "criteria = {$criteria}" >> "$data/writers.lua"
cat >> "$data/writers.lua" <<'EOF'
-- Each thread walks its own cells (form × criterion) so that every request saves a new value (version 0).
local counter = 0
local offset = 0
local threads = {}
statuses = {}
function setup(thread)
  thread:set("first", offset)
  offset = offset + 1
  table.insert(threads, thread)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write("  HTTP " .. k .. ": " .. v .. "\n") end
end
function init(args)
  counter = first
end
function request()
  counter = counter + 2
  local n = counter % (#writers * #criteria)
  local w = writers[(n % #writers) + 1]
  local c = criteria[(math.floor(n / #writers) % #criteria) + 1]
  return wrk.format("PUT", "/api/v1/forms/" .. w.form .. "/values/" .. c,
    {["Authorization"] = "Bearer " .. w.token, ["Content-Type"] = "application/json"},
    '{"version":0,"number":"' .. (n % 50) .. '","denominator":"50"}')
end
EOF

# A commune's reporter (the demo account of phường Hải Bình) reads its form page, in a browser session.
form=$(curl -fs "$base/api/v1/forms?period=$periodId" -H "Authorization: Bearer $(token haibinh.baocao "$pw")" | json 'd[0]["id"]')
cookies="$data/cookies"
sign_in haibinh.baocao "$cookies"
curl -fs -o /dev/null -w 'form page once: %{http_code}, %{time_total} s, %{size_download} bytes\n' -b "$cookies" "$base/forms/$form"
session=$(session_of "$cookies")
p99() { awk '$1 == "99%" {print $2}'; }
rps() { awk '/Requests\/sec/{print $2}'; }
wrk -t2 -c200 -d20s --latency -H "Cookie: SESSION=$session" "$base/forms/$form" > "$data/page.txt"
wrk -t2 -c200 -d20s --latency -s "$data/writers.lua" "$base" > "$data/save.txt"
# The stack's own floor: the cheapest request there is (no session, no database), at the same concurrency.
wrk -t2 -c200 -d20s --latency "$base/actuator/health/readiness" > "$data/health.txt"
saved=$(curl -fs "$base/api/v1/periods/$periodId/completeness" -H "Authorization: Bearer $admin" \
  | python3 -c 'import json,sys; print(sum(c["form"]["filled"] for c in json.load(sys.stdin)))')
echo "form page (200 connections, 20 s): p99 $(p99 < "$data/page.txt"), $(rps < "$data/page.txt") req/s"
echo "save a value (200 connections, 20 s): p99 $(p99 < "$data/save.txt"), $(rps < "$data/save.txt") req/s; values now saved: $saved"
# wrk prints 250.12ms or 1.96s; in ms:
ms() { awk '{v=$1; if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else {sub(/s$/,"",v); print v*1000}}'; }
pageP99=$(p99 < "$data/page.txt" | ms); saveP99=$(p99 < "$data/save.txt" | ms)
healthP99=$(p99 < "$data/health.txt" | ms)
echo "floor of the stack, GET /actuator/health/readiness (200 connections, 20 s): p99 ${healthP99} ms, $(rps < "$data/health.txt") req/s"
grep -E "Non-2xx|HTTP [0-9]+:" "$data/page.txt" "$data/save.txt" || true

# The province completeness page of Thanh Hóa's standing office (demo account), median of 10.
provCookies="$data/prov"
sign_in thanhhoa.cds "$provCookies"
times=()
for i in $(seq 1 10); do times+=("$(curl -fs -o "$data/completeness.html" -w '%{time_total}' -b "$provCookies" "$base/periods/$periodId")"); done
rows=$(grep -c 'href="/forms/' "$data/completeness.html")
printf '%s\n' "${times[@]}" | sort -n \
  | awk -v rows="$rows" '{a[NR]=$1} END {printf "province completeness page (%d forms): median %.0f ms, worst %.0f ms\n", rows, a[int((NR+1)/2)]*1000, a[NR]*1000}'
completenessMs=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')

# The floors: the same rows by plain SQL, 200 client threads over 10 connections (the application's pool).
jdbc_setup
province=$(curl -fs "$base/api/v1/forms?period=$periodId" -H "Authorization: Bearer $(token haibinh.baocao "$pw")" \
  | json '"/" + d[0]["assigneePath"].strip("/").split("/")[0] + "/"')
java -cp "$data/lib/*" bench/Floor.java "$dbUrl" "$form" "$province" "$periodId" \
  "$(cut -d' ' -f1 "$data/communes.txt" | paste -sd,)" "$criteria" | tee "$data/floor.txt"
floor() { grep "$1" "$data/floor.txt" | grep -o "$2 [0-9.]*" | awk '{print $2}'; }
awk -v a="$pageP99" -v f="$(floor 'form page' p99)" 'BEGIN {printf "form page p99: %.0f ms = %.1f × its floor (%.1f ms)\n", a, a/f, f}'
awk -v a="$saveP99" -v f="$(floor 'save a value' p99)" 'BEGIN {printf "save p99: %.0f ms = %.1f × its floor (%.1f ms)\n", a, a/f, f}'
awk -v p="$pageP99" -v s="$saveP99" -v h="$healthP99" 'BEGIN {printf "against the stack floor (health check p99 %.0f ms): form page × %.1f, save × %.1f\n", h, p/h, s/h}'
awk -v a="$completenessMs" -v f="$(floor 'completeness' median)" 'BEGIN {printf "completeness median: %.0f ms = %.1f × its floor (%.1f ms)\n", a, a/f, f}'
