#!/usr/bin/env bash
# Survey intake under load, beside its limit: the bare ASP.NET Core endpoint (bench/bare, reads the body, answers 201)
# and clout loaded in turn with the same wrk script, body and connections for RATE_DURATION each; prints the 201s per
# second of each and the ratio (goal: clout >= 5 % of bare), and checks clout's 201s == rows stored. Then 10,000
# responses with unique respondent ids and 10,000 with ids repeating over 1,000 respondents (proving 409 and one row
# per respondent); each run's 201s must equal its rows in SQLite.
#   bench/surveys/run.sh            # RESPONSES=10000 CONNECTIONS=50 THREADS=2 POOL=1000 RATE_DURATION=15s to change the load
#   DB=postgres bench/surveys/run.sh  # on PostgreSQL (see bench/redirect/common.sh)
source "$(dirname "$0")/../redirect/common.sh"
need wrk; need curl; need python3
if [[ "$db_kind" == postgres ]]; then need psql postgresql-client; else need sqlite3; fi
responses="${RESPONSES:-10000}"; connections="${CONNECTIONS:-50}"; threads="${THREADS:-2}"; pool="${POOL:-1000}"
# wrk always runs its whole duration (a thread that has sent its share idles on /health); the rate is measured
# from the stored rows' own timestamps instead, so this only needs to be long enough.
duration="${DURATION:-30s}"
rate_duration="${RATE_DURATION:-15s}"
build_clout
build_bare
db="$work/clout.db"; seed_db "$db"
key="$("$clout" keys create --workspace shop --db "$(db_conn "$db")" 2>/dev/null | grep -o 'clout_[A-Za-z0-9_-]*' | head -1)"
port="$(free_port)"
start_clout "$db" "$port"
base="http://127.0.0.1:$port"

# live_survey: creates and publishes a post-purchase survey; prints "<db id> <public id> <version>".
live_survey() {
  local created id
  created="$(curl -fsS -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d '{"template":"post_purchase"}' "$base/api/v1/surveys")"
  id="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$created")"
  curl -fsS -X POST -H "Authorization: Bearer $key" "$base/api/v1/surveys/$id/publish" \
    | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["id"], s["public_id"], s["live_version"])'
}
option="$(db_sql "$db" "SELECT 'inf_' || id FROM influencers WHERE handle = 'mila';")"
rows() { db_sql "$db" "SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1;"; }

# run NAME POOL COUNT: one wrk run of COUNT responses against a fresh survey; prints its figures and checks 201s == rows.
run() {
  local name="$1" run_pool="$2" responses="$3" survey_id public version
  read -r survey_id public version < <(live_survey)
  SURVEY="$public" VERSION="$version" OPTION="$option" QUOTA="$responses" THREADS="$threads" POOL="$run_pool" \
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s "$(dirname "$0")/respond.lua" "$base" > "$work/$name.txt"
  local created conflicts others stored
  created="$(grep -o 'created=[0-9]*' "$work/$name.txt" | cut -d= -f2)"
  conflicts="$(grep -o 'conflicts=[0-9]*' "$work/$name.txt" | cut -d= -f2)"
  others="$(grep -o 'others=[0-9]*' "$work/$name.txt" | cut -d= -f2)"
  stored="$(rows "$survey_id")"
  echo "--- $name: $responses responses over $connections connections (respondent pool: ${run_pool:-unique}) ---"
  grep -E 'latency_p' "$work/$name.txt"
  # First to last stored response, by the server's clock: the intake rate while all 50 connections were busy.
  [[ "$db_kind" == postgres ]] || sqlite3 "$db" "SELECT printf('stored %d rows in %.2f s: %.0f responses/s', COUNT(*), (julianday(MAX(created_at_utc)) - julianday(MIN(created_at_utc))) * 86400.0,
    COUNT(*) / ((julianday(MAX(created_at_utc)) - julianday(MIN(created_at_utc))) * 86400.0)) FROM survey_responses WHERE survey_id = $survey_id;"
  echo "201: $created   409: $conflicts   other: $others   rows stored: $stored"
  if [[ "$stored" -ne "$created" || "$others" -ne 0 ]]; then
    echo "$name: FAIL (201s != rows, or unexpected statuses)"; cat "$work/$name.txt"; grep -m5 -A3 -i "fail\|exception" "$work/clout.log"; return 1
  fi
  if [[ "$run_pool" -gt 0 && "$created" -ne "$run_pool" ]]; then echo "$name: FAIL (expected one row per respondent: $run_pool)"; return 1; fi
  if [[ "$run_pool" -eq 0 && "$created" -ne "$responses" ]]; then
    echo "$name: FAIL (expected $responses rows)"
    db_sql "$db" "SELECT respondent_hash FROM survey_responses WHERE survey_id = $survey_id;" > "$work/hashes.txt"
    python3 - "$work/hashes.txt" "$responses" "$threads" <<'PY'
