#!/usr/bin/env bash
# Whole `ingest` runs of one corpus with JDK 17 and with JDK 25 starting from an ahead-of-time cache, the JVMs
# and thread counts alternating in every round (only ratios within a round mean anything on a shared machine).
# Prints wall and CPU time of every run and the CPU seconds of its JIT compiler, GC, worker and main threads
# (every thread's utime + stime, read from /proc/PID/task/*/stat until the process exits).
#
#   JAVA25=/path/to/jdk-25/bin/java bench/jvm-compare.sh CORPUS [ROUNDS]
#
# Environment: JAVA17 (default: java on the PATH), HEAP (default 256m), THREADS (default "1 2"),
# TRAIN_INPUTS (folders, one training ingest each, each recording its own cache; default SHARED/seeds),
# SHARED (default ../shared), EXTRA25 (JVM options for every JDK 25 run, e.g. -XX:+UseCompactObjectHeaders).
# JDK 17 runs `java -jar target/newsprep.jar`; a JDK 25 run is bin/newsprep starting from the cache it recorded
# with its first ingest, that of a training folder. Each run's largest heap after a collection is read from -Xlog:gc.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "$1" && pwd)
ROUNDS=${2:-3}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:?set JAVA25 to a java 25 binary}
HEAP=${HEAP:-256m}
THREADS=${THREADS:-"1 2"}
SHARED=${SHARED:-$ROOT/../shared}
TRAIN_INPUTS=${TRAIN_INPUTS:-$SHARED/seeds}
EXTRA25=${EXTRA25:-}
JAR=$ROOT/target/newsprep.jar
WORK=$(mktemp -d /tmp/newsprep-jvm-compare.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export NEWSPREP_JAR=$JAR

# CPU seconds per thread group of the java process below PARENT, sampled until it exits
sample_threads() {
  python3 - "$1" <<'PY'
import os, sys, time
parent = sys.argv[1]; last = {}; tick = os.sysconf('SC_CLK_TCK'); pid = None
while os.path.exists(f'/proc/{parent}'):
    if pid is None:
        try:
            kids = open(f'/proc/{parent}/task/{parent}/children').read().split()
            pid = kids[0] if kids else None
        except OSError:
            pass
    if pid:
        try:
            tids = os.listdir(f'/proc/{pid}/task')
        except OSError:
            tids = []
        for tid in tids:
            try:
                raw = open(f'/proc/{pid}/task/{tid}/stat').read()
            except OSError:
                continue
            f = raw[raw.rindex(')') + 2:].split()
            last[tid] = (raw[raw.index('(') + 1:raw.rindex(')')], (int(f[11]) + int(f[12])) / tick)
    time.sleep(0.2)
g = {'c2': 0.0, 'c1': 0.0, 'gc': 0.0, 'workers': 0.0, 'main': 0.0}
for name, cpu in last.values():
    if name.startswith('C2 Compiler'): g['c2'] += cpu
    elif name.startswith('C1 Compiler'): g['c1'] += cpu
    elif name.startswith(('GC Thread', 'G1 ')): g['gc'] += cpu
    elif name.startswith('clean-'): g['workers'] += cpu
    elif name in ('java', 'main'): g['main'] += cpu
print(' '.join(f'{g[k]:.1f}' for k in ('c2', 'c1', 'gc', 'workers', 'main')))
PY
}

# largest heap occupancy after a collection, MB, from a -Xlog:gc file
max_heap() {
  grep -o -- '->[0-9.]*[KMG]' "$1" 2>/dev/null | awk '
    { v = substr($0, 3); u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
      if (u == "K") v /= 1024; else if (u == "G") v *= 1024; if (v > max) max = v }
    END { printf "%.0f", max }'
}

modes=(jdk17)
i=0
for train in $TRAIN_INPUTS; do
  i=$((i + 1))
  echo "training ingest of $train with $JAVA25 (unmeasured)" >&2
  NEWSPREP_CDS_DIR=$WORK/cache$i NEWSPREP_JAVA=$JAVA25 JDK_JAVA_OPTIONS="$EXTRA25" "$ROOT/bin/newsprep" ingest \
    --input "$train" --output "$WORK/training" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  rm -rf "$WORK/training"
  ls "$WORK/cache$i"/newsprep-*.aot >/dev/null || { echo "no cache recorded" >&2; exit 1; }
  modes+=("aot$i")
done
echo "corpus $CORPUS ($(find "$CORPUS" -type f | wc -l) files), -Xmx$HEAP${EXTRA25:+, JDK 25 with $EXTRA25}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0; for train in $TRAIN_INPUTS; do i=$((i + 1)); echo "aot$i: JDK 25, cache recorded by an ingest of $train"; done
printf '%-5s %-6s %7s %7s %7s %6s %6s %6s %9s %6s %7s\n' round mode threads wall_s cpu_s c2_s c1_s gc_s workers_s main_s heap_mb
for ((r = 1; r <= ROUNDS; r++)); do
  for threads in $THREADS; do
    for mode in "${modes[@]}"; do
      gclog=$WORK/gc.log; rm -f "$gclog"
      case $mode in
        jdk17) cmd=(env JDK_JAVA_OPTIONS="-Xmx$HEAP -Xlog:gc:file=$gclog" "$JAVA17" -jar "$JAR") ;;
        aot*) cmd=(env JDK_JAVA_OPTIONS="-Xmx$HEAP -Xlog:gc:file=$gclog $EXTRA25" NEWSPREP_CDS_DIR="$WORK/cache${mode#aot}"
              NEWSPREP_JAVA="$JAVA25" "$ROOT/bin/newsprep") ;;
      esac
      rm -rf "$WORK/out"
      start=$(date +%s%3N)
      /usr/bin/time -f '%U %S' -o "$WORK/time" "${cmd[@]}" ingest --input "$CORPUS" --output "$WORK/out" \
        --threads "$threads" >/dev/null 2>"$WORK/err" &
      tpid=$!
      threads_cpu=$(sample_threads "$tpid")
      wait "$tpid" || { echo "run failed: $mode" >&2; cat "$WORK/err" >&2; exit 1; }
      end=$(date +%s%3N)
      printf '%-5s %-6s %7s %7s %7s %6s %6s %6s %9s %6s %7s\n' "$r" "$mode" "$threads" \
        "$(awk -v ms=$((end - start)) 'BEGIN { printf "%.2f", ms / 1000 }')" "$(awk '{ printf "%.1f", $1 + $2 }' "$WORK/time")" \
        $threads_cpu "$(max_heap "$gclog")"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
