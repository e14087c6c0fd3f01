#!/usr/bin/env bash
# How fast a click reaches an open campaign page: `clout serve` on SQLite, a viewer signed in with the live feed open
# (server-sent events, as the page's campaign.js reads them), and real clicks through the tracking link, one at a
# time. Prints the delay from the click's answer to the event that counts it, beside the dashboard's promise (2 s).
#
#   bench/live/run.sh [CLICKS]        default 30 clicks
#
# The tests only check that the feed pushes a click without a reload, with generous limits for a slow machine; the
# speed is measured here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../redirect/common.sh"
need python3
need sqlite3
clicks="${1:-30}"

build_clout
seed_db "$work/live.db"
CLOUT_PASSWORD=bench-password-1 "$clout" user create ana@shop.test --workspace shop --role viewer --db "Data Source=$work/live.db" >/dev/null
campaign=$(sqlite3 "$work/live.db" "SELECT id FROM campaigns LIMIT 1;")
port=$(free_port)
start_clout "$work/live.db" "$port"
python3 "$(dirname "${BASH_SOURCE[0]}")/live.py" "http://127.0.0.1:$port" "$campaign" "$code" "$clicks" "$ua"
