#!/usr/bin/env python3
"""Validate every gazetteer file in data/gazetteer and print counts.

Errors (exit status 1): wrong column count, unknown kind/category/role/lang/match, state or
maker codes that are not ISO 3166-1 alpha-3 (iso-codes, plus XKX), malformed or non-ASCII
slugs, duplicate rows, surfaces with stray whitespace, item surfaces not in lower case.
Warnings: one surface (in overlapping languages) naming several entities, which the engine
cannot resolve; list them deliberately or fix them.

With --sync, also regenerates every generated file into a temporary directory and fails
if it differs from the committed one (a hand edit of a generated file, or a source edit
without regenerating).

Usage: python3 tools/gazetteer/check.py [--quiet] [--sync]
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA  # noqa: E402

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LANGS = {"de", "en", "*"}
CATEGORIES = {
    "combat_aircraft", "helicopter", "uav", "missile", "air_defence", "artillery", "ammunition",
    "armoured_vehicle", "naval", "small_arms", "components", "equipment", "weapons_unspecified",
    "other",
}
ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
    "intelligence_chief", "military", "diplomat", "other",
}
KINDS = {
    "states.tsv": {"name", "gen", "adj", "demonym", "capital", "metonym", "gov"},
    "orgs.tsv": {"organ", "company", "statemedia", "media", "thinktank", "group", "intl"},
    "persons.tsv": ROLES,
}
SLUG = re.compile(r"^(org|person):[a-z0-9]+(-[a-z0-9]+)*$")

errors: list[str] = []
warnings: list[str] = []


def iso_codes() -> set[str]:
    try:
        data = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
        return {e["alpha_3"] for e in data} | {"XKX"}
    except OSError:
        print(f"warning: {ISO_JSON} missing; ISO codes not checked", file=sys.stderr)
        return set()


def rows_of(name: str, ncols: int) -> list[tuple[int, list[str]]]:
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        warnings.append(f"{name}: missing")
        return []
    out = []
    seen = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                errors.append(f"{name}:{n}: {len(cols)} columns, expected {ncols}: {line!r}")
                continue
            if any(c != c.strip() or c == "" for c in cols):
                errors.append(f"{name}:{n}: empty cell or stray whitespace: {line!r}")
            if "  " in line:
                errors.append(f"{name}:{n}: double space: {line!r}")
            if line in seen:
                errors.append(f"{name}:{n}: duplicate row: {line!r}")
            seen.add(line)
            out.append((n, cols))
    return out


def langs_overlap(a: str, b: str) -> bool:
    return a == "*" or b == "*" or a == b


def check_entities(iso: set[str]) -> dict[str, collections.Counter]:
    counts = {}
    surfaces: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for name in ("states.tsv", "orgs.tsv", "persons.tsv"):
        c = collections.Counter()
        ids = set()
        for n, (id_, state, kind, lang, surface) in rows_of(name, 5):
            where = f"{name}:{n}"
            if name == "states.tsv":
                if iso and id_ not in iso:
                    errors.append(f"{where}: unknown ISO code {id_}")
                if state != id_:
                    errors.append(f"{where}: state {state} differs from id {id_}")
            else:
                prefix = "org:" if name == "orgs.tsv" else "person:"
                if not SLUG.match(id_) or not id_.startswith(prefix):
                    errors.append(f"{where}: bad slug {id_!r}")
            if state != "-" and iso and state not in iso:
                errors.append(f"{where}: unknown state {state}")
            if kind not in KINDS[name]:
                errors.append(f"{where}: unknown kind {kind!r}")
            if lang not in LANGS:
                errors.append(f"{where}: unknown lang {lang!r}")
            c[kind] += 1
            ids.add(id_)
            for other in surfaces[surface]:
                if other[0] != id_ and langs_overlap(other[1], lang):
                    warnings.append(f"ambiguous surface {surface!r}: {other[0]} ({other[2]}) / {id_} ({name})")
            surfaces[surface].append((id_, lang, name))
        c["_ids"] = len(ids)
        counts[name] = c
    # the same id must always carry the same state
    return counts


def check_id_states() -> None:
    for name in ("orgs.tsv", "persons.tsv"):
        st: dict[str, set] = collections.defaultdict(set)
        for _, (id_, state, *_r) in rows_of(name, 5):
            st[id_].add(state)
        for id_, s in st.items():
            if len(s) > 1:
                errors.append(f"{name}: {id_} has several states {sorted(s)}")


def check_systems(iso: set[str]) -> collections.Counter:
    c = collections.Counter()
    surfaces: dict[tuple, set] = collections.defaultdict(set)
    names = set()
    for n, (name, cat, maker, lang, surface) in rows_of("systems.tsv", 5):
        where = f"systems.tsv:{n}"
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        if maker != "-" and iso and maker not in iso:
            errors.append(f"{where}: unknown maker {maker}")
        if lang not in LANGS:
            errors.append(f"{where}: unknown lang {lang!r}")
        for other in list(surfaces.get(surface, ())):
            if other[0] != name and langs_overlap(other[1], lang):
                warnings.append(f"systems.tsv: surface {surface!r} names {other[0]} and {name}")
        surfaces.setdefault(surface, set()).add((name, lang))
        c[cat] += 1
        names.add(name)
    c["_systems"] = len(names)
    return c


def check_items(fname: str) -> collections.Counter:
    c = collections.Counter()
    seen: dict[tuple, str] = {}
    for n, (cat, match, surface) in rows_of(fname, 3):
        where = f"{fname}:{n}"
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        if match not in {"word", "prefix", "suffix", "contains"}:
            errors.append(f"{where}: unknown match {match!r}")
        if surface != surface.lower():
            errors.append(f"{where}: surface not lower case: {surface!r}")
        key = (match, surface)
        if key in seen and seen[key] != cat:
            errors.append(f"{where}: {surface!r} ({match}) has categories {seen[key]} and {cat}")
        seen[key] = cat
        c[cat] += 1
    return c


def check_roles() -> collections.Counter:
    c = collections.Counter()
    seen: dict[tuple, str] = {}
    for n, (lang, role, surface) in rows_of("roles.tsv", 3):
        where = f"roles.tsv:{n}"
        if lang not in LANGS:
            errors.append(f"{where}: unknown lang {lang!r}")
        if role not in ROLES:
            errors.append(f"{where}: unknown role {role!r}")
        key = (lang, surface)
        if key in seen and seen[key] != role:
            errors.append(f"{where}: {surface!r} has roles {seen[key]} and {role}")
        seen[key] = role
        c[role] += 1
    return c


def check_stop() -> int:
    n = 0
    for ln, (lang, surface) in rows_of("stop.tsv", 2):
        if lang not in LANGS:
            errors.append(f"stop.tsv:{ln}: unknown lang {lang!r}")
        n += 1
    return n


GENERATED = ["states.tsv", "orgs.tsv", "persons.tsv", "systems.tsv", "items-de.tsv",
             "items-en.tsv", "roles.tsv"]


def check_sync() -> None:
    import subprocess
    import tempfile

    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GAZETTEER_OUT=tmp)
        for gen in ("gen_states.py", "gen_lists.py"):
            subprocess.run([sys.executable, os.path.join(here, gen)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        for name in GENERATED:
            a = open(os.path.join(tmp, name), encoding="utf-8").read()
            b = open(os.path.join(DATA, name), encoding="utf-8").read()
            if a != b:
                errors.append(f"{name}: differs from what the generators produce (regenerate)")


def main() -> int:
    quiet = "--quiet" in sys.argv
    if "--sync" in sys.argv:
        check_sync()
    iso = iso_codes()
    counts = check_entities(iso)
    check_id_states()
    sys_c = check_systems(iso)
    items = {f: check_items(f) for f in ("items-de.tsv", "items-en.tsv")}
    roles = check_roles()
    stops = check_stop()

    for name, c in counts.items():
        rows = sum(v for k, v in c.items() if not k.startswith("_"))
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if not k.startswith("_"))
        print(f"{name}: {rows} rows, {c['_ids']} ids ({kinds})")
    rows = sum(v for k, v in sys_c.items() if not k.startswith("_"))
    print(f"systems.tsv: {rows} rows, {sys_c['_systems']} systems")
    for f, c in items.items():
        print(f"{f}: {sum(c.values())} rows ({len(c)} categories)")
    print(f"roles.tsv: {sum(roles.values())} rows ({len(roles)} roles)")
    print(f"stop.tsv: {stops} rows")

    if warnings and not quiet:
        for w in warnings:
            print("warning:", w)
    print(f"{len(warnings)} warnings")
    for e in errors:
        print("error:", e)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
