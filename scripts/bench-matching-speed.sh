#!/usr/bin/env bash
# Speed benchmark of the matching engine (issue 3): 1,000,000 list names built from the real names of ../shared (OFAC
# SDN 2024-05-03 CSV, OFAC consolidated CSV and XML with their aliases, the OFAC alias set, the research watchlist),
# repeated with controlled perturbations (typos, word order, legal forms; fixed seed) until a million; a 1,000-entity
# watchlist (research names plus perturbed real names). Prints the time to match the watchlist against the names
# (index build + all searches), p50/p95 of one screen query, and peak memory (VmHWM); the peers (token Jaro-Winkler,
# FuzzySharp TokenSetRatio) scan exhaustively, so they run a few queries and the whole match is extrapolated. It also
# builds and matches once more in the same process, as a worker's next sync does (its code compiled by then).
# Targets on a 2-core machine: < 20 s, < 5 ms per query at p50, < 1.5 GB.
# Usage: scripts/bench-matching-speed.sh [NAMES (default 1000000)] [--peer-queries N (default 5)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
archive="$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz"
[ -f "$archive" ] || { echo "missing $archive (../shared beside the project root)" >&2; exit 1; }
work="$(mktemp -d /tmp/sanctionswatch-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
tar xJf "$archive" -C "$work" --wildcards '*sdn_2024-05-03T1843.csv'
sdn="$(find "$work" -name 'sdn_2024-05-03T1843.csv' | head -1)"
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll" \
  matching-speed "$shared" "$sdn" "$@"
