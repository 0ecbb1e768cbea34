#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL 15 on loopback for the tests.
#   scripts/test-postgres.sh start   → prints the connection URL on stdout
#   scripts/test-postgres.sh stop
# Data lives in $HUSLY_PG_DIR (default build/pg); port $HUSLY_PG_PORT (default 55432).
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=/usr/lib/postgresql/15/bin
DIR=${HUSLY_PG_DIR:-$PWD/build/pg}
PORT=${HUSLY_PG_PORT:-55432}
PASSWORD=husly-test
URL="postgresql://husly:${PASSWORD}@127.0.0.1:${PORT}/husly_test"

as_owner() {
  # initdb and postgres refuse to run as root: use the postgres account when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ ! -x "$PG_BIN/initdb" ]; then
      echo "test-postgres: PostgreSQL 15 is not installed (run scripts/install-deps.sh)" >&2
      exit 1
    fi
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres "$DIR"; else mkdir -p "$DIR"; fi
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_owner "$PG_BIN/initdb" -D "$DIR/data" -U postgres -E UTF8 --auth-local=trust \
        --auth-host=scram-sha-256 >/dev/null
    fi
    if ! as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on -c max_connections=300" start >/dev/null
    fi
    as_owner psql -h "$DIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q -d postgres >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'husly') THEN
    CREATE ROLE husly LOGIN PASSWORD '${PASSWORD}';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE husly_test OWNER husly' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'husly_test')\gexec
SQL
    echo "$URL"
    ;;
  stop)
    if [ -f "$DIR/data/PG_VERSION" ]; then
      as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
