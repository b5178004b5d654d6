#!/usr/bin/env bash
# Ingest benchmark: generates a corpus (cached by size), times the I/O floor, then the real
# `newsprep.jar ingest` as whole processes, and prints one table. See bench/README.md.
#
#   bench/run.sh [N]            N text dumps (default 20000) and HTML_N pages (default: one per saved page of
#                               SHARED/train, 1,496), each beside what a user would pick instead (C4 line filter
#                               in Python on the text, boilerpipe and Readability4J on the HTML)
#   bench/run.sh --smoke        N=300 (HTML_N=50), a quick check that every stage completes and the table prints
#                               (exit status 1 when a run fails or loses a file; no timing checks)
#   bench/run.sh --jfr [N]      also records a profile of the --threads 2 text ingest (JFR) and summarises it
#
# Environment: N, HTML_N, HEAP (e.g. 256m: -Xmx for every ingest), THREADS (text ingest thread counts,
# default "1 2"), JAVA_OPTS (extra JVM options for every ingest), STARTUP_RUNS (launches of the 1-file
# start-up run, default 5, 1 with --smoke), SHARED (default ../shared), BENCH_DIR (default target/bench),
# BEFORE_JAR (an earlier build's standalone jar: its --threads 2 text and HTML ingests run in the same run, rows
# before-text-t2 and before-html-t2), COMPETITORS=0 (skip the C4 script, boilerpipe and Readability4J), JFR=1, DISTINCT=1 (text copies are distinct articles for the per-publisher memory too, so its learn
# step counts every one), CDS=1 (every ingest starts from a class-data archive made first by a 1-file run),
# JAVA25=PATH (the java binary, release 25 or later, of every newsprep ingest; the tools and competitors keep
# java on the PATH), AOT=1 with JAVA25 (every ingest starts from an ahead-of-time cache recorded first by a
# training ingest of TRAIN_INPUT, default SHARED/seeds: classes loaded and linked, and method profiles).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

SMOKE=0
JFR=${JFR:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --jfr) JFR=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    [0-9]*) N=$1 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then N=${N:-300}; HTML_N=${HTML_N:-50}; fi
N=${N:-20000}
HTML_N=${HTML_N:-1496}
COMPETITORS=${COMPETITORS:-1}
BEFORE_JAR=${BEFORE_JAR:-}
STARTUP_RUNS=${STARTUP_RUNS:-$([ "$SMOKE" = 1 ] && echo 1 || echo 5)}
THREADS=${THREADS:-"1 2"}
HEAP=${HEAP:-}
DISTINCT=${DISTINCT:-0}
CDS=${CDS:-0}
AOT=${AOT:-0}
JAVA25=${JAVA25:-}
INGEST_JAVA=${JAVA25:-java}
if [ "$AOT" = 1 ] && [ -z "$JAVA25" ]; then echo "bench: AOT=1 needs JAVA25=/path/to/java" >&2; exit 2; fi
JAVA_OPTS=${JAVA_OPTS:-}
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
JAR=$ROOT/target/newsprep.jar
# the benchmark's own tools (src/bench/java), compiled only with -Pbench, outside the product jar
TOOLS=$ROOT/target/test-classes
# their class path with the competitors (boilerpipe, Readability4J), written by the -Pbench build
BENCH_CP=$ROOT/target/bench.classpath

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LABEL="N$N${HEAP:+-heap$HEAP}"
if [ "$DISTINCT" = 1 ]; then LABEL="$LABEL-distinct"; fi
if [ "$CDS" = 1 ]; then LABEL="$LABEL-cds"; fi
if [ -n "$JAVA25" ]; then LABEL="$LABEL-jdk25"; fi
if [ "$AOT" = 1 ]; then LABEL="$LABEL-aot"; fi
if [ "$SMOKE" = 1 ]; then LABEL="$LABEL-smoke"; fi
RES=$BENCH_DIR/results/$STAMP-$LABEL
WORK=$BENCH_DIR/work
mkdir -p "$RES" "$BENCH_DIR/corpus"
RUNS=$RES/runs.tsv
: > "$RUNS"

