#!/usr/bin/env bash
# Remote workers benchmark: how many partitions per second one manager hands out and collects, and what the
# remote path costs per document against a single process, on one machine, in one run. See README.md,
# "Beyond one machine: remote workers".
#
#   bench/remote.sh [N]       N small distinct text dumps (default 4000)
#   bench/remote.sh --smoke   N=200, a quick check that every stage completes and the table prints
#                             (exit status 1 when a run fails or loses a file; no timing checks)
#
# Near-duplicate clustering is on (the default) in every stage, so the manager's placing of the articles is measured.
# Stages: (1) one process, `ingest --threads 1`; (2) the same corpus with `--workers remote`, one worker with one
# thread, partitions of 500 files: the difference in the clean step's time, per document, is the remote overhead;
# (3) tiny partitions (`--partition-size 1`, P files) with two workers: partitions per second the manager sustains.
# The job repository is an HSQLDB server started here (or REPOSITORY=jdbc:... to use another, e.g. PostgreSQL).
# Environment: N, P (default 400, 40 with --smoke), BENCH_DIR (default target/bench), JAVA_OPTS, JAR (default
# target/newsprep.jar).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SMOKE=0
if [[ "${1:-}" == "--smoke" ]]; then SMOKE=1; shift; fi
N=${1:-${N:-$([[ $SMOKE == 1 ]] && echo 200 || echo 4000)}}
P=${P:-$([[ $SMOKE == 1 ]] && echo 40 || echo 400)}
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}/remote
JAR=${JAR:-$ROOT/target/newsprep.jar}
JAVA_OPTS=${JAVA_OPTS:-}
[[ -f $JAR ]] || mvn -B -q -o -DskipTests package
rm -rf "$BENCH_DIR"; mkdir -p "$BENCH_DIR"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

corpus() { # corpus DIR COUNT: small distinct dumps made from the bundled seed articles
  python3 - "$1" "$2" <<'PY'
import os, sys, glob
out, n = sys.argv[1], int(sys.argv[2])
seeds = [open(p, encoding='utf-8').read() for p in sorted(glob.glob('src/test/resources/seeds/*.txt'))[:5]]
for i in range(n):
    d = os.path.join(out, 'day-%02d' % (i % 40)); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'dump-%06d.txt' % i), 'w', encoding='utf-8') as f:
        f.write(seeds[i % len(seeds)] + '\nReport number %d was filed today.\n' % i)
PY
}

clean_seconds() { # the cleaning's time from a run's log, "Step: [clean] executed in 1m2s345ms", plus the join step's
  # of a remote run, where the manager writes the workers' cleaned files
  { step_seconds "$1" clean; step_seconds "$1" join; } | python3 -c 'import sys; print("%.3f" % sum(float(l) for l in sys.stdin if l.strip()))'
}

step_seconds() {
  { grep -h "Step: \[$2\] executed in" "$1/.newsprep/newsprep.log" || true; } | tail -1 \
    | sed -E 's/.*executed in //' | python3 -c '
import re,sys
t=sys.stdin.read().strip(); s=0.0
for v,u in re.findall(r"([0-9.]+)(ms|h|m|s)", t):
    s+=float(v)*{"h":3600,"m":60,"s":1,"ms":0.001}[u]
print("%.3f"%s)'
}

articles_plus_rejects() {
  local run; run=$(readlink -f "$1/latest")
  echo $(( $(grep -c . "$run/articles.jsonl" || true) + $(grep -c . "$run/rejects.jsonl" || true) ))
}

REPOSITORY=${REPOSITORY:-}
if [[ -z $REPOSITORY ]]; then
  DBPORT=$(free_port)
  java -cp "$(ls target/lib/hsqldb-*.jar)" org.hsqldb.server.Server --database.0 "file:$BENCH_DIR/db/newsprep;hsqldb.tx=mvcc" \
    --dbname.0 newsprep --port "$DBPORT" --silent true > "$BENCH_DIR/hsqldb.log" 2>&1 &
  PIDS+=($!)
  REPOSITORY="jdbc:hsqldb:hsql://localhost:$DBPORT/newsprep"
  sleep 3
