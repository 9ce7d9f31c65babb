#!/usr/bin/env bash
# A private PostgreSQL for the tests and benchmarks: initdb into a temporary folder, pg_ctl on a free loopback port,
# run as an unprivileged user (initdb refuses root). Installs PostgreSQL with apt-get where it is missing.
#   scripts/postgres.sh start [--durable]  prints "export SANCTIONSWATCH_TEST_POSTGRES=…" and "export SANCTIONSWATCH_TEST_POSTGRES_DIR=…"
#   scripts/postgres.sh stop DIR stops the server started in DIR and deletes DIR
# Without --durable the server trades durability for speed (fsync off: test data only); with it, PostgreSQL's defaults.
# Exit status 3 with the reason on stderr when no PostgreSQL can be started.
set -uo pipefail

find_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
}

start() {
  local tuning="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${1:-}" = "--durable" ]; then tuning=""; fi
  local bin
  bin=$(find_bin)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "postgres.sh: PostgreSQL is missing; installing it with apt-get" >&2
    (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; })
    bin=$(find_bin)
  fi
  if [ -z "$bin" ]; then echo "postgres.sh: no PostgreSQL (initdb) on this machine and it could not be installed" >&2; exit 3; fi

  local dir user password port run
  dir=$(mktemp -d /tmp/sanctionswatch-pg-XXXXXX)
  chmod 700 "$dir"   # the password file and the socket: the server's user (and root) only
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" > "$dir/pwfile"
  if [ "$(id -u)" = 0 ]; then
    user=postgres
    if ! id "$user" >/dev/null 2>&1; then user=nobody; fi
    chown -R "$user" "$dir"
    run() { runuser -u "$user" -- "$@"; }
  else
    run() { "$@"; }
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  if ! run "$bin/initdb" -D "$dir/data" -U sanctionswatch --pwfile="$dir/pwfile" --auth-local=scram-sha-256 \
      --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    echo "postgres.sh: initdb failed: $(tail -3 "$dir/initdb.log")" >&2; rm -rf "$dir"; exit 3
  fi
  rm -f "$dir/pwfile"
  if ! run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $tuning -c max_connections=300" \
      start >/dev/null 2>&1; then
    echo "postgres.sh: the server did not start: $(tail -3 "$dir/server.log")" >&2
    run "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$dir"; exit 3
  fi
  echo "$bin" > "$dir/bindir"
  echo "export SANCTIONSWATCH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=sanctionswatch;Password=$password;Database=postgres'"
  echo "export SANCTIONSWATCH_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="$1" bin
  # only a folder this script made: /tmp/sanctionswatch-pg-*, with its server's bindir beside the data
  case "$dir" in /tmp/sanctionswatch-pg-*) ;; *) echo "postgres.sh: $dir is not a folder postgres.sh made" >&2; return 2 ;; esac
  [ -d "$dir/data" ] && [ -f "$dir/bindir" ] || return 0
  bin=$(cat "$dir/bindir")
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$(stat -c %U "$dir/data")" -- "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  else
    "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:?the folder printed by start}" ;;
  *) echo "usage: scripts/postgres.sh start | stop DIR" >&2; exit 2 ;;
esac
