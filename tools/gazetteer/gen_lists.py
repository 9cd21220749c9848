#!/usr/bin/env python3
"""Generate orgs.tsv, persons.tsv, systems.tsv, items-de.tsv, items-en.tsv and roles.tsv
in data/gazetteer from the hand-written sources in tools/gazetteer:

  orgs_src.tsv     id  state  kind  surfaces       (+ ministries generated from MINISTRIES)
  persons_src.tsv  id  state  role  surfaces
  systems_src.tsv  name  category  maker  surfaces
  items_src.tsv    lang  category  match  surfaces
  roles_src.tsv    lang  role  surfaces

`surfaces` are "|"-separated; a "de:" or "en:" prefix limits a surface to one language
(default both, "*"). Every German surface with "ß" also gets its Swiss "ss" spelling.
"""

from __future__ import annotations

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, HERE, lang_prefixed, merge_langs, read_tsv, split_vals, write_tsv  # noqa: E402

APOS = ("'", "’")

# Ministries of defence and foreign affairs of the main states, as the phrases with a
# country adjective, a possessive, a capital or a genitive that news text uses.
# iso: (slug or (defence id, foreign id), de adjective stem, [en adjectives], [en short names],
#       [de capitals], [en capitals], [de genitive phrases], [de capital adjectives])
MINISTRIES = {
    "USA": (("org:pentagon", "org:state-department"), "amerikanisch", ["U.S.", "US", "American"],
            ["U.S.", "US", "America", "the United States"], ["Washington"], ["Washington"], ["der USA", "der Vereinigten Staaten"], ["Washingtoner"]),
    "GBR": (("org:uk-ministry-of-defence", "org:fcdo"), "britisch", ["British", "UK", "U.K."],
            ["Britain", "the UK", "the U.K.", "UK"], ["London"], ["London"], ["Großbritanniens"], ["Londoner"]),
    "DEU": (("org:bmvg", "org:auswaertiges-amt"), "deutsch", ["German"], ["Germany"], ["Berlin"], ["Berlin"],
            ["Deutschlands"], ["Berliner"]),
    "RUS": ("russia", "russisch", ["Russian"], ["Russia"], ["Moskau"], ["Moscow"], ["Russlands"], ["Moskauer"]),
    "UKR": ("ukraine", "ukrainisch", ["Ukrainian"], ["Ukraine"], ["Kiew", "Kyjiw"], ["Kyiv", "Kiev"], ["der Ukraine"], ["Kiewer"]),
    "CHN": ("china", "chinesisch", ["Chinese"], ["China"], ["Peking"], ["Beijing"], ["Chinas"], ["Pekinger"]),
    "IRN": ("iran", "iranisch", ["Iranian"], ["Iran"], ["Teheran"], ["Tehran"], ["Irans", "des Iran"], ["Teheraner"]),
    "PRK": ("north-korea", "nordkoreanisch", ["North Korean"], ["North Korea"], ["Pjöngjang"], ["Pyongyang"], ["Nordkoreas"], []),
    "KOR": ("south-korea", "südkoreanisch", ["South Korean"], ["South Korea"], ["Seoul"], ["Seoul"], ["Südkoreas"], []),
    "FRA": ("france", "französisch", ["French"], ["France"], ["Paris"], ["Paris"], ["Frankreichs"], ["Pariser"]),
    "POL": ("poland", "polnisch", ["Polish"], ["Poland"], ["Warschau"], ["Warsaw"], ["Polens"], ["Warschauer"]),
    "NLD": ("netherlands", "niederländisch", ["Dutch"], ["the Netherlands", "Netherlands"], ["Den Haag"], ["The Hague"], ["der Niederlande"], []),
    "BLR": ("belarus", "belarussisch", ["Belarusian"], ["Belarus"], ["Minsk"], ["Minsk"], [], ["Minsker"]),
    "ISR": ("israel", "israelisch", ["Israeli"], ["Israel"], ["Jerusalem"], ["Jerusalem"], ["Israels"], []),
    "TUR": ("turkey", "türkisch", ["Turkish"], ["Turkey", "Türkiye"], ["Ankara"], ["Ankara"], ["der Türkei"], []),
    "JPN": ("japan", "japanisch", ["Japanese"], ["Japan"], ["Tokio"], ["Tokyo"], ["Japans"], []),
    "ITA": ("italy", "italienisch", ["Italian"], ["Italy"], ["Rom"], ["Rome"], ["Italiens"], []),
    "SRB": ("serbia", "serbisch", ["Serbian"], ["Serbia"], ["Belgrad"], ["Belgrade"], ["Serbiens"], []),
    "HUN": ("hungary", "ungarisch", ["Hungarian"], ["Hungary"], ["Budapest"], ["Budapest"], ["Ungarns"], []),
    "SYR": ("syria", "syrisch", ["Syrian"], ["Syria"], ["Damaskus"], ["Damascus"], ["Syriens"], []),
    "IND": ("india", "indisch", ["Indian"], ["India"], ["Neu-Delhi"], ["New Delhi"], ["Indiens"], []),
    "PAK": ("pakistan", "pakistanisch", ["Pakistani"], ["Pakistan"], ["Islamabad"], ["Islamabad"], ["Pakistans"], []),
    "SAU": ("saudi-arabia", "saudi-arabisch", ["Saudi"], ["Saudi Arabia"], ["Riad"], ["Riyadh"], ["Saudi-Arabiens"], []),
    "ARE": ("uae", "emiratisch", ["Emirati"], ["the UAE", "UAE"], ["Abu Dhabi"], ["Abu Dhabi"], ["der Emirate"], []),
    "EGY": ("egypt", "ägyptisch", ["Egyptian"], ["Egypt"], ["Kairo"], ["Cairo"], ["Ägyptens"], []),
    "CZE": ("czech-republic", "tschechisch", ["Czech"], ["the Czech Republic", "Czechia"], ["Prag"], ["Prague"], ["Tschechiens"], []),
    "SVK": ("slovakia", "slowakisch", ["Slovak"], ["Slovakia"], ["Bratislava"], ["Bratislava"], ["der Slowakei"], []),
    "SWE": ("sweden", "schwedisch", ["Swedish"], ["Sweden"], ["Stockholm"], ["Stockholm"], ["Schwedens"], []),
    "FIN": ("finland", "finnisch", ["Finnish"], ["Finland"], ["Helsinki"], ["Helsinki"], ["Finnlands"], []),
    "NOR": ("norway", "norwegisch", ["Norwegian"], ["Norway"], ["Oslo"], ["Oslo"], ["Norwegens"], []),
    "DNK": ("denmark", "dänisch", ["Danish"], ["Denmark"], ["Kopenhagen"], ["Copenhagen"], ["Dänemarks"], []),
    "ESP": ("spain", "spanisch", ["Spanish"], ["Spain"], ["Madrid"], ["Madrid"], ["Spaniens"], []),
    "CAN": ("canada", "kanadisch", ["Canadian"], ["Canada"], ["Ottawa"], ["Ottawa"], ["Kanadas"], []),
    "AUS": ("australia", "australisch", ["Australian"], ["Australia"], ["Canberra"], ["Canberra"], ["Australiens"], []),
    "ROU": ("romania", "rumänisch", ["Romanian"], ["Romania"], ["Bukarest"], ["Bucharest"], ["Rumäniens"], []),
    "BGR": ("bulgaria", "bulgarisch", ["Bulgarian"], ["Bulgaria"], ["Sofia"], ["Sofia"], ["Bulgariens"], []),
    "LTU": ("lithuania", "litauisch", ["Lithuanian"], ["Lithuania"], ["Vilnius"], ["Vilnius"], ["Litauens"], []),
    "LVA": ("latvia", "lettisch", ["Latvian"], ["Latvia"], ["Riga"], ["Riga"], ["Lettlands"], []),
    "EST": ("estonia", "estnisch", ["Estonian"], ["Estonia"], ["Tallinn"], ["Tallinn"], ["Estlands"], []),
    "GRC": ("greece", "griechisch", ["Greek"], ["Greece"], ["Athen"], ["Athens"], ["Griechenlands"], []),
    "AZE": ("azerbaijan", "aserbaidschanisch", ["Azerbaijani"], ["Azerbaijan"], ["Baku"], ["Baku"], ["Aserbaidschans"], []),
    "ARM": ("armenia", "armenisch", ["Armenian"], ["Armenia"], ["Jerewan", "Eriwan"], ["Yerevan"], ["Armeniens"], []),
    "GEO": ("georgia", "georgisch", ["Georgian"], ["Georgia"], ["Tiflis"], ["Tbilisi"], ["Georgiens"], []),
    "KAZ": ("kazakhstan", "kasachisch", ["Kazakh"], ["Kazakhstan"], ["Astana"], ["Astana"], ["Kasachstans"], []),
    "VNM": ("vietnam", "vietnamesisch", ["Vietnamese"], ["Vietnam"], ["Hanoi"], ["Hanoi"], ["Vietnams"], []),
    "TWN": ("taiwan", "taiwanisch", ["Taiwanese"], ["Taiwan"], ["Taipeh"], ["Taipei"], ["Taiwans"], []),
    "AUT": ("austria", "österreichisch", ["Austrian"], ["Austria"], ["Wien"], ["Vienna"], ["Österreichs"], []),
    "CHE": ("switzerland", "schweizerisch", ["Swiss"], ["Switzerland"], ["Bern"], ["Bern"], ["der Schweiz"], []),
    "BEL": ("belgium", "belgisch", ["Belgian"], ["Belgium"], [], [], ["Belgiens"], []),
    "MDA": ("moldova", "moldauisch", ["Moldovan"], ["Moldova"], ["Chișinău", "Chisinau"], ["Chisinau"], ["Moldaus"], []),
    "IRQ": ("iraq", "irakisch", ["Iraqi"], ["Iraq"], ["Bagdad"], ["Baghdad"], ["des Irak", "Iraks"], []),
    "QAT": ("qatar", "katarisch", ["Qatari"], ["Qatar"], ["Doha"], ["Doha"], ["Katars"], []),
    "PRT": ("portugal", "portugiesisch", ["Portuguese"], ["Portugal"], ["Lissabon"], ["Lisbon"], ["Portugals"], []),
    "HRV": ("croatia", "kroatisch", ["Croatian"], ["Croatia"], ["Zagreb"], ["Zagreb"], ["Kroatiens"], []),
    "SVN": ("slovenia", "slowenisch", ["Slovenian"], ["Slovenia"], ["Ljubljana"], ["Ljubljana"], ["Sloweniens"], []),
    "BRA": ("brazil", "brasilianisch", ["Brazilian"], ["Brazil"], ["Brasília"], ["Brasília"], ["Brasiliens"], []),
    "ZAF": ("south-africa", "südafrikanisch", ["South African"], ["South Africa"], ["Pretoria"], ["Pretoria"], ["Südafrikas"], []),
}

