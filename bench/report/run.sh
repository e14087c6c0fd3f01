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
dotnet publish "$root/src/Clout/Clout.csproj" -c Release -o "$work/app" --nologo -v q >&2
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

# median_of FILE: the median of the first column of the lines of FILE (and, with 2, of the second column).
median_of() { sort -n -k"${2:-1}","${2:-1}" "$1" | awk -v c="${2:-1}" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed OUT CMD…: runs CMD once as a warm-up, then $runs times, each under GNU time; OUT gets "seconds peak-KiB" lines.
timed() {
  local out="$1"; shift
  "$@" > "$work/warmup.out"
  : > "$out"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$work/run.out"
    cat "$work/time.txt" >> "$out"
  done
}

timed "$work/report.times" "$clout" report tiers --format json --workspace bench --db "$db"
cmp -s "$work/warmup.out" "$work/run.out" || { echo "the report changed between runs" >&2; exit 1; }
cp "$work/run.out" "$work/report.json"
timed "$work/raw.times" sh -c "printf '.parameter set \$w %s\n.read %s\n' '$wid' '$root/bench/report/aggregate.sql' | sqlite3 '$dbfile'"
report_s=$(median_of "$work/report.times"); report_kib=$(median_of "$work/report.times" 2)
raw_s=$(median_of "$work/raw.times"); raw_kib=$(median_of "$work/raw.times" 2)
echo
echo "as processes, median of $runs after one warm-up (GNU time: wall seconds, peak resident set):"
printf '  clout report tiers --format json   %6.2f s   %6d MiB   (runs: %s)\n' "$report_s" $((report_kib / 1024)) "$(cut -d' ' -f1 "$work/report.times" | paste -sd' ')"
printf '  sqlite3 raw aggregate              %6.2f s   %6d MiB   (runs: %s)\n' "$raw_s" $((raw_kib / 1024)) "$(cut -d' ' -f1 "$work/raw.times" | paste -sd' ')"
printf '  ratio report / raw                 %6.1fx\n' "$(echo "$report_s / $raw_s" | bc -l)"
echo
echo "in process (Clout.Bench report-time, fresh DbContext per run, median of $runs after one warm-up):"
bench report-time "$dbfile" bench "$root/bench/report/aggregate.sql" "$runs"
