#!/usr/bin/env python3
"""Fuzz of Clout's three write doors against one real `clout serve`: no 5xx, no partial write.

    python3 bench/fuzz/intake.py 'CLOUT'                          # SQLite in a temporary folder
    python3 bench/fuzz/intake.py 'CLOUT' 'Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres'
    N=3000 SEED=11 python3 bench/fuzz/intake.py 'dotnet src/Clout/bin/Debug/net10.0/clout.dll'

CLOUT is how to run clout (a path or 'dotnet …/clout.dll'). With a PostgreSQL connection string the script makes a
fresh database on that server with psql (clout_fuzz_<random>, dropped at the end); without one, a SQLite file.

It seeds a workspace as bench/fuzz/doors.py does (an influencer, a collaboration with a promo code and a link, an API
key, a Shopify secret, a live post-purchase survey), then sends N mutations EACH of a valid orders-API body
(POST /api/v1/orders), a Shopify orders/create payload signed after mutation so that it reaches the parser
(POST /webhooks/shopify/{workspace}) and a survey response (POST /api/v1/public/surveys/{id}/responses). Each body
is taken from a template (the survey's from its live questions, so new fields in the templates are mutated too) and
changed by one or more of: byte flips, truncation, raw bytes that are not UTF-8, lone and paired surrogates as \\u
escapes, NUL, huge and negative numbers, wrong types, deep nesting, huge strings, duplicate keys, missing and unknown
fields. It counts the answers per door and status class, then reads the database: every request answered 2xx must
have stored exactly its rows (its order, its webhook delivery, its survey response) and every other request nothing,
so the stored ids must equal the ids the 2xx answers named, per table. It prints the counts and exits 1 on any 5xx
(or no answer) or any difference. Seeded and bounded; binds 127.0.0.1 only; cleans up after itself.
"""
import base64, hashlib, hmac, json, os, random, re, shutil, sqlite3, subprocess, sys, tempfile, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from doors import SECRET, STRANGE, Build, request  # noqa: E402  the seeding, the server and the request helper are doors.py's

N = int(os.environ.get("N", "3000"))
SEED = int(os.environ.get("SEED", "11"))
DOORS = ["orders API", "Shopify webhook", "survey response"]

TEXT = ["\ud800", "a\udc00b", "\ud83d\ude00", "\udfff\ud800", "\u0000", "x\u0000y", "\ufffe", "\u202e", "é" * 3000,
        "a" * 70_000, "\\u0000", "%00", " ", "", "𝒳" * 100]
NUMBERS = [0, -1, -0.01, 1e308, -1e308, 9223372036854775807, 9223372036854775808, -9223372036854775809,
           92233720368547758.07, 10 ** 40, 1.5, 0.001]
RAW_TOKENS = [b"1e400", b"-1e400", b"99999999999999999999999999999999999999", b"NaN", b"Infinity", b"-0", b"1.0e-400",
              b'"\\ud800"', b'"\\udc00\\ud800"', b'"\\u0000"', b'"\xff\xfe"', b'"\xc3\x28"', b'"\xed\xa0\x80"', b'"\xf4\x90\x80\x80"',
              b'"\x00"', b"[" * 200 + b"]" * 200, b"{" * 10 + b"}" * 10, b"true", b"null", b"[]", b"{}"]


def mutate_value(rng, value, depth=0):
    """A JSON-level change somewhere in a value: drop, add, retype or replace a field, or leave it."""
    if isinstance(value, dict) and value and depth < 5:
        value = dict(value)
        key = rng.choice(list(value))
        action = rng.random()
        if action < 0.15:
            del value[key]
        elif action < 0.22:
            value[rng.choice([key + "_x", key.upper(), rng.choice(TEXT)[:20], "website"])] = rng.choice(STRANGE + TEXT)
        else:
            value[key] = mutate_value(rng, value[key], depth + 1)
        return value
    if isinstance(value, list) and depth < 5:
        value = [mutate_value(rng, v, depth + 1) if rng.random() < 0.5 else v for v in value]
        return value + ([rng.choice(STRANGE + TEXT)] if rng.random() < 0.3 else [])
    choice = rng.random()
    if choice < 0.3:
        return rng.choice(TEXT)
    if choice < 0.45:
        return rng.choice(NUMBERS)
    if choice < 0.6:
        return rng.choice(STRANGE)
    if choice < 0.75:
        return rng.choice([None, True, False, [], {}, [1, "a"], {"a": {"b": [None]}}, str(value) if value is not None else "x"])
    if choice < 0.85 and isinstance(value, str):
        return value + rng.choice(TEXT)
    if choice < 0.9:
        nested = value
        for _ in range(rng.choice([3, 10, 70, 300])):
            nested = [nested] if rng.random() < 0.5 else {"n": nested}
        return nested
    return value


