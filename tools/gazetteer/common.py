"""Shared helpers for the gazetteer generators and the checker."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "data", "gazetteer")
# Generators write here; check.py --sync points it at a temporary directory.
OUT = os.environ.get("GAZETTEER_OUT", DATA)


def read_tsv(path: str, ncols: int | None = None) -> list[list[str]]:
    """Rows of a TSV file without comment and blank lines; checks the column count."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if ncols is not None and len(cols) != ncols:
                sys.exit(f"{path}:{n}: expected {ncols} columns, got {len(cols)}: {line!r}")
            rows.append([c.strip() for c in cols])
    return rows


def split_vals(cell: str) -> list[str]:
    """Values of a `|`-separated cell; `-` means none."""
    if cell == "-" or cell == "":
        return []
    return [v.strip() for v in cell.split("|") if v.strip()]


def lang_prefixed(vals: list[str], default: str = "*") -> list[tuple[str, str]]:
    """Split `de:X` / `en:X` prefixes off values."""
    out = []
    for v in vals:
        if v.startswith("de:"):
            out.append(("de", v[3:]))
        elif v.startswith("en:"):
            out.append(("en", v[3:]))
        else:
            out.append((default, v))
    return out


def merge_langs(rows: list[tuple]) -> list[tuple]:
    """Rows (id, state, kind, lang, surface): a surface present in de and en becomes `*`;
    the same (id, surface) keeps its first kind only. Order is kept."""
    langs: dict[tuple, set] = {}
    first: dict[tuple, tuple] = {}
    order = []
    for r in rows:
        key = (r[0], r[4])
        if key not in first:
            first[key] = r
            langs[key] = set()
            order.append(key)
        langs[key].add(r[3])
    out = []
    for key in order:
        r = first[key]
        ls = langs[key]
        lang = "*" if ("*" in ls or ls >= {"de", "en"}) else next(iter(ls))
        out.append((r[0], r[1], r[2], lang, r[4]))
    return out


def write_tsv(path: str, header: list[str], rows: list[tuple]) -> None:
    """Write rows with leading comment lines."""
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
