#!/usr/bin/env bash
# Python trafilatura 2.3.1 and `milcoop bench html` side by side on one core.
#
# Installs trafilatura in a venv under target/ (PyPI), builds milcoop in
# release mode, then runs both on the benchmark folder pinned to CPU 0
# (taskset), trafilatura first, milcoop right after, and prints both F1
# (scored by the same scorer: milcoop bench html --predictions) and pages/s.
# On a shared machine absolute speeds vary: compare the ratio of one run;
# the CPU-time ratio (time each process actually ran) is the steadier one.
#
# Usage: tools/bench/trafilatura_compare.sh [BENCH_DIR] [REPEAT]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="${1:-../shared/bench/article-extraction}"
repeat="${2:-3}"
if [ ! -d "$bench" ]; then
    echo "benchmark folder $bench not found" >&2
    exit 2
fi
venv="target/trafilatura-venv"
if ! "$venv/bin/python" -c 'import trafilatura, sys; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "trafilatura==2.3.1" lxml_html_clean
fi
cargo build -q --release -p milcoop-cli
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()
preds="target/trafilatura-predictions.json"

echo "== Python trafilatura $("$venv/bin/python" -c 'import trafilatura; print(trafilatura.__version__)') (one core)"
py_out="$("${pin[@]}" "$venv/bin/python" tools/bench/trafilatura_extract.py "$bench" "$preds")"
py_score="$(target/release/milcoop bench html "$bench" --predictions "$preds")"
echo "$py_score"
echo "$py_out"

echo "== milcoop (one core, $repeat passes)"
rs_out="$("${pin[@]}" target/release/milcoop bench html "$bench" --repeat "$repeat")"
echo "$rs_out"

py_pps="$(sed -n 's/.* \([0-9.]*\) pages\/s.*/\1/p' <<<"$py_out")"
rs_pps="$(sed -n 's/.* \([0-9.]*\) pages\/s.*/\1/p' <<<"$rs_out")"
py_cpu="$(sed -n 's/.* \([0-9.]*\) pages\/cpu-s.*/\1/p' <<<"$py_out")"
rs_cpu="$(sed -n 's/.* \([0-9.]*\) pages\/cpu-s.*/\1/p' <<<"$rs_out")"
py_f1="$(sed -n 's/.*F1 \([0-9.]*\).*/\1/p' <<<"$py_score")"
rs_f1="$(sed -n 's/.*F1 \([0-9.]*\).*/\1/p' <<<"$rs_out")"
echo "== summary"
printf 'trafilatura  F1 %s  %s pages/s  %s pages/cpu-s\n' "$py_f1" "$py_pps" "$py_cpu"
printf 'milcoop      F1 %s  %s pages/s  %s pages/cpu-s\n' "$rs_f1" "$rs_pps" "$rs_cpu"
awk -v a="$rs_pps" -v b="$py_pps" -v c="$rs_cpu" -v d="$py_cpu" 'BEGIN {
    if (b > 0) printf "speed ratio  %.1fx wall-clock", a / b
    if (d > 0) printf ", %.1fx CPU time", c / d
    print ""
}'
