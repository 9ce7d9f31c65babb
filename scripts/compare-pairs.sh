#!/usr/bin/env bash
# Runs a labelled TSV of name pairs (default tests/SanctionsWatch.Tests/Matching/name-pairs.tsv: label, kind, category,
# name1, name2, note, status) through `sanctionswatch compare --format json`, one process per pair, at the configured
# thresholds. Prints each wrong pair, then per category: matches found (band alert) and near-misses kept out of alert.
# Usage: scripts/compare-pairs.sh [TSV] [--no-kind]  (in any order)   (--no-kind: compare without --kind, as an outside suite might)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tsv="$root/tests/SanctionsWatch.Tests/Matching/name-pairs.tsv"
nokind=""
for arg in "$@"; do
  if [ "$arg" = "--no-kind" ]; then nokind="--no-kind"; else tsv="$arg"; fi
done
"$root/scripts/build.sh"
python3 - "$root/scripts/sanctionswatch" "$tsv" "$nokind" <<'PY'
import collections, json, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
cli, tsv, nokind = sys.argv[1], sys.argv[2], sys.argv[3] == "--no-kind"
rows = []
for line in open(tsv, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or line.startswith("label\t"):
        continue
    f = line.split("\t")
    rows.append((f[0], f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else "", f[6] if len(f) > 6 else ""))
def run(r):
    args = [cli, "compare", r[3], r[4], "--format", "json"] + ([] if nokind else ["--kind", r[1]])
    out = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return out["score"], out["band"]
with ThreadPoolExecutor(2) as pool:
    results = list(pool.map(run, rows))
tally = collections.defaultdict(lambda: [0, 0])
right = 0
for r, (score, band) in zip(rows, results):
    ok = (band == "alert") == (r[0] == "match")
    right += ok
    t = tally[(r[0], r[2])]
    t[0] += ok
    t[1] += 1
    if not ok:
        print(f"WRONG {r[0]:7} {r[2]:16} {score:.3f} {band:6} {r[3]!r} vs {r[4]!r}" + (f"  [{r[6]}]" if r[6] else ""))
print()
for (label, cat), (ok, n) in sorted(tally.items()):
    print(f"{label:7} {cat:18} {ok:3}/{n:3}")
m = [(ok, n) for (l, _), (ok, n) in tally.items() if l == "match"]
x = [(ok, n) for (l, _), (ok, n) in tally.items() if l == "nomatch"]
print(f"matches found (alert): {sum(a for a, _ in m)}/{sum(b for _, b in m)}; "
      f"near-misses kept out of alert: {sum(a for a, _ in x)}/{sum(b for _, b in x)}; pairs right: {right}/{len(rows)}")
PY
