#!/usr/bin/env python3
"""Error classes of the line model's body decisions on held-out pages.

    body_error_classes.py DECISIONS.jsonl [--fold NAME] [--examples K]

Reads the file `train --cross-validate --decisions-output FILE` writes (one held-out page a line: its lines with
label, probability, the agreed and kept decisions) and replays the comment-thread pass (`model/CommentThreads`) on
the kept lines, so the decisions are the cleaner's. Every wrong line is put in one class by its place:

  no_article    nothing the labels call body is kept (whole article dropped)
  top_cut       a body line dropped above the first kept body line
  tail_cut      a body line dropped below the last kept body line
  hole          a body line dropped between kept body lines
  kept_above    a non-body line kept above the first body line (teasers, decks, datelines)
  kept_inside   a non-body line kept between the first and last body lines (boxes, captions, bylines)
  kept_below    a non-body line kept below the last body line (comments, related stories, author boxes)
  kept_only     non-body lines kept on a page where nothing of the article is kept

For each class: lines, characters, pages, and the F1 the fold gains when that class alone is set right (lines
set to their labels), scored with the benchmark's metric against the gold of the evaluation's convention.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, "/work/shared/tools")
import score  # noqa: E402

SURE = 0.8
MIN_CUES = 2
MAX_CUE = 120
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
CUE = re.compile(r"\b\d{1,2}:\d{2}\b|(said|says|wrote|writes)\s*[:.…]*\s*$"
                 r"|^\s*(leave a (reply|comment)|\d+\s+(comments|responses|replies)\b|comments?\s*\(\d+\)|reply\s*$)",
                 re.I)


def cue(t):
    return len(t) < MAX_CUE and CUE.search(t) is not None


def phrase(t):
    """A mark that is a phrase ("... said:", "Reply"), not only a time of day: the thread is certain."""
    return CUE.search(TIME.sub(" ", t)) is not None


def comment_threads(texts, kept, units, probs):
    """Mirror of CommentThreads.dropped."""
    n = len(kept)
    out = [False] * n
    main = None
    for k, e in kept_runs(kept, 0):
        chars = sum(len(texts[j]) for j in range(k, e))
        if main is None or chars > main[2]:
            main = (k, e, chars)
    if main is None:
        return out
    cues = 0
    phrases = 0
    counted = main[1]
    for k, e in kept_runs(kept, main[1]):
        limit = min(n, e + 1)
        while counted < limit:
            if cue(texts[counted]):
                cues += 1
                phrases += phrase(texts[counted])
            counted += 1
        unit = any(units[j] for j in range(k, e))
        sure = any(probs[j] >= SURE for j in range(k, e))
        if cues >= MIN_CUES and not unit and (phrases > 0 or not sure):
            for j in range(k, e):
                out[j] = True
    return out


def kept_runs(kept, start):
    """(first, end) of each run of kept lines from start on."""
    n = len(kept)
    k = start
    while k < n:
        if not kept[k]:
            k += 1
            continue
        e = k
        while e < n and kept[e]:
            e += 1
        yield k, e
        k = e


def final_kept(rec):
    lines = rec["lines"]
    texts = [l["text"] for l in lines]
    kept = [l["kept"] for l in lines]
    units = [l["kept"] and not l["agreed"] for l in lines]
    probs = [l["p"] for l in lines]
    drop = comment_threads(texts, kept, units, probs)
    return [kept[i] and not drop[i] for i in range(len(kept))]


def classify(rec, kept):
    labels = [l["label"] for l in rec["lines"]]
    body = [i for i, x in enumerate(labels) if x]
    kb = [i for i in range(len(labels)) if labels[i] and kept[i]]
    cls = [None] * len(labels)
    a, b = (body[0], body[-1]) if body else (None, None)
    for i, (lab, k) in enumerate(zip(labels, kept)):
        if lab == k:
            continue
        if lab:
            if not kb:
                cls[i] = "no_article"
            elif i < kb[0]:
                cls[i] = "top_cut"
            elif i > kb[-1]:
                cls[i] = "tail_cut"
            else:
                cls[i] = "hole"
        else:
            if not kb:
                cls[i] = "kept_only"
            elif i < a:
                cls[i] = "kept_above"
            elif i > b:
                cls[i] = "kept_below"
            else:
                cls[i] = "kept_inside"
    return cls


def text_of(rec, kept):
    return "\n".join(l["text"] for l, k in zip(rec["lines"], kept) if k)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("decisions")
    ap.add_argument("--fold")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    by_fold = defaultdict(list)
    with open(args.decisions, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if args.fold and args.fold not in rec["fold"]:
                continue
            by_fold[rec["fold"]].append(rec)
    classes = ["no_article", "top_cut", "tail_cut", "hole", "kept_above", "kept_inside", "kept_below", "kept_only"]
    for fold, recs in by_fold.items():
        base, ceiling = [], []
        fixed = {c: [] for c in classes}
        lines_c, chars_c, pages_c = Counter(), Counter(), defaultdict(set)
        examples = defaultdict(list)
        for rec in recs:
            kept = final_kept(rec)
            labels = [l["label"] for l in rec["lines"]]
            cls = classify(rec, kept)
            gold = rec["gold"]
            base.append(score.doc_counts(gold, text_of(rec, kept)))
            ceiling.append(score.doc_counts(gold, text_of(rec, labels)))
            for c in classes:
                k2 = [labels[i] if cls[i] == c else kept[i] for i in range(len(kept))]
                fixed[c].append(score.doc_counts(gold, text_of(rec, k2)) if c in cls else base[-1])
            for i, c in enumerate(cls):
                if c:
                    lines_c[c] += 1
                    chars_c[c] += len(rec["lines"][i]["text"])
                    pages_c[c].add(rec["id"])
                    if len(examples[c]) < 400:
                        examples[c].append((rec["id"], i, rec["lines"][i]["p"], rec["lines"][i]["text"][:110]))
        f_base = score.aggregate(base)[2]
        f_ceil = score.aggregate(ceiling)[2]
        print(f"{fold}: pages {len(recs)}  cleaner F1 {f_base:.4f}  labels' ceiling {f_ceil:.4f}")
        print(f"  {'class':12s} {'lines':>6s} {'chars':>8s} {'pages':>6s} {'F1 gained':>9s} {'share':>6s}")
        for c in classes:
            gain = score.aggregate(fixed[c])[2] - f_base
            share = gain / (f_ceil - f_base) if f_ceil > f_base else 0
            print(f"  {c:12s} {lines_c[c]:6d} {chars_c[c]:8d} {len(pages_c[c]):6d} {gain:9.4f} {share:6.1%}")
        if args.examples:
            import random
            rnd = random.Random(7)
            for c in classes:
                ex = examples[c]
                print(f"  -- {c} examples")
                for e in rnd.sample(ex, min(args.examples, len(ex))):
                    print(f"     {e[0]}:{e[1]} p={e[2]:.2f} {e[3]}")


if __name__ == "__main__":
    main()
