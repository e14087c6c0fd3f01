#!/usr/bin/env python3
"""Clout in production shape on this machine, checked end to end.

Starts a throwaway PostgreSQL, three `clout serve` nodes on it (each with its own EMPTY home folder, configured from
deploy/clout.env as the systemd unit is) and nginx in front with TLS (a self-signed certificate, the site from
deploy/nginx/clout.conf), then shows, each as a PASS/FAIL line with its figures:

  1. clicks from different client addresses (X-Forwarded-For set by nginx) are different visitors;
  2. and are rate-limited separately (one address is refused, the next one is not);
  3. the sign-in cookie is Secure behind TLS, HSTS is sent, and a cookie from one node is accepted by another;
  4. the Shopify secret still verifies after a node restarts with a new, empty home folder;
  5. the day's visitor salt is made once for the three nodes;
  6. one node killed (SIGKILL) under load: 0 acknowledged clicks, survey responses and orders lost;
  7. metrics scraped from every node, readiness reported.

Usage: deploy/cluster-check.sh (installs nothing; needs PostgreSQL's server binaries, nginx, openssl, the .NET SDK).
Environment: NODES=3, LOAD_SECONDS=12, KEEP=1 keeps the work folder.
Everything listens on 127.0.0.1 only and stops by itself.
"""
import base64
import glob
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NODES = int(os.environ.get("NODES", "3"))
LOAD_SECONDS = float(os.environ.get("LOAD_SECONDS", "12"))
PERMITS_PER_MINUTE = 20
UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
      "Version/18.2 Mobile/15E148 Safari/604.1")
SHOPIFY_SECRET = "cluster-check-shopify-secret"
PASSWORD = "cluster-check-pass-1"

work = tempfile.mkdtemp(prefix="clout-cluster.")
os.chmod(work, 0o755)
processes = []
results = []
pg = {}


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def check(name, ok, figures):
    results.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {figures}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, env=None, check_exit=True, **kwargs):
    done = subprocess.run(args, env=env, capture_output=True, text=True, **kwargs)
    if check_exit and done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def as_postgres(args):
    return ["runuser", "-u", "postgres", "--"] + args if os.geteuid() == 0 else args


def start_postgres():
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdb:
        raise SystemExit("needs PostgreSQL's server: apt-get install -y postgresql")
    pg["bin"] = os.path.dirname(initdb[-1])
    data = os.path.join(work, "pg")
    os.makedirs(data)
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    run(as_postgres([initdb[-1], "-D", data, "--auth=trust", "-U", "postgres", "--encoding=UTF8", "--no-locale"]))
    pg["port"] = free_port()
    pg["data"] = data
    run(as_postgres([f"{pg['bin']}/pg_ctl", "start", "-D", data, "-l", f"{data}/server.log", "-w", "-t", "60",
                     "-o", f"-p {pg['port']} -c listen_addresses=127.0.0.1 -k {data} -c max_connections=300"]))
    psql("CREATE DATABASE clout;", database="postgres")
    return f"Host=127.0.0.1;Port={pg['port']};Username=postgres;Database=clout;Maximum Pool Size=40"


def psql(sql, database="clout"):
    return run([f"{pg['bin']}/psql", "-h", "127.0.0.1", "-p", str(pg["port"]), "-U", "postgres", "-d", database,
                "-At", "-v", "ON_ERROR_STOP=1", "-c", sql]).strip()


def env_file():
    """The settings every node reads, from deploy/clout.env (the systemd unit's EnvironmentFile)."""
    settings = {}
    path = os.path.join(ROOT, "deploy", "clout.env")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                settings[key] = value
    return settings


def node_env(connection, home):
    env = dict(os.environ)
    env.update(env_file())
    os.makedirs(home, exist_ok=True)
    env.update({
        "HOME": home,
        "ConnectionStrings__Clout": connection,
        "Clout__Proxy__KnownProxies__0": "127.0.0.1",
        "Clout__Telemetry__Prometheus": "true",
        "Clout__Tracking__PermitsPerMinute": str(PERMITS_PER_MINUTE),
        "Clout__Surveys__PermitsPerMinute": "100000",
        "Logging__LogLevel__Default": "Warning",
    })
    return env


