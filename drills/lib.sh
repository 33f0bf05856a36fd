# Shared helpers for the fault drills (sourced, not run): a private PostgreSQL 15 cluster in a temp folder, instances
# of the built jar against it, and the PASS/FAIL verdict. Needs the system's PostgreSQL 15 binaries, curl, python3
# and the jar (./mvnw -o -q package -DskipTests). Run as root (the cluster runs as the system user postgres) or as
# any user that may run initdb itself.
set -euo pipefail

DRILLS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$DRILLS_DIR/.." && pwd)
JAR=${CITYBRIDGE_JAR:-$REPO_DIR/target/citybridge-0.1.0-SNAPSHOT.jar}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ADMIN_PASSWORD=Drill-secret-2026
WORK=$(mktemp -d /tmp/citybridge-drill.XXXXXX)
chmod 755 "$WORK"
STARTED_PIDS=()
PG_PORT=
PG_DIR=
FAILURES=0

[ -f "$JAR" ] || { echo "no jar at $JAR: run ./mvnw -o -q package -DskipTests first" >&2; exit 2; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

as_pg_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A fresh PostgreSQL 15 cluster of our own (never the machine's at 5432), with a database "citybridge"; trust auth.
pg_start_private() {
  PG_PORT=$(free_port)
  PG_DIR=$WORK/pg
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
  pg_ctl_private start
  as_pg_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres citybridge
  log "private PostgreSQL 15 on port $PG_PORT ($PG_DIR/data)"
}

pg_ctl_private() {
  local action=$1; shift
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" "$action" "$@" >/dev/null
}

sql() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d citybridge -v ON_ERROR_STOP=1 -At -c "$1"; }

# start_instance NAME PORT [VAR=value ...]: the jar against the private cluster, its data in $WORK/NAME, log in
# $WORK/NAME.log; waits for readiness. Sets INSTANCE_PID.
start_instance() {
  local name=$1 port=$2; shift 2
  mkdir -p "$WORK/$name"
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/citybridge" \
      SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused \
      CITYBRIDGE_DATA_DIR="$WORK/$name" CITYBRIDGE_ADMIN_PASSWORD="$ADMIN_PASSWORD" SERVER_PORT="$port" \
      LOGGING_LEVEL_ROOT=WARN LOGGING_LEVEL_ORG_CITYBRIDGE=INFO "$@" \
      java -Xmx512m -XX:+UseSerialGC -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  INSTANCE_PID=$!
  STARTED_PIDS+=("$INSTANCE_PID")
  wait_ready "$port" 180 "$INSTANCE_PID" || { echo "instance $name did not become ready; log: $WORK/$name.log" >&2; grep -m3 -iE "exception|error" "$WORK/$name.log" >&2; KEEP_WORK=1; exit 2; }
  log "instance $name ready on port $port (pid $INSTANCE_PID)"
}

wait_ready() {
  local port=$1 seconds=$2 pid=${3:-}
  for _ in $(seq 1 $((seconds * 5))); do
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && return 1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && return 0
    sleep 0.2
  done
  return 1
}

kill9() { kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# Every member city gets a primary and a deputy liaison with a mail address (733 cities, 1,466 liaisons).
seed_member_cities_with_liaisons() {
  sql "UPDATE city SET membership = 'MEMBER', member_since = DATE '2020-01-01' WHERE membership <> 'MEMBER'"
  sql "WITH people AS (
         INSERT INTO person (name, post, unit, mobile, email)
         SELECT r.role_name || c.code, '市政府办公室主任', '市人民政府办公厅', '139' || lpad(c.code, 8, '0'),
                lower(r.role) || '.' || c.code || '@drill.example.cn'
         FROM city c CROSS JOIN (VALUES ('PRIMARY', '联络员'), ('DEPUTY', '副联络员')) AS r(role, role_name)
         WHERE NOT EXISTS (SELECT 1 FROM liaison_appointment a WHERE a.city_code = c.code)
         RETURNING id, email)
       INSERT INTO liaison_appointment (person_id, city_code, role, start_date)
       SELECT id, split_part(split_part(email, '@', 1), '.', 2), upper(split_part(email, '.', 1)), DATE '2025-01-01'
       FROM people"
}

check() {
  local verdict=$1; shift
  if [ "$verdict" = ok ]; then log "  ok: $*"; else log "  NOT OK: $*"; FAILURES=$((FAILURES + 1)); fi
}

verdict() {
  if [ "$FAILURES" = 0 ]; then echo "PASS: $1"; else echo "FAIL: $1 ($FAILURES check(s) failed; logs kept in $WORK)"; KEEP_WORK=1; exit 1; fi
}

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then pg_ctl_private stop -m immediate || true; fi
  if [ "${KEEP_WORK:-0}" = 1 ] || [ "${DRILL_KEEP:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
