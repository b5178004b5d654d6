#!/usr/bin/env bash
# Body F1 of saved HTML pages on sites the cleaner was not tuned on: the training corpus's dragnet and readability
# sets, whose pages come as html/<id>.html.gz (read as they are) beside the text dump of each page. Runs `ingest`
# over each set's html/ and dumps/ folders and scores both against the set's gold, as shipped and adjusted (see
# bench/html_heldout.py), with the benchmark's metric.
#   bench/html-heldout.sh [JAR] [OUT]     JAR default target/newsprep-standalone.jar, OUT default /tmp/html-heldout
# Environment: SHARED (default ../shared), SETS (default "dragnet readability"), FORMATS (default "html dumps").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
JAR=${1:-$ROOT/target/newsprep-standalone.jar}
OUT=${2:-/tmp/html-heldout}
mkdir -p "$OUT"
for set in ${SETS:-dragnet readability}; do
  for format in ${FORMATS:-html dumps}; do
    run=$OUT/$set-$format
    rm -rf "$run"
    java -jar "$JAR" ingest --input "$SHARED/train/$set/$format" --output "$run" >"$run.log" 2>&1
    python3 "$ROOT/bench/html_heldout.py" "$SHARED/train/$set" "$run/latest/articles.jsonl" "$set $format" \
      --shared "$SHARED" --per-doc "$run.tsv"
  done
done