def start_node(index, connection, port, home):
    out = open(os.path.join(work, f"node{index}.log"), "ab")
    process = subprocess.Popen([app, "serve", "--urls", f"http://127.0.0.1:{port}"], env=node_env(connection, home),
                               stdout=out, stderr=subprocess.STDOUT)
    processes.append(process)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"node {index} stopped:\n" + open(out.name, encoding="utf-8", errors="replace").read()[-3000:])
        try:
            status, _, _ = request("GET", f"http://127.0.0.1:{port}/health/live")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"node {index} did not start")


def request(method, url, body=None, headers=None, connection=None):
    """One HTTP(S) request; returns (status, headers as a list, body). TLS certificates are not verified (self-signed)."""
    parts = urllib.parse.urlsplit(url)
    own = connection is None
    if own:
        connection = open_connection(parts.scheme, parts.netloc)
    try:
        path = parts.path + ("?" + parts.query if parts.query else "")
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, response.getheaders(), data
    finally:
        if own:
            connection.close()


def open_connection(scheme, netloc):
    if scheme == "https":
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return http.client.HTTPSConnection(netloc, timeout=30, context=context)
    return http.client.HTTPConnection(netloc, timeout=30)


def header(headers, name):
    return [v for k, v in headers if k.lower() == name.lower()]


def start_nginx(node_ports):
    folder = os.path.join(work, "nginx")
    os.makedirs(folder)
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=clout.localhost",
         "-keyout", f"{folder}/key.pem", "-out", f"{folder}/cert.pem"])
    https_port, http_port = free_port(), free_port()
    site = open(os.path.join(ROOT, "deploy", "nginx", "clout.conf"), encoding="utf-8").read()
    upstream = "\n".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in node_ports)
    site = re.sub(r"(?m)^    server 127\.0\.0\.1:500[0-9].*\n", "", site)
    site = site.replace("    keepalive 64;", upstream + "\n    keepalive 64;", 1)
    site = (site.replace("listen 443 ssl", f"listen 127.0.0.1:{https_port} ssl")
            .replace("listen [::]:443 ssl", "# (no IPv6 here)")
            .replace("listen 80", f"listen 127.0.0.1:{http_port}")
            .replace("listen [::]:80", "# (no IPv6 here)")
            .replace("/etc/ssl/clout/fullchain.pem", f"{folder}/cert.pem")
            .replace("/etc/ssl/clout/privkey.pem", f"{folder}/key.pem"))
    # The check's clients all come from 127.0.0.1; nginx's real-IP module gives each the address it names in
    # X-Check-Client, as if they were different shoppers on the internet. Only here, never in the deployed site.
    site = site.replace(f"listen 127.0.0.1:{https_port} ssl http2;",
                        f"listen 127.0.0.1:{https_port} ssl http2;\n    set_real_ip_from 127.0.0.1;\n    real_ip_header X-Check-Client;", 1)
    open(f"{folder}/site.conf", "w", encoding="utf-8").write(site)
    open(f"{folder}/nginx.conf", "w", encoding="utf-8").write(f"""
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 2048; }}
http {{
  access_log off;
  client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy; fastcgi_temp_path {folder}/fastcgi;
  uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;
  include {folder}/site.conf;
}}
""")
    run(["nginx", "-t", "-p", folder, "-c", f"{folder}/nginx.conf", "-e", f"{folder}/error.log"])
    processes.append(subprocess.Popen(["nginx", "-p", folder, "-c", f"{folder}/nginx.conf", "-e", f"{folder}/error.log"]))
    base = f"https://127.0.0.1:{https_port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if request("GET", base + "/health/live")[0] == 200:
                return base
        except OSError:
            time.sleep(0.2)
    raise SystemExit("nginx did not answer:\n" + open(f"{folder}/error.log").read())


def cleanup():
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    if "data" in pg:
        subprocess.run(as_postgres([f"{pg['bin']}/pg_ctl", "stop", "-D", pg["data"], "-m", "immediate", "-w"]),
                       capture_output=True)
    if os.environ.get("KEEP"):
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


def cli(*args, env):
    return run([app, *args], env=env)


