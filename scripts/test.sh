#!/usr/bin/env bash
# Builds and runs every test. The last line printed is "N passed, N failed" (", N skipped" when some are).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build SanctionsWatch.sln -c Release --nologo -v quiet
build=$?
if [ $build -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Chromium for the browser tests of the web view, from the system's packages (Playwright cannot download one here).
if [ -z "${SANCTIONSWATCH_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium with apt-get for the browser tests…"
  apt-get install -y -q chromium >"$results/chromium-install.log" 2>&1 \
    || { apt-get update -q >>"$results/chromium-install.log" 2>&1 && apt-get install -y -q chromium >>"$results/chromium-install.log" 2>&1; } \
    || echo "chromium could not be installed: the browser tests will say so ($results/chromium-install.log)"
fi

# A private PostgreSQL for the storage tests that run on both engines, stopped at the end however the run ends.
# Without one, those tests are skipped with the reason, except under CI, where they fail.
if [ -z "${SANCTIONSWATCH_TEST_POSTGRES:-}" ]; then
  if pg=$("$root/scripts/postgres.sh" start 2>"$results/postgres.err"); then
    eval "$pg"
    trap '"$root/scripts/postgres.sh" stop "$SANCTIONSWATCH_TEST_POSTGRES_DIR"' EXIT
  else
    echo "no PostgreSQL for the tests: $(cat "$results/postgres.err")"
    export SANCTIONSWATCH_TEST_POSTGRES_MISSING="$(cat "$results/postgres.err")"
  fi
fi

dotnet test SanctionsWatch.sln -c Release --no-build --nologo \
  --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None:
        continue
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    # xUnit's skipped tests are counted in total but not in executed (notExecuted stays 0)
    skipped += max(int(c.get("notExecuted", 0)), int(c.get("total", 0)) - int(c.get("executed", 0)))
# the failures again at the end, where a reader of the last lines of a CI log looks
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for r in ET.parse(f).getroot().iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        if r.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            message = r.find(".//{*}Message")
            text = (message.text or "") if message is not None else ""
            print(f"FAILED {r.get('testName')}: {' '.join(text.split())[:600]}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
if passed + failed == 0:
    line = "0 passed, 1 failed"
print(line)
PY
if [ $status -ne 0 ]; then exit 1; fi
