#!/usr/bin/env bash
# Drill 4: the upload disk full. The instance's files folder (CITYBRIDGE_DATA_DIR/files) is a tmpfs of DRILL_DISK
# (default 1m) mounted for the drill; a signed-in editor uploads 300 KB pictures (the portal's picture upload,
# POST /admin/portal/media) until the disk is full. The refused upload must answer a clear error naming the file, and
# leave no half-written record or orphan file: every stored_file row has its bytes, every file has its row, no .part
# file remains. Needs: root (mount -t tmpfs), the jar, PostgreSQL 15 binaries (a private cluster in a temp folder),
# curl, python3. About 1 minute.
source "$(dirname "$0")/lib.sh"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
FILES=$WORK/a/files
mkdir -p "$FILES"
mount -t tmpfs -o size="${DRILL_DISK:-1m}" tmpfs "$FILES" || { echo "FAIL: mount -t tmpfs is not allowed here"; exit 2; }
unmount_files() { umount "$FILES" 2>/dev/null || true; }
trap 'unmount_files; cleanup' EXIT
log "files folder $FILES: a tmpfs of ${DRILL_DISK:-1m}"

pg_start_private
start_instance a "$PORT"

jar=$WORK/cookies.txt
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/portal/articles/new" | grep -o 'name="_csrf" \(value\|content\)="[^"]*"' | head -1 | sed 's/.*="//; s/"$//')
[ -n "$csrf" ] || { check bad "no CSRF token after signing in"; verdict "drill 4"; }

# a PNG of about 300 KB that does not compress (random pixels, stored)
picture() {
  python3 - "$1" <<'EOF'
import os, struct, sys, zlib
w, h = 320, 320
raw = b''.join(b'\x00' + os.urandom(w * 3) for _ in range(h))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 0)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)
EOF
}

refused=
for i in $(seq 1 10); do
  picture "$WORK/picture-$i.png"
  status=$(curl -s -o "$WORK/answer-$i.txt" -w '%{http_code}' -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Accept-Language: zh-CN' \
    -F "file=@$WORK/picture-$i.png;filename=现场照片$i.png;type=image/png" "$BASE/admin/portal/media")
  log "upload $i ($(stat -c %s "$WORK/picture-$i.png") bytes): HTTP $status; disk $(df --output=used,size -k "$FILES" | tail -1 | xargs) KB used/size"
  if [ "$status" != 200 ]; then refused=$i; break; fi
done
[ -n "$refused" ] || { check bad "the disk never filled up"; verdict "drill 4"; }
answer=$(cat "$WORK/answer-$refused.txt")
log "the refused upload's answer: $answer"
# the same upload as a browser's page would show it (English)
status_en=$(curl -s -o "$WORK/answer-en.txt" -w '%{http_code}' -b "$jar" -b 'citybridge-lang=en' -H "X-CSRF-TOKEN: $csrf" \
  -F "file=@$WORK/picture-$refused.png;filename=site-photo.png;type=image/png" "$BASE/admin/portal/media")
log "in English: HTTP $status_en $(cat "$WORK/answer-en.txt")"
case "$status" in 5*) check bad "the refusal is a server error ($status)";; *) check ok "the refusal is not a server error ($status)";; esac
grep -q "现场照片$refused" <<<"$answer" && grep -q "空间" <<<"$answer" && check ok "the error names the file and the full storage" \
  || check bad "the error does not say clearly that the storage is full"

rows=$(sql "SELECT count(*) FROM stored_file")
files=$(find "$FILES" -type f ! -name '*.part' | wc -l)
parts=$(find "$FILES" -type f -name '*.part' | wc -l)
missing=0
for id in $(sql "SELECT id FROM stored_file"); do
  [ -n "$(find "$FILES" -type f -name "$id*" ! -name '*.part')" ] || missing=$((missing + 1))
done
log "stored_file rows: $rows; files on the disk: $files; rows without their file: $missing; .part files: $parts"
[ "$rows" = $((refused - 1)) ] && check ok "a row for each accepted upload, none for the refused one" || check bad "$rows rows for $((refused - 1)) accepted uploads"
[ "$files" = "$rows" ] && [ "$missing" = 0 ] && [ "$parts" = 0 ] && check ok "no orphan file, no half-written file, no row without its bytes" \
  || check bad "orphans or half-written files"
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/liveness")
[ "$status" = 200 ] && check ok "the instance is alive" || check bad "liveness $status"
verdict "drill 4, the upload disk full"
