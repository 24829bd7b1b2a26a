#!/usr/bin/env bash
# Times a plan of 200 tasks against the packaged jar on its embedded database: its page (HTML, signed in with a
# browser session), its .docx and its .pdf. Each task serves one of ten targets. Prints the median and worst of 10
# runs of each.
# Usage: bench/plans.sh (after ./mvnw -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/dtihub-*.jar | grep -v original | head -1)
data=$(mktemp -d)
port=${PORT:-18082}
base="http://localhost:$port"
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
DTIHUB_DATA_DIR="$data" SERVER_PORT=$port DTIHUB_DEMO_PASSWORD='bench password 2026' java -jar "$jar" > "$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
token=$(curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"thanhhoa.cds","password":"bench password 2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"
plan=$(curl -fs -X POST "$base/api/v1/plans" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"number":"200/KH-UBND","title":"Kế hoạch đo hiệu năng: 200 nhiệm vụ","kind":"YEARLY","yearFrom":2026,"yearTo":2026}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
# Ten targets; each task serves one of them, as a real plan links its tasks to its targets.
targets=()
for t in $(seq 1 10); do
  targets+=("$(curl -fs -X POST "$base/api/v1/plans/$plan/targets" -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"statement\":\"Chỉ tiêu $t: tỷ lệ hồ sơ xử lý trực tuyến\",\"unitOfMeasure\":\"%\",\"horizons\":[{\"year\":2026,\"value\":80},{\"year\":2030,\"value\":100}]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
done
deadlines=("Hàng quý" "30/6/2026" "Tháng 12" "Quý III/2026" "Thường xuyên" "Năm 2026")
for i in $(seq 1 200); do
  d=${deadlines[$((i % 6))]}
  s=$(( (i - 1) / 25 + 1 ))
  curl -fs -o /dev/null -X POST "$base/api/v1/plans/$plan/tasks" -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"sectionCode\":\"$s\",\"sectionTitle\":\"Nhóm nhiệm vụ $s\",\"text\":\"Nhiệm vụ số $i: triển khai ký số văn bản và số hóa hồ sơ thủ tục hành chính tại các cơ quan, đơn vị\",\"expectedResult\":\"Báo cáo kết quả thực hiện\",\"deadline\":\"$d\",\"coordinators\":\"Các sở, ban, ngành; UBND cấp xã\",\"targetIds\":[${targets[$((i % 10))]}]}"
done
# A browser session for the page.
jar_file="$data/cookies"
csrf=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" -d "username=thanhhoa.cds&password=bench+password+2026&_csrf=$csrf" "$base/login"

measure() { # label, command...
  local label=$1; shift
  local times=()
  for i in $(seq 1 10); do times+=("$("$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-28s median %6.0f ms   worst %6.0f ms   (10 runs)\n", l, a[int((NR+1)/2)]*1000, a[NR]*1000}'
}
page() { curl -fs -o "$data/page.html" -w '%{time_total}' -b "$jar_file" "$base/plans/$plan"; }
docx() { curl -fs -o "$data/plan.docx" -w '%{time_total}' -H "$auth" "$base/api/v1/plans/$plan/export?format=docx"; }
pdf() { curl -fs -o "$data/plan.pdf" -w '%{time_total}' -H "$auth" "$base/api/v1/plans/$plan/export?format=pdf"; }
measure "plan page (200 tasks)" page
measure "plan .docx" docx
measure "plan .pdf" pdf
printf 'page %d KB with %d task rows; docx %d KB; pdf %d KB\n' $(( $(stat -c %s "$data/page.html") / 1024 )) \
  "$(grep -c 'href="/tasks/' "$data/page.html")" $(( $(stat -c %s "$data/plan.docx") / 1024 )) $(( $(stat -c %s "$data/plan.pdf") / 1024 ))
