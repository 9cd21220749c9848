#!/usr/bin/env python3
"""Measure how much of the dev gold the gazetteers can see (a rough proxy, not the engine).

For every gold event: is each party (state or org id) mentioned in its evidence sentence or
within the two sentences before it (or the title); is every attribution id that is a
person/org/state mentioned anywhere in the article; do the item categories found in the
evidence (items-*.tsv and systems.tsv) include the gold categories.

Matching imitates the engine's contract: case-sensitive, an all-lower-case surface also
matches with a capital first letter, whole words (a hyphen ends a word, so "US-Regierung"
contains "US"); items match inside lower-cased tokens by word/prefix/suffix/contains.

Usage: python3 tools/gazetteer/coverage.py [DEV_DIR]   (default ../shared/eval/dev)
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA, ROOT  # noqa: E402


def load(name: str, ncols: int) -> list[list[str]]:
    out = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.append(line.rstrip("\n").split("\t"))
    return out


def build_entity_regex(lang: str):
    table: dict[str, set[str]] = {}
    for name in ("states.tsv", "orgs.tsv", "persons.tsv"):
        for id_, state, _kind, lg, s in load(name, 5):
            if lg not in ("*", lang):
                continue
            forms = {s}
            if s == s.lower() and s[:1].isalpha():
                forms.add(s[:1].upper() + s[1:])
            for f in forms:
                ids = table.setdefault(f, set())
                ids.add(id_)
                if state != "-":
                    ids.add(state)
    keys = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
    return rx, table


def entity_ids(rx, table, text: str) -> set[str]:
    out: set[str] = set()
    for m in rx.finditer(text):
        out |= table[m.group(1)]
    return out


def build_items(lang: str):
    rows = load(f"items-{lang}.tsv", 3)
    systems = [r for r in load("systems.tsv", 5) if r[3] in ("*", lang)]
    return rows, systems


def item_cats(items, systems, text: str) -> set[str]:
    rows = items
    cats = set()
    for tok in re.findall(r"[\wäöüÄÖÜß-]+", text):
        t = tok.lower()
        best = None
        for cat, match, s in rows:
            if " " in s:
                continue
            ok = (match == "word" and t == s) or (match == "prefix" and t.startswith(s)) or \
                 (match == "suffix" and t.endswith(s)) or (match == "contains" and s in t)
            if ok and (best is None or len(s) > len(best[1])):
                best = (cat, s)
        if best:
            cats.add(best[0])
    low = text.lower()
    for cat, match, s in rows:
        if " " in s and re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", low):
            cats.add(cat)
    for _name, cat, _maker, _lg, s in systems:
        if re.search(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
            cats.add(cat)
    return cats


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"«])|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def main() -> None:
    dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval", "dev")
    files = sorted(glob.glob(os.path.join(dev, "*.json")))
    if not files:
        print(f"no gold files in {dev}; skipped")
        return
    regex = {lg: build_entity_regex(lg) for lg in ("de", "en")}
    items = {lg: build_items(lg) for lg in ("de", "en")}
    n_party = n_party_ok = n_attr = n_attr_ok = n_items = n_items_ok = 0
    misses: list[str] = []
    for f in files:
        g = json.load(open(f, encoding="utf-8"))
        art = g["article"]
        lang = art.get("language") or "en"
        rx, table = regex[lang]
        text = art["text"]
        all_ids = entity_ids(rx, table, text)
        sents = sentences(text)
        title = g["clean"].get("title") or ""
        for e in g["events"]:
            pos = text.find(e["evidence"])
            idx = next((i for i, (a, b) in enumerate(sents) if a <= pos < b), 0) if pos >= 0 else 0
            window = " ".join(text[a:b] for a, b in sents[max(0, idx - 2): idx + 1]) + "\n" + title
            ids = entity_ids(rx, table, window)
            for party in (e.get("actor"), e.get("recipient")):
                if party is None:
                    continue
                n_party += 1
                if party in ids:
                    n_party_ok += 1
                else:
                    misses.append(f"{os.path.basename(f)} party {party}: {e['evidence'][:90]}")
            for a in e.get("attribution") or []:
                n_attr += 1
                if a in all_ids:
                    n_attr_ok += 1
                else:
                    misses.append(f"{os.path.basename(f)} attribution {a}")
            if e.get("items"):
                n_items += 1
                sent = text[sents[idx][0]:sents[idx][1]] if pos >= 0 else e["evidence"]
                found = item_cats(*items[lang], sent)
                if set(e["items"]) <= found:
                    n_items_ok += 1
                else:
                    misses.append(f"{os.path.basename(f)} items {e['items']} found {sorted(found)}: {e['evidence'][:80]}")
    print(f"parties seen in sentence window: {n_party_ok}/{n_party}")
    print(f"attribution ids seen in article: {n_attr_ok}/{n_attr}")
    print(f"gold item categories found in sentence: {n_items_ok}/{n_items}")
    for m in sorted(set(misses)):
        print("  miss:", m)


if __name__ == "__main__":
    main()
