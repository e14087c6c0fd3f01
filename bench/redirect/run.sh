#!/usr/bin/env bash
# The tracking redirect against the limit of the machine, a static 302 from nginx, in the same run; then the
# count test: 20,000 requests over 50 connections, graceful stop, and 302s answered must equal clicks stored.
#   bench/redirect/run.sh            # DURATION=20s CONNECTIONS=64 THREADS=2 to change the load
#   DB=postgres bench/redirect/run.sh  # on PostgreSQL (PGHOST/PGPORT/PGUSER, default the tests' 127.0.0.1:55432)
source "$(dirname "$0")/common.sh"
need wrk; need nginx; need ab apache2-utils; need curl
if [[ "$db_kind" == postgres ]]; then need psql postgresql-client; need createdb postgresql-client; else need sqlite3; fi
duration="${DURATION:-20s}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
build_clout
db="$work/clout.db"; seed_db "$db"
clout_port="$(free_port)"; nginx_port="$(free_port)"
start_clout "$db" "$clout_port"

start_nginx "$nginx_port"

echo "warm-up (5 s each)…" >&2
load "http://127.0.0.1:$clout_port/r/$code" 5s > /dev/null
load "http://127.0.0.1:$nginx_port/r/$code" 5s > /dev/null
load "http://127.0.0.1:$nginx_port/r/$code" "$duration" > "$work/nginx.txt"
load "http://127.0.0.1:$clout_port/r/$code" "$duration" > "$work/clout.txt"
echo "--- nginx static 302 (the limit) ---"; cat "$work/nginx.txt"
echo "--- clout /r/{code} on $db_kind ---"; cat "$work/clout.txt"
nginx_rps="$(field "$work/nginx.txt" Requests/sec:)"; clout_rps="$(field "$work/clout.txt" Requests/sec:)"
printf '\n%-28s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-28s %12s %10s %10s\n' "nginx static 302" "$nginx_rps" "$(ms "$(field "$work/nginx.txt" 50%)")" "$(ms "$(field "$work/nginx.txt" 99%)")"
printf '%-28s %12s %10s %10s\n' "clout /r/{code} (durable)" "$clout_rps" "$(ms "$(field "$work/clout.txt" 50%)")" "$(ms "$(field "$work/clout.txt" 99%)")"
awk -v c="$clout_rps" -v n="$nginx_rps" 'BEGIN { printf "ratio clout/nginx: %.1f %%\n", 100 * c / n }'
stored_after_wrk="$(clicks_stored "$db")"

echo; echo "--- count test: ab -k -n 20000 -c 50, then a graceful stop ---"
before="$(clicks_stored "$db")"
ab -k -n 20000 -c 50 -v 2 -H "User-Agent: $ua" "http://127.0.0.1:$clout_port/r/$code" > "$work/ab.txt" 2>&1 || true
redirects="$(grep -c '^HTTP/1.[01] 302' "$work/ab.txt" || true)"
grep -E '^(Complete requests|Failed requests|Non-2xx responses|Requests per second)' "$work/ab.txt" || true
kill -TERM "$clout_pid"; wait "$clout_pid" || true
stored=$(( $(clicks_stored "$db") - before ))
echo "302s answered: $redirects   clicks stored: $stored   (wrk phase: $stored_after_wrk clicks stored)"
if [[ "$redirects" -eq 20000 && "$stored" -eq "$redirects" ]]; then echo "count test: PASS (equal)"; else echo "count test: FAIL"; exit 1; fi