DE_MIN = {"defence": ["Verteidigungsministerium"], "foreign": ["Außenministerium"]}
EN_MIN = {
    "defence": ["Defence Ministry", "Defense Ministry", "defence ministry", "defense ministry",
                "Ministry of Defence", "Ministry of Defense", "Ministry of National Defense",
                "Ministry of National Defence", "Defence Department", "Defense Department"],
    "foreign": ["Foreign Ministry", "foreign ministry", "Ministry of Foreign Affairs",
                "Foreign Affairs Ministry", "foreign affairs ministry", "MFA"],
}


def ministry_rows() -> list[tuple]:
    rows = []
    for iso, (slug, stem, en_adjs, en_names, de_caps, en_caps, de_gens, de_cap_adjs) in MINISTRIES.items():
        for which in ("defence", "foreign"):
            if isinstance(slug, tuple):
                id_ = slug[0] if which == "defence" else slug[1]
            else:
                id_ = f"org:{slug}-{which}-ministry"
            de, en = [], []
            for n in DE_MIN[which]:
                de += [f"{stem}e {n}", f"{stem}en {n}", f"{stem}en {n}s", f"{stem}es {n}"]
                de += [f"{n} in {c}" for c in de_caps] + [f"{n}s in {c}" for c in de_caps]
                de += [f"{n} {g}" for g in de_gens] + [f"{n}s {g}" for g in de_gens]
                de += [f"{a} {n}" for a in de_cap_adjs] + [f"{a} {n}s" for a in de_cap_adjs]
            for n in EN_MIN[which]:
                if n == "MFA" or "National" in n:
                    if n == "MFA" or iso in ("CHN", "KOR", "POL", "TWN", "PRK"):
                        en += [f"{a} {n}" for a in en_adjs]
                    continue
                en += [f"{a} {n}" for a in en_adjs]
                for nm in en_names:
                    for ap in APOS:
                        en.append(f"{nm}{ap}s {n}")
                    if n.startswith("Ministry") or n[0].isupper():
                        en.append(f"{n} of {nm}")
                en += [f"{n} in {c}" for c in en_caps]
            if iso == "FRA" and which == "defence":
                en += ["French Armed Forces Ministry", "Ministry of the Armed Forces", "Ministry of Armed Forces",
                       "French Ministry of the Armed Forces", "French Ministry of Armed Forces", "Armed Forces Ministry"]
                de += ["französische Armeeministerium", "französischen Armeeministerium",
                       "französischen Armeeministeriums", "Armeeministerium", "Armeeministeriums",
                       "Ministerium für die Streitkräfte"]
            rows += [(id_, iso, "organ", "de", s) for s in de]
            rows += [(id_, iso, "organ", "en", s) for s in en]
    return rows


