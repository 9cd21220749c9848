#!/usr/bin/env python3
"""Runs Python trafilatura over an article-extraction benchmark folder.

Writes the predictions as JSON ({ID: text}) so that `milcoop bench html
--predictions` scores them with the same scorer as milcoop's own output,
and prints the extraction time. Pages are decompressed before the clock
starts; only trafilatura.extract is timed (same rule as milcoop bench html).

Usage: trafilatura_extract.py DIR OUT.json
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def main() -> None:
    bench_dir, out_path = sys.argv[1], sys.argv[2]
    truth = json.load(open(os.path.join(bench_dir, "ground-truth.json"), encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = os.path.join(bench_dir, "html", page_id + ".html.gz")
        with gzip.open(path, "rb") as f:
            html = f.read().decode("utf-8", errors="replace")
        pages.append((page_id, html, truth[page_id].get("url")))
    size = sum(len(h.encode("utf-8")) for _, h, _ in pages)
    start = time.perf_counter()
    cpu_start = time.process_time()
    predictions = {}
    for page_id, html, url in pages:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
        predictions[page_id] = text or ""
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(predictions, f, ensure_ascii=False)
    print(
        f"extraction {seconds:.3f} s  {len(pages) / seconds:.1f} pages/s  "
        f"{size / 1e6 / seconds:.2f} MB/s  ({size / 1e6:.1f} MB of HTML)"
    )
    print(f"cpu {cpu:.3f} s  {len(pages) / cpu:.1f} pages/cpu-s")


if __name__ == "__main__":
    main()
