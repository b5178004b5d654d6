#!/usr/bin/env python3
"""Body F1 of one run against a training set's gold, as shipped and adjusted.

    html_heldout.py SET_FOLDER ARTICLES.jsonl LABEL [--per-doc OUT.tsv]

"adjusted" gold follows eval-dev's convention as far as the set allows: the first gold line is dropped where it
repeats the headline (manifest `gold_has_headline`), and pages whose dump holds less than 0.8 of the gold
(`gold_in_dump`, the article lies outside the page) and synthetic test pages are left out. Scored with the
benchmark's metric (../shared/tools/score.py, imported).
"""
import argparse
import importlib.util
import json
import os
import sys
import tempfile

MIN_GOLD_IN_DUMP = 0.8


def load_score(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "tools", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def adjusted(set_folder):
    manifest = {}
    with open(os.path.join(set_folder, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            manifest[m["id"]] = m
    gold = {}
    with open(os.path.join(set_folder, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            m = manifest.get(g["id"], {})
            if (m.get("gold_in_dump") or 0) < MIN_GOLD_IN_DUMP or "synthetic-test-page" in (m.get("notes") or []):
                continue
            body = g.get("articleBody") or ""
            if m.get("gold_has_headline"):
                body = "\n".join(body.split("\n")[1:])
            gold[g["id"]] = body
    return gold


def score(mod, gold, pred_path):
    pred, _ = mod.load_pred(pred_path, set(gold))
    rows = []
    for doc_id in sorted(gold):
        tp, fp, fn = mod.doc_counts(gold[doc_id], pred.get(doc_id, ""))
        rows.append((doc_id, tp, fp, fn))
    p, r, f = mod.aggregate([row[1:] for row in rows])
    return p, r, f, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_folder")
    ap.add_argument("articles")
    ap.add_argument("label")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--per-doc")
    args = ap.parse_args()
    mod = load_score(args.shared)
    shipped = mod.load_gold(os.path.join(args.set_folder, "gold.jsonl"))
    for name, gold in (("as shipped", shipped), ("adjusted", adjusted(args.set_folder))):
        p, r, f, rows = score(mod, gold, args.articles)
        print("%-28s %-10s pages=%4d  P=%.4f R=%.4f F1=%.4f" % (args.label, name, len(gold), p, r, f))
        if args.per_doc and name == "adjusted":
            with open(args.per_doc, "w", encoding="utf-8") as out:
                out.write("id\tprecision\trecall\tf1\n")
                for doc_id, tp, fp, fn in rows:
                    dp = mod.doc_precision(tp, fp, fn) if tp + fp > 0 else 0.0
                    dr = mod.doc_recall(tp, fp, fn) if tp + fn > 0 else 0.0
                    df = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
                    out.write("%s\t%.4f\t%.4f\t%.4f\n" % (doc_id, dp, dr, df))


if __name__ == "__main__":
    main()
