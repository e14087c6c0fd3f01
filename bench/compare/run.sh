#!/usr/bin/env bash
# Before and after, in one run: the tier report at scale and the tracking redirect, built from a git ref ("before")
# and from this working tree ("after"), measured turn about on the same data and the same machine, so that a change
# meant to keep behaviour and speed (a refactoring) can show both.
#   bench/compare/run.sh REF                  # e.g. bench/compare/run.sh 130f01d
#   RUNS=7 ROUNDS=3 WORK=/tmp/cmp bench/compare/run.sh REF
#   ONLY=report (or redirect) bench/compare/run.sh REF
# Report: the workspace of bench/report (1,000 influencers, 200,000 posts, 2,000,000 clicks, 100,000 orders, seed 7)
# is generated and imported once with "after"'s clout; then `clout report tiers --format json` runs alternately
# before/after (one warm-up each, then RUNS pairs) under GNU time, and both must print the same report byte for byte.
# Redirect: ROUNDS rounds of nginx's static 302 (the limit), before's and after's `clout serve` on their own copies of
# a database that each build seeded with its own migrations, each under the same wrk load, in turn.
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 GIT-REF" >&2; exit 2; }
ref="$1"
runs="${RUNS:-5}"; rounds="${ROUNDS:-3}"; seed="${SEED:-7}"; only="${ONLY:-}"
duration="${DURATION:-20s}"; connections="${CONNECTIONS:-64}"; threads="${THREADS:-2}"
if [[ -n "${WORK:-}" ]]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d /tmp/clout-compare.XXXXXX)"; fi
# Servers, seeding, nginx and wrk's figures as bench/redirect measures them; this folder is ours to keep or remove.
source "$(dirname "${BASH_SOURCE[0]}")/../redirect/common.sh"
need sqlite3; need bc; need wrk; need nginx; need curl; [[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
trap 'cleanup; git -C "$root" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true; [[ -n "${WORK:-}" ]] || rm -rf "$work"' EXIT

# --- build both: the production build (self-contained, ReadyToRun composite), as bench/report does ---------------
rm -rf "$work/before-src"
git -C "$root" worktree add --detach "$work/before-src" "$ref" >/dev/null 2>&1
echo "before: $(git -C "$work/before-src" log -1 --format='%h %s' | cut -c1-100)" >&2
echo "after:  $(git -C "$root" log -1 --format='%h %s' | cut -c1-100)$(git -C "$root" diff --quiet HEAD || echo ' (+ uncommitted changes)')" >&2
for side in before after; do
  src="$root"; [[ $side == before ]] && src="$work/before-src"
  if [[ ! -x "$work/$side/clout" ]]; then
    echo "building $side (Release, linux-x64)…" >&2
    dotnet publish "$src/src/Clout/Clout.csproj" -c Release -r linux-x64 -o "$work/$side" --nologo -v q >&2
  fi
done

median_of() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

report() {
  local db="$work/report.db"
  if [[ ! -f "$db" ]]; then
    echo "generating and importing the report's workspace (seed $seed; the clicks take a minute or two)…" >&2
    dotnet build "$root/bench/Clout.Bench/Clout.Bench.csproj" -c Release -o "$work/bench" --nologo -v q >&2
    dotnet "$work/bench/Clout.Bench.dll" report-data "$work/data" "$seed"
    "$work/after/clout" workspace create bench --db "Data Source=$db" >/dev/null
    for kind in influencers followers collaborations posts comments clicks; do
      "$work/after/clout" import "$kind" "$work/data/$kind.csv" --workspace bench --db "Data Source=$db" >/dev/null
    done
    dotnet "$work/bench/Clout.Bench.dll" report-orders "$work/data" "$db" "$seed"
    "$work/after/clout" import orders "$work/data/orders.csv" --workspace bench --db "Data Source=$db" >/dev/null
  fi
  : > "$work/before.times"; : > "$work/after.times"
  for side in before after; do "$work/$side/clout" report tiers --format json --workspace bench --db "Data Source=$db" > "$work/$side.json"; done
  for _ in $(seq 1 "$runs"); do
    for side in before after; do
      /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$work/$side/clout" report tiers --format json --workspace bench --db "Data Source=$db" > "$work/$side.run.json"
      awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time.txt" >> "$work/$side.times"
      cmp -s "$work/$side.json" "$work/$side.run.json" || { echo "$side: the report changed between runs" >&2; exit 1; }
    done
  done
  echo
  echo "tier report, 2,000,000 clicks, as a process: median of $runs runs, turn about (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for side in before after; do
    printf '  %-7s %6.2f s wall  %6.2f s CPU  %5d MiB peak   (wall of each run: %s)\n' "$side" "$(median_of "$work/$side.times" 1)" \
      "$(median_of "$work/$side.times" 3)" "$(median_of "$work/$side.times" 2 | awk '{ printf "%d", $1 / 1024 }')" "$(cut -d' ' -f1 "$work/$side.times" | paste -sd' ')"
  done
  printf '  after / before: %.2fx wall, %.2fx CPU\n' "$(echo "$(median_of "$work/after.times" 1) / $(median_of "$work/before.times" 1)" | bc -l)" \
    "$(echo "$(median_of "$work/after.times" 3) / $(median_of "$work/before.times" 3)" | bc -l)"
  if cmp -s "$work/before.json" "$work/after.json"; then echo "  the two reports: byte-identical ($(wc -c < "$work/after.json") bytes)"; else echo "  the two reports DIFFER"; exit 1; fi
}

redirect() {
  # Each side seeds its own copy with its own migrations: the two builds' schemas may differ (a column dropped, a
  # table added), and a build must never run on a database it did not migrate.
  local side
  for side in before after; do
    rm -f "$work/$side-seed.db"*
    clout="$work/$side/clout"; seed_db "$work/$side-seed.db"
    sqlite3 "$work/$side-seed.db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
  done
  local nginx_port; nginx_port="$(free_port)"
  start_nginx "$nginx_port"
  echo
  echo "tracking redirect, wrk -t$threads -c$connections -d$duration, $rounds rounds of nginx / before / after:"
  printf '  %-6s %-8s %12s %9s %9s %10s\n' round server requests/s "p50 ms" "p99 ms" "vs nginx"
  : > "$work/redirect.rates"
  for round in $(seq 1 "$rounds"); do
    load "http://127.0.0.1:$nginx_port/r/$code" "$duration" > "$work/nginx.txt"
    local nginx_rps; nginx_rps="$(field "$work/nginx.txt" Requests/sec:)"
    printf '  %-6s %-8s %12s %9s %9s %10s\n' "$round" nginx "$nginx_rps" "$(ms "$(field "$work/nginx.txt" 50%)")" "$(ms "$(field "$work/nginx.txt" 99%)")" ""
    for side in before after; do
      cp "$work/$side-seed.db" "$work/$side-redirect.db"
      local port; port="$(free_port)"
      clout="$work/$side/clout"; start_clout "$work/$side-redirect.db" "$port"
      load "http://127.0.0.1:$port/r/$code" 5s > /dev/null
      load "http://127.0.0.1:$port/r/$code" "$duration" > "$work/$side.txt"
      kill -TERM "$clout_pid"; wait "$clout_pid" 2>/dev/null || true
      local rps; rps="$(field "$work/$side.txt" Requests/sec:)"
      echo "$side $rps $nginx_rps" >> "$work/redirect.rates"
      printf '  %-6s %-8s %12s %9s %9s %9.1f%%\n' "$round" "$side" "$rps" "$(ms "$(field "$work/$side.txt" 50%)")" "$(ms "$(field "$work/$side.txt" 99%)")" \
        "$(echo "100 * $rps / $nginx_rps" | bc -l)"
    done
  done
  awk '{ r[$1] += $2; n[$1]++; v[$1] += 100 * $2 / $3 } END { printf "  mean over rounds: before %.0f req/s (%.1f %% of nginx), after %.0f req/s (%.1f %% of nginx); after / before %.2fx\n",
    r["before"] / n["before"], v["before"] / n["before"], r["after"] / n["after"], v["after"] / n["after"], (r["after"] / n["after"]) / (r["before"] / n["before"]) }' "$work/redirect.rates"
}

[[ -z "$only" || "$only" == report ]] && report
[[ -z "$only" || "$only" == redirect ]] && redirect
exit 0