log() { echo "bench: $*" >&2; }

ensure_jar() {
  if [ ! -f "$JAR" ]; then
    log "building $JAR and the benchmark tools"
    mvn -B -q -o -Pbench package -DskipTests || mvn -B -q -Pbench package -DskipTests
  elif [ ! -f "$TOOLS/io/newsprep/bench/HtmlCompetitors.class" ] || [ ! -f "$BENCH_CP" ]; then
    log "building the benchmark tools into $TOOLS"
    mvn -B -q -o -Pbench process-test-classes || mvn -B -q -Pbench process-test-classes
  fi
}

ensure_time() {
  if [ ! -x /usr/bin/time ]; then
    log "/usr/bin/time missing, trying apt-get install time"
    apt-get install -y -qq time >/dev/null 2>&1 || true
  fi
}

# Runs one of the benchmark's framework-free tools on the product jar (its libraries in target/lib/ come with it).
tool() {
  local main=$1; shift
  java -cp "$TOOLS:$JAR" "io.newsprep.bench.$main" "$@"
}

# Runs a command as a whole process. Sets WALL_MS (wall time), CPU_MS (user + system time), RSS_KB (peak
# resident set size) and EXIT.
# Output goes to $RES/NAME.{out,err}.
measure() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  set +e
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$RES/$name.time" "$@" >"$RES/$name.out" 2>"$RES/$name.err"
    EXIT=$?
    RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$RES/$name.time")
    CPU_MS=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s * 1000}' "$RES/$name.time")
  else
    "$@" >"$RES/$name.out" 2>"$RES/$name.err" &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid"
    EXIT=$?
    RSS_KB=$hwm
    CPU_MS=-
  fi
  set -e
  end=$(date +%s%N)
  WALL_MS=$(( (end - start) / 1000000 ))
}

# Largest heap occupancy right after any collection, in MB, from a -Xlog:gc file ("... 120M->35M(256M) ...").
max_heap_after_gc() {
  grep -o -- '->[0-9.]*[KMG]' "$1" 2>/dev/null | awk '
    { v = substr($0, 3); u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0
      if (u == "K") v /= 1024; else if (u == "G") v *= 1024
      if (v > max) max = v }
    END { printf "%.0f", max }'
}

# Text: copies of the 2,227 dumps of SHARED/train (news and blogs, general pages, Readability's test pages);
# HTML: of its 1,496 saved pages (the sets with HTML). Every copy is unique (CorpusGenerator).
corpus() {
  local kind=$1 count=$2 dir=$BENCH_DIR/corpus/train-$1-$2 distinct=() templates=() set
  if [ "$kind" = text ] && [ "$DISTINCT" = 1 ]; then dir=$dir-distinct; distinct=(--distinct); fi
  if [ "$kind" = text ]; then
    for set in dragnet cleaneval readability; do templates+=(--templates "$SHARED/train/$set/dumps"); done
  else
    for set in dragnet readability; do templates+=(--templates "$SHARED/train/$set/html"); done
  fi
  if [ ! -f "$dir.done" ]; then
    log "generating $count $kind files into $dir"
    rm -rf "$dir"
    tool CorpusGenerator --kind "$kind" --count "$count" --out "$dir" --shared "$SHARED" "${templates[@]}" ${distinct[@]+"${distinct[@]}"} > "$dir.generating"
    mv "$dir.generating" "$dir.done"
  fi
  echo "$dir"
}

corpus_bytes() { awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^bytes=/) print substr($i, 7) }' "$1.done"; }

record() { # name files articles rejects bytes wall_ms rss_kb heap_mb cpu_ms
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$CPU_MS" >> "$RUNS"
}

floor_run() {
  local name=$1 dir=$2 threads=$3
  measure "$name" java -cp "$TOOLS:$JAR" io.newsprep.bench.IoFloor --input "$dir" --output "$WORK/$name.jsonl" --threads "$threads"
  [ "$EXIT" = 0 ] || { log "$name failed (exit $EXIT), see $RES/$name.err"; exit 1; }
  local files bytes
  files=$(sed -n 's/.*files=\([0-9]*\).*/\1/p' "$RES/$name.out")
  bytes=$(sed -n 's/.* bytes=\([0-9]*\).*/\1/p' "$RES/$name.out")
  record "$name" "$files" - - "$bytes" "$WALL_MS" "$RSS_KB" -
  rm -f "$WORK/$name.jsonl"
}

