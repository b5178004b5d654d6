#!/usr/bin/env bash
# Heap target: the largest heap occupancy after a collection stays flat in the number of files. Ingests a small and
# a large text corpus (made as bench/run.sh makes them) with --threads 2 under -Xmx256m and prints, for each, the
# largest heap after any collection (from -Xlog:gc) and its ratio to the small one's (target: within 20 %).
#
#   bench/heap.sh [SMALL [LARGE]]     default 20000 and 200000
#
# Environment: HEAP (default 256m), THREADS (default 2), SHARED, BENCH_DIR (as bench/run.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SMALL=${1:-20000}
LARGE=${2:-200000}
HEAP=${HEAP:-256m}
THREADS=${THREADS:-2}
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
JAR=$ROOT/target/newsprep.jar
TOOLS=$ROOT/target/test-classes
RES=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-heap-$SMALL-$LARGE
mkdir -p "$RES" "$BENCH_DIR/corpus" "$BENCH_DIR/work"

[ -f "$TOOLS/io/newsprep/bench/CorpusGenerator.class" ] || mvn -B -q -o -Pbench process-test-classes

corpus() {
  local count=$1 dir=$BENCH_DIR/corpus/train-text-$1 templates=() set
  for set in dragnet cleaneval readability; do templates+=(--templates "$SHARED/train/$set/dumps"); done
  if [ ! -f "$dir.done" ]; then
    rm -rf "$dir"
    java -cp "$TOOLS:$JAR" io.newsprep.bench.CorpusGenerator --kind text --count "$count" --out "$dir" \
      --shared "$SHARED" "${templates[@]}" > "$dir.generating"
    mv "$dir.generating" "$dir.done"
  fi
  echo "$dir"
}

# Largest heap occupancy right after any collection, in MB ("... 120M->35M(256M) ...").
max_heap_after_gc() {
  grep -o -- '->[0-9.]*[KMG]' "$1" | awk '
    { v = substr($0, 3); u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
      if (u == "K") v /= 1024; else if (u == "G") v *= 1024
      if (v > max) max = v }
    END { printf "%.0f", max }'
}

declare -A HEAP_MB WALL_S
for n in "$SMALL" "$LARGE"; do
  dir=$(corpus "$n")
  out=$BENCH_DIR/work/heap-$n
  rm -rf "$out"
  start=$(date +%s%N)
  java -Xmx"$HEAP" -Xlog:gc:file="$RES/heap-$n.gc.log" -jar "$JAR" ingest --input "$dir" --output "$out" \
    --threads "$THREADS" > "$RES/heap-$n.out" 2> "$RES/heap-$n.err"
  WALL_S[$n]=$(( ($(date +%s%N) - start) / 1000000000 ))
  HEAP_MB[$n]=$(max_heap_after_gc "$RES/heap-$n.gc.log")
  rm -rf "$out"
done
{
  echo "heap after GC, -Xmx$HEAP, --threads $THREADS; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for n in "$SMALL" "$LARGE"; do echo "  $n dumps: ${HEAP_MB[$n]} MB largest heap after a collection, ${WALL_S[$n]} s"; done
  awk -v s="${HEAP_MB[$SMALL]}" -v l="${HEAP_MB[$LARGE]}" 'BEGIN {
    r = l / s; printf "  ratio %.2f (target within 20 %%: %s)\n", r, (r <= 1.2 && r >= 0.8) ? "met" : "missed" }'
  echo "GC logs: $RES"
} | tee "$RES/heap.txt"
