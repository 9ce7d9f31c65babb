#!/usr/bin/env bash
# Learns src/SanctionsWatch.Core/Matching/Data/lexicon.tsv: word translations from labelled name pairs (OFAC's aliases,
# alt.csv of 2025-12, joined to the primary names of sdn_2024-05-03, and the cross-list dev set), the tuning halves only
# (even OFAC entry numbers), so the held-out halves of scripts/bench-matching.sh stay unseen; and the organisations
# listed after 2024-05-03 (in no benchmark set), each alias of alt.csv against the entry's first alias. Needs ../shared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SANCTIONSWATCH_SHARED:-$root/../shared}"
archive="$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz"
work="$(mktemp -d /tmp/sanctionswatch-lexicon-XXXXXX)"
trap 'rm -rf "$work"' EXIT
tar xJf "$archive" -C "$work" --wildcards '*sdn_2024-05-03T1843.csv'
dotnet build "$root/tests/SanctionsWatch.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/tests/SanctionsWatch.Benchmarks/bin/Release/net10.0/SanctionsWatch.Benchmarks.dll" lexicon \
  "$(find "$work" -name 'sdn_2024-05-03T1843.csv' | head -1)" "$shared/data/ofac/sdn-csv-2025-12/alt.csv" \
  --crosslist "$shared/eval/crosslist-dev.tsv" --new-entries --min-count 2 --min-dice 0.3 \
  --out "$root/src/SanctionsWatch.Core/Matching/Data/lexicon.tsv"