# What a user would pick instead, as whole processes on the same corpus: the C4 line filter (Python standard
# library, 2 processes) on the text, boilerpipe's ArticleExtractor and Readability4J (one JVM, 1 thread) on
# the HTML. The files column counts the input files; articles = pages kept (C4) or extracted.
competitor_run() {
  local name=$1 dir=$2 files=$3 bytes=$4; shift 4
  log "$name: $files files"
  measure "$name" "$@"
  [ "$EXIT" = 0 ] || { log "$name failed (exit $EXIT), see $RES/$name.err"; exit 1; }
  local kept
  kept=$(wc -l < "$WORK/$name.jsonl")
  record "$name" "$files" "$kept" - "$bytes" "$WALL_MS" "$RSS_KB" -
  rm -f "$WORK/$name.jsonl"
}

competitor_runs() {
  local text=$1 html=$2 text_bytes=$3 html_bytes=$4
  competitor_run c4-python-p2 "$text" "$N" "$text_bytes" \
    python3 "$ROOT/bench/c4_filter.py" --input "$text" --output "$WORK/c4-python-p2.jsonl" --processes 2
  local extractor
  for extractor in boilerpipe readability4j; do
    competitor_run "$extractor-t1" "$html" "$HTML_N" "$html_bytes" \
      java -cp "$TOOLS:$JAR:$(cat "$BENCH_CP")" io.newsprep.bench.HtmlCompetitors --extractor "$extractor" \
      --input "$html" --output "$WORK/$extractor-t1.jsonl"
  done
}

# One whole `ingest` process on a fresh output folder; checks that every input file is accounted for.
ingest_run() {
  local name=$1 dir=$2 threads=$3 files=$4 bytes=$5; shift 5
  local out=$WORK/$name
  rm -rf "$out"
  local jvm=(-Xlog:gc:file="$RES/$name.gc.log")
  [ -n "$HEAP" ] && jvm+=(-Xmx"$HEAP")
  # shellcheck disable=SC2206
  jvm+=($JAVA_OPTS "$@")
  log "ingest $name: $files files, --threads $threads"
  RUN_START_MS=$(date +%s%3N)
  measure "$name" "$INGEST_JAVA" "${jvm[@]}" -jar "${INGEST_JAR:-$JAR}" ingest --input "$dir" --output "$out" --threads "$threads"
  cp "$out/.newsprep/newsprep.log" "$RES/$name.newsprep.log" 2>/dev/null || true
  if [ "$EXIT" != 0 ]; then
    log "$name failed (exit $EXIT), see $RES/$name.err"; exit 1
  fi
  local folder articles rejects
  folder=$(tail -n 1 "$RES/$name.out")
  articles=$(wc -l < "$folder/articles.jsonl")
  rejects=$(wc -l < "$folder/rejects.jsonl")
  if [ $((articles + rejects)) != "$files" ]; then
    log "$name: $articles articles + $rejects rejects != $files input files"; exit 1
  fi
  record "$name" "$files" "$articles" "$rejects" "$bytes" "$WALL_MS" "$RSS_KB" "$(max_heap_after_gc "$RES/$name.gc.log")"
  rm -rf "$out"
}

# The folder with the one dev dump that start-up runs and the class-data archive's training run ingest.
one_dump_folder() {
  local one=$BENCH_DIR/corpus/one
  rm -rf "$one"; mkdir -p "$one"
  cp "$(ls "$SHARED"/eval-dev/dumps/*.txt | head -n 1)" "$one/"
  echo "$one"
}

