#!/usr/bin/env bash
# The command line against the real binary: clear errors for bad configuration, user creation,
# audit verification, and a graceful stop on SIGTERM. Usage: cli_test.sh PATH/TO/husly
set -uo pipefail
husly=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null' EXIT
passed=0
failed=0

check() { # description, expected exit (or "nonzero"), expected text, command...
  local description=$1 expected_exit=$2 expected_text=$3
  shift 3
  local output exit_code
  output=$("$@" 2>&1)
  exit_code=$?
  local ok=1
  if [ "$expected_exit" = nonzero ]; then [ "$exit_code" -ne 0 ] || ok=0; else [ "$exit_code" -eq "$expected_exit" ] || ok=0; fi
  grep -qF -- "$expected_text" <<<"$output" || ok=0
  if [ $ok = 1 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAILED: $description (exit $exit_code)"
    echo "$output" | head -5
  fi
}

db="sqlite:$work/husly.db"
check "version" 0 "husly 0." "$husly" --version
check "bad database URL" nonzero "Ukjent database-URL" "$husly" migrate --db "mysql://x"
check "bad PostgreSQL URL" nonzero "Ugyldig PostgreSQL-URL" "$husly" migrate --db "postgresql://[bad"
check "unwritable path" nonzero "kan ikke skrive til mappen" "$husly" migrate --db "sqlite:/proc/husly/x.db"
check "migrate" 0 "Databaseskjema versjon" "$husly" migrate --db "$db"
check "unknown role" nonzero "ukjent rolle" "$husly" user add --db "$db" --email a@b.no --role konge
check "office role without office" nonzero "--office" "$husly" user add --db "$db" --email a@b.no --role veileder
check "short password" nonzero "minst 12 tegn" bash -c "echo kort | '$husly' user add --db '$db' --email a@b.no --role administrator --password-stdin"
check "user add" 0 "Opprettet bruker" bash -c "echo 'et langt passord' | '$husly' user add --db '$db' --email a@b.no --role administrator --password-stdin"
check "duplicate user" nonzero "finnes allerede" bash -c "echo 'et langt passord' | '$husly' user add --db '$db' --email A@B.no --role administrator --password-stdin"
check "demo" 0 "veileder@husly.test" "$husly" demo --db "$db"
check "demo again (idempotent)" 0 "veileder@husly.test" "$husly" demo --db "$db"
check "audit verify" 0 "Revisjonsloggen er hel" "$husly" audit verify --db "$db"
check "bad bind address" nonzero "ikke en gyldig IP-adresse" "$husly" serve --db "$db" --bind nowhere --port 0
check "bad trusted proxy" nonzero "er ikke en IP-adresse" "$husly" serve --db "$db" --port 0 --trusted-proxy proxy.example
check "short metrics token" nonzero "minst 16 tegn" env HUSLY_METRICS_TOKEN=kort "$husly" serve --db "$db" --port 0

# The database URL off the command line: HUSLY_DB, or a file; a password in --db is warned about.
check "HUSLY_DB" 0 "Databaseskjema versjon" env HUSLY_DB="sqlite:$work/env.db" "$husly" migrate
[ -f "$work/env.db" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAILED: HUSLY_DB not used"; }
echo "sqlite:$work/file.db" >"$work/db-url"
check "--db-file" 0 "Databaseskjema versjon" "$husly" migrate --db-file "$work/db-url"
check "HUSLY_DB_FILE" 0 "Revisjonsloggen er hel" env HUSLY_DB_FILE="$work/db-url" "$husly" audit verify
[ -f "$work/file.db" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAILED: --db-file not used"; }
check "--db-file missing" nonzero "fant ingen database-URL" "$husly" migrate --db-file "$work/nothing"
check "password in --db" nonzero "advarsel: passordet i --db" "$husly" migrate --db "postgresql://husly:hemmelig@127.0.0.1:1/x"

# A running server: the port is then in use, and SIGTERM stops it cleanly. The default web root
# (web/dist) is not here: not ready.
# Port 0: the system picks a free port (a random one may be taken by another test running beside).
(cd "$work" && exec "$husly" serve --db "$db" --port 0) >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q "kjører på" "$work/serve.log" && break; sleep 0.1; done
port=$(sed -n 's|.*kjører på http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
check "port in use" nonzero "er allerede i bruk" "$husly" serve --db "$db" --port "$port"
if command -v curl >/dev/null; then
  check "not ready without the web app" 0 "web_app_missing" curl -s "http://127.0.0.1:$port/readyz"
  check "metrics off without a token" 0 "404" curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/metrics"
fi
kill -TERM "$server_pid"
wait "$server_pid"
stop_exit=$?
server_pid=""
if [ "$stop_exit" = 0 ] && grep -q '"msg":"stopped"' "$work/serve.log"; then passed=$((passed + 1)); else
  failed=$((failed + 1))
  echo "FAILED: graceful stop on SIGTERM (exit $stop_exit)"
  tail -3 "$work/serve.log"
fi

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
