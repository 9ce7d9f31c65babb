#!/usr/bin/env bash
# Replays all 308 versions of the real OFAC SDN CSV history (../shared) into a fresh store and prints wall time, peak
# memory and database size. Targets on a 2-core machine: < 60 s, < 500 MB RSS, < 100 MB database (SQLite).
# Usage: scripts/bench-replay.sh [--provider sqlite|postgresql] [WATCHLIST.yaml]
#   --provider postgresql replays into SQLite and into a private PostgreSQL (scripts/postgres.sh, durable settings:
#   fsync on) one after the other, and prints both side by side.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
provider=sqlite
if [ "${1:-}" = "--provider" ]; then provider="${2:?sqlite or postgresql}"; shift 2; fi
case "$provider" in sqlite|postgresql) ;; *) echo "--provider must be sqlite or postgresql, not '$provider'" >&2; exit 2 ;; esac
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
archive="$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz"
[ -f "$archive" ] || { echo "missing $archive (../shared beside the project root)" >&2; exit 1; }
work="$(mktemp -d /tmp/sanctionswatch-bench-XXXXXX)"
pgdir=""
cleanup() { [ -n "$pgdir" ] && "$root/scripts/postgres.sh" stop "$pgdir"; rm -rf "$work"; }
trap cleanup EXIT
echo "unpacking the archive…"
start=$(date +%s.%N)
tar xJf "$archive" -C "$work"
echo "unpacked in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s (not counted below)"
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
bench="$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll"
if [ "$provider" = sqlite ]; then
  dotnet "$bench" replay "$work/sdn" "$work/bench.db" "$@"
  exit
fi

echo "== SQLite"
dotnet "$bench" replay "$work/sdn" "$work/bench.db" "$@" | tee "$work/sqlite.txt"
eval "$("$root/scripts/postgres.sh" start --durable)"
pgdir="$SANCTIONSWATCH_TEST_POSTGRES_DIR"
echo "== PostgreSQL 15 (private server on loopback, fsync on)"
dotnet "$bench" replay "$work/sdn" "$SANCTIONSWATCH_TEST_POSTGRES" "$@" | tee "$work/pg.txt"
echo
echo "== side by side"
printf '%-22s %-14s %s\n' "" "SQLite" "PostgreSQL"
for key in "wall time" "peak memory (RSS)" "database size" "alerts raised"; do
  fields=1-2; [ "$key" = "alerts raised" ] && fields=1
  a=$(grep "^$key:" "$work/sqlite.txt" | sed 's/^[^:]*: *//' | cut -d' ' -f$fields)
  b=$(grep "^$key:" "$work/pg.txt" | sed 's/^[^:]*: *//' | cut -d' ' -f$fields)
  printf '%-22s %-14s %s\n' "$key" "$a" "$b"
done
grep "^server backend peak:" "$work/pg.txt" || true
