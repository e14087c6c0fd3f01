#!/usr/bin/env bash
# Every acknowledged click is durable: ROUNDS times (default 20) start clout, load it with wrk (counting the 302s
# it receives), SIGKILL the server in the middle of the load, then count the clicks in the database.
# Stored must be >= 302s received in every round (a click may be stored whose 302 never arrived, never the reverse).
source "$(dirname "$0")/common.sh"
need wrk; need sqlite3; need curl
rounds="${ROUNDS:-20}"
build_clout
seed_db "$work/seed.db"
port="$(free_port)"
printf '%-6s %10s %10s %8s\n' round "302s" stored verdict
failures=0; total_redirects=0; total_stored=0
for round in $(seq 1 "$rounds"); do
  db="$work/round.db"; rm -f "$db" "$db-wal" "$db-shm"; cp "$work/seed.db" "$db"
  start_clout "$db" "$port"
  wrk -t2 -c50 -d4s -s "$(dirname "$0")/count.lua" -H "User-Agent: $ua" "http://127.0.0.1:$port/r/$code" > "$work/wrk.txt" 2>&1 &
  wrk_pid=$!; pids+=("$wrk_pid")
  # Somewhere between 1 and 3 s into the load.
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 1 + 2 * r / 32767 }')"
  kill -9 "$clout_pid"; wait "$clout_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  redirects="$(sed -n 's/^redirects=\([0-9]*\).*/\1/p' "$work/wrk.txt")"
  stored="$(clicks_stored "$db")"
  verdict=ok; if [[ -z "$redirects" || "$stored" -lt "$redirects" ]]; then verdict=LOST; failures=$((failures + 1)); fi
  printf '%-6s %10s %10s %8s\n' "$round" "${redirects:-?}" "$stored" "$verdict"
  total_redirects=$((total_redirects + ${redirects:-0})); total_stored=$((total_stored + stored))
done
echo "rounds: $rounds, 302s received: $total_redirects, clicks stored: $total_stored, rounds with a lost click: $failures"
[[ "$failures" -eq 0 ]]
