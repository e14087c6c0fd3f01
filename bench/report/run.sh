#!/usr/bin/env bash
# The tier report at scale (issue 7): `clout report tiers` on 1,000 influencers, 200,000 posts, 2,000,000 clicks and
# 100,000 orders on SQLite, beside the raw SQL aggregate of the same data, in one run.
#   bench/report/run.sh                 # RUNS=5 measured runs after one warm-up; SEED=7
#   WORK=/tmp/clout-report bench/report/run.sh   # keep the folder (CSVs, database); a second run reuses the database
# Loads the workspace the way a user does: `clout import` of generated CSVs (influencers, followers, collaborations,
# posts, comments, clicks, then orders, which carry the clout_ref of stored clicks). Prints each import's time, the
# report's wall time and peak memory as a process, the in-process time of TierReportQuery.BuildAsync and its queries,
# and the raw aggregate (bench/report/aggregate.sql) through the sqlite3 CLI and Microsoft.Data.Sqlite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-5}"
seed="${SEED:-7}"
if [[ -n "${WORK:-}" ]]; then
  work="$WORK"; mkdir -p "$work"
else
  work="$(mktemp -d /tmp/clout-report-bench.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
fi
command -v sqlite3 >/dev/null || { echo "needs sqlite3: apt-get install -y sqlite3" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

echo "building clout and Clout.Bench (Release)…" >&2
# The production build (README, "Install"): self-contained, ReadyToRun with the framework (about 2 minutes).
dotnet publish "$root/src/Clout/Clout.csproj" -c Release -r linux-x64 -o "$work/app" --nologo -v q >&2
dotnet build "$root/bench/Clout.Bench/Clout.Bench.csproj" -c Release -o "$work/bench" --nologo -v q >&2
clout="$work/app/clout"
bench() { dotnet "$work/bench/Clout.Bench.dll" "$@"; }
dbfile="$work/report.db"
db="Data Source=$dbfile"

if [[ ! -f "$dbfile" ]]; then
  echo "generating the workspace's CSVs (seed $seed)…" >&2
  bench report-data "$work/data" "$seed"
  "$clout" workspace create bench --db "$db" >/dev/null
  load() {
    local start end
    start=$(date +%s.%N)
    "$clout" import "$1" "$work/data/$1.csv" --workspace bench --db "$db" >/dev/null
    end=$(date +%s.%N)
    printf 'import %-15s %9s rows  %6.1f s\n' "$1" "$(($(wc -l < "$work/data/$1.csv") - 1))" "$(echo "$end - $start" | bc)"
  }
  for kind in influencers followers collaborations posts comments clicks; do load "$kind"; done
  bench report-orders "$work/data" "$dbfile" "$seed"
  load orders
fi
wid=$(sqlite3 "$dbfile" "SELECT id FROM workspaces WHERE name = 'bench'")
echo "stored: $(sqlite3 "$dbfile" "SELECT (SELECT COUNT(*) FROM influencers) || ' influencers, ' || (SELECT COUNT(*) FROM posts) || ' posts, ' || (SELECT COUNT(*) FROM comments) || ' comments, ' || (SELECT COUNT(*) FROM clicks) || ' clicks, ' || (SELECT COUNT(*) FROM orders) || ' orders (' || (SELECT COUNT(*) FROM orders WHERE attributed_collaboration_id IS NOT NULL) || ' attributed)'"); $(du -h "$dbfile" | cut -f1) on disk"

# median_of FILE COLUMN: the median of that column of FILE's lines.
median_of() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed OUT CMD…: runs CMD once as a warm-up, then $runs times under GNU time; OUT gets one line per run:
# wall seconds, peak resident set (KiB), CPU seconds (user + system). On a machine shared with other work the CPU
# time is close to what the run would take alone (the report runs on one thread).
timed() {
  local out="$1"; shift
  "$@" > "$work/warmup.out"
  : > "$out"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" > "$work/run.out"
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time.txt" >> "$out"
  done
}

timed "$work/report.times" "$clout" report tiers --format json --workspace bench --db "$db"
cmp -s "$work/warmup.out" "$work/run.out" || { echo "the report changed between runs" >&2; exit 1; }
cp "$work/run.out" "$work/report.json"
timed "$work/raw.times" sh -c "printf '.parameter set \$w %s\n.read %s\n' '$wid' '$root/bench/report/aggregate.sql' | sqlite3 '$dbfile'"
line() {
  printf '  %-36s %6.2f s wall  %6.2f s CPU  %5d MiB peak   (wall of each run: %s)\n' "$1" "$(median_of "$2" 1)" "$(median_of "$2" 3)" \
    "$(median_of "$2" 2 | awk '{ printf "%d", $1 / 1024 }')" "$(cut -d' ' -f1 "$2" | paste -sd' ')"
}
echo
echo "as processes, median of $runs runs after one warm-up (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
line "clout report tiers --format json" "$work/report.times"
line "sqlite3 raw aggregate" "$work/raw.times"
printf '  ratio report / raw: %.1fx wall, %.1fx CPU\n' "$(echo "$(median_of "$work/report.times" 1) / $(median_of "$work/raw.times" 1)" | bc -l)" \
  "$(echo "$(median_of "$work/report.times" 3) / $(median_of "$work/raw.times" 3)" | bc -l)"
echo
echo "in process (Clout.Bench report-time, fresh DbContext per run, median of $runs after one warm-up):"
bench report-time "$dbfile" bench "$root/bench/report/aggregate.sql" "$runs"