def with_ss(rows: list[tuple], lang_idx: int, surf_idx: int) -> list[tuple]:
    """Add the Swiss "ss" spelling of every German surface with "ß"."""
    out = []
    for r in rows:
        out.append(r)
        if "ß" in r[surf_idx] and r[lang_idx] in ("de", "*"):
            r2 = list(r)
            r2[surf_idx] = r[surf_idx].replace("ß", "ss")
            r2[lang_idx] = "de"
            out.append(tuple(r2))
    return out


def dedupe(rows: list[tuple]) -> list[tuple]:
    seen = set()
    out = []
    for r in rows:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def entity_rows(src: str) -> list[tuple]:
    rows = []
    for id_, state, kind, surfaces in read_tsv(os.path.join(HERE, src), 4):
        for lang, s in lang_prefixed(split_vals(surfaces)):
            rows.append((id_, state, kind, lang, s))
    return rows


def gen_orgs() -> None:
    rows = entity_rows("orgs_src.tsv") + ministry_rows()
    rows = merge_langs(with_ss(rows, 3, 4))
    write_tsv(os.path.join(OUT, "orgs.tsv"), [
        "orgs.tsv: id  state  kind  lang  surface  (UTF-8, tab-separated)",
        "GENERATED by tools/gazetteer/gen_lists.py from tools/gazetteer/orgs_src.tsv. Do not edit by hand.",
    ], rows)
    print(f"orgs.tsv: {len(rows)} rows")


