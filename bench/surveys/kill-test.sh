#!/usr/bin/env bash
# Every acknowledged survey response is durable: ROUNDS times (default 10) start clout on a fresh copy of a database
# with a live survey, post responses with wrk (respond.lua, unique respondents, counting the 201s it receives),
# SIGKILL the server 1-3 s into the load, then count the rows. Rows must be >= 201s received in every round (a
# response may be stored whose 201 never arrived, never the reverse). SQLite.
source "$(dirname "$0")/../redirect/common.sh"
need wrk; need sqlite3; need curl; need python3
rounds="${ROUNDS:-10}"
build_clout
seed_db "$work/seed.db"
port="$(free_port)"; base="http://127.0.0.1:$port"
# The survey is made once, on the seed, through the API; every round starts from a copy of it.
key="$("$clout" keys create --workspace shop --db "Data Source=$work/seed.db" 2>/dev/null | grep -o 'clout_[A-Za-z0-9_-]*' | head -1)"
start_clout "$work/seed.db" "$port"
id="$(curl -fsS -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d '{"template":"post_purchase"}' "$base/api/v1/surveys" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
read -r public version < <(curl -fsS -X POST -H "Authorization: Bearer $key" "$base/api/v1/surveys/$id/publish" \
  | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["public_id"], s["live_version"])')
kill -TERM "$clout_pid"; wait "$clout_pid" 2>/dev/null || true
option="$(sqlite3 "$work/seed.db" "SELECT 'inf_' || id FROM influencers WHERE handle = 'mila';")"
printf '%-6s %10s %10s %8s\n' round "201s" stored verdict
failures=0; total_created=0; total_stored=0
for round in $(seq 1 "$rounds"); do
  db="$work/round.db"; rm -f "$db" "$db-wal" "$db-shm"; cp "$work/seed.db" "$db"
  start_clout "$db" "$port"
  SURVEY="$public" VERSION="$version" OPTION="$option" QUOTA=0 THREADS=2 POOL=0 \
    wrk -t2 -c50 -d4s -s "$(dirname "$0")/respond.lua" "$base" > "$work/wrk.txt" 2>&1 &
  wrk_pid=$!; pids+=("$wrk_pid")
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 1 + 2 * r / 32767 }')"
  kill -9 "$clout_pid"; wait "$clout_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  created="$(grep -o 'created=[0-9]*' "$work/wrk.txt" | cut -d= -f2)"
  stored="$(sqlite3 "$db" "SELECT COUNT(*) FROM survey_responses;")"
  verdict=ok; if [[ -z "$created" || "$stored" -lt "$created" ]]; then verdict=LOST; failures=$((failures + 1)); fi
  printf '%-6s %10s %10s %8s\n' "$round" "${created:-?}" "$stored" "$verdict"
  total_created=$((total_created + ${created:-0})); total_stored=$((total_stored + stored))
done
echo "rounds: $rounds, 201s received: $total_created, responses stored: $total_stored, rounds with a lost response: $failures"
[[ "$failures" -eq 0 ]]
