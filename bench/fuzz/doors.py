#!/usr/bin/env python3
"""Differential fuzz of Clout's doors: the same thousands of mutated requests to two builds, side by side.

    python3 bench/fuzz/doors.py 'OLD_CLOUT' 'NEW_CLOUT'      # e.g. '/tmp/a/clout' 'dotnet src/Clout/bin/Debug/net10.0/clout.dll'
    N=3000 SEED=7 python3 bench/fuzz/doors.py ...

Each build gets its own fresh SQLite workspace seeded the same way (an influencer, a collaboration with a promo code and
a tracking link, an API key, a Shopify secret, a live post-purchase survey), then receives the same sequence of
requests, mutated from valid ones: POST /api/v1/orders, POST /webhooks/shopify/{workspace} (signed, so that the body
reaches the parser), POST /api/v1/public/surveys/{id}/responses, GET /r/{code}. It counts 5xx answers per build and
every request the two builds answered with a different status, and compares what each stored (orders, survey
responses, clicks). For a change meant to keep behaviour all three must be 0 / equal. Binds 127.0.0.1 only and
removes its folder.
"""
import base64, hashlib, hmac, json, os, random, shlex, shutil, socket, sqlite3, string, subprocess, sys, tempfile, time
import urllib.error, urllib.request

N = int(os.environ.get("N", "2000"))
SEED = int(os.environ.get("SEED", "7"))
SECRET = "fuzz-shopify-secret"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(base, method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


urllib.request.install_opener(urllib.request.build_opener(NoRedirect))


class Build:
    def __init__(self, name, command, folder):
        self.name, self.command, self.folder = name, shlex.split(command), folder
        self.db = os.path.join(folder, "clout.db")
        self.conn = f"Data Source={self.db}"

    def cli(self, *args, env=None):
        out = subprocess.run(self.command + list(args) + ["--db", self.conn], capture_output=True, text=True,
                             env={**os.environ, **(env or {})}, check=True)
        return out.stdout + out.stderr

    def seed(self):
        with open(os.path.join(self.folder, "influencers.csv"), "w") as f:
            f.write("handle,platform,display_name,niche,followers,following,country\nmila,instagram,Mila,food,20000,300,de\n")
        with open(os.path.join(self.folder, "collaborations.csv"), "w") as f:
            f.write("campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url\n"
                    "Spring Sale,mila,instagram,500,20,0.1,MILA10,mila-spring,https://shop.example/products/tea\n")
        self.cli("workspace", "create", "shop")
        self.cli("import", "influencers", os.path.join(self.folder, "influencers.csv"), "--workspace", "shop")
        self.cli("import", "collaborations", os.path.join(self.folder, "collaborations.csv"), "--workspace", "shop")
        self.cli("workspace", "settings", "--shop-domains", "shop.example", "--workspace", "shop")
        self.cli("workspace", "shopify", "--secret", SECRET, "--workspace", "shop")
        self.key = next(w for w in self.cli("keys", "create", "--workspace", "shop").split() if w.startswith("clout_"))

    def start(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder, "serve.log"), "w")
        self.proc = subprocess.Popen(self.command + ["serve", "--urls", self.base, "--db", self.conn], stdout=self.log, stderr=self.log)
        for _ in range(600):
            try:
                if request(self.base, "GET", "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        auth = {"Authorization": f"Bearer {self.key}", "Content-Type": "application/json"}
        status, body = request(self.base, "POST", "/api/v1/surveys", b'{"template":"post_purchase"}', auth)
        survey = json.loads(body)
        status, body = request(self.base, "POST", f"/api/v1/surveys/{survey['id']}/publish", b"", auth)
        live = json.loads(body)
        self.public_id, self.version = live["public_id"], live["live_version"]
        status, body = request(self.base, "GET", f"/api/v1/public/surveys/{self.public_id}")
        self.questions = json.loads(body)["questions"]

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=60)
        self.log.close()

    def stored(self):
        with sqlite3.connect(self.db) as db:
            return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("orders", "survey_responses", "clicks")}


STRANGE = ["", " ", "null", "0", "-1", "1e309", "9223372036854775807", "92233720368547758.07", "NaN", "∞", "😀" * 50,
           "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "a" * 5000, "2026-02-30T25:61:00Z", "EURO", "mila10",
           "https://evil.example/?clout_ref=x", "../../etc/passwd", "%00", "\\u0000"]


def mutate(rng, value, depth=0):
    """A random change somewhere in a JSON value: drop, retype, replace or duplicate a field, or leave it."""
    if isinstance(value, dict) and value and depth < 4:
        value = dict(value)
        key = rng.choice(list(value))
        action = rng.random()
        if action < 0.2:
            del value[key]
        elif action < 0.3:
            value[key + rng.choice(["", "_x", "X"])] = rng.choice(STRANGE)
        else:
            value[key] = mutate(rng, value[key], depth + 1)
        return value
    if isinstance(value, list) and depth < 4:
        return [mutate(rng, v, depth + 1) for v in value] + ([rng.choice(STRANGE)] if rng.random() < 0.3 else [])
    choice = rng.random()
    if choice < 0.35:
        return rng.choice(STRANGE)
    if choice < 0.5:
        return rng.choice([None, True, 12, -5, 1.5, [], {}, [1, 2], {"a": 1}])
    if choice < 0.6 and isinstance(value, str):
        return value * rng.randint(2, 40)
    return value


