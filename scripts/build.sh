#!/usr/bin/env bash
# Builds the CLI once (Release) when a file of src is newer than the last build. Used by run.sh and sanctionswatch.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/cli"
stamp="$out/.built"
# any file of src counts but notes (*.md), not only code: the matching data (Data/*.tsv) and the SQL are embedded
if [ ! -f "$stamp" ] || [ -n "$(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
      \( -name bin -o -name obj \) -prune -o -newer "$stamp" -type f -not -name '*.md' -print -quit)" ]; then
  echo "building SanctionsWatch (Release)…" >&2
  dotnet publish "$root/src/SanctionsWatch/SanctionsWatch.csproj" -c Release -o "$out" --nologo -v quiet >&2
  touch "$stamp"
fi
