#!/usr/bin/env python3
"""Derives the metadata of every eval-dev page from its saved HTML, for scoring dates, authors, sections and
publisher names, with flags saying whether the page's text dump shows each value.

Rule (the one ../shared/train/README.md, section "Metadata", states for the training pages, shortened here):
the first usable candidate wins.

  published  JSON-LD datePublished; else <meta> article:published_time, datePublished, pubdate, publishdate,
             date, dc.date.issued, sailthru.date, parsely-pub-date (by property, else name, else itemprop).
  authors    JSON-LD author (each object's name, or a string; objects typed Organization skipped); else <meta>
             author, article:author, parsely-author, sailthru.author. From each value e-mail addresses,
             bracketed parts and a leading "By " are removed; it is cut into names at ";", "|", " and ", "&";
             a name loses what follows a comma (a role). A name is skipped when it is a URL, one word (CJK
             names of 2-4 characters excepted), more than five words, has characters other than letters and
             ".'-", has a word on the stop list (STOP below) or equals the site name.
  section    JSON-LD articleSection (the first, when a list); else <meta> article:section, parsely-section.
  site_name  JSON-LD publisher.name; else <meta> og:site_name, application-name; a tagline after " - ",
             " | ", " – ", " — ", " :: ", " » ", " « " is cut off; URLs are skipped.

JSON-LD: every application/ld+json block in page order (invalid JSON ignored), objects visited depth first
with lists and @graph expanded, the members of comment, review and itemListElement left out.

Shown in the dump: a date when its day is written in the dump (month names in English, French, German,
Spanish, Italian, Portuguese, Dutch, Indonesian, full or abbreviated, with the day and the 4-digit year in
either order; 2019-11-19, 2019/11/19, 2019.11.19, 11/19/2019, 19/11/2019, 19.11.2019; 2019年11月19日,
2019년 11월 19일); a name when its words occur in a row on one dump line, case-insensitive, punctuation
ignored (a CJK name when its characters do). authors_visible is the list of the authors shown.

Usage: tools/eval_dev_metadata.py EVAL_DEV_DIR OUT.jsonl
Only the Python standard library is needed. Deterministic: sorted ids, no randomness.
"""
import gzip
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_dev_titles import Page  # noqa: E402

DATE_METAS = ["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued",
              "sailthru.date", "parsely-pub-date"]
AUTHOR_METAS = ["author", "article:author", "parsely-author", "sailthru.author"]
SECTION_METAS = ["article:section", "parsely-section"]
SITE_METAS = ["og:site_name", "application-name"]
STOP = set("""admin administrator author authors editor editors staff team desk news press reuters ap afp
inc ltd llc gmbh associates media digital group channel blog institute university foundation the of
newsroom redaksi redação redazione agency wire""".split())
TAGLINE = re.compile(r"\s+(?:-|\||–|—|::|»|«)\s+")

MONTHS = {
    1: "january jan janvier janv januar jän enero ene gennaio gen janeiro januari",
    2: "february feb février févr fevrier februar febrero febbraio fevereiro fev februari",
    3: "march mar mars märz maerz marzo março marco maret maart",
    4: "april apr avril abril aprile avr",
    5: "may mai mayo maggio maio mag mei",
    6: "june jun juin juni junio giugno junho giu",
    7: "july jul juillet juil juli julio luglio julho lug",
    8: "august aug août aout agosto ago agustus augustus",
    9: "september sep sept septembre septiembre settembre setembro set",
    10: "october oct octobre oktober octubre ottobre outubro out okt",
    11: "november nov novembre noviembre novembro nop",
    12: "december dec décembre decembre dezember diciembre dicembre dezembro dez dic des",
}


class MetaPage(Page):
    """Page plus itemprop metas and <meta> content keyed by property, name and itemprop separately."""

    def __init__(self):
        super().__init__()
        self.itemprop = {}

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            ip = a.get("itemprop", "").lower()
            if ip and ip not in self.itemprop and a.get("content", "").strip():
                self.itemprop[ip] = a["content"].strip()
        super().handle_starttag(tag, attrs)

    def meta_value(self, names):
        for n in names:
            v = self.meta.get(n) or self.itemprop.get(n)
            if v:
                return v
        return None


def objects(roots):
    stack = list(reversed(roots))
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(reversed(n))
        elif isinstance(n, dict):
            yield n
            children = []
            for k, v in n.items():
                if k in ("comment", "review", "itemListElement"):
                    continue
                if isinstance(v, (list, dict)):
                    children.append(v)
            stack.extend(reversed(children))


def types(o):
    t = o.get("@type", "")
    return set(t) if isinstance(t, list) else {t}


def text(v):
    if isinstance(v, str):
        return re.sub(r"\s+", " ", v).strip() or None
    return None


def first_jsonld(page, key):
    for o in objects(page.jsonld):
        v = o.get(key)
        if isinstance(v, list):
            v = next((x for x in v if isinstance(x, str) and x.strip()), None)
        if text(v):
            return text(v)
    return None


def is_url(s):
    return bool(re.search(r"https?://|www\.|\.(com|org|net|co|de|fr|br|id|ru|kr)\b", s, re.I))


def is_cjk(s):
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in s)


def clean_names(value, site_name):
    v = re.sub(r"\S+@\S+", " ", value)
    v = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", v)
    out = []
    for part in re.split(r";|\||\s+and\s+|&", v):
        name = re.sub(r"^\s*by\s+", "", part.split(",")[0].strip(), flags=re.I).strip(" .-")
        name = re.sub(r"\s+", " ", name)
        if not name or is_url(name):
            continue
        words = name.split()
        if is_cjk(name):
            if not 2 <= len(name.replace(" ", "")) <= 4:
                continue
        elif len(words) < 2 or len(words) > 5 or not all(c.isalpha() or c in ".'- " for c in name):
            continue
        if any(w.lower().strip(".") in STOP for w in words):
            continue
        if site_name and loose(name) == loose(site_name):
            continue
        if name not in out:
            out.append(name)
    return out


