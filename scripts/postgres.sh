#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the storage tests, print its URL.
#
#   url=$(bash scripts/postgres.sh)            # installs Debian's postgresql if missing
#   FROMZERO_TEST_POSTGRES_URL=$url pytest tests/store tests/server
#   bash scripts/postgres.sh stop "$url"       # stop it and delete its files
#
# The cluster lives in a temporary folder, runs as the `postgres` user (PostgreSQL refuses to
# run as root), listens on 127.0.0.1 only, on a free port, and trusts local connections: it is
# for tests, never for data anyone needs.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; fi
}

if [[ "${1:-}" == "stop" ]]; then
  # The URL's database name is the folder's suffix: postgresql://...:PORT/fromzero_test_XXXX
  name=${2##*/}
  dir="/tmp/fromzero-pg-${name#fromzero_test_}"
  bin=$(find_bin)
  if [[ -d "$dir" && -n "$bin" ]]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    log "stopped and removed $dir"
  fi
  exit 0
fi

bin=$(find_bin)
if [[ -z "$bin" ]]; then
  log "installing Debian's postgresql package (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin)
fi
[[ -n "$bin" ]] || { log "PostgreSQL's programs were not found after installing."; exit 1; }
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
suffix=$(python3 -c 'import secrets; print(secrets.token_hex(4))')
dir="/tmp/fromzero-pg-$suffix"
mkdir -p "$dir"
chown postgres "$dir"
as_pg() { runuser -u postgres -- "$@"; }

as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
# fsync stays on: the kill tests check that an acknowledged write is really on disk.
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=100" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "fromzero_test_$suffix"
log "PostgreSQL is running in $dir (log: $dir/log)"
echo "postgresql://postgres@127.0.0.1:$port/fromzero_test_$suffix"
