#!/usr/bin/env bash
# Web archive benchmark: writes a WARC file of at least SIZE_MB megabytes (default 1100; gzip record by record,
# a request and a response per page) from the development split's saved pages, each copy a distinct page; times
# jwarc alone reading every record and payload (the floor); then ingests the archive with a small heap, and prints
# pages/s, MB/s of the archive, the ratio to the floor, peak RSS and the largest heap after a collection. The
# archive and the run's output live in a scratch folder under /tmp that is deleted at the end.
#
#   bench/warc.sh             the 1.1 GB archive (some minutes)
#   bench/warc.sh --smoke     a 2 MB archive: checks that every stage completes and no page is lost
#
# Environment: SIZE_MB, GZIP (default 1: compressed record by record; 0: a plain .warc, fewer and larger pages
# per GB), HEAP (default 256m: -Xmx of both the floor and the ingest), THREADS (default 2),
# SHARED (default ../shared), WORK (scratch folder, default /tmp/newsprep-warc-bench.PID), KEEP (a folder to
# keep the GC log and the timings in).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SIZE_MB=${SIZE_MB:-1100}
case "${1:-}" in
  --smoke) SIZE_MB=2 ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  "") ;;
  *) echo "warc bench: unknown argument $1" >&2; exit 2 ;;
esac
HEAP=${HEAP:-256m}
THREADS=${THREADS:-2}
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
WORK=${WORK:-/tmp/newsprep-warc-bench.$$}
JAR=$ROOT/target/newsprep.jar
TOOLS=$ROOT/target/test-classes
KEEP=${KEEP:-}
trap 'if [ -n "$KEEP" ]; then mkdir -p "$KEEP"; cp "$WORK"/*.out "$WORK"/*.time "$WORK"/gc.log "$KEEP"/ 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/input"

log() { echo "warc bench: $*" >&2; }

if [ ! -f "$JAR" ] || [ ! -f "$TOOLS/io/newsprep/bench/WarcCorpus.class" ]; then
  log "building the jar and the bench tools"
  mvn -B -q -o -Pbench -DskipTests package
fi

# Runs a command; sets WALL_S, CPU_S and RSS_MB.
measure() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || {
    log "$name failed:"; tail -5 "$WORK/$name.err" >&2; exit 1; }
  end=$(date +%s%N)
  WALL_S=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  CPU_S=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$WORK/$name.time")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/$name.time")
}

GZIP=${GZIP:-1}
ARCHIVE=$WORK/input/crawl-00000.warc$([ "$GZIP" = 1 ] && echo .gz || true)
log "writing a $SIZE_MB MB archive to $ARCHIVE"
java -cp "$TOOLS:$JAR" io.newsprep.bench.WarcCorpus "$SHARED/eval-dev/html" "$ARCHIVE" --megabytes "$SIZE_MB" >"$WORK/corpus.out"
PAGES=$(awk -F'\t' '{ split($4, a, " "); print a[1] }' "$WORK/corpus.out")
MB=$(awk -v b="$(stat -c %s "$ARCHIVE")" 'BEGIN { printf "%.0f", b / 1048576 }')
log "$(cat "$WORK/corpus.out")"

log "floor: jwarc reads every record"
measure floor java -Xmx"$HEAP" -cp "$TOOLS:$JAR" io.newsprep.bench.WarcFloor "$ARCHIVE"
FLOOR_S=$WALL_S; FLOOR_CPU=$CPU_S; FLOOR_RSS=$RSS_MB

log "ingest with -Xmx$HEAP and $THREADS threads"
measure ingest java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" ingest --input "$WORK/input" \
  --output "$WORK/out" --threads "$THREADS"
HEAP_MB=$(grep -o -- '->[0-9.]*[KMG]' "$WORK/gc.log" | awk '
  { v = substr($0, 3); u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
    if (u == "K") v /= 1024; else if (u == "G") v *= 1024
    if (v > max) max = v }
  END { printf "%.0f", max }')
REPORT=$WORK/out/latest/report.json
count() { grep -o "\"$1\" : [0-9]*" "$REPORT" | head -1 | awk '{print $3}'; }
CONSIDERED=$(count considered); ARTICLES=$(count articles); REJECTS=$(count rejects)

printf '\n%-8s %9s %8s %8s %9s %9s %8s %9s %8s\n' stage pages wall_s cpu_s pages/s MB/s ratio rss_MB heap_MB
printf '%-8s %9s %8s %8s %9.0f %9.1f %8s %9s %8s\n' floor "$PAGES" "$FLOOR_S" "$FLOOR_CPU" \
  "$(awk -v n="$PAGES" -v s="$FLOOR_S" 'BEGIN { print n / s }')" "$(awk -v m="$MB" -v s="$FLOOR_S" 'BEGIN { print m / s }')" \
  1.0 "$FLOOR_RSS" -
printf '%-8s %9s %8s %8s %9.0f %9.1f %8.1f %9s %8s\n' ingest "$CONSIDERED" "$WALL_S" "$CPU_S" \
  "$(awk -v n="$CONSIDERED" -v s="$WALL_S" 'BEGIN { print n / s }')" "$(awk -v m="$MB" -v s="$WALL_S" 'BEGIN { print m / s }')" \
  "$(awk -v a="$WALL_S" -v b="$FLOOR_S" 'BEGIN { print a / b }')" "$RSS_MB" "$HEAP_MB"
echo "archive: $MB MB, $PAGES pages; articles $ARTICLES, rejects $REJECTS; heap -Xmx$HEAP, threads $THREADS"
if [ "$CONSIDERED" != "$PAGES" ]; then
  log "lost pages: $PAGES in the archive, $CONSIDERED in the run"
  exit 1
fi
