#!/usr/bin/env bash
# Server time of every dashboard page on the demo: `clout serve --demo` (Release, SQLite), one warm-up request per
# page, then ROUNDS requests each; prints p50 and p95 of the server's own time (the Server-Timing header) beside the
# budgets (300 ms a page, 2 s the PDF) and /health, in the same run. The page list is the array at the top of pages.py.
#
#   bench/pages/run.sh [ROUNDS]        default 20 rounds
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../redirect/common.sh"
need python3
need curl
rounds="${1:-20}"
password=bench-pages-pass-1

build_clout
port=$(free_port)
echo "seeding the demo (about a minute)…" >&2
CLOUT_DEMO_PASSWORD=$password Logging__LogLevel__Default=Warning "$clout" serve --demo --urls "http://127.0.0.1:$port" \
  --db "Data Source=$work/demo.db" > "$work/clout.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "clout did not start:" >&2; cat "$work/clout.log" >&2; exit 1; }
echo "## after one warm-up ($rounds requests a page)"
python3 "$(dirname "${BASH_SOURCE[0]}")/pages.py" "http://127.0.0.1:$port" "$password" "$rounds"
# A write from another process before each request: the margin, 60 % and 61 % in turn (the same value again would
# change nothing and commit nothing), so the data stamp moves and every cache entry goes.
cold_rounds="${COLD_ROUNDS:-5}"
cat > "$work/write.sh" <<WRITE
n=\$(cat "$work/writes" 2>/dev/null || echo 0); echo \$((n + 1)) > "$work/writes"
Logging__LogLevel__Default=Warning "$clout" workspace settings --margin "\$((60 + n % 2))%" --db "Data Source=$work/demo.db" --workspace demo
WRITE
echo "## first request after a write ($cold_rounds requests a page, each after a margin change from another process)"
python3 "$(dirname "${BASH_SOURCE[0]}")/pages.py" "http://127.0.0.1:$port" "$password" "$cold_rounds" "bash $work/write.sh"
