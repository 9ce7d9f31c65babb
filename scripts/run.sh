#!/usr/bin/env bash
# Builds, then runs the worker on the bundled configuration (config/appsettings.json) and the SQLite file under data/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$root/scripts/sanctionswatch" run "$@"
