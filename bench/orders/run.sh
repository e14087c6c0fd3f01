#!/usr/bin/env bash
# Order intake under load, beside its limit in the same run: the bare ASP.NET Core endpoint answering 201 (bench/bare)
# takes the same wrk load first, then clout's two order doors on SQLite — the signed Shopify webhook
# (POST /webhooks/shopify/shop, each delivery unique and signed beforehand, since wrk's Lua has no HMAC) and
# POST /api/v1/orders with an API key. Prints orders/s of each, the ratio to the bare endpoint (goal: >= 2 %), and
# checks that every 2xx is a stored row (orders per channel, deliveries).
#   bench/orders/run.sh           # ORDERS=8000 BARE=100000 CONNECTIONS=64 THREADS=2 DURATION=40s to change the load
source "$(dirname "$0")/../redirect/common.sh"
need wrk; need sqlite3; need curl; need python3
here="$(cd "$(dirname "$0")" && pwd)"
orders="${ORDERS:-8000}"; bare_quota="${BARE:-100000}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
warmup=2000
# wrk stops once every order is answered (deliver.lua); this is only the ceiling of one run.
duration="${DURATION:-40s}"
secret="shpss_bench_0123456789abcdef0123456789abcdef"
goal=2

build_clout
build_bare
db="$work/clout.db"; seed_db "$db"
CLOUT_SHOPIFY_SECRET="$secret" "$clout" workspace shopify --workspace shop --db "Data Source=$db" >/dev/null
key="$("$clout" keys create --workspace shop --db "Data Source=$db" 2>/dev/null | grep -o 'clout_[A-Za-z0-9_-]*' | head -1)"
echo "signing $((orders + warmup)) Shopify deliveries…" >&2
python3 "$here/gen.py" "$secret" 1 "$warmup" > "$work/warmup.tsv"
python3 "$here/gen.py" "$secret" 1000001 "$orders" > "$work/deliveries.tsv"

# deliver NAME BASE DOOR PATH QUOTA [FILE] [CYCLE] [PREFIX]: one wrk run; prints rate= and ok=/others= lines to $work/NAME.txt.
deliver() {
  DOOR="$3" PATH_="$4" QUOTA="$5" FILE="${6:-}" CYCLE="${7:-0}" PREFIX="${8:-x}" KEY="$key" THREADS="$threads" \
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s "$here/deliver.lua" "$2" > "$work/$1.txt"
  if [[ "$(grep -o 'others=[0-9]*' "$work/$1.txt" | cut -d= -f2)" -ne 0 ]]; then
    echo "$1: FAIL (answers other than 2xx)"; cat "$work/$1.txt"; grep -m5 -A3 -i "fail\|exception" "$work/clout.log" || true; exit 1
  fi
}
figure() { grep -o "$2=[0-9.]*" "$work/$1.txt" | head -1 | cut -d= -f2; }

bare_port="$(free_port)"; start_bare "$bare_port"
deliver bare-warmup "http://127.0.0.1:$bare_port" webhook /webhooks/shopify/shop 20000 "$work/deliveries.tsv" 1
# No quota for the limit: it answers for the whole of BARE_DURATION, so its rate is its answers over that time.
duration="${BARE_DURATION:-15s}" deliver bare "http://127.0.0.1:$bare_port" webhook /webhooks/shopify/shop 1000000000 "$work/deliveries.tsv" 1
kill -TERM "$bare_pid"; wait "$bare_pid" 2>/dev/null || true
bare_rate="$(figure bare rate)"

port="$(free_port)"
# The webhooks' per-address limit (6,000 a minute) is for a shop's senders; all of this load comes from one address.
export Clout__Webhooks__DeliveriesPerMinute=10000000
start_clout "$db" "$port"
base="http://127.0.0.1:$port"
echo "warm-up…" >&2
deliver webhook-warmup "$base" webhook /webhooks/shopify/shop "$warmup" "$work/warmup.tsv"
deliver api-warmup "$base" api /api/v1/orders "$warmup" "" 0 warm
deliver webhook "$base" webhook /webhooks/shopify/shop "$orders" "$work/deliveries.tsv"
deliver api "$base" api /api/v1/orders "$orders" "" 0 bench

stored() { sqlite3 "$db" "SELECT COUNT(*) FROM orders WHERE channel = '$1';"; }
deliveries="$(sqlite3 "$db" "SELECT COUNT(*) FROM webhook_deliveries;")"
webhook_ok=$(( $(figure webhook-warmup ok) + $(figure webhook ok) ))
api_ok=$(( $(figure api-warmup ok) + $(figure api ok) ))
echo "--- order intake on SQLite: $orders orders per door over $connections connections, $threads wrk threads ---"
printf '%-28s %10s %8s %8s %s\n' "door" "orders/s" "p50 ms" "p99 ms" "vs bare (goal >= $goal %)"
# A door's rate: its stored orders over the span of their own received_at_utc (first to last), by the server's clock;
# wrk always runs its whole DURATION (a thread that has sent its share idles on /health), so its own rate would not do.
door_rate() {
  sqlite3 "$db" "SELECT printf('%.0f', COUNT(*) / ((julianday(MAX(received_at_utc)) - julianday(MIN(received_at_utc))) * 86400.0)) FROM orders WHERE $1;"
}
echo "webhook rate=$(door_rate "channel = 'shopify' AND CAST(external_id AS INTEGER) >= 1000001")" >> "$work/webhook.txt"
echo "api rate=$(door_rate "channel = 'api' AND external_id LIKE 'bench-%'")" >> "$work/api.txt"
row() {
  local rate p50 p99
  rate="$(grep -o "^$2 rate=[0-9.]*" "$work/$2.txt" | cut -d= -f2 || true)"; rate="${rate:-$(figure "$2" rate)}"; p50="$(figure "$2" latency_p50_ms)"; p99="$(figure "$2" latency_p99_ms)"
  printf '%-28s %10s %8s %8s %s\n' "$1" "$rate" "$p50" "$p99" "$(awk -v r="$rate" -v b="$bare_rate" -v g="$goal" \
    'BEGIN { p = 100 * r / b; printf "%.2f %% (%.2fx the goal)", p, p / g }')"
}
row "bare endpoint (the limit)" bare
row "Shopify webhook" webhook
row "POST /api/v1/orders" api
echo "2xx vs rows: webhook $webhook_ok answered, $(stored shopify) orders, $deliveries deliveries; api $api_ok answered, $(stored api) orders"
# When wrk stops at DURATION before every order is answered, the requests in flight then (at most one per connection
# and run) may be stored without wrk reading their 2xx; nothing else may differ, and no 2xx may lack its row.
check() {
  local answered="$1" rows="$2"
  (( rows >= answered && rows - answered <= 2 * connections ))
}
if ! check "$webhook_ok" "$(stored shopify)" || ! check "$webhook_ok" "$deliveries" || ! check "$api_ok" "$(stored api)"; then
  echo "FAIL: a 2xx without its row, or rows beyond the requests in flight"; exit 1
fi
echo "PASS: every 2xx is a stored order$( (( webhook_ok + api_ok == 2 * (orders + warmup) )) || echo " (wrk stopped at $duration with requests in flight: raise DURATION for exact counts)")"
