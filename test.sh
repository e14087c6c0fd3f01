#!/usr/bin/env bash
# The one test command: builds everything and runs every test project against a real SQLite file, a real
# throwaway PostgreSQL cluster and a real headless Chromium.
#
#   ./test.sh                      all tests
#   ./test.sh --filter Importer    extra arguments go to `dotnet test`
#
# Installs PostgreSQL and Chromium with apt when they are missing (as root, or through sudo). Without them the
# tests that need them skip locally; under CI=true they must run, so a missing piece fails the run.
# The last line printed is always "N passed, N failed, N skipped"; the exit code is non-zero when a test failed,
# the build failed, or no test ran at all.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

log() { echo "test.sh: $*"; }
warn() { echo "test.sh: warning: $*" >&2; }
die() { echo "test.sh: error: $*" >&2; exit 1; }

in_ci() { [[ -n "${CI:-}" && "${CI,,}" != "false" && "${CI}" != "0" ]]; }

# Outside CI a missing piece is a warning (its tests skip); in CI it is an error.
missing() {
  if in_ci; then die "$*"; fi
  warn "$* - the tests that need it will be skipped"
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

chromium=/usr/bin/chromium
find_initdb() { ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true; }

# --- 1. PostgreSQL and Chromium -------------------------------------------------------------------------------
packages=()
[[ -n "$(find_initdb)" ]] || packages+=(postgresql)
[[ -x "$chromium" ]] || packages+=(chromium)
if ((${#packages[@]} > 0)); then
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo)
      # Without a terminal sudo cannot ask for a password: fail at once instead of hanging.
      [[ -t 0 ]] || as_root=(sudo -n)
    else
      as_root=(none)
    fi
  fi
  if [[ "${as_root[0]:-}" == none ]]; then
    missing "cannot install ${packages[*]}: not root and no sudo"
  else
    log "installing ${packages[*]} with apt (this takes a few minutes, once)"
    apt_log=$(mktemp)
    if "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >"$apt_log" 2>&1 \
      && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}" >>"$apt_log" 2>&1; then
      rm -f "$apt_log"
    else
      tail -n 20 "$apt_log" >&2 || true
      rm -f "$apt_log"
      missing "apt-get could not install ${packages[*]}"
    fi
  fi
fi

# --- 2. A throwaway PostgreSQL cluster ------------------------------------------------------------------------
# As root the cluster lives under /tmp, so that the postgres user can reach it whatever TMPDIR says.
if [[ $(id -u) -eq 0 ]]; then
  tmp=$(mktemp -d /tmp/clout-test.XXXXXX)
else
  tmp=$(mktemp -d -t clout-test.XXXXXX)
fi
pg_started=""
pg_bin=""

as_pg() {
  if [[ $(id -u) -ne 0 ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # Silent: the summary must stay the last line.
  if [[ -n "$pg_started" ]]; then
    as_pg "$pg_bin/pg_ctl" stop -D "$tmp/pg/data" -m immediate -w >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp" >/dev/null 2>&1 || true
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    # A refused connection means nobody listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  return 1
}

start_postgres() {
  local initdb
  initdb=$(find_initdb)
  if [[ -z "$initdb" ]]; then
    missing "no PostgreSQL server (looked for /usr/lib/postgresql/*/bin/initdb)"
    return 0
  fi
  pg_bin=$(dirname "$initdb")
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    # initdb refuses to run as root; the Debian package normally creates this user.
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  mkdir -p "$tmp/pg"
  if [[ $(id -u) -eq 0 ]]; then
    # mktemp makes the folder private to root; the postgres user must be able to pass through it.
    chmod a+x "$tmp"
    chown -R postgres: "$tmp/pg"
  fi
  log "starting a throwaway PostgreSQL $("$pg_bin/postgres" --version | awk '{print $NF}') in $tmp/pg"
  # UTF-8 whatever the machine's locale, so that text and emoji round-trip as they do in production.
  if ! as_pg "$initdb" -D "$tmp/pg/data" --auth=trust -U postgres --encoding=UTF8 --no-locale >"$tmp/pg/initdb.log" 2>&1; then
    cat "$tmp/pg/initdb.log" >&2
    missing "initdb failed"
    return 0
  fi
  local port attempt
  for attempt in 1 2 3; do
    port=$(free_port) || { missing "no free TCP port for PostgreSQL"; return 0; }
    # fsync off: the cluster is thrown away. A server time zone other than UTC makes a timestamp written
    # without its UTC kind show up as a shifted time in the tests instead of passing by luck.
    if as_pg "$pg_bin/pg_ctl" start -D "$tmp/pg/data" -l "$tmp/pg/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $tmp/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c timezone=America/New_York" \
      >/dev/null 2>&1; then
      pg_started=1
      export CLOUT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "PostgreSQL listens on 127.0.0.1:$port"
      return 0
    fi
    warn "PostgreSQL did not start on port $port (attempt $attempt)"
  done
  tail -n 20 "$tmp/pg/server.log" >&2 || true
  missing "PostgreSQL did not start"
}

unset CLOUT_TEST_POSTGRES CLOUT_TEST_CHROMIUM
start_postgres

if [[ -x "$chromium" ]]; then
  export CLOUT_TEST_CHROMIUM="$chromium"
else
  missing "no Chromium at $chromium"
fi

# --- 3. Build and test ----------------------------------------------------------------------------------------
log "dotnet test Clout.slnx $*"
test_status=0
dotnet test Clout.slnx --logger trx --results-directory "$tmp/results" "$@" || test_status=$?

# --- 4. Summary from the TRX files ----------------------------------------------------------------------------
passed=0 failed=0 skipped=0 other=0
shopt -s nullglob globstar
trx_files=("$tmp"/results/**/*.trx)
shopt -u globstar
if ((${#trx_files[@]} > 0)); then
  # One <UnitTestResult ...> tag per test; join lines first in case a writer wraps attributes.
  while read -r outcome; do
    case "$outcome" in
      Passed) passed=$((passed + 1)) ;;
      Failed) failed=$((failed + 1)) ;;
      NotExecuted) skipped=$((skipped + 1)) ;;
      *) other=$((other + 1)) ;;
    esac
  done < <(cat "${trx_files[@]}" | tr '\r\n' '  ' | grep -o '<UnitTestResult [^>]*>' \
    | sed -n 's/.* outcome="\([A-Za-z]*\)".*/\1/p' || true)
fi

exit_code=0
if ((test_status != 0)); then
  warn "dotnet test exited with $test_status"
  exit_code=1
  # A project that did not build leaves no results file: count it as a failure, so that the totals line never
  # reads "0 failed" for a run whose tests did not all run.
  projects=(tests/*/*.Tests.csproj)
  if ((${#trx_files[@]} < ${#projects[@]})); then
    missing_projects=$(( ${#projects[@]} - ${#trx_files[@]} ))
    warn "$missing_projects test project(s) produced no results (did not build or crashed); each counts as one failure"
    failed=$((failed + missing_projects))
  fi
fi
if ((other > 0)); then
  warn "$other results had an outcome other than Passed, Failed or NotExecuted"
  exit_code=1
fi
if ((failed > 0)); then
  exit_code=1
fi
if ((passed + failed == 0)); then
  warn "no test ran"
  exit_code=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$exit_code"
