#!/usr/bin/env bash
# Drill 2: PostgreSQL restarted (pg_ctl stop -m fast, down for DRILL_DOWN seconds, default 5, then started again)
# while wrk loads a public article page. The instance must
# recover by itself (no restart of the application), answer no 500 after recovery, and lose at most one flush
# interval of counted views: the views stored in article_hits are compared with the 200 answers wrk and a probe got.
# Needs: the jar, PostgreSQL 15 binaries (a private cluster in a temp folder), wrk, curl, python3. About 2 minutes.
# DRILL_SECONDS (default 30) is the load before recovery is checked; the restart comes after a third of it.
source "$(dirname "$0")/lib.sh"

PORT=$(free_port)
SECONDS_UNDER_LOAD=${DRILL_SECONDS:-30}
BROWSER='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

pg_start_private
start_instance a "$PORT"
article=$(sql "INSERT INTO article (column_id, title, body_html, status, publish_at, created_by, created_at, updated_by, updated_at)
               SELECT id, '深圳市城市更新工作会议召开（演练）', '<p>' || repeat('深圳市召开城市更新工作会议，各区联络员参加。', 40) || '</p>',
                      'PUBLISHED', now() - interval '1 minute', 'drill', now(), 'drill', now()
               FROM portal_column WHERE slug = 'news' RETURNING id")
URL="http://127.0.0.1:$PORT/article/$article.html"
status=$(curl -s -o /dev/null -w '%{http_code}' -A "$BROWSER" "$URL")
log "article $article at $URL: HTTP $status"
[ "$status" = 200 ] || { check bad "the article page does not answer 200"; verdict "drill 2"; }

# the probe: one request every 100 ms, "epoch-millis status" per line, counted like the load
probe() {
  while :; do
    printf '%s %s\n' "$(date +%s%3N)" "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -A "$BROWSER" "$URL")"
    sleep 0.1
  done
}
probe >"$WORK/probe.log" &
PROBE=$!
STARTED_PIDS+=("$PROBE")

wrk -t2 -c16 -d"${SECONDS_UNDER_LOAD}s" --timeout 10s -H "User-Agent: $BROWSER" -s "$DRILLS_DIR/wrk-status.lua" "$URL" \
  >"$WORK/wrk-during.txt" 2>&1 &
LOAD=$!
sleep $((SECONDS_UNDER_LOAD / 3))
restart_at=$(date +%s%3N)
log "stopping PostgreSQL (pg_ctl stop -m fast) for ${DRILL_DOWN:-5} s"
pg_ctl_private stop -m fast
sleep "${DRILL_DOWN:-5}"
pg_ctl_private start
up_at=$(date +%s%3N)
log "PostgreSQL back $((up_at - restart_at)) ms after the stop began"
wait "$LOAD"
log "wrk during the restart: $(grep -E "^ +[0-9]+ requests in|^ +Latency" "$WORK/wrk-during.txt" | xargs); $(grep -E '^(status|errors|Non-2xx)' "$WORK/wrk-during.txt" | tr '\n' ';')"

log "after recovery: 10 s more of the same load"
wrk -t2 -c16 -d10s --timeout 10s -H "User-Agent: $BROWSER" -s "$DRILLS_DIR/wrk-status.lua" "$URL" >"$WORK/wrk-after.txt" 2>&1
log "wrk after recovery: $(grep -E '^ +[0-9]+ requests in' "$WORK/wrk-after.txt" | xargs); $(grep -E '^(status|errors|Non-2xx)' "$WORK/wrk-after.txt" | tr '\n' ';')"
kill "$PROBE" 2>/dev/null || true; wait "$PROBE" 2>/dev/null || true

ok_count() { awk '$1 == "status" && $2 == 200 { n += $3 } END { print n + 0 }' "$1"; }
other_count() { awk '$1 == "status" && $2 != 200 { n += $3 } END { print n + 0 }' "$1"; }
probe_ok=$(awk '$2 == 200' "$WORK/probe.log" | wc -l)
probe_bad=$(awk '$2 != 200' "$WORK/probe.log" | wc -l)
first_bad=$(awk '$2 != 200 { print $1; exit }' "$WORK/probe.log")
last_bad=$(awk '$2 != 200 { t = $1 } END { print t }' "$WORK/probe.log")
log "probe: $probe_ok answers 200, $probe_bad others ($(awk '$2 != 200 { print $2 }' "$WORK/probe.log" | sort | uniq -c | xargs))"
if [ -n "$first_bad" ]; then
  log "probe errors from $((first_bad - restart_at)) ms to $((last_bad - restart_at)) ms after the restart began"
fi
during_bad=$(other_count "$WORK/wrk-during.txt")
after_ok=$(ok_count "$WORK/wrk-after.txt")
after_bad=$(other_count "$WORK/wrk-after.txt")
after_errors=$(awk '$1 == "errors" { print $3 + $5 + $7 + $9 }' "$WORK/wrk-after.txt")
[ "$after_ok" -gt 0 ] && [ "$after_bad" = 0 ] && [ "${after_errors:-1}" = 0 ] \
  && check ok "after recovery: $after_ok answers, all 200, no socket errors" \
  || check bad "after recovery: $after_bad answers other than 200, ${after_errors:-?} socket errors"
log "answers other than 200 during the restart (wrk): $during_bad"

served=$(( $(ok_count "$WORK/wrk-during.txt") + after_ok + probe_ok + 1 ))
sleep 3
stored=$(sql "SELECT coalesce(sum(hits), 0) FROM article_hits WHERE article_id = $article")
flush_ms=1000
rate=$(python3 -c "print(round($(ok_count "$WORK/wrk-after.txt") / 10))")
lost=$((served - stored))
# requests in flight when wrk (16 connections, twice) and the probe stopped were served and counted by the
# application but not by the clients, and so may requests wrk gave up on (timeouts): up to that many views more
# stored than answers counted are not double counts
timeouts=$(awk '$1 == "errors" { n += $9 } END { print n + 0 }' "$WORK/wrk-during.txt" "$WORK/wrk-after.txt")
in_flight=$((33 + timeouts))
log "views answered 200 to the clients: $served; views stored: $stored; lost: $lost (negative: stored beyond the answers counted, up to $in_flight in flight when the clients stopped or timed out; one flush interval at the load's rate after recovery: about $((rate * flush_ms / 1000)) views)"
[ "$lost" -ge -$in_flight ] && [ "$lost" -le $((rate * flush_ms / 1000)) ] \
  && check ok "views lost ($lost) within one flush interval, none counted twice beyond the requests in flight" \
  || check bad "views lost ($lost) not within one flush interval or counted twice"
log "flushes that failed and were kept for the next try: $(grep -c "Writing article hits failed" "$WORK/a.log" || true)"
verdict "drill 2, PostgreSQL restarted under article-page load"
