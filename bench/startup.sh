#!/usr/bin/env bash
# Start-up to the first document, builds and launch modes alternating in the same minutes, measured as
# bench/run.sh measures it: from the launch of a 1-file ingest until the log line 'Step: [clean] executed'
# (and until 'Job: [...] launched'), plus the whole process's wall and CPU time.
#
#   bench/startup.sh [ROUNDS]                   this build: plain `java -jar`, then bin/newsprep (class-data archive)
#   BEFORE_JAR=OLD.jar bench/startup.sh 5       also an earlier build's jar, plain, in every round
#   JAVA25=/usr/lib/jvm/jdk-25/bin/java bench/startup.sh 3
#                                               also that java (25 or later): plain `java -jar`, then bin/newsprep
#                                               with NEWSPREP_JAVA set to it (an ahead-of-time cache)
#
# bin/newsprep's caches are recorded by an unmeasured first ingest of TRAIN_INPUT (default SHARED/seeds) into a
# scratch cache folder.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-5}
JAR=${JAR:-$ROOT/target/newsprep.jar}
SHARED=${SHARED:-$ROOT/../shared}
WORK=$(mktemp -d /tmp/newsprep-startup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/one"
cp "$(ls "$SHARED"/eval-dev/dumps/*.txt | head -n 1)" "$WORK/one/"
export NEWSPREP_CDS_DIR=$WORK/cds NEWSPREP_JAR=$JAR

# one launch: prints "clean_ms job_ms wall_ms cpu_s"
launch() {
  local out=$WORK/out start end clean job
  rm -rf "$out"
  start=$(date +%s%3N)
  /usr/bin/time -f '%U %S' -o "$WORK/time" "$@" ingest --input "$WORK/one" --output "$out" --threads 1 >/dev/null 2>"$WORK/err" \
    || { echo "launch failed: $*" >&2; cat "$WORK/err" >&2; exit 1; }
  end=$(date +%s%3N)
  clean=$(grep -m 1 'Step: \[clean\] executed' "$out/.newsprep/newsprep.log" | cut -c1-23)
  job=$(grep -m 1 'Job: \[.*\] launched' "$out/.newsprep/newsprep.log" | cut -c1-23)
  echo "$(( $(date -d "$clean" +%s%3N) - start )) $(( $(date -d "$job" +%s%3N) - start )) $((end - start)) $(awk '{print $1 + $2}' "$WORK/time")"
}

TRAIN_INPUT=${TRAIN_INPUT:-$SHARED/seeds}
# the unmeasured training ingest that records bin/newsprep's cache for one java
train() {
  NEWSPREP_JAVA=$1 "$ROOT/bin/newsprep" ingest --input "$TRAIN_INPUT" --output "$WORK/training" >/dev/null 2>"$WORK/err" \
    || { echo "training run failed" >&2; cat "$WORK/err" >&2; exit 1; }
  rm -rf "$WORK/training"
}
echo "recording bin/newsprep's class-data archive (unmeasured)" >&2
train java
modes=(plain launcher)
[ -n "${BEFORE_JAR:-}" ] && modes=(before "${modes[@]}")
if [ -n "${JAVA25:-}" ]; then
  echo "recording bin/newsprep's ahead-of-time cache with $JAVA25 (unmeasured)" >&2
  train "$JAVA25"
  modes+=(plain25 launcher25)
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-10s %9s %9s %9s %7s\n' round mode clean_ms job_ms wall_ms cpu_s
for ((r = 1; r <= ROUNDS; r++)); do
  for mode in "${modes[@]}"; do
    case $mode in
      before) line=$(launch java -jar "$BEFORE_JAR") ;;
      plain) line=$(launch java -jar "$JAR") ;;
      launcher) line=$(NEWSPREP_JAVA=java launch "$ROOT/bin/newsprep") ;;
      plain25) line=$(launch "$JAVA25" -jar "$JAR") ;;
      launcher25) line=$(NEWSPREP_JAVA=$JAVA25 launch "$ROOT/bin/newsprep") ;;
    esac
    printf '%-6s %-10s %9s %9s %9s %7s\n' "$r" "$mode" $line
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
