#!/usr/bin/env python3
"""Fits the weights of the dateline score (src/main/resources/clean/dateline-weights.tsv).

usage: fit-dateline-weights.py CANDIDATES.jsonl GOLD.jsonl... [--out weights.tsv] [--hold-out SET] [--folds K]

CANDIDATES.jsonl: what `java -Dnewsprep.dateline-training-data=FILE -jar newsprep-standalone.jar ingest` writes
over the training dumps (one line per date found, with its features). GOLD.jsonl: the training sets' gold files
(`published`, and per page in the manifest beside it `published_visible`). A candidate is positive when its day is
the gold's day. Logistic regression, L2, plain gradient descent from zero for a fixed number of steps: the same
data give the same weights. The threshold is the score above which the chosen dates earn most on the training
pages, a wrong day costing WRONG_COST right ones (a wrong date is worse than none). --hold-out SET leaves the pages of one set out and scores them;
--folds K splits the pages by site (the URL's host) into K folds and scores each fold with weights fitted on the
others.
"""
import hashlib, json, math, os, sys
from urllib.parse import urlparse

STEPS, RATE, L2, WRONG_COST = 600, 0.5, 0.003, 3


def load_gold(paths):
    gold = {}
    for p in paths:
        manifest = {}
        mp = os.path.join(os.path.dirname(p), 'manifest.jsonl')
        if os.path.exists(mp):
            for line in open(mp):
                m = json.loads(line)
                manifest[m['id']] = m
        for line in open(p):
            g = json.loads(line)
            if g.get('published'):
                host = urlparse(g.get('url') or '').netloc.lower() or g['id']
                gold[g['id']] = (g['published'][:10], manifest.get(g['id'], {}).get('published_visible'), host)
    return gold


def doc_id(doc):
    return os.path.basename(doc).rsplit('.', 1)[0]


def fit(docs, gold, names):
    """Conditional logit over each page's candidates and "no date" (scored 0): the page's target is its gold day's
    candidates, or "no date" when none has that day."""
    index = {k: i for i, k in enumerate(names)}
    pages = []
    for d, cands in sorted(docs.items()):
        xs = [[(index[k], v) for k, v in f.items() if k in index] for _, f in cands]
        pos = [j for j, (day, _) in enumerate(cands) if day == gold[d][0]]
        pages.append((xs, pos))
    w = [0.0] * len(names)
    n = len(pages)
    for _ in range(STEPS):
        grad = [0.0] * len(names)
        for xs, pos in pages:
            z = [sum(w[i] * v for i, v in x) for x in xs]
            top = max(0.0, max(z))
            e = [math.exp(v - top) for v in z]
            total = math.exp(-top) + sum(e)
            p = [v / total for v in e]
            mass = sum(p[j] for j in pos)
            for j, x in enumerate(xs):
                target = p[j] / mass if j in pos else 0.0
                g = p[j] - target
                if g:
                    for i, v in x:
                        grad[i] += g * v
        for i in range(len(names)):
            w[i] -= RATE * (grad[i] / n + L2 * w[i])
    return dict(zip(names, w))


def score(w, feats):
    return sum(w.get(k, 0.0) * v for k, v in feats.items())


def choices(w, docs):
    """Per document: the chosen day's share against "no date" (summed over its candidates) and the day."""
    out = []
    for doc, cands in docs.items():
        z = [score(w, f) for _, f in cands]
        top = max(0.0, max(z))
        total = math.exp(-top)
        share = {}
        for (day, _), v in zip(cands, z):
            total += math.exp(v - top)
            share[day] = share.get(day, 0.0) + math.exp(v - top)
        best = max(share, key=lambda day: (share[day], max(v for (d2, _), v in zip(cands, z) if d2 == day)))
        out.append((share[best] / total, best, doc))
    return out