# CDS=1: a class-data archive of the classes a 1-file ingest loads, then used by every ingest run. The JVM
# maps those classes from the archive instead of reading and verifying them from the jars at each launch.
make_class_archive() {
  local archive=$BENCH_DIR/newsprep.jsa one
  one=$(one_dump_folder)
  rm -f "$archive"; rm -rf "$WORK/cds-training"
  log "class-data archive: one training run of $JAR"
  java -XX:ArchiveClassesAtExit="$archive" -jar "$JAR" ingest --input "$one" --output "$WORK/cds-training" \
    >"$RES/cds-training.out" 2>"$RES/cds-training.err" || { log "training run failed, see $RES/cds-training.err"; exit 1; }
  rm -rf "$WORK/cds-training"
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$archive"
}

# AOT=1: an ahead-of-time cache (JDK 25: -XX:AOTCacheOutput) recorded by a training ingest of TRAIN_INPUT, then
# used by every ingest run: the classes loaded and linked, and the profiles the JIT compilers start from.
make_aot_cache() {
  local cache=$BENCH_DIR/newsprep.aot train=${TRAIN_INPUT:-$SHARED/seeds}
  rm -f "$cache"; rm -rf "$WORK/aot-training"
  log "ahead-of-time cache: one training ingest of $train with $INGEST_JAVA"
  "$INGEST_JAVA" -XX:AOTCacheOutput="$cache" -jar "$JAR" ingest --input "$train" --output "$WORK/aot-training" \
    >"$RES/aot-training.out" 2>"$RES/aot-training.err" || { log "training run failed, see $RES/aot-training.err"; exit 1; }
  rm -rf "$WORK/aot-training"
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$cache"
}

# Start-up to first document: launch of an ingest of one dump until the log says the clean step, which holds
# that one document, has finished. Log timestamps are the JVM's local time, read back with date(1). One launch
# varies by a few hundred milliseconds on a small machine, so the figure is the median of STARTUP_RUNS launches.
startup_run() {
  local one i
  one=$(one_dump_folder)
  local startups=() jobstarts=()
  for ((i = 1; i <= STARTUP_RUNS; i++)); do
    ingest_run "startup-1-file-$i" "$one" 1 1 "$(stat -c %s "$one"/*.txt)"
    local log_file=$RES/startup-1-file-$i.newsprep.log
    startups+=("$(ms_since_launch "$log_file" 'Step: \[clean\] executed')")
    jobstarts+=("$(ms_since_launch "$log_file" 'Job: \[.*\] launched')")
  done
  STARTUP_MS=$(median "${startups[@]}")
  JOB_START_MS=$(median "${jobstarts[@]}")
  STARTUP_RANGE="$(printf '%s\n' "${startups[@]}" | sort -n | sed -n '1p;$p' | paste -sd-)"
}