def gen_persons() -> None:
    path = os.path.join(HERE, "persons_src.tsv")
    if not os.path.exists(path):
        return
    rows = merge_langs(with_ss(entity_rows("persons_src.tsv"), 3, 4))
    write_tsv(os.path.join(OUT, "persons.tsv"), [
        "persons.tsv: id  state  role  lang  surface  (UTF-8, tab-separated)",
        "GENERATED by tools/gazetteer/gen_lists.py from tools/gazetteer/persons_src.tsv. Do not edit by hand.",
    ], rows)
    print(f"persons.tsv: {len(rows)} rows")


DESIG = re.compile(r"^([A-Za-z]{1,8})-(\d[\w]*)$")


def designation_variants(s: str) -> list[str]:
    """"Su-35" -> "Su 35", "Su35"; "Shahed-136" -> "Shahed 136" (no run-together form
    for long prefixes)."""
    m = DESIG.match(s)
    if not m:
        return []
    a, b = m.groups()
    out = [f"{a} {b}"]
    if len(a) <= 3:
        out.append(f"{a}{b}")
    return out


def gen_systems() -> None:
    path = os.path.join(HERE, "systems_src.tsv")
    if not os.path.exists(path):
        return
    rows = []
    for name, cat, maker, surfaces in read_tsv(path, 4):
        cur_name, cur_cat = name, cat
        for v in split_vals(surfaces):
            if v.startswith("@"):
                v = v[1:]
                core = v.split(":", 1)[1] if v[:3] in ("de:", "en:") else v
                if "#" in core:
                    core, cur_cat = core.split("#", 1)
                    v = v.split("#", 1)[0]
                else:
                    cur_cat = cat
                cur_name = core
            for lang, s in lang_prefixed([v]):
                rows.append((cur_name, cur_cat, maker, lang, s))
                for var in designation_variants(s):
                    rows.append((cur_name, cur_cat, maker, lang, var))
    # merge de+en of the same surface into "*"
    tmp = merge_langs([(f"{r[0]}\x00{r[1]}\x00{r[2]}", "", "", r[3], r[4]) for r in rows])
    rows = [tuple(t[0].split("\x00")) + (t[3], t[4]) for t in tmp]
    # a surface listed under several systems keeps the first
    seen: dict[tuple, str] = {}
    out = []
    for r in rows:
        keys = [(r[4], lg) for lg in (("de", "en") if r[3] == "*" else (r[3],))]
        if any(k in seen and seen[k] != r[0] for k in keys):
            print(f"systems: {r[4]!r} already names {[seen[k] for k in keys if k in seen]}, skipped for {r[0]}")
            continue
        for k in keys:
            seen[k] = r[0]
        out.append(r)
    write_tsv(os.path.join(OUT, "systems.tsv"), [
        "systems.tsv: name  category  maker  lang  surface  (UTF-8, tab-separated)",
        "GENERATED by tools/gazetteer/gen_lists.py from tools/gazetteer/systems_src.tsv. Do not edit by hand.",
    ], out)
    print(f"systems.tsv: {len(out)} rows, {len({r[0] for r in out})} systems")