fi

FAIL=0
corpus "$BENCH_DIR/docs" "$N"
corpus "$BENCH_DIR/tiny-docs" "$P"

# (1) one process
start=$(date +%s.%N)
java $JAVA_OPTS -jar "$JAR" ingest --input "$BENCH_DIR/docs" --output "$BENCH_DIR/local" --threads 1 > /dev/null 2> "$BENCH_DIR/local.err" || FAIL=1
local_wall=$(python3 -c "import time; print('%.1f' % (time.time()-$start))")
local_clean=$(clean_seconds "$BENCH_DIR/local")
[[ $(articles_plus_rejects "$BENCH_DIR/local") == "$N" ]] || { echo "bench: the local run lost files" >&2; FAIL=1; }

run_remote() { # run_remote NAME INPUT PARTITION_SIZE WORKERS
  local name=$1 input=$2 size=$3 workers=$4 port; port=$(free_port)
  local wp=()
  for w in $(seq 1 "$workers"); do
    java $JAVA_OPTS -jar "$JAR" worker --broker "tcp://localhost:$port" --repository "$REPOSITORY" --threads 1 \
      --log-dir "$BENCH_DIR/$name-worker-$w" > /dev/null 2> "$BENCH_DIR/$name-worker-$w.err" &
    wp+=($!); PIDS+=($!)
  done
  local start; start=$(date +%s.%N)
  java $JAVA_OPTS -jar "$JAR" ingest --input "$input" --output "$BENCH_DIR/$name" --workers remote --repository "$REPOSITORY" \
    --broker-port "$port" --partition-size "$size" > /dev/null 2> "$BENCH_DIR/$name.err" || FAIL=1
  python3 -c "import time; print('%.1f' % (time.time()-$start))" > "$BENCH_DIR/$name.wall"
  for p in "${wp[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}

# (2) the same corpus through one remote worker with one thread
run_remote remote "$BENCH_DIR/docs" 500 1
remote_clean=$(clean_seconds "$BENCH_DIR/remote")
[[ $(articles_plus_rejects "$BENCH_DIR/remote") == "$N" ]] || { echo "bench: the remote run lost or repeated files" >&2; FAIL=1; }

# (3) tiny partitions, two workers
run_remote tiny "$BENCH_DIR/tiny-docs" 1 2
tiny_clean=$(clean_seconds "$BENCH_DIR/tiny")
[[ $(articles_plus_rejects "$BENCH_DIR/tiny") == "$P" ]] || { echo "bench: the tiny-partition run lost or repeated files" >&2; FAIL=1; }

python3 - "$N" "$P" "$local_wall" "$local_clean" "$(cat "$BENCH_DIR/remote.wall")" "$remote_clean" "$(cat "$BENCH_DIR/tiny.wall")" "$tiny_clean" <<'PY'
import sys
n, p = int(sys.argv[1]), int(sys.argv[2])
lw, lc, rw, rc, tw, tc = map(float, sys.argv[3:])
print("| run | files | wall s | clean step s | per file ms |")
print("| --- | --- | --- | --- | --- |")
print("| one process, 1 thread | %d | %.1f | %.1f | %.2f |" % (n, lw, lc, 1000*lc/n))
print("| remote, 1 worker x 1 thread, partitions of 500 | %d | %.1f | %.1f | %.2f |" % (n, rw, rc, 1000*rc/n))
print("| remote, 2 workers, partitions of 1 file | %d | %.1f | %.1f | %.2f |" % (p, tw, tc, 1000*tc/p))
print()
print("remote overhead per document: %.2f ms (clean step, remote minus local, per file)" % (1000*(rc-lc)/n))
print("partitions per second the manager sustains (1-file partitions, 2 workers): %.1f" % (p/tc if tc else 0))
PY
# the manager's own work per file once the partitions are done: placing the articles and joining the files
for name in remote tiny; do
  { grep -h "placed .* articles of .* partitions" "$BENCH_DIR/$name/.newsprep/newsprep.log" || true; } | tail -1 \
    | sed -E "s/.*(placed .*)/manager, $name run: \1/"
done
exit $FAIL