# The median of some numbers ("-" among them counts as missing; "-" when all are).
median() {
  printf '%s\n' "$@" | grep -v '^-$' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# Milliseconds from the launch of the last ingest run to the first log line matching a pattern, or "-".
ms_since_launch() {
  local stamp
  stamp=$(grep -m 1 -- "$2" "$1" | cut -c1-23 || true)
  if [ -n "$stamp" ]; then
    echo $(( $(date -d "$stamp" +%s%3N) - RUN_START_MS ))
  else
    echo -
  fi
}

# The flight recording rides on the measured --threads 2 text run (its overhead is a few per cent at most).
summarise_profile() {
  local jfr=$RES/ingest-text-t2.jfr
  tool JfrHotMethods "$jfr" 25 > "$RES/hot-methods.txt"
  log "profile: $jfr, summary in $RES/hot-methods.txt"
}

print_table() {
  local text_mb=$1
  {
    echo "newsprep ingest benchmark  $STAMP"
    echo "corpus: $N text dumps ($text_mb MB$([ "$DISTINCT" = 1 ] && echo ', distinct articles')), $HTML_N HTML pages; heap ${HEAP:-default}; JAVA_OPTS '${JAVA_OPTS}'"
    echo "java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/')$([ -n "$JAVA25" ] && echo " (ingests: $("$JAVA25" -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/'))"), $(nproc) cores; git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    [ "$JFR" = 1 ] && echo "ingest-text-t2 ran with a flight recording (settings=profile)"
    echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    awk -F'\t' -v startup="$STARTUP_MS" -v jobstart="$JOB_START_MS" -v range="$STARTUP_RANGE" -v launches="$STARTUP_RUNS" -v last="startup-1-file-$STARTUP_RUNS" '
      BEGIN { printf "%-24s %7s %8s %7s %8s %8s %7s %8s %7s %7s %10s\n", "run", "files", "articles", "rejects",
                     "wall s", "docs/s", "MB/s", "x floor", "CPU s", "RSS MB", "heap GC MB" }
      { name[NR] = $1; files[NR] = $2; art[NR] = $3; rej[NR] = $4; bytes[NR] = $5; ms[NR] = $6; rss[NR] = $7; heap[NR] = $8
        cpu[NR] = $9 == "-" ? "-" : sprintf("%.1f", $9 / 1000)
        wall[$1] = $6 }
      END {
        for (i = 1; i <= NR; i++) {
          s = ms[i] / 1000
          html = name[i] ~ /^(ingest-html|before-html|boilerpipe|readability4j)/
          floor = html ? "floor-html-t2" : (name[i] ~ /-t1$/ ? "floor-text-t1" : "floor-text-t2")
          ratio = (name[i] !~ /^floor-/ && wall[floor] > 0) ? sprintf("%.2f", ms[i] / wall[floor]) : "-"
          printf "%-24s %7d %8s %7s %8.2f %8.0f %7.1f %8s %7s %7.0f %10s\n", name[i], files[i], art[i], rej[i], s,
                 files[i] / s, bytes[i] / 1048576 / s, ratio, cpu[i], rss[i] / 1024, heap[i]
        }
        print ""
        if (wall["ingest-text-t1"] > 0 && wall["ingest-text-t2"] > 0)
          printf "scaling text 1 -> 2 threads: %.2fx (wall t1 / wall t2)\n", wall["ingest-text-t1"] / wall["ingest-text-t2"]
        if (wall["floor-text-t1"] > 0 && wall["floor-text-t2"] > 0)
          printf "scaling floor 1 -> 2 threads: %.2fx\n", wall["floor-text-t1"] / wall["floor-text-t2"]
        if (wall["ingest-html-t1"] > 0 && wall["ingest-html-t2"] > 0)
          printf "scaling HTML 1 -> 2 threads: %.2fx\n", wall["ingest-html-t1"] / wall["ingest-html-t2"]
        if (wall["before-text-t2"] > 0 && wall["ingest-text-t2"] > 0)
          printf "text --threads 2, this build against BEFORE_JAR: %.2fx its speed; HTML: %.2fx\n", wall["before-text-t2"] / wall["ingest-text-t2"], wall["before-html-t2"] / wall["ingest-html-t2"]
        if (wall["c4-python-p2"] > 0 && wall["ingest-text-t2"] > 0)
          printf "text --threads 2 against the C4 script on 2 processes: %.2fx its speed\n", wall["c4-python-p2"] / wall["ingest-text-t2"]
        if (wall["boilerpipe-t1"] > 0 && wall["ingest-html-t2"] > 0)
          printf "HTML --threads 2 against boilerpipe on 1 thread: %.2fx its speed; against Readability4J: %.2fx\n",
                 wall["boilerpipe-t1"] / wall["ingest-html-t2"], wall["readability4j-t1"] / wall["ingest-html-t2"]
        if (startup != "-")
          printf "start-up to first document: %.2f s, %s (from the launch of a 1-file ingest until its clean step ends; of which to job launch %s s; last whole 1-file process %.2f s)\n",
                 startup / 1000, launches == 1 ? "one launch" : sprintf("median of %d launches, range %s ms", launches, range),
                 jobstart == "-" ? "-" : sprintf("%.2f", jobstart / 1000), wall[last] / 1000
        print ""
        print "targets (measured here, not asserted):"
        for (i = 1; i <= NR; i++) { docs[name[i]] = files[i] / (ms[i] / 1000) }
        if (wall["c4-python-p2"] > 0 && wall["ingest-text-t2"] > 0) target("text t2 speed / C4 script p2", wall["c4-python-p2"] / wall["ingest-text-t2"], ">=", 1)
        if (wall["floor-text-t2"] > 0 && wall["ingest-text-t2"] > 0) target("text --threads 2 wall / floor wall", wall["ingest-text-t2"] / wall["floor-text-t2"], "<=", 3)
        if (wall["boilerpipe-t1"] > 0 && wall["ingest-html-t2"] > 0) target("HTML t2 speed / boilerpipe t1", wall["boilerpipe-t1"] / wall["ingest-html-t2"], ">=", 2)
        if (wall["ingest-text-t1"] > 0 && wall["ingest-text-t2"] > 0) target("scaling text 1 -> 2 threads", wall["ingest-text-t1"] / wall["ingest-text-t2"], ">=", 1.7)
        if (wall["ingest-html-t1"] > 0 && wall["ingest-html-t2"] > 0) target("scaling HTML 1 -> 2 threads", wall["ingest-html-t1"] / wall["ingest-html-t2"], ">=", 1.7)
        if (startup != "-") target("start-up to first document, s", startup / 1000, "<=", 2)
      }
      function target(what, value, op, goal) {
        ok = (op == ">=") ? value >= goal : value <= goal
        printf "  %-36s %10.2f  (target %s %s) %s\n", what, value, op, goal, ok ? "met" : "short"
      }' "$RUNS"
    echo
    echo "x floor = wall time / I/O floor wall time with the same thread count (HTML: the HTML floor at 2 threads)."
    echo "c4-python-p2: the C4 line filter (bench/c4_filter.py, 2 processes), articles = pages kept; boilerpipe-t1, readability4j-t1: one JVM, one thread."
    echo "CPU s = user + system time of the whole process; docs/s per CPU second is steadier than wall time on a busy machine."
    echo "heap GC MB = largest heap occupancy right after a collection (-Xlog:gc). Files: $RES"
  }
}

main() {
  ensure_jar
  ensure_time
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  mkdir -p "$WORK"
  if [ "$CDS" = 1 ]; then make_class_archive; fi
  if [ "$AOT" = 1 ]; then make_aot_cache; fi
  local text html text_bytes html_bytes
  text=$(corpus text "$N")
  html=$(corpus html "$HTML_N")
  text_bytes=$(corpus_bytes "$text")
  html_bytes=$(corpus_bytes "$html")

  if [ "$SMOKE" != 1 ]; then
    log "warming the page cache with one floor pass over each corpus"
    tool IoFloor --input "$text" --output "$WORK/warm.jsonl" --threads 2 >/dev/null
    tool IoFloor --input "$html" --output "$WORK/warm.jsonl" --threads 2 >/dev/null
    rm -f "$WORK/warm.jsonl"
  fi

  floor_run floor-text-t1 "$text" 1
  floor_run floor-text-t2 "$text" 2
  floor_run floor-html-t2 "$html" 2
  for t in $THREADS; do
    if [ "$JFR" = 1 ] && [ "$t" = 2 ]; then
      ingest_run "ingest-text-t$t" "$text" "$t" "$N" "$text_bytes" \
        -XX:StartFlightRecording=filename="$RES/ingest-text-t2.jfr",settings=profile
    else
      ingest_run "ingest-text-t$t" "$text" "$t" "$N" "$text_bytes"
    fi
  done
  for t in $THREADS; do
    ingest_run "ingest-html-t$t" "$html" "$t" "$HTML_N" "$html_bytes"
  done
  if [ -n "$BEFORE_JAR" ]; then
    INGEST_JAR=$BEFORE_JAR ingest_run before-text-t2 "$text" 2 "$N" "$text_bytes"
    INGEST_JAR=$BEFORE_JAR ingest_run before-html-t2 "$html" 2 "$HTML_N" "$html_bytes"
  fi
  if [ "$COMPETITORS" = 1 ]; then
    competitor_runs "$text" "$html" "$text_bytes" "$html_bytes"
  fi
  startup_run
  if [ "$JFR" = 1 ]; then
    summarise_profile
  fi

  print_table "$(awk -v b="$text_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" | tee "$RES/table.txt"
  cp "$RES/table.txt" "$BENCH_DIR/results/$STAMP-$LABEL.txt"
}

main