def gen_items() -> None:
    path = os.path.join(HERE, "items_src.tsv")
    if not os.path.exists(path):
        return
    out = {"de": [], "en": []}
    for lang, cat, match, surfaces in read_tsv(path, 4):
        for s in split_vals(surfaces):
            out[lang].append((cat, match, s.lower()))
            if lang == "de" and "ß" in s:
                out[lang].append((cat, match, s.lower().replace("ß", "ss")))
    for lang, rows in out.items():
        rows = dedupe(rows)
        write_tsv(os.path.join(OUT, f"items-{lang}.tsv"), [
            f"items-{lang}.tsv: category  match  surface  (UTF-8, tab-separated, lower case)",
            "match: word (whole token), prefix, suffix, contains; the engine takes the longest match in a token.",
            "GENERATED by tools/gazetteer/gen_lists.py from tools/gazetteer/items_src.tsv. Do not edit by hand.",
        ], rows)
        print(f"items-{lang}.tsv: {len(rows)} rows")


def de_role_forms(v: str) -> list[str]:
    """Expand a German role noun with an inflection marker (see roles_src.tsv)."""
    if v.endswith("~er"):
        x = v[:-3]
        return [x, x + "s", x + "n", x + "in", x + "innen"]
    if v.endswith("~w"):
        x = v[:-2]
        return [x, x + "en", x + "in", x + "innen"]
    if v.endswith("~c"):
        x = v[:-2]
        return [x, x + "s", x + "in", x + "innen"]
    if v.endswith("~a"):
        x = v[:-2]
        return [x + "e", x + "en", x + "er"]
    return [v]


def gen_roles() -> None:
    path = os.path.join(HERE, "roles_src.tsv")
    if not os.path.exists(path):
        return
    rows = []
    for lang, role, surfaces in read_tsv(path, 3):
        for v in split_vals(surfaces):
            for s in de_role_forms(v):
                rows.append((lang, role, s))
                if lang in ("de", "*") and "ß" in s:
                    rows.append(("de", role, s.replace("ß", "ss")))
    rows = dedupe(rows)
    write_tsv(os.path.join(OUT, "roles.tsv"), [
        "roles.tsv: lang  role  surface  (UTF-8, tab-separated)",
        "GENERATED by tools/gazetteer/gen_lists.py from tools/gazetteer/roles_src.tsv. Do not edit by hand.",
    ], rows)
    print(f"roles.tsv: {len(rows)} rows")


def main() -> None:
    gen_orgs()
    gen_persons()
    gen_systems()
    gen_items()
    gen_roles()


if __name__ == "__main__":
    main()
