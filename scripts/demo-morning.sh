#!/usr/bin/env bash
# docs/walkthrough.md, reproducible: a store built from two real OFAC sdn.csv versions of June 2022 (the
# 2022-06-28 designations of Rostec and its subsidiaries), then an analyst's morning: status, hits, hits show,
# hits confirm. Needs ../shared (the OFAC history archive). Usage: scripts/demo-morning.sh [database path]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
db="${1:-$(mktemp -d)/morning.db}"
sdn="$(mktemp -d)"
trap 'rm -rf "$sdn"' EXIT
tar xJf "$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz" -C "$sdn" \
  sdn/sdn_2022-06-17T1852.csv sdn/sdn_2022-06-28T1855.csv
cli() { echo "\$ scripts/sanctionswatch $*"; "$root/scripts/sanctionswatch" "$@" --db "$db"; echo; }
"$root/scripts/sanctionswatch" replay --source ofac-sdn "$sdn/sdn" --db "$db" > /dev/null
export SANCTIONSWATCH_USER=alice
cli status
cli hits --status new --since 2022-06-28
cli hits show 15
cli hits confirm 15 --note "Rostec's own entry: INN 7704274402 and OGRN 1077799030847 as on the watchlist"
echo "(database: $db)"
