#!/usr/bin/env python3
"""Derives the headline of every eval-dev page from its saved HTML, for scoring titles.

Rule, in this order (texts compared in the matching form: NFKC, lower case, curly quotes and dashes
folded to ASCII, whitespace collapsed, punctuation and symbols stripped at both ends):

1. h1-confirmed: the first <h1> (in page order) whose matching form equals, or (3+ words) is contained
   in, the matching form of og:title, twitter:title or <title> after their site part is removed (as in 2).
2. meta: og:title, else JSON-LD headline, else twitter:title, else <title>, with a trailing or
   leading site part removed: the text is split at " | ", " - ", " – ", " — ", " :: ", " » ", " « ";
   a part is the site name when it equals og:site_name or the page's host name (www. and the
   suffix dropped, spaces and punctuation ignored) or a JSON-LD publisher name; the headline is the
   remaining run of parts. When no part is known as the site name, a trailing part of at most
   four words after the longest part is removed from <title> (not from og:title/headline).
3. h1-only: the first <h1> of two or more words that is not a site name.
The chosen text must occur in the page's own dump (same matching form, as a line, two or three joined
lines, or contained in a line it makes up 80% of; a leading list bullet "*", "•" or "·" of the dump
line is left out); otherwise the next candidate is tried; a page
without a match gets "title": null.

Usage: tools/eval_dev_titles.py EVAL_DEV_DIR OUT.jsonl
Only the Python standard library is needed. Deterministic: sorted ids, no randomness.
"""
import gzip
import html.parser
import json
import os
import re
import sys
import unicodedata
from urllib.parse import urlparse

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«)\s+")
FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                      "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " "})


def matching_form(s):
    s = unicodedata.normalize("NFKC", s or "").translate(FOLD).lower()
    s = re.sub(r"\s+", " ", s).strip()
    i, j = 0, len(s)
    while i < j and unicodedata.category(s[i])[0] in "PSZ":
        i += 1
    while j > i and unicodedata.category(s[j - 1])[0] in "PSZ":
        j -= 1
    return s[i:j]


def loose(s):
    return re.sub(r"[\W_]+", "", matching_form(s))


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}
        self.h1 = []
        self.title = None
        self.jsonld = []
        self._stack = []  # open capturing tags: [tag, parts, depth]
        self._h1_depth = 0

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and key not in self.meta and a.get("content", "").strip():
                self.meta[key] = a["content"].strip()
        elif tag == "title" and self.title is None:
            self._stack.append(["title", []])
        elif tag == "h1":
            self._stack.append(["h1", []])
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._stack.append(["ld", []])
        elif tag in ("br",) and self._stack:
            self._stack[-1][1].append(" ")

    def handle_endtag(self, tag):
        want = {"title": "title", "h1": "h1", "script": "ld"}.get(tag)
        if want and self._stack and self._stack[-1][0] == want:
            kind, parts = self._stack.pop()
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if kind == "title":
                self.title = text
            elif kind == "h1":
                if text:
                    self.h1.append(text)
            else:
                try:
                    self.jsonld.append(json.loads(text))
                except ValueError:
                    pass

    def handle_data(self, data):
        for entry in self._stack:
            entry[1].append(data)


def jsonld_values(roots):
    """headline/name of article-like objects, and publisher names."""
    headlines, publishers = [], []
    queue = list(roots)
    while queue:
        n = queue.pop(0)
        if isinstance(n, list):
            queue.extend(n)
        elif isinstance(n, dict):
            t = json.dumps(n.get("@type", ""))
            if any(x in t for x in ("Article", "Posting", "Report", "BlogPosting")):
                for key in ("headline", "name"):
                    if isinstance(n.get(key), str) and n[key].strip():
                        headlines.append(n[key].strip())
                        break
            pub = n.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                publishers.append(pub["name"].strip())
            queue.extend(v for v in n.values() if isinstance(v, (list, dict)))
    return headlines, publishers


