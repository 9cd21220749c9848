#!/usr/bin/env python3
"""Generate data/gazetteer/states.tsv.

Sources:
  * Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (English names) and the
    German translations /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo;
  * tools/gazetteer/states_lex.tsv: hand-written per-state lexicon (short names, adjective
    stems, demonyms, capitals), expanded here into every inflected form;
  * tools/gazetteer/states_extra.tsv: hand-written rows in the final format (metonyms,
    government phrases).

Only UN member states plus TWN, XKX (Kosovo, user-assigned code), PSE and VAT are emitted:
dependent territories would turn place names into state mentions.
"""

from __future__ import annotations

import gettext
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, HERE, lang_prefixed, merge_langs, read_tsv, split_vals, write_tsv  # noqa: E402

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO_DE = "/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo"

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO
LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
EXTRA_STATES = ["TWN", "XKX", "PSE", "VAT"]
# Codes not in iso-codes (user-assigned, used by the EU and many data sets for Kosovo).
NON_ISO = {"XKX"}

# iso-codes names that are wrong as surfaces (ambiguous or taken by another entry).
DROP = {("COG", "Congo"), ("COG", "Kongo"), ("TWN", "Taiwan, Chinesische Provinz")}
# German short names without an -s genitive (feminine or plural names).
NO_GEN = {
    "Niederlande", "Philippinen", "Malediven", "Seychellen", "Komoren", "Bahamas", "Kapverden",
    "Salomonen", "Marshallinseln", "Salomoninseln", "Emirate", "Palästinensergebiete", "USA", "US",
    "Vatikanstadt", "Osttimor", "Ost-Timor", "Timor-Leste",
    "Island",  # "Islands" would also match English text
}
NO_GEN_WORDS = ("republik", "staat", "königreich", "inseln", "föderation", "emirat", "gebiete", " und ")

KIND_ORDER = ["name", "capital", "metonym", "gov", "gen", "demonym", "adj"]


def iso_names() -> dict:
    """English and German names per alpha-3 from iso-codes."""
    data = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    with open(ISO_MO_DE, "rb") as f:
        de = gettext.GNUTranslations(f)
    out: dict = {}
    for e in data:
        en_names = [e.get(k) for k in ("name", "common_name", "official_name") if e.get(k)]
        de_names = [de.gettext(n) for n in en_names]
        out[e["alpha_3"]] = {"en": en_names, "de": de_names}
        for k in ("name", "common_name"):
            if e.get(k):
                out[e["alpha_3"]]["de_" + k] = de.gettext(e[k])
    return out


def de_iso_short(iso_raw: dict, code: str, key: str) -> str:
    """The German translation of one iso-codes field ('' where absent)."""
    return iso_raw.get(code, {}).get("de_" + key, "") or ""


def usable(name: str) -> str | None:
    """A name usable as a surface: no inverted forms, no parentheses, no leading article."""
    if not name or "," in name or "(" in name:
        return None
    if name.startswith("the "):
        name = name[4:]
    return name


ADJ_RE = re.compile(r"^[A-ZÄÖÜa-zäöü][a-zäöüß]+(e|es)$")


def de_oblique(name: str) -> list[str]:
    """Weak-declension forms of German names that start with adjectives
    ("Islamische Republik Iran" -> "Islamischen Republik Iran")."""
    toks = name.split(" ")
    if len(toks) < 2:
        return []
    changed = False
    neuter = False
    new = list(toks)
    for i, t in enumerate(toks[:-1]):
        if t in ("die", "der", "des", "und", "von"):
            break
        if ADJ_RE.match(t):
            if t.endswith("es"):
                new[i] = t[:-2] + "en"
                neuter = True
            else:
                new[i] = t + "n"
            changed = True
        else:
            break
    if not changed:
        return []
    out = [" ".join(new)]
    if neuter:
        # genitive of a neuter head noun: "des Vereinigten Königreichs"
        for j in range(1, len(new)):
            if new[j] != toks[j] or ADJ_RE.match(new[j]):
                continue
            g = list(new)
            g[j] = new[j] + "s"
            out.append(" ".join(g))
            break
    return out


def de_genitive(name: str) -> str | None:
    """The -s genitive of a German short name, where it takes one."""
    if name in NO_GEN or name.isupper() or any(w in name.lower() for w in NO_GEN_WORDS):
        return None
    if name[-1] in "sxzßSXZ" or name.endswith("e") or name.endswith("ei"):
        return None
    toks = name.split(" ")
    if len(toks) > 2:
        return None
    if len(toks) == 2 and re.search(r"(er|e|es|en)$", toks[0]):
        return None
    return name + "s"


