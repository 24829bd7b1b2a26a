# Shared by the benchmarks that run the packaged jar (source it): wrk from Debian if missing, the app on an embedded
# database in a temporary folder (removed on exit), JSON and sign-in helpers. Sets jar, data, port, base, pw, pid.
need_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    local sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get install -y -qq wrk >/dev/null
  fi
}

# start_app PORT: starts the jar with the demo accounts (password $pw) and no scheduled jobs; waits until it is ready.
# BENCH_JAVA_OPTS adds JVM options (a flight recording, say: -XX:StartFlightRecording=filename=/tmp/app.jfr).
start_app() {
  jar=$(ls target/dtihub-*.jar | grep -v original | head -1)
  data=$(mktemp -d)
  port=$1
  base="http://localhost:$port"
  pw='bench password 2026'
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
  DTIHUB_DATA_DIR="$data" SERVER_PORT=$port DTIHUB_DEMO_PASSWORD="$pw" DTIHUB_SCHEDULING_ENABLED=false \
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.3; done
}

# json EXPR: evaluates a Python expression on the JSON read from stdin (as d).
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# token USER PASSWORD: a bearer token.
token() {
  curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json 'd["token"]'
}

# sign_in USER COOKIES: signs a demo user in through the login page, keeping the session in the cookie file.
sign_in() {
  local csrf
  csrf=$(curl -fs -c "$2" -b "$2" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -fs -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=$pw" \
    -d "_csrf=$csrf" "$base/login"
}

# session_of COOKIES: the session cookie's value, for wrk.
session_of() { awk '$6=="SESSION"{print $7}' "$1"; }

# the database's JDBC driver and URL, for bench/Floor.java and bench/Sql.java
jdbc_setup() {
  unzip -o -q -j "$jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$data/lib"
  dbUrl="jdbc:postgresql://localhost:$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$data/app.log" | awk '{print $NF}')/postgres"
}

# import_framework NAME: imports and publishes a framework of 10 groups × 10 ratio criteria for provinces and
# communes (an overall index and three pillar views), as the administrator ($admin); prints its id.
import_framework() {
  python3 - "$data/framework.json" "$1" <<'PY'
import json, sys
criteria = []
for g in range(1, 11):
    criteria.append({"code": f"G{g}", "parentCode": None, "name": f"Nhóm chỉ tiêu {g}", "maxPoints": 100})
    for c in range(1, 11):
        criteria.append({"code": f"G{g}.{c}", "parentCode": f"G{g}", "name": f"Tỷ lệ số {g}.{c} (đo hiệu năng)",
                         "maxPoints": 10, "valueType": "RATIO", "unit": "%", "rule": {"type": "RATIO"},
                         "missingPolicy": "ZERO"})
views = [{"code": "DTI", "name": "Chỉ số tổng hợp", "overall": True, "weights": {f"G{g}": 1 for g in range(1, 11)}}]
for code, extra in (("P1", 6), ("P2", 7), ("P3", 8)):
    views.append({"code": code, "name": f"Trụ cột {code}", "overall": False,
                  "weights": {f"G{g}": 1 for g in list(range(1, 6)) + [extra]}})
json.dump({"format": "dtihub-framework/1", "name": sys.argv[2], "subjects": ["PROVINCE", "COMMUNE"],
           "yearFrom": 2026, "yearTo": 2026, "criteria": criteria, "views": views},
          open(sys.argv[1], "w"), ensure_ascii=False)
PY
  local id
  id=$(curl -fs -X POST "$base/api/v1/frameworks/import" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' --data-binary @"$data/framework.json" | json 'd["id"]')
  curl -fs -o /dev/null -X POST "$base/api/v1/frameworks/$id/publish" -H "Authorization: Bearer $admin"
  echo "$id"
}
