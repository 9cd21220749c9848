#!/usr/bin/env python3
"""Shows, per article, gold events missed and predicted events unmatched.

usage: diff_events.py [--relaxed] GOLD_DIR PRED.jsonl [ID...]
A development aid for rule authors: it reuses score.py's matching.
With --relaxed, pairs are formed as relaxed F1 forms them (one of actor and
recipient right), so the lines left are what relaxed F1 misses.
"""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score  # noqa: E402

args = sys.argv[1:]
relaxed = "--relaxed" in args
args = [a for a in args if a != "--relaxed"]
gold = score.load_gold(args[0])
pred = score.load_pred(args[1])
only = set(args[2:])
def fmt(e):
    return "%s %s>%s %s %s %s items=%s attr=%s q=%s t=%s | %s" % (e["type"], e.get("actor"), e.get("recipient"), e.get("status"), e.get("certainty"), "", e.get("items"), e.get("attribution"), e.get("quantity"), (e.get("time") or {}).get("start"), e.get("evidence"))
for aid, g in gold.items():
    if only and aid not in only:
        continue
    p = pred.get(aid, {"events": []})
    text = g["article"]["text"]
    pairs = score.match(g["events"], p["events"], text, relaxed=relaxed)
    mg = {id(a) for a, _ in pairs}
    mp = {id(b) for _, b in pairs}
    print("=" * 20, aid)
    for a, b in pairs:
        bad = [s for s in score.SLOTS if score.gold_has(s, a) and not score.slot_ok(s, a, b)]
        if bad and not relaxed:
            print("  SLOT", bad, "\n     gold:", fmt(a), "\n     pred:", fmt(b))
    for e in g["events"]:
        if id(e) not in mg:
            print("  MISS", fmt(e))
    for e in p["events"]:
        if id(e) not in mp:
            print("  FP  ", fmt(e), e.get("rule"))