def mutate_bytes(rng, body):
    """A byte-level change: flips, a cut, bytes that are not UTF-8, a raw token spliced in, a duplicate key."""
    r = rng.random()
    if r < 0.12:
        return body[: rng.randint(0, len(body))]
    if r < 0.3:
        b = bytearray(body)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if r < 0.55:
        # A value replaced by a raw token (a number JSON cannot hold in a double, a string that is not UTF-8 …).
        spans = [m.span(1) for m in re.finditer(rb':\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)', body)]
        if spans:
            start, end = rng.choice(spans)
            return body[:start] + rng.choice(RAW_TOKENS) + body[end:]
    if r < 0.7:
        # A duplicate key: the first property again, with another value, at the start of the object.
        m = re.match(rb'\s*\{\s*("(?:[^"\\]|\\.)*")\s*:', body)
        if m:
            return body[: m.end(0) - len(m.group(1)) - 1] + m.group(1) + b":" + rng.choice(RAW_TOKENS) + b"," + body[m.end(0) - len(m.group(1)) - 1:]
    if r < 0.8:
        i = rng.randrange(len(body) + 1)
        return body[:i] + rng.choice([b"\xff", b"\xc0\xaf", b"\xed\xb0\x80", b"\x00", b"\xe2\x82", b"\\ud800"]) + body[i:]
    if r < 0.85:
        return rng.choice([b"", b"[]", b"null", b"{", b"\xff\xfe", b'{"a":1}' * 3, b"[" * 100_000])
    return body


def mutated(rng, template):
    value = mutate_value(rng, template) if rng.random() < 0.75 else template
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        value = mutate_value(rng, value) if rng.random() < 0.5 else value
    body = json.dumps(value).encode()
    return mutate_bytes(rng, body) if rng.random() < 0.45 else body


def order_template(i):
    return {"order_id": f"o-{i}", "customer_id": f"c-{i % 97}", "email": f"buyer{i % 50}@example.com", "at": "2026-11-20T12:00:00Z",
            "total": "49.90", "currency": "EUR", "discount_codes": ["MILA10"], "landing_site": "https://shop.example/p?clout_ref=x",
            "referrer": "https://instagram.com/", "ref": None}


def shopify_template(i):
    return {"id": 5_000_000 + i, "name": f"#{1000 + i}", "created_at": "2026-11-20T12:00:00+01:00", "currency": "EUR", "total_price": "59.00",
            "email": "ana@example.com", "customer": {"id": 77 + i % 13, "email": "ana@example.com"}, "note": "gift wrap please",
            "discount_codes": [{"code": "MILA10", "amount": "5.00", "type": "percentage"}], "landing_site": "/products/tea?clout_ref=abc",
            "referring_site": "https://instagram.com/", "line_items": [{"id": 1, "title": "Tea", "quantity": 1, "price": "59.00"}]}


def survey_template(build, i):
    answers = {}
    for q in build.questions:
        if q.get("options"):
            answers[q["id"]] = {"option": q["options"][0]["id"]} if i % 3 else {"option": "other", "text": "my friend Mila"}
        elif q.get("type") in ("nps", "rating", "likert5", "likert7"):
            answers[q["id"]] = {"value": (q.get("min") or 0) + 5}
        else:
            answers[q["id"]] = {"text": "a friend told me"}
    return {"version": build.version, "respondent_id": f"r-{i}", "order_id": f"o-{i}", "answers": answers}


