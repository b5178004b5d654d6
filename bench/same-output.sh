#!/usr/bin/env bash
# Do two builds give the same output? Runs `ingest` of each jar over the sample input, the development dumps and
# the development HTML pages, masks what differs from run to run (run ids, times, durations) and compares
# articles.jsonl, articles.csv, rejects.jsonl and the report's counts byte for byte.
#   bench/same-output.sh OLD.jar NEW.jar        prints one line per file that differs; exit 1 when any does
# Environment: SHARED (default ../shared, where eval-dev is).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
[ $# -eq 2 ] || { echo "usage: bench/same-output.sh OLD.jar NEW.jar" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # jar label
  local jar=$1 out=$work/$2
  mkdir -p "$out"
  for pair in seeds:$ROOT/input dumps:$SHARED/eval-dev/dumps html:$SHARED/eval-dev/html; do
    local name=${pair%%:*} dir=${pair#*:}
    java -jar "$jar" ingest --input "$dir" --output "$out/$name.out" >/dev/null 2>"$out/$name.err"
    local d=$out/$name.out/latest
    for f in articles.jsonl articles.csv rejects.jsonl; do
      sed -E 's/"(run_id|ingested_at)":"[^"]*"/"\1":"X"/g; s/[0-9]{8}T[0-9]{6}Z?[-_a-z0-9]*/RUNID/g; s/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TIME/g' \
        "$d/$f" > "$out/$name.$f"
    done
    python3 - "$d/report.json" "$out/$name.report.json" <<'PY'
import json, sys
volatile = ('time', 'ms', 'second', 'run_id', 'started', 'finished', 'duration', 'per_s', 'rate', 'heap', 'memory', '_at',
            'output', 'run_folder', 'repository')  # where each jar wrote differs by design
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if not any(t in k for t in volatile)}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o
json.dump(strip(json.load(open(sys.argv[1]))), open(sys.argv[2], 'w'), indent=1, sort_keys=True)
PY
  done
}

run "$1" old
run "$2" new
status=0
for f in "$work"/old/*.jsonl "$work"/old/*.csv "$work"/old/*.report.json; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$work/new/$name"; then
    echo "differs: $name"
    status=1
  fi
done
[ $status -eq 0 ] && echo "same output: seeds, eval-dev dumps and eval-dev HTML"
exit $status
