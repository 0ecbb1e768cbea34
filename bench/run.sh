#!/usr/bin/env bash
# make bench: Husly at the scale of the country, measured in one run on this machine.
#
#   SCALE=national (default) | x10    which generated database to measure (bench/data/SCALE.db,
#                                     made by `husly demo --scale SCALE` when missing; FRESH=1 remakes it)
#   BENCH_SECONDS=10                  length of each wrk run and of the mixed workload
#
# Prints one line per figure and writes bench/results/SCALE-DATE.json (figures, machine).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-national}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
BUILD=build/bench
HUSLY=$BUILD/server/husly
LOAD=$BUILD/bench/husly_load
DATA=bench/data
DB=$DATA/$SCALE.db
PORT=${BENCH_PORT:-18090}
RESULTS=bench/results
WORK=$(mktemp -d)
mkdir -p "$DATA" "$RESULTS"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ms_of() { # wrk's "1.23ms" / "812.00us" / "1.01s" → milliseconds
  awk -v t="$1" 'BEGIN { v=t+0; if (t ~ /us$/) v/=1000; else if (t ~ /ms$/) v=v; else if (t ~ /s$/) v*=1000; printf "%.3f", v }'
}

# 1. Data: ten years of the whole country (or ten times that), through the store layer.
generated_seconds=null
if [ ! -f "$DB" ] || [ -n "${FRESH:-}" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  echo "Lager stordata ($SCALE) i $DB …"
  start=$(date +%s.%N)
  "$HUSLY" demo --db "sqlite:$DB" --scale "$SCALE" > "$WORK/generate.txt"
  generated_seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e-s}')
  tail -n +1 "$WORK/generate.txt" | grep -E "requests|stays |journal_notes|audit_log|units " || true
fi
"$HUSLY" migrate --db "sqlite:$DB" > /dev/null
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
db_mb=$(( $(stat -c %s "$DB") / 1024 / 1024 ))
count() { sqlite3 "$DB" "SELECT COUNT(*) FROM $1"; }
requests=$(count requests); stays=$(count stays); notes=$(count journal_notes); audit=$(count audit_log); units=$(count units)
echo "data        $SCALE: $requests requests, $stays stays, $units units, $notes journal notes, $audit audit entries, ${db_mb} MB"

# 2. Start-up to ready.
start=$(date +%s%N)
"$HUSLY" serve --db "sqlite:$DB" --port "$PORT" --web-root web/dist > "$WORK/server.log" 2>&1 &
server_pid=$!
until curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null; do sleep 0.002; done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start-up    ${startup_ms} ms to ready"

# 3. GET /healthz and an authenticated case read (authorization and audit entry), back to back.
wrk_run() { # name target [cookie]
  local extra=()
  [ -n "${3:-}" ] && extra=(-H "Cookie: $3")
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "${extra[@]}" "$2" > "$WORK/$1.txt"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p50=$(ms_of "$(awk '$1 == "50%" {print $2}' "$WORK/$1.txt")")
  p99=$(ms_of "$(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt"); non2xx=${non2xx:-0}
  echo "$rps $p50 $p99 $non2xx"
}
cookie=$("$LOAD" cookie "$PORT" veileder1.0315@husly.test)
case_id=$(sqlite3 "$DB" "SELECT r.id FROM requests r JOIN offices o ON o.id = r.office_id WHERE o.unit_number = '0315' ORDER BY r.id DESC LIMIT 1")
read -r healthz_rps healthz_p50 healthz_p99 healthz_errors <<< "$(wrk_run healthz "http://127.0.0.1:$PORT/healthz")"
audit_before=$(count audit_log)
read -r case_rps case_p50 case_p99 case_errors <<< "$(wrk_run case "http://127.0.0.1:$PORT/api/v1/requests/$case_id" "$cookie")"
audit_written=$(( $(count audit_log) - audit_before ))
case_ratio=$(awk -v a="$case_rps" -v b="$healthz_rps" 'BEGIN {printf "%.2f", a/b}')
echo "healthz     $healthz_rps req/s  p50 $healthz_p50 ms  p99 $healthz_p99 ms"
echo "case read   $case_rps req/s  p50 $case_p50 ms  p99 $case_p99 ms  non-2xx $case_errors  audit entries $audit_written  ratio to healthz $case_ratio"

# 4. A busy day: 32 caseworkers at the largest offices.
"$LOAD" mixed "$PORT" "$SECONDS_PER_RUN" 32 > "$WORK/mixed.txt" 2> "$WORK/mixed.err" || true
grep -v '^{' "$WORK/mixed.txt"
head -n 3 "$WORK/mixed.err"
mixed_json=$(tail -n 1 "$WORK/mixed.txt")

# 5. Place search for a household over a week, in the national inventory.
"$LOAD" search "$PORT" 500 > "$WORK/search.txt"
grep -v '^{' "$WORK/search.txt"
search_json=$(tail -n 1 "$WORK/search.txt")