def de_adj(stem: str) -> list[str]:
    return [stem + s for s in ("", "e", "en", "er", "es", "em")]


def de_demonym(form: str) -> list[str]:
    if form.startswith("="):
        return [form[1:]]
    if form.endswith("+"):
        x = form[:-1]
        return [x, x + "en", x + "in", x + "innen"]
    if form.endswith("er"):
        return [form, form + "n", form + "s", form + "in", form + "innen"]
    if form.endswith("e"):
        return [form, form + "n", form[:-1] + "in", form[:-1] + "innen"]
    return [form, form + "s"]


def en_demonym(form: str) -> list[str]:
    if form.startswith("="):
        return [form[1:]]
    if form.endswith("man"):
        return [form, form[:-3] + "men"]
    if form.endswith("ese") or form.endswith("s"):
        return [form]
    return [form, form + "s"]


def main() -> None:
    iso = iso_names()
    wanted = UN_MEMBERS + EXTRA_STATES
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    for c in wanted:
        if c not in iso and c not in NON_ISO:
            sys.exit(f"unknown ISO code {c}")

    lex = {r[0]: r for r in read_tsv(os.path.join(HERE, "states_lex.tsv"), 8)}
    missing = [c for c in wanted if c not in lex]
    if missing:
        sys.exit(f"states_lex.tsv lacks {missing}")
    extra_rows = read_tsv(os.path.join(HERE, "states_extra.tsv"), 5)

    rows: list[tuple] = []
    for c in wanted:
        _, de_names, de_adjs, de_dems, en_names, en_adjs, en_dems, caps = lex[c]
        bykind: dict[str, list[tuple[str, str]]] = {k: [] for k in KIND_ORDER}
        names_de = [n for n in (usable(x) for x in iso.get(c, {}).get("de", [])) if n]
        names_en = [n for n in (usable(x) for x in iso.get(c, {}).get("en", [])) if n]
        names_de += split_vals(de_names)
        names_en += split_vals(en_names)
        names_de = [n for n in names_de if (c, n) not in DROP]
        names_en = [n for n in names_en if (c, n) not in DROP]
        for n in list(names_de):
            names_de += de_oblique(n)
        for n in names_de:
            bykind["name"].append(("de", n))
        for n in names_en:
            bykind["name"].append(("en", n))
        # German genitives of short names (iso short and common names, lexicon names)
        short_de = [usable(de_iso_short(iso, c, k)) for k in ("name", "common_name")]
        for n in [x for x in short_de if x] + split_vals(de_names):
            if (c, n) in DROP:
                continue
            g = de_genitive(n)
            if g:
                bykind["gen"].append(("de", g))
        for lang, cap in lang_prefixed(split_vals(caps)):
            bykind["capital"].append((lang, cap))
        for stem in split_vals(de_adjs):
            bykind["adj"] += [("de", f) for f in de_adj(stem)]
        for d in split_vals(de_dems):
            bykind["demonym"] += [("de", f) for f in de_demonym(d)]
        for a in split_vals(en_adjs):
            bykind["adj"].append(("en", a))
        for d in split_vals(en_dems):
            bykind["demonym"] += [("en", f) for f in en_demonym(d)]
        for r in extra_rows:
            if r[0] == c:
                bykind.setdefault(r[2], []).append((r[3], r[4]))
        for kind in KIND_ORDER:
            for lang, s in bykind[kind]:
                rows.append((c, c, kind, lang, s))
        for kind, vals in bykind.items():
            if kind not in KIND_ORDER:
                sys.exit(f"unknown kind {kind} for {c}")

    # Swiss spelling: every German surface with "ß" also with "ss"
    rows = [r2 for r in rows for r2 in ([r, (r[0], r[1], r[2], "de", r[4].replace("ß", "ss"))]
                                       if "ß" in r[4] and r[3] in ("de", "*") else [r])]
    rows = merge_langs(rows)
    header = [
        "states.tsv: id  state  kind  lang  surface  (UTF-8, tab-separated)",
        "GENERATED by tools/gazetteer/gen_states.py from Debian iso-codes and",
        "tools/gazetteer/states_lex.tsv + states_extra.tsv. Do not edit by hand.",
    ]
    write_tsv(os.path.join(OUT, "states.tsv"), header, rows)
    print(f"states.tsv: {len(rows)} rows, {len(wanted)} states")


if __name__ == "__main__":
    main()