class Database:
    """The rows the doors write, read straight from the database the server used."""

    def __init__(self, folder, postgres):
        self.folder, self.postgres, self.name = folder, postgres, None
        if postgres is None:
            self.connection_string = f"Data Source={os.path.join(folder, 'clout.db')}"
            return
        parts = dict(p.split("=", 1) for p in postgres.split(";") if "=" in p)
        keys = {"host": "host", "server": "host", "port": "port", "username": "user", "user id": "user", "password": "password", "database": "dbname"}
        self.libpq = {keys[k.strip().lower()]: v for k, v in parts.items() if k.strip().lower() in keys}
        self.name = "clout_fuzz_" + uuid.uuid4().hex[:10]
        self.psql(f"CREATE DATABASE {self.name}", database=self.libpq.get("dbname", "postgres"))
        self.connection_string = ";".join(f"{k}={v}" for k, v in parts.items() if k.strip().lower() != "database") + f";Database={self.name}"

    def psql(self, sql, database=None):
        dsn = " ".join(f"{k}={v}" for k, v in {**self.libpq, "dbname": database or self.name}.items())
        out = subprocess.run(["psql", dsn, "-X", "-A", "-t", "-0", "-F", "\x1f", "-c", sql], capture_output=True, check=True)
        return [r.decode("utf-8").split("\x1f") for r in out.stdout.split(b"\x00") if r.strip(b"\n")]

    def rows(self, sql):
        if self.postgres is None:
            with sqlite3.connect(os.path.join(self.folder, "clout.db")) as db:
                db.text_factory = lambda b: b.decode("utf-8", "surrogateescape")
                return [[str(v) for v in row] for row in db.execute(sql)]
        return [[v.strip("\n") for v in row] for row in self.psql(sql)]

    def drop(self):
        if self.name:
            self.psql(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", database=self.libpq.get("dbname", "postgres"))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    folder = tempfile.mkdtemp(prefix="clout-intake-fuzz.")
    database = Database(folder, sys.argv[2] if len(sys.argv) == 3 else None)
    build = Build("fuzz", sys.argv[1], folder)
    build.conn = database.connection_string
    counts = {d: {} for d in DOORS}
    expected = {"api": set(), "shopify": set(), "deliveries": set(), "responses": set()}
    failures = []
    try:
        build.seed()
        build.start()
        rng = random.Random(SEED)
        api = {"Authorization": f"Bearer {build.key}", "Content-Type": "application/json"}
        for i in range(N * 3):
            door = i % 3
            if door == 0:
                body = mutated(rng, order_template(i))
                method, path, headers = "POST", "/api/v1/orders", api
            elif door == 1:
                body = mutated(rng, shopify_template(i))
                signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
                headers = {"X-Shopify-Hmac-Sha256": signature, "X-Shopify-Topic": "orders/create", "X-Shopify-Webhook-Id": f"wh-{i}",
                           "Content-Type": "application/json"}
                method, path = "POST", "/webhooks/shopify/shop"
            else:
                body = mutated(rng, survey_template(build, i))
                method, path, headers = "POST", f"/api/v1/public/surveys/{build.public_id}/responses", {"Content-Type": "application/json"}
            try:
                status, answer = request(build.base, method, path, body, headers)
                klass = f"{status // 100}xx"
            except OSError as e:
                status, answer, klass = None, str(e).encode(), "no answer"
            counts[DOORS[door]][klass] = counts[DOORS[door]].get(klass, 0) + 1
            if status is None or status >= 500:
                failures.append(f"    #{i} {DOORS[door]} -> {status}: {body[:200]!r}")
                continue
            if 200 <= status < 300 and answer:
                stored = json.loads(answer)
                if door == 0 and status == 201:
                    expected["api"].add(stored["order_id"])
                elif door == 1 and stored.get("outcome") == "created":
                    expected["shopify"].add(stored["order_id"])
                    expected["deliveries"].add(f"wh-{i}")
                elif door == 2 and status == 201:
                    expected["responses"].add(stored["id"])
        build.stop()
        found = {
            "api": {r[0] for r in database.rows("SELECT external_id FROM orders WHERE channel = 'api'")},
            "shopify": {r[0] for r in database.rows("SELECT external_id FROM orders WHERE channel = 'shopify'")},
            "deliveries": {r[0] for r in database.rows("SELECT delivery_id FROM webhook_deliveries")},
            "responses": {r[0] for r in database.rows("SELECT id FROM survey_responses")},
        }
        print(f"{N} mutated requests per door (seed {SEED}) to one clout serve on {'PostgreSQL' if database.name else 'SQLite'}")
        for door in DOORS:
            print(f"  {door}: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts[door].items())))
        differences = 0
        for table, ids in expected.items():
            missing, extra = ids - found[table], found[table] - ids
            differences += len(missing) + len(extra)
            print(f"  {table}: {len(found[table])} stored, {len(ids)} answered 2xx; missing {len(missing)}, stored without a 2xx {len(extra)}"
                  + (f" e.g. {sorted(missing | extra)[:3]!r}" if missing or extra else ""))
        fives = sum(v for c in counts.values() for k, v in c.items() if k in ("5xx", "no answer"))
        print(f"  5xx or no answer: {fives}; partial or lost writes: {differences}")
        print("\n".join(failures[:10]))
        sys.exit(1 if fives or differences else 0)
    finally:
        if getattr(build, "proc", None) and build.proc.poll() is None:
            build.proc.kill()
        database.drop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
