#!/usr/bin/env python3
"""Shows, per article, where cleaning differs from the gold.

usage: diff_clean.py GOLD_DIR_OR_FILE PRED.jsonl [ID...]
A development aid for cleaning rules. Per article it lists
  KEPT  gold boilerplate lines the cleaner left in the body (recall loss),
  CUT   lines the cleaner removed that the gold keeps as body (precision loss),
and the title, credits and original_source where they differ.
Lines compare as the scorer compares them (whitespace collapsed).
"""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score  # noqa: E402

args = sys.argv[1:]
gold = score.load_gold(args[0])
pred = score.load_pred(args[1])
only = set(args[2:])


def norm(s):
    return " ".join((s or "").split())


tot = {"kept": 0, "cut": 0, "title": 0, "credits": 0, "source": 0}
for aid, g in sorted(gold.items()):
    if only and aid not in only:
        continue
    gc = g.get("clean") or {}
    pc = (pred.get(aid) or {}).get("clean") or {}
    gb = {norm(x) for x in gc.get("boilerplate") or []}
    pb = {norm(x) for x in pc.get("boilerplate") or []}
    out = []
    for x in sorted(gb - pb):
        out.append("  KEPT  " + x[:160])
        tot["kept"] += 1
    for x in sorted(pb - gb):
        out.append("  CUT   " + x[:160])
        tot["cut"] += 1
    if norm(gc.get("title")) != norm(pc.get("title")):
        out.append("  TITLE gold=%r pred=%r" % (gc.get("title"), pc.get("title")))
        tot["title"] += 1
    gcr = sorted(norm(x) for x in gc.get("credits") or [])
    pcr = sorted(norm(x) for x in pc.get("credits") or [])
    if gcr != pcr:
        out.append("  CREDITS gold=%r pred=%r" % (gcr, pcr))
        tot["credits"] += 1
    if gc.get("original_source") != pc.get("original_source"):
        out.append("  SOURCE gold=%r pred=%r" % (gc.get("original_source"), pc.get("original_source")))
        tot["source"] += 1
    if out:
        print("=" * 20, aid)
        print("\n".join(out))
print("totals:", tot)
