#!/usr/bin/env python3
"""Validates a directory of gold files against eval/FORMAT.md and GUIDELINES.md.

usage: check_gold.py DIR|FILE.tsv [...] [--strict]

Each DIR holds one gold JSON object per `*.json` file. Errors break the
format (the scorer or a loader would misread the file); warnings point at
annotations that are legal but unusual (an evidence span longer than a
typical sentence, an event whose actor is its own recipient, a file name
that differs from the article id). `--strict` makes warnings fail too.

Checks:
- JSON shape: `article` (id, url, outlet, title, published, language, text),
  `clean` (title, boilerplate, credits, original_source), `events`;
- legal values: type, status, certainty, item categories, party ids
  (ISO 3166-1 alpha-3 or `org:slug`), attribution ids (also `person:slug`),
  dates, quantity and value shapes, `unordered` only on `support`;
- evidence: a verbatim substring of `article.text` that lies inside one line
  and outside the boilerplate lines;
- boilerplate: every entry is verbatim a line of `article.text`;
- time is null where `published` is null;
- no two events share (type, parties, status, evidence) and no id repeats.

A `.tsv` argument is checked as a rule-test sentence table
(tests/sentences): header `sentence type actor recipient status certainty
items note`, legal values, `-` for empty cells, `none` rows empty, no row
repeating (sentence, type, actor, recipient, status).

Exit status: 0 when every file is clean, 1 on errors, 2 on usage.
"""
import json
import pathlib
import re
import sys

TYPES = {"supply", "training", "joint_production", "support", "personnel",
         "agreement", "exercise", "meeting", "sanction"}
UNORDERED = {"agreement", "exercise", "meeting", "joint_production"}
STATUS = {"considered", "planned", "agreed", "ongoing", "completed", "unknown"}
CERTAINTY = {"asserted", "likely", "possible", "unconfirmed", "negated"}
ITEMS = {"combat_aircraft", "helicopter", "uav", "missile", "air_defence", "artillery",
         "ammunition", "armoured_vehicle", "naval", "small_arms", "components",
         "equipment", "weapons_unspecified", "other"}
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ORG = re.compile(rf"org:{SLUG}")
PERSON = re.compile(rf"person:{SLUG}")
DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
DAY = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
CURRENCY = re.compile(r"[A-Z]{3}")
ARTICLE_KEYS = {"id", "url", "outlet", "title", "published", "language", "text"}
CLEAN_KEYS = {"title", "boilerplate", "credits", "original_source"}
EVENT_KEYS = {"type", "actor", "recipient", "items", "status", "certainty", "attribution",
              "time", "quantity", "value", "evidence"}


def is_party(v):
    return v is None or v in ISO3 or bool(ORG.fullmatch(v))


def is_source(v):
    return isinstance(v, str) and (v in ISO3 or bool(ORG.fullmatch(v)) or bool(PERSON.fullmatch(v)))


def opt_str(v):
    return v is None or isinstance(v, str)


