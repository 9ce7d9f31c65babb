#!/usr/bin/env bash
# Quality benchmark of the matching engine (issue 3): every OFAC alias of ../shared/eval/ofac-alias-to-primary.tsv
# searched among the primary names of sdn_2024-05-03T1843.csv (unpacked from the archive into a temp dir).
# Prints recall@1 and the rate of wrong top results at or above the alert threshold, for SanctionsWatch and, in the
# same run, for two peer methods with their conventional thresholds: token-wise Jaro-Winkler (0.90) and FuzzySharp
# 2.0.2 Fuzz.TokenSetRatio (90). The peers score every primary name per query, so by default they run on a
# deterministic sample of 400 queries (FuzzySharp needs ≈ 0.75 s per query per core) (ours is shown on all queries and on the same sample).
# Target: recall@1 >= 0.75 with wrong alerts <= 2 %.
# Usage: scripts/bench-matching.sh [--peer-sample N (0 = all)] [--misses N] [--set knob=value]...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
archive="$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz"
aliases="$shared/eval/ofac-alias-to-primary.tsv"
for f in "$archive" "$aliases"; do
  [ -f "$f" ] || { echo "missing $f (../shared beside the project root)" >&2; exit 1; }
done
work="$(mktemp -d /tmp/sanctionswatch-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "unpacking sdn_2024-05-03T1843.csv from the archive…"
tar xJf "$archive" -C "$work" --wildcards '*sdn_2024-05-03T1843.csv'
sdn="$(find "$work" -name 'sdn_2024-05-03T1843.csv' | head -1)"
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll" \
  matching "$sdn" "$aliases" "$@"