def sign_in(base, email, host=None):
    """Signs in through the real form; returns the status, the session cookie and every Set-Cookie line."""
    named = {"Host": host} if host else {}
    status, headers, body = request("GET", base + "/account/login", headers=dict(named))
    first_cookies = header(headers, "Set-Cookie")
    token = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', body).group(1).decode()
    cookies = "; ".join(c.split(";")[0] for c in header(headers, "Set-Cookie"))
    form = urllib.parse.urlencode({"email": email, "password": PASSWORD, "returnUrl": "/", "__RequestVerificationToken": token})
    status, headers, _ = request("POST", base + "/account/login", form,
                                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies, **named})
    set_cookies = first_cookies + header(headers, "Set-Cookie")
    session = "; ".join(c.split(";")[0] for c in set_cookies if c.startswith("clout.auth="))
    return status, session, set_cookies, headers


def shopify(base, order_id, secret=SHOPIFY_SECRET):
    body = json.dumps({"id": order_id, "created_at": "2026-03-10T13:00:00+01:00", "currency": "EUR",
                       "total_price": "49.90", "discount_codes": [{"code": "MILA10", "amount": "5.00", "type": "percentage"}],
                       "line_items": [{"id": 1, "title": "Tea", "quantity": 1, "price": "49.90"}]})
    signature = base64.b64encode(hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest()).decode()
    return request("POST", base + "/webhooks/shopify/shop", body, {
        "Content-Type": "application/json", "X-Shopify-Hmac-Sha256": signature, "X-Shopify-Topic": "orders/create",
        "X-Shopify-Webhook-Id": f"delivery-{order_id}"})[0]


class Load:
    """Keeps clicks, survey responses and orders flowing through nginx; records what was acknowledged."""

    def __init__(self, base, key, survey):
        self.base, self.key, self.survey = base, key, survey
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.clicks, self.responses, self.orders = set(), set(), set()
        self.refused = {"clicks": 0, "responses": 0, "orders": 0}

    def _loop(self, kind, worker):
        netloc = urllib.parse.urlsplit(self.base).netloc
        connection = open_connection("https", netloc)
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                acknowledged = getattr(self, "_" + kind)(connection, worker, n)
            except (OSError, http.client.HTTPException):
                acknowledged = None
                connection.close()
                connection = open_connection("https", netloc)
            with self.lock:
                if acknowledged is None:
                    self.refused[kind] += 1
                else:
                    getattr(self, kind).add(acknowledged)
        connection.close()

    def _clicks(self, connection, worker, n):
        client = f"10.{worker}.{(n // 250) % 250}.{n % 250 + 1}"
        status, headers, _ = request("GET", self.base + "/r/mila-spring", headers={"User-Agent": UA, "X-Check-Client": client},
                                     connection=connection)
        location = header(headers, "Location")
        ref = re.search(r"clout_ref=([A-Za-z0-9_-]+)", location[0]).group(1) if status == 302 and location else None
        return ref

    def _responses(self, connection, worker, n):
        respondent = f"w{worker}-{n}"
        body = json.dumps({"version": self.survey["version"], "respondent_id": respondent,
                           "answers": {"heard_from": {"option": self.survey["option"]}, "nps": {"value": 9}}})
        status, _, _ = request("POST", f"{self.base}/api/v1/public/surveys/{self.survey['public_id']}/responses", body,
                               {"Content-Type": "application/json", "X-Check-Client": f"10.200.{worker}.{n % 250 + 1}"},
                               connection=connection)
        return respondent if status == 201 else None

    def _orders(self, connection, worker, n):
        order_id = f"load-{worker}-{n}"
        body = json.dumps({"order_id": order_id, "total": "19.90", "currency": "EUR", "discount_codes": ["MILA10"]})
        status, _, _ = request("POST", self.base + "/api/v1/orders", body,
                               {"Content-Type": "application/json", "Authorization": f"Bearer {self.key}"}, connection=connection)
        return order_id if status in (200, 201) else None

    def run(self, seconds, during):
        threads = [threading.Thread(target=self._loop, args=(kind, w)) for kind, count in
                   (("clicks", 6), ("responses", 3), ("orders", 3)) for w in range(1, count + 1)]
        for t in threads:
            t.start()
        time.sleep(seconds / 3)
        during()
        time.sleep(seconds * 2 / 3)
        self.stop.set()
        for t in threads:
            t.join()


def in_list(values):
    return ",".join("'" + v.replace("'", "''") + "'" for v in values) or "''"


