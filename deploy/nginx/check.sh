#!/usr/bin/env bash
# Checks deploy/nginx/clout.conf with `nginx -t`: the site inside a minimal nginx.conf, with a self-signed
# certificate made by openssl in a temporary folder (removed afterwards). Exit code 0 = the site is valid.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=clout.example.com" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
# The site as shipped, with only the certificate paths pointed at the temporary ones.
sed -e "s|/etc/ssl/clout/|$work/|g" "$here/clout.conf" > "$work/clout.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $work/clout.conf;
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf"
echo "deploy/nginx/clout.conf: nginx -t ok"