# 6. The KOSTRA report against the bare SQL aggregate of the same household count.
year=$(( $(date +%Y) - 1 ))
next="$(( year + 1 ))-01-01"
households_sql() { # WHERE-extra
  echo "SELECT COUNT(DISTINCT s.person_id) FROM stays s JOIN requests r ON r.id = s.request_id WHERE s.started_on < '$next' AND (s.ended_on IS NULL OR s.ended_on > '$year-01-01') $1 AND EXISTS (SELECT 1 FROM placements p JOIN units u ON u.id = p.unit_id WHERE p.stay_id = s.id AND p.status IN ('innsjekket', 'utsjekket') AND u.night_shelter = 0);"
}
bare_ms() { # SQL → median of 9 runs, ms (the sqlite3 shell's own timer)
  { echo ".timer on"; for _ in 1 2 3 4 5 6 7 8 9; do echo "$1"; done; } | sqlite3 "$DB" |
    awk '/Run Time/ {print $4 * 1000}' | median
}
report_ms() { "$LOAD" time "$PORT" "$1" "$2" 9 | sed -E 's/.*"medianMs":([0-9.e+-]+).*/\1/'; }
kostra_one_ms=$(report_ms leder.0315@husly.test "/api/v1/figures/kostra?year=$year&municipality=0301")
kostra_one_bare_ms=$(bare_ms "$(households_sql "AND r.municipality_number = '0301'")")
kostra_all_ms=$(report_ms analytiker@husly.test "/api/v1/figures/national?year=$year")
kostra_all_bare_ms=$(bare_ms "$(households_sql "")")
dashboard_ms=$(report_ms leder.0315@husly.test "/api/v1/figures/dashboard?year=$year")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
echo "KOSTRA      Oslo $year: $(printf %.1f "$kostra_one_ms") ms, bare SQL $(printf %.1f "$kostra_one_bare_ms") ms, ratio $(ratio "$kostra_one_ms" "$kostra_one_bare_ms")"
echo "KOSTRA      whole country $year: $(printf %.1f "$kostra_all_ms") ms, bare SQL $(printf %.1f "$kostra_all_bare_ms") ms, ratio $(ratio "$kostra_all_ms" "$kostra_all_bare_ms")"
echo "dashboard   Oslo $year: $(printf %.1f "$dashboard_ms") ms"

# 7. Peak memory under the load.
peak_rss_mb=$(awk '/VmHWM/ {printf "%.1f", $2/1024}' "/proc/$server_pid/status")
echo "memory      peak RSS ${peak_rss_mb} MB"

# 8. Results, with the machine.
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
out="$RESULTS/$SCALE-$(date -u +%Y%m%d-%H%M%S).json"
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
cat > "$out" <<JSON
{
  "when": "$stamp",
  "scale": "$SCALE",
  "machine": {"cpu": "$cpu", "cores": $(nproc), "memoryMb": $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo), "kernel": "$(uname -r)", "sqlite": "$(sqlite3 --version | cut -d' ' -f1)", "commit": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"},
  "data": {"requests": $requests, "stays": $stays, "units": $units, "journalNotes": $notes, "auditEntries": $audit, "databaseMb": $db_mb, "generatedSeconds": $generated_seconds},
  "startupMs": $startup_ms,
  "healthz": {"perSecond": $healthz_rps, "p50Ms": $healthz_p50, "p99Ms": $healthz_p99},
  "caseRead": {"perSecond": $case_rps, "p50Ms": $case_p50, "p99Ms": $case_p99, "non2xx": $case_errors, "auditEntriesWritten": $audit_written, "ratioToHealthz": $case_ratio},
  "mixed": $mixed_json,
  "placeSearch": $search_json,
  "kostra": {"year": $year, "oneMunicipalityMs": $kostra_one_ms, "oneMunicipalityBareSqlMs": $kostra_one_bare_ms, "wholeCountryMs": $kostra_all_ms, "wholeCountryBareSqlMs": $kostra_all_bare_ms},
  "dashboardMs": $dashboard_ms,
  "peakRssMb": $peak_rss_mb
}
JSON
echo "results     $out"

# 9. Growth: the same reports against the latest run at the other scale, if there is one.
field() { # file key [the key of its line]
  grep "\"${3:-$2}\"" "$1" | sed -nE "s/.*\"$2\": ?([0-9.]+).*/\1/p" | head -n 1
}
other_scale=$([ "$SCALE" = national ] && echo x10 || echo national)
other=$(ls -t "$RESULTS/$other_scale"-*.json 2>/dev/null | head -n 1 || true)
if [ -n "$other" ]; then
  small=$([ "$SCALE" = national ] && echo "$out" || echo "$other")
  large=$([ "$SCALE" = national ] && echo "$other" || echo "$out")
  grow() { awk -v a="$(field "$small" "$@")" -v b="$(field "$large" "$@")" 'BEGIN {printf "%.1f → %.1f ms (×%.1f)", a, b, b/a}'; }
  data_growth=$(awk -v a="$(field "$small" stays)" -v b="$(field "$large" stays)" 'BEGIN {printf "%.1f", b/a}')
  echo "growth      national → x10 ($(basename "$small") → $(basename "$large")), data ×$data_growth:"
  echo "            KOSTRA Oslo $(grow oneMunicipalityMs), bare SQL $(grow oneMunicipalityBareSqlMs)"
  echo "            KOSTRA whole country $(grow wholeCountryMs), bare SQL $(grow wholeCountryBareSqlMs)"
  echo "            dashboard Oslo $(grow dashboardMs), place search p50 $(grow p50Ms placeSearch)"
fi