def stored(table, column, values):
    found = set()
    values = list(values)
    for i in range(0, len(values), 5000):
        chunk = values[i:i + 5000]
        rows = psql(f"SELECT {column} FROM {table} WHERE {column} IN ({in_list(chunk)});")
        found.update(r for r in rows.splitlines() if r)
    return found


def main():
    global app
    for tool in ("nginx", "openssl", "dotnet"):
        if not shutil.which(tool):
            raise SystemExit(f"needs {tool}")
    log(f"work folder {work}")
    log("building clout (Release)…")
    run(["dotnet", "publish", os.path.join(ROOT, "src/Clout/Clout.csproj"), "-c", "Release", "-o", f"{work}/app", "--nologo", "-v", "q"])
    app = f"{work}/app/clout"
    connection = start_postgres()
    log(f"PostgreSQL on 127.0.0.1:{pg['port']}")

    setup = node_env(connection, f"{work}/home-cli")
    open(f"{work}/influencers.csv", "w").write("handle,platform,display_name,niche,followers,following,country\n"
                                               "mila,instagram,Mila,food,20000,300,de\n")
    open(f"{work}/collaborations.csv", "w").write(
        "campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url\n"
        "Spring Sale,mila,instagram,500,20,0.1,MILA10,mila-spring,https://shop.example/products/tea\n")
    cli("workspace", "create", "shop", env=setup)
    cli("import", "influencers", f"{work}/influencers.csv", "--workspace", "shop", env=setup)
    cli("import", "collaborations", f"{work}/collaborations.csv", "--workspace", "shop", env=setup)
    psql("UPDATE workspaces SET shop_domains = 'shop.example';")
    cli("user", "create", "ana@shop.test", "--workspace", "shop", "--role", "owner", env={**setup, "CLOUT_PASSWORD": PASSWORD})
    key = re.search(r"clout_[A-Za-z0-9_-]+", cli("keys", "create", "--workspace", "shop", "--scope", "write", env=setup)).group(0)
    cli("workspace", "shopify", "--secret", SHOPIFY_SECRET, "--workspace", "shop", env=setup)

    ports = [free_port() for _ in range(NODES)]
    nodes = [start_node(i + 1, connection, p, f"{work}/home-node{i + 1}") for i, p in enumerate(ports)]
    direct = [f"http://127.0.0.1:{p}" for p in ports]
    log(f"{NODES} nodes on ports {ports}")
    base = start_nginx(ports)
    log(f"nginx with TLS at {base}")

    # 1. Different client addresses, different visitors (one node: the day's salt is the same on all, see 5).
    for client in ("198.51.100.1", "198.51.100.2"):
        status = request("GET", base + "/r/mila-spring", headers={"User-Agent": UA, "X-Check-Client": client})[0]
        assert status == 302, status
    visitors = int(psql("SELECT COUNT(DISTINCT visitor_id) FROM clicks;"))
    check("clicks from two client addresses through nginx are two visitors", visitors == 2, f"{visitors} distinct visitors for 2 clicks")

    # 2. Rate limits per client address: one address runs out, another does not.
    statuses = [request("GET", base + "/r/mila-spring", headers={"User-Agent": UA, "X-Check-Client": "198.51.100.3"})[0]
                for _ in range(PERMITS_PER_MINUTE * NODES + 5)]
    other = request("GET", base + "/r/mila-spring", headers={"User-Agent": UA, "X-Check-Client": "198.51.100.4"})[0]
    limited = statuses.count(429)
    check("rate limits are per client address behind nginx", limited > 0 and other == 302,
          f"{statuses.count(302)} × 302 then {limited} × 429 for one address ({PERMITS_PER_MINUTE}/min per address; nginx sends one address to one node); "
          f"another address: {other}")

    # 3. Secure cookie and HSTS through TLS; a cookie of one node accepted by another.
    # A public name, as a browser sends it: HSTS is never sent for localhost or 127.0.0.1.
    status, session, set_cookies, headers = sign_in(base, "ana@shop.test", host="clout.example.com")
    secure = all("secure" in c.lower() for c in set_cookies) and bool(set_cookies)
    hsts = header(headers, "Strict-Transport-Security")
    check("behind TLS the sign-in cookie is Secure and HSTS is sent", status == 302 and secure and bool(hsts),
          f"sign-in {status}; {len(set_cookies)} cookies, all Secure: {secure}; HSTS: {hsts[0] if hsts else 'none'}")
    _, node_session, _, _ = sign_in(direct[0], "ana@shop.test")
    answers = [request("GET", d + "/", headers={"Cookie": node_session})[0] for d in direct]
    check("a session started on node 1 is valid on every node", all(a == 200 for a in answers) and node_session != "",
          f"GET / with node 1's cookie: {answers}")

    # 4. The Shopify secret after a restart with an empty home folder.
    before = shopify(direct[0], 9001)
    nodes[0].send_signal(signal.SIGTERM)
    nodes[0].wait(timeout=60)
    shutil.rmtree(f"{work}/home-node1")
    nodes[0] = start_node(1, connection, ports[0], f"{work}/home-node1-new")
    after = shopify(direct[0], 9002)
    forged = shopify(direct[0], 9003, secret="not-the-secret")
    check("the Shopify secret verifies after a node restarts with an empty home folder",
          before == 200 and after == 200 and forged == 401, f"before {before}, after {after}, forged {forged}")

    # 5. One salt for the day, whichever node a shopper reaches.
    for d in direct:
        request("GET", d + "/r/mila-spring", headers={"User-Agent": UA, "X-Forwarded-For": "198.51.100.9"})
    salts = psql("SELECT COUNT(*) FROM visitor_salts;")
    same = psql("SELECT COUNT(DISTINCT visitor_id) FROM clicks WHERE id > (SELECT MAX(id) - 3 FROM clicks);")
    check("the day's visitor salt is made once across nodes", salts == "1" and same == "1",
          f"{salts} salt row(s); one shopper on {NODES} nodes = {same} visitor id(s)")

    # 6. Kill a node under load.
    created = json.loads(request("POST", base + "/api/v1/surveys", json.dumps({"template": "post_purchase"}),
                                 {"Content-Type": "application/json", "Authorization": f"Bearer {key}"})[2])
    published = json.loads(request("POST", f"{base}/api/v1/surveys/{created['id']}/publish", "",
                                   {"Authorization": f"Bearer {key}"})[2])
    option = "inf_" + psql("SELECT id FROM influencers WHERE handle = 'mila';")
    load = Load(base, key, {"public_id": published["public_id"], "version": published["live_version"], "option": option})
    victim = nodes[1]
    load.run(LOAD_SECONDS, lambda: victim.send_signal(signal.SIGKILL))
    log(f"node 2 killed under load; acknowledged {len(load.clicks)} clicks, {len(load.responses)} responses, "
        f"{len(load.orders)} orders; not acknowledged {load.refused}")
    lost_clicks = load.clicks - stored("clicks", "ref", load.clicks)
    hashed = {hashlib.sha256(r.encode()).hexdigest(): r for r in load.responses}
    lost_responses = set(hashed) - stored("survey_responses", "respondent_hash", hashed)
    lost_orders = load.orders - stored("orders", "external_id", load.orders)
    check("one node killed under load loses nothing acknowledged",
          not lost_clicks and not lost_responses and not lost_orders and load.clicks and load.responses and load.orders,
          f"clicks {len(load.clicks)} acknowledged / {len(lost_clicks)} lost; responses {len(load.responses)} / "
          f"{len(lost_responses)} lost; orders {len(load.orders)} / {len(lost_orders)} lost")

    # 7. Metrics and readiness of the nodes still up.
    alive = [d for i, d in enumerate(direct) if i != 1]
    scraped = []
    for d in alive:
        status, _, body = request("GET", d + "/metrics")
        names = sorted(set(re.findall(r"^(clout_[a-z_]+)", body.decode(errors="replace"), re.M)))
        scraped.append((status, len(names)))
    ready = [request("GET", d + "/health/ready")[0] for d in alive]
    check("metrics scraped from every live node; readiness", all(s == 200 and n > 0 for s, n in scraped) and all(r == 200 for r in ready),
          f"/metrics (status, clout_* metric names): {scraped}; /health/ready: {ready}")

    failed = [name for name, ok in results if not ok]
    print(f"\n{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        code = main()
    finally:
        cleanup()
    sys.exit(code)