def host_name(url):
    host = (urlparse(url or "").hostname or "").lower()
    host = re.sub(r"^(www\d?|m|amp)\.", "", host)
    return host.split(".")[0] if host else ""


def strip_site(text, site_names, strict):
    parts = SEPARATORS.split(text)
    if len(parts) == 1:
        return text
    known = [loose(p) in site_names for p in parts]
    if any(known):
        kept = [p for p, k in zip(parts, known) if not k]
        return " - ".join(kept) if kept else text
    if strict:
        return text
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    if longest < len(parts) - 1 and all(len(p.split()) <= 4 for p in parts[longest + 1:]):
        return " - ".join(parts[:longest + 1])
    return text


BULLET = re.compile(r"^[*•·]\s+")


def dump_match(candidate, lines):
    """The dump's own text matching the candidate, or None."""
    lines = [BULLET.sub("", l.strip()) for l in lines]
    c = matching_form(candidate)
    if len(c.split()) < 2 and len(c) < 4:
        return None
    forms = [matching_form(l) for l in lines]
    for i, f in enumerate(forms):
        if f == c:
            return lines[i].strip()
    for i in range(len(forms)):
        for k in (2, 3):
            if i + k <= len(forms) and matching_form(" ".join(lines[i:i + k])) == c:
                return " ".join(l.strip() for l in lines[i:i + k])
    if len(c.split()) >= 4:
        for i, f in enumerate(forms):
            if c in f and len(c) >= 0.8 * len(f):
                return lines[i].strip()
    return None


def title_of(page, url, dump_lines, skip_first_line):
    headlines, publishers = jsonld_values(page.jsonld)
    site_names = {loose(x) for x in [page.meta.get("og:site_name"), host_name(url)] + publishers if x}
    site_names.discard("")
    metas = [(page.meta.get("og:title"), True), (page.meta.get("twitter:title"), True), (page.title, False)]
    meta_forms = [matching_form(strip_site(m, site_names, strict)) for m, strict in metas if m]
    lines = dump_lines[1:] if skip_first_line else dump_lines
    for h in page.h1:
        f = matching_form(h)
        if f and loose(h) not in site_names and any(f == m or (len(f.split()) >= 3 and f in m) for m in meta_forms):
            found = dump_match(h, lines)
            if found:
                return found, "h1-confirmed"
    ordered = [(page.meta.get("og:title"), True)] + [(h, True) for h in headlines] \
        + [(page.meta.get("twitter:title"), True), (page.title, False)]
    for text, strict in ordered:
        if not text:
            continue
        for cand in (strip_site(text, site_names, strict), text):
            if loose(cand) in site_names:
                continue
            found = dump_match(cand, lines)
            if found:
                return found, "meta"
    for h in page.h1:
        if len(matching_form(h).split()) >= 2 and loose(h) not in site_names:
            found = dump_match(h, lines)
            if found:
                return found, "h1-only"
    return None, None


def main(eval_dir, out):
    gold = {}
    with open(os.path.join(eval_dir, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[d["id"]] = d.get("url")
    dumpers = {}
    with open(os.path.join(eval_dir, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            dumpers[d["id"]] = d.get("dumper")
    rows = []
    for doc_id in sorted(gold):
        with gzip.open(os.path.join(eval_dir, "html", doc_id + ".html.gz"), "rt", encoding="utf-8",
                       errors="replace") as f:
            page = Page()
            page.feed(f.read())
        with open(os.path.join(eval_dir, "dumps", doc_id + ".txt"), encoding="utf-8") as f:
            dump_lines = [l for l in f.read().split("\n") if l.strip()]
        # an innertext dump starts with the page <title>: the headline must come from the page text
        title, rule = title_of(page, gold[doc_id], dump_lines, dumpers.get(doc_id) == "innertext")
        rows.append({"id": doc_id, "title": title, "title_source": rule})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} pages, {sum(r['title'] is not None for r in rows)} with a title", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
