#!/usr/bin/env bash
# Several Clout nodes behind nginx with TLS on one PostgreSQL, on this machine: see deploy/cluster-check.py.
#   deploy/cluster-check.sh            NODES=3 LOAD_SECONDS=12 KEEP=1 (keeps the work folder)
set -euo pipefail
for tool in nginx openssl python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y nginx openssl python3)" >&2; exit 2; }
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "needs PostgreSQL's server: apt-get install -y postgresql" >&2; exit 2; }
exec python3 "$(dirname "${BASH_SOURCE[0]}")/cluster-check.py" "$@"