def threshold(chosen, gold):
    """The share above which the chosen dates earn most, a wrong day costing WRONG_COST right ones."""
    ranked = sorted(((s, gold[d][0] == day) for s, day, d in chosen), reverse=True)
    best, gain, top = 1.0, 0, 0
    for s, ok in ranked:
        gain += 1 if ok else -WRONG_COST
        if gain > top:
            best, top = s, gain
    return best


def fitted(train, gold):
    names = sorted({k for cands in train.values() for _, f in cands for k in f})
    w = fit(train, gold, names)
    w['threshold'] = threshold(choices(w, train), gold)
    return w


def fold_of(host, k):
    return int(hashlib.sha256(host.encode()).hexdigest(), 16) % k


def cross_validate(docs, gold, k):
    shown = right = wrong = 0
    for f in range(k):
        train = {d: c for d, c in sorted(docs.items()) if fold_of(gold[d][2], k) != f}
        w = fitted(train, gold)
        test = {d: c for d, c in docs.items() if fold_of(gold[d][2], k) == f}
        chosen = {d: day for s, day, d in choices(w, test) if s >= w['threshold']}
        fold_shown = [d for d in gold if gold[d][1] and fold_of(gold[d][2], k) == f]
        shown += len(fold_shown)
        right += sum(1 for d in fold_shown if chosen.get(d) == gold[d][0])
        wrong += sum(1 for d in fold_shown if d in chosen and chosen[d] != gold[d][0])
    print(f'{k} folds by site: shown {shown}, right day {right} ({right / max(1, shown):.3f}), wrong {wrong}, '
          f'precision {right / max(1, right + wrong):.3f}')


def main():
    args = sys.argv[1:]
    out = args[args.index('--out') + 1] if '--out' in args else None
    hold = args[args.index('--hold-out') + 1] if '--hold-out' in args else None
    folds = int(args[args.index('--folds') + 1]) if '--folds' in args else 0
    files = [a for i, a in enumerate(args)
             if not a.startswith('--') and (i == 0 or args[i - 1] not in ('--out', '--hold-out', '--folds'))]
    gold = load_gold(files[1:])
    docs = {}
    for line in open(files[0]):
        c = json.loads(line)
        d = doc_id(c['doc'])
        if d in gold:
            docs.setdefault(d, []).append((c['day'], c['features']))
    if folds:
        cross_validate(docs, gold, folds)
        return
    train = {d: c for d, c in sorted(docs.items()) if hold is None or not d.startswith(hold + '-')}
    names = sorted({k for cands in train.values() for _, f in cands for k in f})
    w = fitted(train, gold)
    chosen_train = [(s, day, d) for s, day, d in choices(w, train) if s >= w['threshold']]
    print(f'training pages {len(train)}: {sum(gold[d][0] == day for _, day, d in chosen_train)} right, '
          f'{sum(gold[d][0] != day for _, day, d in chosen_train)} wrong at threshold {w["threshold"]:.3f}', file=sys.stderr)
    if hold:
        test = {d: c for d, c in docs.items() if d.startswith(hold + '-')}
        shown = [d for d in gold if d.startswith(hold + '-') and gold[d][1]]
        chosen = {d: (s, day) for s, day, d in choices(w, test) if s >= w['threshold']}
        right = sum(1 for d in shown if d in chosen and chosen[d][1] == gold[d][0])
        wrong = sum(1 for d in shown if d in chosen and chosen[d][1] != gold[d][0])
        print(f'held out {hold}: shown {len(shown)}, right day {right} ({right / max(1, len(shown)):.3f}), wrong {wrong}', file=sys.stderr)
    lines = ['# Weights of the dateline score (see DatelineChooser), fitted by tools/fit-dateline-weights.py on the',
             '# training pages; threshold: the least share of the page a day needs (see the README, "Dates from text").']
    lines += [f'{k}\t{w[k]:.4f}' for k in ['threshold'] + names]
    text = '\n'.join(lines) + '\n'
    if out:
        open(out, 'w').write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
