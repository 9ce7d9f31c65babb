#!/usr/bin/env bash
# Replays all 308 versions of the real OFAC SDN CSV history (../shared) into a fresh database and prints
# wall time, peak memory and database size. Targets on a 2-core machine: < 60 s, < 500 MB RSS, < 100 MB database.
# Usage: scripts/bench-replay.sh [WATCHLIST.yaml]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
archive="$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz"
[ -f "$archive" ] || { echo "missing $archive (../shared beside the project root)" >&2; exit 1; }
work="$(mktemp -d /tmp/sanctionswatch-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "unpacking the archive…"
start=$(date +%s.%N)
tar xJf "$archive" -C "$work"
echo "unpacked in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s (not counted below)"
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll" \
  replay "$work/sdn" "$work/bench.db" "$@"
