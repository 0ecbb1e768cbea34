#!/usr/bin/env bash
# Starts a Husly server with a fresh database and demo data for the browser tests.
#   scripts/e2e-server.sh sqlite PORT
#   scripts/e2e-server.sh postgresql PORT   (needs HUSLY_TEST_PG_URL)
set -euo pipefail
cd "$(dirname "$0")/.."
backend=$1
port=$2
bin=${HUSLY_BIN:-build/release/server/husly}
dir=build/e2e
mkdir -p "$dir"
case "$backend" in
  sqlite)
    rm -f "$dir/husly-$port.db" "$dir/husly-$port.db-wal" "$dir/husly-$port.db-shm"
    url="sqlite:$dir/husly-$port.db"
    ;;
  postgresql)
    : "${HUSLY_TEST_PG_URL:?HUSLY_TEST_PG_URL is not set}"
    schema="e2e_$port"
    psql -q "$HUSLY_TEST_PG_URL" -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema" >/dev/null
    url="$HUSLY_TEST_PG_URL?options=-csearch_path%3D$schema"
    ;;
  *) echo "unknown backend $backend" >&2; exit 2 ;;
esac
# The URL (with the test database's password) in the environment, not where ps shows it.
HUSLY_DB="$url" exec "$bin" serve --port "$port" --web-root web/dist --demo-if-empty
