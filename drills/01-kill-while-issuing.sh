#!/usr/bin/env bash
# Drill 1: kill -9 of an instance in the middle of issuing a circular to all 733 member cities (1,466 liaisons).
# Round A holds the mail outbox with a SHARE lock so that the issuing transaction is caught for certain after its
# deliveries and recipients and before its mail, and kills the instance there; round B kills it halfway through an
# issue by the clock (half of a measured issue time). Afterwards every circular has all its deliveries, recipients and
# mail or does not exist, and the same document number issues again after a restart.
# Needs: the jar, PostgreSQL 15 binaries (a private cluster in a temp folder), curl, python3. About 2 minutes.
source "$(dirname "$0")/lib.sh"

PORT=$(free_port)
DOC='市协联〔2026〕733号'
TITLE='关于报送2026年度城市联络工作总结的通知（演练）'
TARGETS='{"mode":"ALL_MEMBERS"}'

issue_body() {
  printf '{"docNumber":"%s","title":"%s","urgency":"NORMAL","bodyHtml":"<p>请于12月20日前回执。</p>","targets":%s,"receiptForm":[{"label":"是否参会","type":"SINGLE_CHOICE","required":true,"options":["参加","不参加"]}],"deadline":"2026-12-20T09:00:00Z"}' "$1" "$TITLE" "$TARGETS"
}

# issue DOC OUTFILE: POST the circular; prints the HTTP status (000 when the connection died)
issue() {
  curl -s -o "$2" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    --data-binary "$(issue_body "$1")" "http://127.0.0.1:$PORT/api/v1/circulars" || true
}

# one line per circular with the title: id, status, deliveries, recipients; then mails with the title in the subject
state() {
  sql "SELECT c.id || ' ' || c.status || ' deliveries=' || (SELECT count(*) FROM circular_delivery d WHERE d.circular_id = c.id)
              || ' recipients=' || (SELECT count(*) FROM circular_recipient r JOIN circular_delivery d ON d.id = r.delivery_id WHERE d.circular_id = c.id)
       FROM circular c WHERE c.title = '$TITLE' ORDER BY c.id"
}
mails() { sql "SELECT count(*) FROM mail_outbox WHERE subject LIKE '%$TITLE%'"; }
whole_or_nothing() {
  # every circular with the title has 733 deliveries, 1,466 recipients; the mails are 1,466 per circular
  local circulars bad
  circulars=$(sql "SELECT count(*) FROM circular WHERE title = '$TITLE'")
  bad=$(sql "SELECT count(*) FROM circular c WHERE c.title = '$TITLE' AND (
               (SELECT count(*) FROM circular_delivery d WHERE d.circular_id = c.id) <> 733 OR
               (SELECT count(*) FROM circular_recipient r JOIN circular_delivery d ON d.id = r.delivery_id WHERE d.circular_id = c.id) <> 1466)")
  local m; m=$(mails)
  [ "$bad" = 0 ] && [ "$m" = $((circulars * 1466)) ] && echo ok || echo bad
}

pg_start_private
start_instance a "$PORT" SPRING_MAIL_HOST=
seed_member_cities_with_liaisons
log "seeded: $(sql "SELECT count(*) FROM city WHERE membership = 'MEMBER'") member cities, $(sql "SELECT count(*) FROM liaison_appointment WHERE end_date IS NULL") liaisons"

log "round A: the mail outbox held by a SHARE lock, the circular issued, the instance killed while its transaction waits"
psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d citybridge \
  -c "BEGIN; LOCK TABLE mail_outbox IN SHARE MODE; SELECT pg_sleep(120); COMMIT;" >/dev/null 2>&1 &
LOCKER=$!
STARTED_PIDS+=("$LOCKER")
sleep 0.5
issue "$DOC" "$WORK/issue-a.json" >"$WORK/issue-a.status" &
ISSUER=$!
waiting=
for _ in $(seq 1 300); do
  waiting=$(sql "SELECT pid || ' ' || now() - xact_start FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE 'insert into mail_outbox%' LIMIT 1")
  [ -n "$waiting" ] && break
  sleep 0.1
done
[ -n "$waiting" ] && check ok "the issuing transaction waits for the outbox (backend and its age: $waiting)" \
                  || check bad "the issuing transaction was never seen waiting for the outbox"
backend=${waiting%% *}
kill9 "$INSTANCE_PID"
log "instance killed (kill -9)"
wait "$ISSUER" || true
log "the client saw HTTP $(cat "$WORK/issue-a.status") (000: connection lost)"
kill "$LOCKER" 2>/dev/null || true; wait "$LOCKER" 2>/dev/null || true
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()" >/dev/null
for _ in $(seq 1 100); do
  [ -z "$backend" ] && break
  [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE pid = $backend")" = 0 ] && break
  sleep 0.1
done
log "after round A: circulars [$(state | tr '\n' ';')] mails=$(mails)"
[ "$(whole_or_nothing)" = ok ] && check ok "all or nothing after round A" || check bad "a half-issued circular after round A"
[ "$(sql "SELECT count(*) FROM circular WHERE doc_number = '$DOC'")" = 0 ] && check ok "round A left no circular" \
  || check bad "round A left a circular behind"

start_instance a2 "$PORT" SPRING_MAIL_HOST=
status=$(issue "$DOC" "$WORK/issue-again-a.json")
log "after the restart, $DOC issued again: HTTP $status $(cat "$WORK/issue-again-a.json")"
[ "$status" = 201 ] && check ok "the user can issue the killed circular again" || check bad "issuing again after round A failed"

DOC_B='市协联〔2026〕734号'
log "round B: one more issue timed (warm), then an issue killed halfway through by the clock"
started=$(date +%s%N)
status=$(issue '市协联〔2026〕700号' "$WORK/issue-timing.json")
took_ms=$(( ($(date +%s%N) - started) / 1000000 ))
log "a full issue took $took_ms ms (HTTP $status)"
half=$(python3 -c "print(max($took_ms / 2000, 0.02))")
issue "$DOC_B" "$WORK/issue-b.json" >"$WORK/issue-b.status" &
ISSUER=$!
sleep "$half"
kill9 "$INSTANCE_PID"
wait "$ISSUER" || true
log "killed ${half}s after the request; the client saw HTTP $(cat "$WORK/issue-b.status") (000: connection lost)"
sleep 1
log "after round B: circulars [$(state | tr '\n' ';')] mails=$(mails)"
[ "$(whole_or_nothing)" = ok ] && check ok "all or nothing after round B" || check bad "a half-issued circular after round B"

start_instance a3 "$PORT" SPRING_MAIL_HOST=
if [ "$(sql "SELECT count(*) FROM circular WHERE doc_number = '$DOC_B'")" = 0 ]; then
  status=$(issue "$DOC_B" "$WORK/issue-again-b.json")
  log "round B's circular was rolled back; issued again: HTTP $status $(cat "$WORK/issue-again-b.json")"
  [ "$status" = 201 ] && check ok "the user can issue round B's circular again" || check bad "issuing again after round B failed"
else
  log "round B's issue had committed before the kill; it stands whole (issuing it twice is refused by its number)"
fi
log "final: circulars [$(state | tr '\n' ';')] mails=$(mails) (1,466 per circular expected)"
[ "$(whole_or_nothing)" = ok ] && check ok "every circular whole: 733 deliveries, 1,466 recipients and mails each" \
  || check bad "final state not whole"
verdict "drill 1, kill -9 while issuing to 733 cities"
