# Shared by run.sh, kill-test.sh, bench/surveys and bench/compare: build clout, seed a SQLite database with one
# tracking link, start/stop servers (clout, nginx's static 302), load them with wrk and read wrk's figures.
# Everything listens on 127.0.0.1 only and lives in a temporary folder that is removed on exit (a folder the caller
# set in $work before sourcing this is kept).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
keep_work="${work:-}"
work="${work:-$(mktemp -d /tmp/clout-redirect-bench.XXXXXX)}"
pids=()
# DB=postgres: the databases are made on a PostgreSQL server (PGHOST, PGPORT, PGUSER; by default the tests' server at
# 127.0.0.1:55432) instead of SQLite files; a FILE argument below then names a database made for this run, dropped on exit.
db_kind="${DB:-sqlite}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
pg_dbs=()
# pg_name FILE: the PostgreSQL database standing for FILE in this run.
pg_name() { local b; b="$(basename "$1" .db)"; echo "clout_bench_$$_${b//[^a-zA-Z0-9]/_}"; }
# db_conn FILE: the connection string clout is given.
db_conn() {
  if [[ "$db_kind" == postgres ]]; then echo "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$(pg_name "$1")"; else echo "Data Source=$1"; fi
}
# db_sql FILE SQL: runs SQL on the database, prints the rows (|-separated).
db_sql() {
  if [[ "$db_kind" == postgres ]]; then psql -X -q -tA -v ON_ERROR_STOP=1 -d "$(pg_name "$1")" -c "$2"; else sqlite3 "$1" "$2"; fi
}
cleanup() {
  # TERM first: nginx's master takes its workers down with it (after a KILL they would live on, holding the output pipe).
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for name in "${pg_dbs[@]}"; do dropdb --if-exists --force "$name" 2>/dev/null || true; done
  [[ -n "$keep_work" ]] || rm -rf "$work"
}
trap cleanup EXIT
code="mila-spring"
ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1"
need() { command -v "$1" >/dev/null || { echo "needs $1: apt-get install -y ${2:-$1}" >&2; exit 2; }; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# CLOUT_APP=DIR: a clout already published in Release there (another script's build), used as it is.
build_clout() {
  if [[ -n "${CLOUT_APP:-}" ]]; then clout="$CLOUT_APP/clout"; return; fi
  echo "building clout (Release)…" >&2
  dotnet publish "$root/src/Clout/Clout.csproj" -c Release -o "$work/app" --nologo -v q >&2
  clout="$work/app/clout"
}

# seed_db FILE: a migrated database with workspace 'shop' and one collaboration whose link code is $code.
seed_db() {
  local db; db="$(db_conn "$1")"
  if [[ "$db_kind" == postgres ]]; then createdb "$(pg_name "$1")"; pg_dbs+=("$(pg_name "$1")"); fi
  cat > "$work/influencers.csv" <<'CSV'
handle,platform,display_name,niche,followers,following,country
mila,instagram,Mila,food,20000,300,de
CSV
  cat > "$work/collaborations.csv" <<'CSV'
campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
Spring Sale,mila,instagram,500,20,0.1,MILA10,mila-spring,https://shop.example/products/tea
CSV
  "$clout" workspace create shop --db "$db" >/dev/null
  "$clout" import influencers "$work/influencers.csv" --workspace shop --db "$db" >/dev/null
  "$clout" import collaborations "$work/collaborations.csv" --workspace shop --db "$db" >/dev/null
  db_sql "$1" "UPDATE workspaces SET shop_domains = 'shop.example';"
}

# start_clout DBFILE PORT: starts `clout serve` in the background, sets clout_pid, waits until /health answers.
start_clout() {
  Logging__LogLevel__Default=Warning "$clout" serve --urls "http://127.0.0.1:$2" --db "$(db_conn "$1")" > "$work/clout.log" 2>&1 &
  clout_pid=$!
  pids+=("$clout_pid")
  for _ in $(seq 1 200); do
    curl -fsS "http://127.0.0.1:$2/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "clout did not start:" >&2; cat "$work/clout.log" >&2; exit 1
}

# build_bare / start_bare PORT: the bare ASP.NET Core endpoint (bench/bare: read the POST body, answer 201), the limit
# the intake doors (survey responses, orders) are compared with in the same run. Sets bare_pid.
build_bare() {
  echo "building the bare endpoint (Release)…" >&2
  dotnet publish "$root/bench/bare/Bare.csproj" -c Release -o "$work/bare" --nologo -v q >&2
}
start_bare() {
  "$work/bare/bare" --urls "http://127.0.0.1:$1" > "$work/bare.log" 2>&1 &
  bare_pid=$!
  pids+=("$bare_pid")
  for _ in $(seq 1 200); do
    curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the bare endpoint did not start:" >&2; cat "$work/bare.log" >&2; exit 1
}

clicks_stored() { db_sql "$1" "SELECT COUNT(*) FROM clicks;"; }

# start_nginx PORT: nginx answering every request with a static 302 shaped like clout's (the limit), in the background.
start_nginx() {
  mkdir -p "$work/nginx"
  cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy; fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$1;
    location / { add_header Cache-Control no-store; return 302 https://shop.example/products/tea?utm_source=instagram&utm_medium=influencer&utm_campaign=Spring%20Sale&utm_content=mila&clout_ref=0123456789abcdefghijkl; }
  }
}
CONF
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  pids+=("$!")
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$1/" && break; sleep 0.1; done
}

# load URL DURATION: wrk with $threads threads and $connections connections, as a phone's browser.
load() { wrk -t"$threads" -c"$connections" -d"$2" --latency -H "User-Agent: $ua" "$1"; }
# field FILE KEY: a figure of wrk's output ("Requests/sec:", "50%", "99%").
field() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
# ms VALUE: wrk's 1.23ms, 456.00us or 1.2s in milliseconds.
ms() {
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 } else { sub(/s$/, "", v); print v * 1000 } }'
}
