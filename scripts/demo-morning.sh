#!/usr/bin/env bash
# The analyst's morning of docs/walkthrough.md, reproducible: a store built from two real OFAC sdn.csv versions of
# June 2022 (the 2022-06-28 designations of Rostec and its subsidiaries), then status, hits, hits show, hits confirm.
# Needs ../shared (the OFAC history archive).
# Usage: scripts/demo-morning.sh [--markdown] [database path]
#   --markdown  print the whole page docs/walkthrough.md (scripts/demo-morning.sh --markdown > docs/walkthrough.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
markdown=false
if [ "${1:-}" = "--markdown" ]; then markdown=true; shift; fi
db="${1:-$(mktemp -d)/morning.db}"
sdn="$(mktemp -d)"
trap 'rm -rf "$sdn"' EXIT
tar xJf "$shared/data/ofac/sdn-csv-history-2021-08-to-2024-05.tar.xz" -C "$sdn" \
  sdn/sdn_2022-06-17T1852.csv sdn/sdn_2022-06-28T1855.csv
"$root/scripts/sanctionswatch" replay --source ofac-sdn "$sdn/sdn" --db "$db" > /dev/null
export SANCTIONSWATCH_USER=alice
# Rostec's own entry (OFAC uid 17260) as the watchlist's ru-rostec found it: its hit id depends on the watchlist.
hit="$("$root/scripts/sanctionswatch" hits --format csv --db "$db" | awk -F, '$2 == "ru-rostec" && $4 == "17260" { print $1 }')"
[ -n "$hit" ] || { echo "no hit of ru-rostec on OFAC entry 17260" >&2; exit 1; }

# One step: a sentence saying what it shows (markdown only), then the command and what it printed.
step() {
  local says="$1"; shift
  if $markdown; then printf '%s\n\n```console\n' "$says"; fi
  local shown="\$ scripts/sanctionswatch" a
  for a in "$@"; do [[ "$a" == *" "* ]] && shown+=" \"$a\"" || shown+=" $a"; done
  echo "$shown"
  "$root/scripts/sanctionswatch" "$@" --db "$db" | sed "s|$root/||g"
  if $markdown; then printf '```\n\n'; else echo; fi
}

if $markdown; then
  cat <<'TEXT'
# An analyst's morning

This page is generated: `scripts/demo-morning.sh --markdown > docs/walkthrough.md` writes it again (it needs the OFAC
history in `../shared`). The script replays the OFAC `sdn.csv` of 2022-06-17 and of 2022-06-28, the day OFAC designated
Rostec, PJSC Il, UAC, UEC and others, into a new store with the default watchlist, then runs what follows. The output
is piped, so plain text; on a terminal the same tables have borders and colours.

TEXT
fi
step "The one screen: is every source fresh, did every alert go out, what is waiting for review? (The worker was not running, so the alerts are still queued; with \`run\`, each goes to every configured channel.)" status
step "What came in with the last list:" hits --status new --since 2022-06-28
step "One hit in full: the entry as the list has it now, the watchlist entity it matched, why it scored what it did, its history, reviews and alerts:" hits show "$hit"
step "The analyst's decision, with a note, kept in an append-only trail (a dismissed hit stays quiet through later syncs until its entry changes in a way that matters):" \
  hits confirm "$hit" --note "Rostec's own entry: INN 7704274402 and OGRN 1077799030847 as on the watchlist"
$markdown || echo "(database: $db)"