def line_spans(text):
    """(start, end, line) for every line of `text`."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def check_event(e, text, bp_ranges, where, err, warn):
    if not isinstance(e, dict):
        err(f"{where}: event is not an object")
        return
    missing = EVENT_KEYS - e.keys()
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    extra = e.keys() - EVENT_KEYS - {"unordered"}
    if extra:
        warn(f"{where}: extra keys {sorted(extra)}")
    t = e.get("type")
    if t not in TYPES:
        err(f"{where}: bad type {t!r}")
    for k in ("actor", "recipient"):
        if not is_party(e.get(k)):
            err(f"{where}: bad {k} {e.get(k)!r}")
    if e.get("actor") is not None and e.get("actor") == e.get("recipient"):
        warn(f"{where}: actor equals recipient ({e.get('actor')})")
    items = e.get("items")
    if not isinstance(items, list) or any(i not in ITEMS for i in items):
        err(f"{where}: bad items {items!r}")
    elif len(set(items)) != len(items):
        err(f"{where}: repeated item in {items!r}")
    if e.get("status") not in STATUS:
        err(f"{where}: bad status {e.get('status')!r}")
    if e.get("certainty") not in CERTAINTY:
        err(f"{where}: bad certainty {e.get('certainty')!r}")
    attr = e.get("attribution")
    if not isinstance(attr, list) or not all(is_source(a) for a in attr):
        err(f"{where}: bad attribution {attr!r}")
    elif len(set(attr)) != len(attr):
        err(f"{where}: repeated attribution id in {attr!r}")
    tm = e.get("time")
    if tm is not None:
        if not isinstance(tm, dict) or set(tm) != {"start", "end"}:
            err(f"{where}: time must be null or {{start, end}}: {tm!r}")
        else:
            for k in ("start", "end"):
                v = tm[k]
                if v is not None and not (isinstance(v, str) and DATE.fullmatch(v)):
                    err(f"{where}: bad time.{k} {v!r}")
            if tm["start"] is None:
                err(f"{where}: time without start (use null)")
            elif tm["end"] is not None and isinstance(tm["end"], str) and tm["end"] < tm["start"]:
                err(f"{where}: time ends before it starts")
    q = e.get("quantity")
    if q is not None:
        if not isinstance(q, dict) or set(q) != {"min", "max"}:
            err(f"{where}: quantity must be null or {{min, max}}: {q!r}")
        else:
            lo, hi = q["min"], q["max"]
            for v in (lo, hi):
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err(f"{where}: bad quantity bound {v!r}")
            if lo is None and hi is None:
                err(f"{where}: quantity with two null bounds (use null)")
            if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
                err(f"{where}: quantity min > max")
    v = e.get("value")
    if v is not None:
        if not isinstance(v, dict) or set(v) != {"amount", "currency"}:
            err(f"{where}: value must be null or {{amount, currency}}: {v!r}")
        else:
            if not isinstance(v["amount"], (int, float)) or isinstance(v["amount"], bool) or v["amount"] <= 0:
                err(f"{where}: bad value.amount {v['amount']!r}")
            if not isinstance(v["currency"], str) or not CURRENCY.fullmatch(v["currency"]):
                err(f"{where}: bad value.currency {v['currency']!r}")
    if "unordered" in e:
        if e["unordered"] is not True:
            err(f"{where}: unordered must be true when present")
        if t != "support":
            err(f"{where}: unordered only on support (the other symmetric types are always unordered)")
    ev = e.get("evidence")
    if not isinstance(ev, str) or not ev.strip():
        err(f"{where}: empty evidence")
        return
    if "\n" in ev:
        err(f"{where}: evidence spans a line break: {ev!r}")
        return
    if ev != ev.strip():
        warn(f"{where}: evidence has surrounding whitespace: {ev!r}")
    starts = [m.start() for m in re.finditer(re.escape(ev), text)]
    if not starts:
        err(f"{where}: evidence not in article.text: {ev!r}")
        return
    if all(any(a <= s and s + len(ev) <= b for a, b in bp_ranges) for s in starts):
        err(f"{where}: evidence lies only inside boilerplate lines: {ev!r}")
    if len(ev) > 300:
        warn(f"{where}: evidence is {len(ev)} chars long")


def check_file(path, ids, err, warn):
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        err(f"{path}: cannot read: {exc}")
        return 0
    if not isinstance(g, dict):
        err(f"{path}: not a JSON object")
        return 0
    for k in ("article", "clean", "events"):
        if k not in g:
            err(f"{path}: missing {k}")
            return 0
    a, c, events = g["article"], g["clean"], g["events"]
    if not isinstance(a, dict) or not isinstance(c, dict) or not isinstance(events, list):
        err(f"{path}: article/clean must be objects and events a list")
        return 0
    if ARTICLE_KEYS - a.keys():
        err(f"{path}: article misses {sorted(ARTICLE_KEYS - a.keys())}")
    if CLEAN_KEYS - c.keys():
        err(f"{path}: clean misses {sorted(CLEAN_KEYS - c.keys())}")
    aid = a.get("id")
    if not isinstance(aid, str) or not aid:
        err(f"{path}: article.id must be a non-empty string")
    elif aid in ids:
        err(f"{path}: article.id {aid!r} also in {ids[aid]}")
    else:
        ids[aid] = path.name
        if path.stem != aid:
            warn(f"{path}: file name differs from article.id {aid!r}")
    for k in ("url", "outlet", "title", "language"):
        if not opt_str(a.get(k)):
            err(f"{path}: article.{k} must be a string or null")
    pub = a.get("published")
    if pub is not None and not (isinstance(pub, str) and DAY.fullmatch(pub)):
        err(f"{path}: article.published must be YYYY-MM-DD or null: {pub!r}")
    if a.get("language") not in ("de", "en"):
        warn(f"{path}: language {a.get('language')!r} is neither de nor en")
    text = a.get("text")
    if not isinstance(text, str) or not text.strip():
        err(f"{path}: empty article.text")
        return 0
    lines = line_spans(text)
    line_set = {ln for _, _, ln in lines}
    bp = c.get("boilerplate")
    if not isinstance(bp, list) or not all(isinstance(x, str) for x in bp):
        err(f"{path}: clean.boilerplate must be a list of strings")
        bp = []
    for b in bp:
        if b not in line_set:
            err(f"{path}: boilerplate is not a line of the text: {b!r}")
    # A title line and its identical repeated copy are the same string: the
    # title's events count (GUIDELINES.md), so title lines are never treated
    # as boilerplate when placing evidence.
    title_line = " ".join((c.get("title") or "").split())
    bp_set = set(bp)
    bp_ranges = [(s, e) for s, e, ln in lines if ln in bp_set and " ".join(ln.split()) != title_line]
    if not opt_str(c.get("title")):
        err(f"{path}: clean.title must be a string or null")
    elif c.get("title") and " ".join(c["title"].split()) not in " ".join(text.split()):
        warn(f"{path}: clean.title does not occur in the text")
    cr = c.get("credits")
    if not isinstance(cr, list) or not all(isinstance(x, str) and x.strip() for x in cr):
        err(f"{path}: clean.credits must be a list of non-empty strings")
    src = c.get("original_source")
    if src is not None and not (isinstance(src, str) and ORG.fullmatch(src)):
        err(f"{path}: clean.original_source must be org:slug or null: {src!r}")
    seen = set()
    for i, e in enumerate(events):
        where = f"{path.name}#{i}"
        check_event(e, text, bp_ranges, where, err, warn)
        if not isinstance(e, dict):
            continue
        if pub is None and e.get("time") is not None:
            err(f"{where}: time given but article.published is null")
        parties = (e.get("actor") or "", e.get("recipient") or "")
        if e.get("type") in UNORDERED or e.get("unordered"):
            parties = tuple(sorted(parties))
        key = (e.get("type"), parties, e.get("status"), e.get("evidence"))
        if key in seen:
            err(f"{where}: duplicate event {key}")
        seen.add(key)
    return len(events)


TSV_HEADER = ["sentence", "type", "actor", "recipient", "status", "certainty", "items", "note"]


def check_tsv(path, err):
    """Checks a sentence table; returns the number of rows."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        err(f"{path}: cannot read: {exc}")
        return 0
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != TSV_HEADER:
        err(f"{path}: first line must be the header {TSV_HEADER}")
        return 0
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        where = f"{path}:{n}"
        f = line.split("\t")
        if len(f) != len(TSV_HEADER):
            err(f"{where}: {len(f)} columns, want {len(TSV_HEADER)}")
            continue
        sent, typ, actor, rec, status, cert, items, _note = f
        if not sent.strip():
            err(f"{where}: empty sentence")
        if typ == "none":
            if (actor, rec, status, cert, items) != ("-",) * 5:
                err(f"{where}: a none row has only '-' cells")
        else:
            if typ not in TYPES:
                err(f"{where}: bad type {typ!r}")
            for v in (actor, rec):
                if v != "-" and not is_party(v):
                    err(f"{where}: bad party {v!r}")
            if status not in STATUS:
                err(f"{where}: bad status {status!r}")
            if cert not in CERTAINTY:
                err(f"{where}: bad certainty {cert!r}")
            if items != "-" and not all(i in ITEMS for i in items.split(",")):
                err(f"{where}: bad items {items!r}")
        key = (sent, typ, actor, rec, status)
        if key in seen:
            err(f"{where}: repeated row {key}")
        seen.add(key)
    return len(lines) - 1


def main(argv):
    dirs = [a for a in argv[1:] if not a.startswith("--")]
    strict = "--strict" in argv
    if not dirs:
        print(__doc__, file=sys.stderr)
        return 2
    errors, warnings = [], []
    total_files = total_events = 0
    for d in dirs:
        p = pathlib.Path(d)
        if p.suffix == ".tsv" and p.is_file():
            rows = check_tsv(p, errors.append)
            print(f"{p}: {rows} rows")
            continue
        if not p.is_dir():
            errors.append(f"{d}: not a directory")
            continue
        ids = {}
        files = sorted(p.glob("*.json"))
        if not files:
            errors.append(f"{d}: no *.json files")
        for f in files:
            total_events += check_file(f, ids, errors.append, warnings.append)
            total_files += 1
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{total_files} files, {total_events} events, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or (strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