def loose(s):
    s = unicodedata.normalize("NFKD", s or "").lower()
    return re.sub(r"[\W_]+", "", "".join(c for c in s if not unicodedata.combining(c)))


def site_name_of(page):
    for o in objects(page.jsonld):
        pub = o.get("publisher")
        if isinstance(pub, list):
            pub = pub[0] if pub else None
        if isinstance(pub, dict) and text(pub.get("name")) and not is_url(pub["name"]):
            return text(pub["name"]), "json-ld"
    for m in SITE_METAS:
        v = page.meta.get(m)
        if v and not re.match(r"https?://", v):
            return TAGLINE.split(v.strip())[0].strip(), "meta:" + m
    return None, None


def authors_of(page, site):
    for o in objects(page.jsonld):
        a = o.get("author")
        if a is None:
            continue
        names = []
        for x in a if isinstance(a, list) else [a]:
            if isinstance(x, dict):
                if "Organization" in types(x):
                    continue
                if text(x.get("name")):
                    names.extend(clean_names(x["name"], site))
            elif text(x):
                names.extend(clean_names(x, site))
        names = list(dict.fromkeys(names))
        if names:
            return names, "json-ld"
    for m in AUTHOR_METAS:
        v = page.meta_value([m])
        if v:
            names = clean_names(v, site)
            if names:
                return names, "meta:" + m
    return [], None


def published_of(page):
    v = first_jsonld(page, "datePublished")
    if v and day_of(v):
        return v, "json-ld"
    for m in DATE_METAS:
        v = page.meta_value([m])
        if v and day_of(v):
            return v, "meta:" + m
    return None, None


def day_of(value):
    m = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", value)
    if m and 1995 <= int(m.group(1)) <= 2030 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def section_of(page):
    v = first_jsonld(page, "articleSection")
    if v and not is_url(v):
        return v, "json-ld"
    for m in SECTION_METAS:
        v = page.meta_value([m])
        if v and not is_url(v):
            return v.strip(), "meta:" + m
    return None, None


def name_shown(name, dump_lines):
    if is_cjk(name):
        target = re.sub(r"\s+", "", name)
        return any(target in re.sub(r"\s+", "", l) for l in dump_lines)
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", name).lower())
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\W*".join(re.escape(w) for w in words) + r"(?!\w)")
    # "J.D." and "J. D." both read as the words j, d
    return any(pattern.search(unicodedata.normalize("NFKC", l).lower()) for l in dump_lines)


def date_shown(day, dump_text):
    y, mo, d = day
    t = " " + re.sub(r"\s+", " ", unicodedata.normalize("NFKC", dump_text).lower()) + " "
    ds = rf"0?{d}"
    numeric = [rf"{y}[-/.]0?{mo}[-/.]0?{d}(?!\d)", rf"(?<!\d)0?{mo}[-/.]0?{d}[-/.]({y}|{y % 100:02d})(?!\d)",
               rf"(?<!\d)0?{d}[-/.]0?{mo}[-/.]({y}|{y % 100:02d})(?!\d)", rf"{y}\s*年\s*0?{mo}\s*月\s*0?{d}\s*日",
               rf"{y}\s*년\s*0?{mo}\s*월\s*0?{d}\s*일"]
    if any(re.search(p, t) for p in numeric):
        return True
    names = "|".join(re.escape(n) for n in sorted(MONTHS[mo].split(), key=len, reverse=True))
    month = rf"(?:{names})\.?"
    sep = r"[\s,.\-/]*(?:de\s+|of\s+)?"
    forms = [rf"(?<!\w){month}{sep}{ds}(?:st|nd|rd|th|er|º)?{sep}{y}(?!\d)",
             rf"(?<!\d){ds}(?:st|nd|rd|th|er|º)?\.?{sep}{month}{sep}{y}(?!\d)"]
    return any(re.search(p, t) for p in forms)


def main(eval_dir, out):
    ids = []
    with open(os.path.join(eval_dir, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            ids.append(json.loads(line)["id"])
    rows = []
    for doc_id in sorted(ids):
        with gzip.open(os.path.join(eval_dir, "html", doc_id + ".html.gz"), "rt", encoding="utf-8",
                       errors="replace") as f:
            page = MetaPage()
            page.feed(f.read())
        with open(os.path.join(eval_dir, "dumps", doc_id + ".txt"), encoding="utf-8") as f:
            dump = f.read()
        dump_lines = [l.strip() for l in dump.split("\n") if l.strip()]
        site, site_src = site_name_of(page)
        published, pub_src = published_of(page)
        authors, auth_src = authors_of(page, site)
        section, sec_src = section_of(page)
        rows.append({
            "id": doc_id,
            "published": published, "published_source": pub_src,
            "published_visible": None if not published else date_shown(day_of(published), dump),
            "authors": authors, "authors_source": auth_src,
            "authors_visible": [a for a in authors if name_shown(a, dump_lines)],
            "section": section, "section_source": sec_src,
            "section_visible": None if not section else name_shown(section, dump_lines),
            "site_name": site, "site_name_source": site_src,
            "site_name_visible": None if not site else name_shown(site, dump_lines),
        })
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    for field in ("published", "authors", "section", "site_name"):
        have = [r for r in rows if r[field]]
        shown = [r for r in have if r[field + "_visible"]]
        print(f"{field}: {len(have)} pages with a value, {len(shown)} shown in the dump", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
