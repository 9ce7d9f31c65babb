#!/usr/bin/env bash
# Packs the CLI as a .NET tool (package SanctionsWatch.Cli, command sanctionswatch) and installs it for this user:
#   ./scripts/install-tool.sh               # dotnet tool install --global (or update)
#   ./scripts/install-tool.sh --tool-path DIR
# The tool reads config/appsettings.json and config/watchlist.yaml of the folder it is run in, or --config/--watchlist.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/nupkg"
rm -rf "$out"
dotnet pack "$root/src/SanctionsWatch" -c Release -o "$out" --nologo -v quiet
where=(--global)
if [ "${1:-}" = "--tool-path" ]; then where=(--tool-path "$2"); fi
dotnet tool uninstall "${where[@]}" SanctionsWatch.Cli >/dev/null 2>&1 || true
# --prerelease: a build after the last version tag is one (0.1.0-alpha.0.<commits> before any tag)
dotnet tool install "${where[@]}" SanctionsWatch.Cli --add-source "$out" --prerelease
