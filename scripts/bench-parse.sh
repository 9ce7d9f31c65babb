#!/usr/bin/env bash
# Parse benchmark: for each registered reader with a real file in ../shared, file size, parse throughput (MB/s) and
# peak RSS (VmHWM), one reader per process (the US CSL also decompressed, for MB/s of CSV text); then ~200 MB inputs
# synthesised from real files (OFAC classic XML with new uids, OFAC advanced XML with new FixedRefs, FtM JSON lines
# with new ids), which should parse in under 300 MB peak RSS.
# Usage: scripts/bench-parse.sh [SYNTH_MB (default 200)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
mb="${1:-200}"
[ -d "$shared/data" ] || { echo "missing $shared/data (../shared beside the project root)" >&2; exit 1; }
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
bench=(dotnet "$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll" parse)

echo "== real files (one process per reader)"
"${bench[@]}" plan "$shared" | while IFS=$'\t' read -r id label path; do
  "${bench[@]}" one "$id" "$label" "$path"
done

work="$(mktemp -d /tmp/sanctionswatch-parse-XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "== the real US CSL file decompressed (MB/s of CSV text; the lists no OFAC source carries)"
gzip -dc "$shared/data/us-csl/trade-gov-csl-2025-02.csv.gz" > "$work/consolidated.csv"
"${bench[@]}" one us-csl "US CSL CSV, decompressed" "$work/consolidated.csv"
rm -f "$work/consolidated.csv"
echo "== synthesised ~${mb} MB inputs (target: peak RSS under 300 MB)"
"${bench[@]}" synth ofac-xml "$shared/data/ofac/cons-classic-2025-03-28.xml" "$work/cons-synth.xml" "$mb"
"${bench[@]}" one ofac-cons "OFAC classic XML, synthesised" "$work/cons-synth.xml"
rm -f "$work/cons-synth.xml"
"${bench[@]}" synth ofac-advanced "$shared/data/ofac/cons-advanced-2020-03.xml" "$work/adv-synth.xml" "$mb"
"${bench[@]}" one ofac-cons "OFAC advanced XML, synthesised" "$work/adv-synth.xml"
rm -f "$work/adv-synth.xml"
"${bench[@]}" synth ftm "$shared/data/opensanctions/sanctions-entities.delta-2024.json" "$work/ftm-synth.json" "$mb"
"${bench[@]}" one opensanctions "OpenSanctions FtM, synthesised" "$work/ftm-synth.json"