def raw_mutation(rng, body):
    """Sometimes the bytes themselves: cut, a byte flipped, not JSON at all."""
    r = rng.random()
    if r < 0.05:
        return body[: rng.randint(0, len(body))]
    if r < 0.08:
        i = rng.randrange(len(body))
        return body[:i] + bytes([rng.randrange(256)]) + body[i + 1:]
    if r < 0.1:
        return rng.choice([b"", b"[]", b"null", b"{", b"\xff\xfe", b"{}" * 10000])
    return body


def requests_for(rng, i, build):
    """The i-th request, the same for both builds but for the values each build's seed made (ids, key, survey)."""
    door = i % 4
    if door == 0:
        order = {"order_id": f"o-{i}", "customer_id": f"c-{i % 97}", "email": f"buyer{i % 50}@example.com", "at": "2026-11-20T12:00:00Z",
                 "total": "49.90", "currency": "EUR", "discount_codes": ["MILA10"], "landing_site": "https://shop.example/p?x=1",
                 "referrer": "https://instagram.com/", "ref": None}
        body = raw_mutation(rng, json.dumps(mutate(rng, order)).encode())
        return "POST", "/api/v1/orders", body, {"Authorization": f"Bearer {build.key}", "Content-Type": "application/json"}
    if door == 1:
        payload = {"id": 5000 + i, "name": f"#{1000 + i}", "created_at": "2026-11-20T12:00:00+01:00", "currency": "EUR",
                   "total_price": "59.00", "email": "ana@example.com", "customer": {"id": 77 + i % 13},
                   "discount_codes": [{"code": "MILA10", "amount": "5.00", "type": "percentage"}],
                   "landing_site": "/products/tea?clout_ref=abc", "referring_site": "https://instagram.com/"}
        body = raw_mutation(rng, json.dumps(mutate(rng, payload)).encode())
        signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
        if rng.random() < 0.05:
            signature = signature[::-1]
        headers = {"X-Shopify-Hmac-Sha256": signature, "X-Shopify-Topic": "orders/create", "X-Shopify-Webhook-Id": f"wh-{i}",
                   "Content-Type": "application/json"}
        return "POST", "/webhooks/shopify/shop", body, headers
    if door == 2:
        answers = {}
        for q in build.questions:
            if q.get("options"):
                answers[q["id"]] = {"option": q["options"][0]["id"]}
            elif q.get("type") in ("nps", "rating", "likert5", "likert7"):
                answers[q["id"]] = {"value": 5}
            else:
                answers[q["id"]] = {"text": "a friend told me"}
        response = {"version": build.version, "respondent_id": f"r-{i}", "order_id": f"o-{i - 2}", "answers": answers}
        body = raw_mutation(rng, json.dumps(mutate(rng, response)).encode())
        return "POST", f"/api/v1/public/surveys/{build.public_id}/responses", body, {"Content-Type": "application/json"}
    code = rng.choice(["mila-spring", "mila-spring", "MILA-SPRING", "nope", "a" * 70, "mila-spring%00", "..%2f", "mila_spring"])
    agent = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) Safari/604.1", "Googlebot/2.1", "", "x" * 3000,
                        "facebookexternalhit/1.1", "😀"])
    return rng.choice(["GET", "HEAD"]), f"/r/{code}", None, {"User-Agent": agent.encode("utf-8", "replace").decode("latin-1")}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder = tempfile.mkdtemp(prefix="clout-fuzz.")
    builds = [Build("old", sys.argv[1], os.path.join(folder, "old")), Build("new", sys.argv[2], os.path.join(folder, "new"))]
    try:
        for b in builds:
            os.makedirs(b.folder)
            b.seed()
            b.start()
        statuses = {b.name: [] for b in builds}
        failures = []
        for b in builds:
            rng = random.Random(SEED)
            for i in range(N):
                method, path, body, headers = requests_for(rng, i, b)
                try:
                    status, _ = request(b.base, method, path, body, headers)
                except OSError as e:
                    status = f"error {e}"
                statuses[b.name].append((i % 4, status))
                if (not isinstance(status, int) or status >= 500) and b.name == "new":
                    shown = (body or b"")[:300].decode("utf-8", "replace")
                    failures.append(f"    #{i} {method} {path} -> {status}: {shown}")
        for b in builds:
            b.stop()
        doors = ["orders API", "Shopify webhook", "survey response", "tracking link"]
        print(f"{N} requests to each build (seed {SEED}), {N // 4} per door")
        for b in builds:
            fives = sum(1 for _, s in statuses[b.name] if not isinstance(s, int) or s >= 500)
            print(f"  {b.name}: 5xx or no answer: {fives}; stored: {b.stored()}")
        print("\n".join(failures[:10]))
        differing = [(i, doors[d], s1, s2) for i, ((d, s1), (_, s2)) in enumerate(zip(statuses["old"], statuses["new"])) if s1 != s2]
        print(f"  requests answered with a different status: {len(differing)}")
        for i, door, s1, s2 in differing[:10]:
            print(f"    #{i} {door}: old {s1}, new {s2}")
        for d, door in enumerate(doors):
            counts = {}
            for dd, s in statuses["new"]:
                if dd == d:
                    counts[s] = counts.get(s, 0) + 1
            print(f"  new, {door}: " + ", ".join(f"{s}: {c}" for s, c in sorted(counts.items(), key=str)))
        bad = differing or any(not isinstance(s, int) or s >= 500 for b in builds for _, s in statuses[b.name]) \
            or builds[0].stored() != builds[1].stored()
        sys.exit(1 if bad else 0)
    finally:
        for b in builds:
            if getattr(b, "proc", None) and b.proc.poll() is None:
                b.proc.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
