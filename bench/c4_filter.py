#!/usr/bin/env python3
"""The C4 line filter (Raffel et al. 2020, "Colossal Clean Crawled Corpus"; the rules of TensorFlow Datasets'
c4_utils.clean_page) over a folder of text dumps, the way a user would script it: Python standard library only,
a multiprocessing pool. One JSON line per kept page goes to --output; prints one summary line.

Rules, per line (stripped): keep it only if it ends in terminal punctuation (. ! ? or a closing quote) and not in
an ellipsis, has at least 3 words, does not mention javascript and has none of the cookie/terms policy phrases;
a line with "lorem ipsum" or a curly brace drops the whole page. A page keeps only if what is left has at least
--min-sentences sentences and --min-words words.

    c4_filter.py --input DIR --output FILE [--processes 2] [--min-sentences 3] [--min-words 5]
"""
import argparse
import json
import multiprocessing
import os
import re
import sys
import time

END_MARKS = ('.', '?', '!', '"', '\u201d')
ELLIPSIS = '...'
POLICY = ('terms of use', 'privacy policy', 'cookie policy', 'uses cookies', 'use of cookies', 'use cookies')
CITATION = re.compile(r'\[\d*\]|\[edit\]|\[citation needed\]')
SENTENCE_END = re.compile(r'[.!?]+(?:["\u201d\')\]]*)(?=\s|$)')
MIN_WORDS_PER_LINE = 3
MAX_WORD_LENGTH = 1000

OPTIONS = {}


def clean(text):
    kept = []
    for line in text.splitlines():
        line = CITATION.sub('', line.strip())
        if not line.endswith(END_MARKS) or line.endswith(ELLIPSIS):
            continue
        words = line.split()
        if len(words) < MIN_WORDS_PER_LINE or max(len(w) for w in words) > MAX_WORD_LENGTH:
            continue
        lower = line.lower()
        if 'lorem ipsum' in lower or '{' in line:
            return None
        if 'javascript' in lower or any(p in lower for p in POLICY):
            continue
        kept.append(line)
    page = '\n'.join(kept)
    if len(SENTENCE_END.findall(page)) < OPTIONS['min_sentences'] or len(page.split()) < OPTIONS['min_words']:
        return None
    return page


def process(path):
    with open(path, 'rb') as f:
        raw = f.read()
    page = clean(raw.decode('utf-8', errors='replace'))
    if page is None:
        return None
    return json.dumps({'source_file': os.path.relpath(path, OPTIONS['input']), 'text': page}, ensure_ascii=False)


def init(options):
    OPTIONS.update(options)


def files(root):
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--input', required=True)
    parser.add_argument('--output', required=True)
    parser.add_argument('--processes', type=int, default=2)
    parser.add_argument('--min-sentences', type=int, default=3)
    parser.add_argument('--min-words', type=int, default=5)
    args = parser.parse_args()
    options = {'input': args.input, 'min_sentences': args.min_sentences, 'min_words': args.min_words}
    started = time.monotonic()
    pages = kept = 0
    with open(args.output, 'w', encoding='utf-8') as out:
        if args.processes == 1:
            init(options)
            results = map(process, files(args.input))
            pool = None
        else:
            pool = multiprocessing.Pool(args.processes, initializer=init, initargs=(options,))
            results = pool.imap(process, files(args.input), chunksize=64)
        for line in results:
            pages += 1
            if line is not None:
                kept += 1
                out.write(line)
                out.write('\n')
        if pool is not None:
            pool.close()
            pool.join()
    print('c4 files=%d kept=%d processes=%d seconds=%.3f' % (pages, kept, args.processes, time.monotonic() - started))


if __name__ == '__main__':
    sys.exit(main())
