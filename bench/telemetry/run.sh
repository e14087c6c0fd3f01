#!/usr/bin/env bash
# What watching costs the busiest door: the tracking redirect with telemetry off (the default: no OpenTelemetry SDK at
# all) and with the Prometheus export on and scraped every 5 s, beside nginx's static 302 (the limit) in the same run.
#   bench/telemetry/run.sh            # DURATION=15s CONNECTIONS=64 THREADS=2 to change the load
source "$(dirname "$0")/../redirect/common.sh"
need wrk; need nginx; need sqlite3; need curl
duration="${DURATION:-15s}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
build_clout
# One database each: two servers writing one SQLite file would measure its lock, not the telemetry.
seed_db "$work/off.db"; cp "$work/off.db" "$work/on.db"
off_port="$(free_port)"; on_port="$(free_port)"; nginx_port="$(free_port)"
start_clout "$work/off.db" "$off_port"
Clout__Telemetry__Prometheus=true start_clout "$work/on.db" "$on_port"
curl -fsS "http://127.0.0.1:$on_port/metrics" | grep -q clout_intake_queue_depth || { echo "no metrics on the Prometheus node" >&2; exit 1; }
start_nginx "$nginx_port"
# A scraper as Prometheus would be, every 5 s, for as long as the run lasts.
( while sleep 5; do curl -fsS -o /dev/null "http://127.0.0.1:$on_port/metrics" || true; done ) &
pids+=("$!")

echo "warm-up (5 s each)…" >&2
for port in "$off_port" "$on_port" "$nginx_port"; do load "http://127.0.0.1:$port/r/$code" 5s > /dev/null; done
load "http://127.0.0.1:$nginx_port/r/$code" "$duration" > "$work/nginx.txt"
load "http://127.0.0.1:$off_port/r/$code" "$duration" > "$work/off.txt"
load "http://127.0.0.1:$on_port/r/$code" "$duration" > "$work/on.txt"
curl -fsS "http://127.0.0.1:$on_port/metrics" | grep -E '^clout_clicks_commit_size_(count|sum)' || true

printf '\n%-34s %12s %10s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms" "vs nginx"
nginx_rps="$(field "$work/nginx.txt" Requests/sec:)"
for run in nginx off on; do
  case "$run" in nginx) label="nginx static 302 (the limit)";; off) label="clout, telemetry off (default)";; on) label="clout, Prometheus on, scraped";; esac
  rps="$(field "$work/$run.txt" Requests/sec:)"
  printf '%-34s %12s %10s %10s %9.1f%%\n' "$label" "$rps" "$(ms "$(field "$work/$run.txt" 50%)")" "$(ms "$(field "$work/$run.txt" 99%)")" \
    "$(awk -v r="$rps" -v n="$nginx_rps" 'BEGIN { print 100 * r / n }')"
done
awk -v on="$(field "$work/on.txt" Requests/sec:)" -v off="$(field "$work/off.txt" Requests/sec:)" \
  'BEGIN { printf "ratio Prometheus on / off: %.1f %%\n", 100 * on / off }'
