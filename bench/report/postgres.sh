#!/usr/bin/env bash
# The tier report at scale on PostgreSQL, beside its raw SQL aggregate (bench/report/aggregate-postgres.sql), in one run.
#   bench/report/postgres.sh            # RUNS=5 measured runs after one warm-up; SEED=7; CLICKS=2000000 ORDERS=100000
#   PGSERVER="host=127.0.0.1 port=55432 user=postgres" bench/report/postgres.sh   # the server (default: the tests' one)
# The workspace of bench/report/run.sh: influencers, followers, collaborations, posts and comments through `clout
# import` of the same generated CSVs; the clicks and orders are generated straight in SQL (INSERT … SELECT
# generate_series, shaped like the import: human clicks over two years on every collaboration's link, a visitor
# clicking 1.9 times on average, each click with its own ref; orders half by code, half by click, all attributed),
# because importing 2,000,000 clicks row by row over the network takes far longer than the report. The clicks go
# through the partitioned table and its visitor-day trigger like any insert. Its own database, dropped at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-5}"
seed="${SEED:-7}"
clicks="${CLICKS:-2000000}"
orders="${ORDERS:-100000}"
server="${PGSERVER:-host=127.0.0.1 port=55432 user=postgres}"
name="clout_report_bench_$$"
work="$(mktemp -d /tmp/clout-report-pg.XXXXXX)"
cleanup() { psql "$server dbname=postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
# The Npgsql form of the libpq key=value server string.
conn="$(echo "$server" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); k = kv[1]; v = kv[2];
  k = (k == "host") ? "Host" : (k == "port") ? "Port" : (k == "user") ? "Username" : (k == "password") ? "Password" : k;
  printf "%s=%s;", k, v } }')Database=$name"
sql() { psql "$server dbname=$name" -qAtX -v ON_ERROR_STOP=1 "$@"; }

echo "building clout and Clout.Bench (Release)…" >&2
dotnet publish "$root/src/Clout/Clout.csproj" -c Release -r linux-x64 -o "$work/app" --nologo -v q >&2
dotnet build "$root/bench/Clout.Bench/Clout.Bench.csproj" -c Release -o "$work/bench" --nologo -v q >&2
clout="$work/app/clout"
psql "$server dbname=postgres" -qc "CREATE DATABASE $name"

echo "generating the workspace's CSVs (seed $seed)…" >&2
dotnet "$work/bench/Clout.Bench.dll" report-data "$work/data" "$seed"
"$clout" workspace create bench --db "$conn" >/dev/null
timed_step() {
  local start end; start=$(date +%s.%N); "${@:2}" >/dev/null; end=$(date +%s.%N)
  printf '%-40s %6.1f s\n' "$1" "$(echo "$end - $start" | bc)"
}
for kind in influencers followers collaborations posts comments; do
  timed_step "import $kind" "$clout" import "$kind" "$work/data/$kind.csv" --workspace bench --db "$conn"
done
wid=$(sql -c "SELECT id FROM workspaces WHERE name = 'bench'")
timed_step "$clicks clicks, INSERT … SELECT" sql -c "
  CREATE TEMP TABLE links AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM collaborations WHERE workspace_id = $wid AND link_code IS NOT NULL;
  SELECT setseed(0.$seed);
  INSERT INTO clicks (workspace_id, collaboration_id, occurred_at_utc, ref, visitor_id, kind, browser, os, device)
  SELECT $wid, l.id, t, lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || left(md5(g::text), 16), md5((g / 19 * 10 + g % 10)::text), 'human', 'unknown', 'unknown', 'unknown'
  FROM generate_series(1, $clicks) AS g
  CROSS JOIN LATERAL (SELECT timestamptz '2024-12-01 00:00+00' + random() * interval '730 days' AS t) AS r
  JOIN links AS l ON l.n = (g / 19 * 10 + g % 10) % (SELECT count(*) FROM links);"
timed_step "$orders orders, INSERT … SELECT" sql -c "
  CREATE TEMP TABLE links AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM collaborations WHERE workspace_id = $wid;
  INSERT INTO orders (workspace_id, external_id, occurred_at_utc, received_at_utc, total_minor, currency, channel, attribution_source,
                      code_collaboration_id, click_collaboration_id, attributed_collaboration_id)
  SELECT $wid, 'o' || g, t, t, 1000 + (g * 7919) % 20000, 'EUR', 'api', CASE WHEN g % 2 = 0 THEN 'code' ELSE 'click' END,
         CASE WHEN g % 2 = 0 THEN l.id END, CASE WHEN g % 2 = 1 THEN l.id END, l.id
  FROM generate_series(1, $orders) AS g
  CROSS JOIN LATERAL (SELECT timestamptz '2024-12-01 00:00+00' + (g % 730) * interval '1 day' AS t) AS r
  JOIN links AS l ON l.n = (g * 31) % (SELECT count(*) FROM links);
  ANALYZE;"
echo "stored: $(sql -c "SELECT (SELECT count(*) FROM influencers) || ' influencers, ' || (SELECT count(*) FROM posts) || ' posts, ' || (SELECT count(*) FROM clicks) || ' clicks in ' || (SELECT count(*) FROM pg_inherits WHERE inhparent = 'clicks'::regclass) || ' partitions, ' || (SELECT count(*) FROM visitor_days) || ' visitor-days, ' || (SELECT count(*) FROM orders) || ' orders'"); $(sql -c "SELECT pg_size_pretty(pg_database_size('$name'))")"

median_of() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() {
  local out="$1"; shift
  "$@" > "$work/warmup.out"
  : > "$out"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" > "$work/run.out"
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time.txt" >> "$out"
  done
}
timed "$work/report.times" "$clout" report tiers --format json --workspace bench --db "$conn"
cmp -s "$work/warmup.out" "$work/run.out" || { echo "the report changed between runs" >&2; exit 1; }
timed "$work/raw.times" psql "$server dbname=$name" -qAtX -v w="$wid" -f "$root/bench/report/aggregate-postgres.sql"
line() {
  printf '  %-36s %6.2f s wall  %6.2f s CPU (client)  %5d MiB peak (client)   (wall of each run: %s)\n' "$1" "$(median_of "$2" 1)" "$(median_of "$2" 3)" \
    "$(median_of "$2" 2 | awk '{ printf "%d", $1 / 1024 }')" "$(cut -d' ' -f1 "$2" | paste -sd' ')"
}
echo
echo "as processes, median of $runs runs after one warm-up (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
line "clout report tiers --format json" "$work/report.times"
line "psql raw aggregate" "$work/raw.times"
printf '  ratio report / raw aggregate: %.1fx wall\n' "$(echo "$(median_of "$work/report.times" 1) / $(median_of "$work/raw.times" 1)" | bc -l)"
