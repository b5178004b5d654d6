#!/usr/bin/env python3
"""Where an ingest's CPU samples fall, step by step (scan, learn, clean, publish) and by kind of work.

    jfr print --events jdk.ExecutionSample --stack-depth 80 RUN.jfr > samples.txt
    python3 bench/jfr_steps.py samples.txt OUTPUT/.newsprep/newsprep.log

Each sample goes to the step running at its time (the log's "Step: [name] executed" lines end the steps; the
flight recording's times and the log's are the same local clock) and to the first kind of work whose frames
its stack holds (the order of KINDS decides for stacks that hold several). Standard library only.
"""
import collections
import re
import sys

KINDS = [
    ("JDBC / HSQLDB", ("org.hsqldb", "JdbcTemplate")),
    ("class loading", ("ClassLoader", "loadClass")),
    ("Parquet", ("ArticlesParquet", "org.apache.parquet")),
    ("current table", ("CurrentTable",)),
    ("run report", ("ReportHtml", "RunReport")),
    ("language", ("LanguageTagger",)),
    ("dates", ("io.newsprep.dates",)),
    ("near-duplicate signature", ("MinHasher",)),
    ("memory counting", ("PublisherLineCounter", "ArticleFingerprint")),
    ("read + decode", ("DumpLoader", "TextDumpReader", "loadAll")),
    ("publisher", ("identify",)),
    ("output encoding", ("OutcomeFormat", "ArticleJson", "ArticleCsv", "ProcessedDocument.of")),
    ("cleaner", ("ArticlePipeline.clean", "io.newsprep.clean", "io.newsprep.model")),
    ("Spring Batch", ("springframework.batch",)),
    ("Spring", ("springframework",)),
]


def samples(path):
    current = None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("startTime"):
            current = {"time": line.split("= ")[1], "frames": []}
        elif current is not None and " line:" in line:
            current["frames"].append(line.split(" line:")[0])
        elif line == "}" and current is not None:
            yield current
            current = None


def step_ends(log):
    ends = []
    for line in open(log, encoding="utf-8"):
        m = re.search(r"^\S+ (\d\d:\d\d:\d\d\.\d+) .*Step: \[(\w+)\] executed", line)
        if m:
            ends.append((m.group(1), m.group(2)))
    return ends


def kind(frames):
    stack = " ".join(frames)
    for name, marks in KINDS:
        if any(m in stack for m in marks):
            return name
    return "other"


def main():
    ends = step_ends(sys.argv[2])
    by_step = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    for s in samples(sys.argv[1]):
        step = next((name for end, name in ends if s["time"] <= end), "after the job")
        by_step[step] += 1
        kinds[step][kind(s["frames"])] += 1
    total = sum(by_step.values())
    order = [name for _, name in ends] + ["after the job"]
    for step in order:
        n = by_step[step]
        if n == 0:
            continue
        label = step + (" (start-up included)" if step == order[0] else "")
        print(f"{label}: {n} samples, {100 * n / total:.1f} %")
        for name, k in kinds[step].most_common(8):
            print(f"    {name:26s} {k:6d}  {100 * k / n:5.1f} %")


if __name__ == "__main__":
    main()
