#!/usr/bin/env bash
# Drill 3: the SMTP server down for an hour, in scaled time. The dispatcher's pace and retry waits are scaled by 1/120
# (CITYBRIDGE_MAIL_DISPATCH_INTERVAL 4ms instead of 500ms, CITYBRIDGE_MAIL_INITIAL_BACKOFF 250ms instead of 30s,
# CITYBRIDGE_MAIL_MAX_BACKOFF 30s instead of 1h), so an outage
# of DRILL_OUTAGE seconds (default 30) stands for an hour. The SMTP server is GreenMail from the local Maven repository
# (drills/SmtpSink.java) behind a socat relay; stopping the relay (and its open connections) is the outage, while
# GreenMail keeps what it received. A circular to 733 cities (1,466 mails) is issued, the server goes down while they
# are being sent, a second circular is issued during the outage, the server comes back: every mail must arrive, none
# twice (counted per recipient and subject). Needs: the jar, PostgreSQL 15 binaries (a private cluster in a temp
# folder), socat, curl, python3, ./mvnw (offline, for GreenMail's classpath). About 3 minutes.
source "$(dirname "$0")/lib.sh"

PORT=$(free_port)
SMTP_PORT=$(free_port)
RELAY_PORT=$(free_port)
OUTAGE=${DRILL_OUTAGE:-30}
RECEIVED=$WORK/received.tsv

(cd "$REPO_DIR" && ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP=$(tr ':' '\n' <"$WORK/cp.txt" | grep -E '/(greenmail|jakarta\.mail|angus|jakarta\.activation|slf4j-api)[^/]*/' | grep -v junit5 | paste -sd:)
java -cp "$CP" "$DRILLS_DIR/SmtpSink.java" "$SMTP_PORT" "$RECEIVED" >"$WORK/smtp.log" 2>&1 &
STARTED_PIDS+=("$!")

relay_up() {
  socat TCP-LISTEN:"$RELAY_PORT",bind=127.0.0.1,reuseaddr,fork TCP:127.0.0.1:"$SMTP_PORT" &
  RELAY=$!
  STARTED_PIDS+=("$RELAY")
}
relay_down() {
  pkill -9 -P "$RELAY" 2>/dev/null || true   # its connections in progress
  kill -9 "$RELAY" 2>/dev/null || true; wait "$RELAY" 2>/dev/null || true
}
received() { [ -f "$RECEIVED" ] && wc -l <"$RECEIVED" || echo 0; }
issue() {
  curl -s -o "$WORK/issue.json" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    --data-binary "{\"docNumber\":\"$1\",\"title\":\"$2\",\"urgency\":\"NORMAL\",\"bodyHtml\":\"<p>演练</p>\",\"targets\":{\"mode\":\"ALL_MEMBERS\"},\"deadline\":\"2026-12-20T09:00:00Z\"}" \
    "http://127.0.0.1:$PORT/api/v1/circulars"
}

pg_start_private
relay_up
start_instance a "$PORT" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$RELAY_PORT" \
  CITYBRIDGE_MAIL_DISPATCH_INTERVAL=4ms CITYBRIDGE_MAIL_INITIAL_BACKOFF=250ms CITYBRIDGE_MAIL_MAX_BACKOFF=30s
seed_member_cities_with_liaisons

log "circular 1 issued with the SMTP server up: HTTP $(issue '市协联〔2026〕801号' '演练通知一（邮件服务器中断前）')"
for _ in $(seq 1 100); do [ "$(received)" -ge 100 ] && break; sleep 0.1; done
relay_down
down_at=$(date +%s)
log "SMTP server down (relay and its connections killed) after $(received) mails had arrived"
sleep 2
log "circular 2 issued during the outage: HTTP $(issue '市协联〔2026〕802号' '演练通知二（邮件服务器中断期间）')"
sleep $((OUTAGE - 2))
log "during the outage: $(sql "SELECT status || '=' || count(*) FROM mail_outbox GROUP BY status ORDER BY 1" | paste -sd' ') ; attempts so far: max $(sql "SELECT max(attempts) FROM mail_outbox"), failed attempts $(sql "SELECT sum(attempts) FROM mail_outbox WHERE status = 'PENDING'")"
relay_up
log "SMTP server back after $(( $(date +%s) - down_at )) s (an hour at the scaled retry waits)"
for _ in $(seq 1 240); do
  [ "$(sql "SELECT count(*) FROM mail_outbox WHERE status = 'PENDING'")" = 0 ] && break
  sleep 0.5
done
sleep 1
log "outbox: $(sql "SELECT status || '=' || count(*) FROM mail_outbox GROUP BY status ORDER BY 1" | paste -sd' '); all sent $(( $(date +%s) - down_at - OUTAGE )) s after the server came back"
log "attempts per message: $(sql "SELECT attempts || ':' || count(*) FROM mail_outbox GROUP BY attempts ORDER BY attempts" | paste -sd' ')"

expected=$(sql "SELECT count(*) FROM mail_outbox")
got=$(received)
twice=$(sort "$RECEIVED" | uniq -d | wc -l)
missing=$(sql "SELECT recipient || E'\t' || subject FROM mail_outbox" | sort | comm -23 - <(sort -u "$RECEIVED") | wc -l)
per_recipient=$(cut -f1 "$RECEIVED" | sort | uniq -c | awk '{print $1}' | sort | uniq -c | awk '{printf "%s recipients with %s mails; ", $1, $2}')
log "mails in the outbox: $expected; received by the SMTP server: $got; per recipient: $per_recipient"
[ "$(sql "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'")" = 0 ] && check ok "every message SENT" \
  || check bad "messages not sent: $(sql "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'")"
[ "$missing" = 0 ] && check ok "every mail arrived" || check bad "$missing mails never arrived"
[ "$twice" = 0 ] && check ok "none arrived twice" || check bad "$twice mails arrived more than once: $(sort "$RECEIVED" | uniq -d | head -3 | tr '\t\n' ' ;')"
verdict "drill 3, the SMTP server down for an hour (scaled)"
