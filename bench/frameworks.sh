#!/usr/bin/env bash
# Times a 300-criterion framework end to end over HTTP against the packaged jar on its embedded database:
# import (JSON), open (the whole tree with points and problems), export to xlsx, import that xlsx back.
# Prints the median and worst of 10 runs of each. Usage: bench/frameworks.sh (after ./mvnw -B -ntp -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/dtihub-*.jar | grep -v original | head -1)
data=$(mktemp -d)
port=${PORT:-18081}
base="http://localhost:$port"
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
DTIHUB_DATA_DIR="$data" SERVER_PORT=$port DTIHUB_DEMO_PASSWORD='bench password 2026' java -jar "$jar" > "$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
token=$(curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"thanhhoa.cds","password":"bench password 2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"

python3 - > "$data/fw.json" <<'PY'
import json
rows=[]
for p in range(1,4):
    rows.append({"code":f"P{p}","name":f"Phần {p}","maxPoints":1000})
    for m in range(1,11):
        rows.append({"code":f"P{p}.{m}","parentCode":f"P{p}","name":f"Mục {m} của phần {p}","maxPoints":100})
        for k in range(1,10):
            pts = 12 if k<=4 else 10 if k<=8 else 12
            rows.append({"code":f"P{p}.{m}.{k}","parentCode":f"P{p}.{m}","name":f"Chỉ tiêu {k} mục {m} phần {p}: tỷ lệ hồ sơ được ký số",
                         "valueType":"RATIO","unit":"%","maxPoints":pts,"rule":{"type":"RATIO"}})
print(json.dumps({"format":"dtihub-framework/1","name":"Bộ chỉ số đo hiệu năng","subjects":["COMMUNE"],"yearFrom":2026,"yearTo":2026,
  "criteria":rows,"views":[{"code":"DTI","name":"Tổng hợp","overall":True,"weights":{"P1":1,"P2":1,"P3":1}}]},ensure_ascii=False))
PY
count=$(python3 -c "import json; print(len(json.load(open('$data/fw.json'))['criteria']))")

measure() { # label, command...
  local label=$1; shift
  local times=()
  for i in $(seq 1 10); do
    local t; t=$("$@")
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-34s median %6.0f ms   worst %6.0f ms   (10 runs)\n", l, a[int((NR+1)/2)]*1000, a[NR]*1000}'
}

import_json() { curl -s -o "$data/created.json" -w '%{time_total}' -X POST "$base/api/v1/frameworks/import" -H "$auth" -H 'Content-Type: application/json' --data-binary @"$data/fw.json"; }
measure "import JSON ($count criteria)" import_json
id=$(python3 -c "import json; print(json.load(open('$data/created.json'))['id'])")
open_tree() { curl -s -o /dev/null -w '%{time_total}' -H "$auth" "$base/api/v1/frameworks/$id"; }
open_page() { curl -s -o /dev/null -w '%{time_total}' -H "$auth" -H 'Accept: application/json' "$base/api/v1/frameworks/$id/criteria"; }
export_xlsx() { curl -s -o "$data/fw.xlsx" -w '%{time_total}' -H "$auth" "$base/api/v1/frameworks/$id/export?format=xlsx"; }
measure "open (tree, points, problems)" open_tree
measure "list criteria" open_page
measure "export xlsx" export_xlsx
import_xlsx() { curl -s -o /dev/null -w '%{time_total}' -X POST "$base/api/v1/frameworks/import" -H "$auth" -F "file=@$data/fw.xlsx"; }
measure "import xlsx" import_xlsx
printf 'xlsx size %d KB; JVM RSS now %d MiB\n' $(( $(stat -c %s "$data/fw.xlsx") / 1024 )) $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