import hashlib, sys
stored = set(open(sys.argv[1]).read().split())
n, t = int(sys.argv[2]), int(sys.argv[3])
missing = [f"t{i}-{k}" for i in range(1, t + 1) for k in range(1, n // t + 1) if hashlib.sha256(f"t{i}-{k}".encode()).hexdigest() not in stored]
print("missing respondent ids:", missing[:10])
PY
    return 1
  fi
  echo "$name: PASS (201s == rows stored)"
}

# rate NAME BASE PUBLIC VERSION: wrk posts responses (unique respondents, no quota) for RATE_DURATION; prints 201s/s.
rate() {
  SURVEY="$3" VERSION="$4" OPTION="$option" QUOTA=0 THREADS="$threads" POOL=0 \
    wrk -t"$threads" -c"$connections" -d"$rate_duration" --timeout 30s -s "$(dirname "$0")/respond.lua" "$2" > "$work/$1.txt"
  grep -o 'created_per_s=[0-9]*' "$work/$1.txt" | cut -d= -f2
}

echo "warm-up…" >&2
run warmup 0 1000 > "$work/warmup.log" || { cat "$work/warmup.log"; exit 1; }
bare_port="$(free_port)"
start_bare "$bare_port"
rate bare-warmup "http://127.0.0.1:$bare_port" any 1 >/dev/null
bare_rate="$(rate bare "http://127.0.0.1:$bare_port" any 1)"
kill -TERM "$bare_pid"; wait "$bare_pid" 2>/dev/null || true
read -r survey_id public version < <(live_survey)
clout_rate="$(rate clout "$base" "$public" "$version")"
clout_created="$(grep -o 'created=[0-9]*' "$work/clout.txt" | cut -d= -f2)"
clout_others="$(grep -o 'others=[0-9]*' "$work/clout.txt" | cut -d= -f2)"
clout_stored="$(rows "$survey_id")"
echo "--- rate: $rate_duration each, $connections connections, unique respondents ---"
echo "bare endpoint (the limit): $bare_rate responses/s"
echo "clout:                     $clout_rate responses/s   ($(grep -o 'latency_p.*' "$work/clout.txt"))"
python3 -c "import sys; r = $clout_rate / $bare_rate; print(f'ratio: {r:.1%} of the bare endpoint (goal >= 5 %): ' + ('MET' if r >= 0.05 else 'MISSED'))"
echo "201: $clout_created   other: $clout_others   rows stored: $clout_stored"
# wrk stops at its duration with requests in flight: those are committed with no one counting their 201, so rows may
# exceed the 201s by at most one request per connection, never fall short of them.
if (( clout_stored < clout_created || clout_stored > clout_created + connections )) || [[ "$clout_others" -ne 0 ]]; then
  echo "rate: FAIL (rows stored must be the 201s plus at most the requests in flight, and no unexpected statuses)"; cat "$work/clout.txt"; exit 1
fi
echo "rate: PASS (rows stored = 201s received + $(( clout_stored - clout_created )) in flight when wrk stopped)"
run unique 0 "$responses" || exit 1
run repeated "$pool" "$responses" || exit 1
