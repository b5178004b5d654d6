#!/usr/bin/env bash
# JMH microbenchmarks of the per-document path (src/jmh/java). Extra arguments go to JMH, e.g.
#   bench/jmh.sh                        every benchmark, short default iterations (a few minutes on 2 cores)
#   bench/jmh.sh 'clean|detectLanguage' only the matching benchmarks
#   bench/jmh.sh -p dump=3c6d3381       only the largest dump
#   bench/jmh.sh -prof gc               with allocation figures
# Environment: SHARED (default ../shared, where eval-dev/dumps is), BENCH_DIR (default target/bench).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}

mvn -B -q -o -Pjmh -DskipTests process-test-classes || mvn -B -q -Pjmh -DskipTests process-test-classes

mkdir -p "$BENCH_DIR/results"
RESULT=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-jmh.txt
java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
  -jvmArgsAppend "-Dnewsprep.shared=$SHARED" -rf text -rff "$RESULT" "$@"
echo "bench: JMH results in $RESULT" >&2
