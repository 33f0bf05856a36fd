#!/usr/bin/env bash
# Drill 5: two instances behind nginx, one killed (kill -9) under the load of a signed-in user's back-office page.
# nginx runs with the proxy directives of the documented site (docs/deploy/nginx/citybridge.conf, read from it) and
# the documented upstream (upstream-local.conf with the second server), on plain HTTP on a free port. Every answer
# must be 200 (a redirect to /login would mean a lost session), with no socket error: a GET in flight on the killed
# instance is passed to the other one by proxy_next_upstream. The session lives in PostgreSQL, so the survivor knows
# it. Needs: the jar, PostgreSQL 15 binaries (a private cluster in a temp folder), nginx, wrk, curl, python3.
# About 3 minutes. DRILL_SECONDS (default 30) is the load; the kill comes after a third of it.
source "$(dirname "$0")/lib.sh"

PORT_A=$(free_port)
PORT_B=$(free_port)
PROXY_PORT=$(free_port)
SECONDS_UNDER_LOAD=${DRILL_SECONDS:-30}
PAGE=${DRILL_PAGE:-/admin/circulars}
SITE=$REPO_DIR/docs/deploy/nginx/citybridge.conf
UPSTREAM=$REPO_DIR/docs/deploy/nginx/upstream-local.conf

pg_start_private
start_instance a "$PORT_A" CITYBRIDGE_TRUSTED_PROXIES=127.0.0.1/32
PID_A=$INSTANCE_PID
start_instance b "$PORT_B" CITYBRIDGE_TRUSTED_PROXIES=127.0.0.1/32
PID_B=$INSTANCE_PID

mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
chmod -R 777 "$WORK/nginx"
{
  echo "worker_processes 1; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/logs/error.log warn;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  access_log $WORK/nginx/logs/access.log;"
  echo "  client_body_temp_path $WORK/nginx/tmp/body; proxy_temp_path $WORK/nginx/tmp/proxy;"
  echo "  fastcgi_temp_path $WORK/nginx/tmp/fcgi; uwsgi_temp_path $WORK/nginx/tmp/uwsgi; scgi_temp_path $WORK/nginx/tmp/scgi;"
  # the documented upstream, with both servers of this host at the drill's ports
  sed -e 's/^\s*#\s*server 127.0.0.1:8081/    server 127.0.0.1:8081/' -e "s/127.0.0.1:8080/127.0.0.1:$PORT_A/" \
      -e "s/127.0.0.1:8081/127.0.0.1:$PORT_B/" "$UPSTREAM" | grep -v '^#'
  echo "  server {"
  echo "    listen 127.0.0.1:$PROXY_PORT;"
  # the documented site's proxy directives (the TLS server's), verbatim
  grep -E '^\s*(proxy_http_version|proxy_set_header|proxy_connect_timeout|proxy_read_timeout|proxy_next_upstream|proxy_request_buffering|client_max_body_size)\b' "$SITE"
  echo "    location / { proxy_pass http://citybridge; }"
  echo "  }"
  echo "}"
} >"$WORK/nginx/nginx.conf"
grep -q "server 127.0.0.1:$PORT_B" "$WORK/nginx/nginx.conf" || { check bad "the documented upstream has no second server line to use"; verdict "drill 5"; }
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx/logs/error.log" &
NGINX=$!
STARTED_PIDS+=("$NGINX")
sleep 1
log "nginx on port $PROXY_PORT in front of $PORT_A and $PORT_B; its proxy directives: $(grep -cE '^\s*proxy_' "$WORK/nginx/nginx.conf") lines from $SITE"
BASE="http://127.0.0.1:$PROXY_PORT"

# sign in through nginx with the form, as a browser does
jar=$WORK/cookies.txt
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar")
[ -n "$session" ] || { check bad "signing in gave no SESSION cookie"; verdict "drill 5"; }
COOKIE="SESSION=$session"
for port in "$PORT_A" "$PORT_B"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$port$PAGE")
  [ "$status" = 200 ] && check ok "the session answers $PAGE on the instance at $port directly" \
    || check bad "the session gets $status on the instance at $port"
done

wrk -t2 -c8 -d"${SECONDS_UNDER_LOAD}s" --timeout 10s -H "Cookie: $COOKIE" -s "$DRILLS_DIR/wrk-status.lua" "$BASE$PAGE" \
  >"$WORK/wrk.txt" 2>&1 &
LOAD=$!
sleep $((SECONDS_UNDER_LOAD / 3))
kill9 "$PID_B"
log "instance b (port $PORT_B) killed with kill -9"
wait "$LOAD"
log "wrk through nginx: $(grep -E '^ +[0-9]+ requests in|^ +Latency' "$WORK/wrk.txt" | xargs); $(grep -E '^(status|errors|Non-2xx)' "$WORK/wrk.txt" | tr '\n' ';')"
ok=$(awk '$1 == "status" && $2 == 200 { n += $3 } END { print n + 0 }' "$WORK/wrk.txt")
other=$(awk '$1 == "status" && $2 != 200 { n += $3 } END { print n + 0 }' "$WORK/wrk.txt")
errors=$(awk '$1 == "errors" { print $3 + $5 + $7 + $9 }' "$WORK/wrk.txt")
# a request whose answer had begun to reach the client when its instance died cannot be repeated by nginx (it
# logs "... while reading upstream"); one still waiting for its headers is ("... while reading response header")
retried=$(grep -E '\[error\]' "$WORK/nginx/logs/error.log" | grep -cE 'response header from upstream|while connecting to upstream' || true)
cut=$(grep -E '\[error\]' "$WORK/nginx/logs/error.log" | grep -c 'while reading upstream' || true)
lost=$((other + ${errors:-0}))
log "nginx: $retried requests passed to the surviving instance, $cut answers cut off mid-body by the kill"
log "requests lost: $lost (answers other than 200: $other, socket errors: ${errors:-?}) of $((ok + lost))"
[ "$ok" -gt 0 ] && [ "$lost" -le "$cut" ] \
  && check ok "$ok answers 200 with the signed-in page, none redirected to sign-in; lost only the $lost in flight on the killed instance" \
  || check bad "$lost requests lost, more than the $cut in flight on the killed instance"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$PAGE")
[ "$status" = 200 ] && check ok "the user still works through nginx after the kill" || check bad "after the kill: $status"
kill -0 "$PID_A" && check ok "instance a still running" || check bad "instance a died"
verdict "drill 5, one of two instances killed behind nginx"
