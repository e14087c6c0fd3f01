#!/usr/bin/env python3
"""Writes COUNT signed Shopify orders/create deliveries, one a line: webhook id, HMAC-SHA256 signature (base64), body.
wrk's Lua has no HMAC, so the signatures are made here, before the run. Usage: gen.py SECRET FIRST_ID COUNT > file"""
import base64, hashlib, hmac, json, sys

secret, first, count = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout
for n in range(first, first + count):
    order = {
        "id": n, "name": f"#{n}", "email": f"buyer{n % 7000}@example.com" if n % 5 else None,
        "created_at": "2026-03-10T13:00:00+01:00", "currency": "EUR", "total_price": f"{20 + n % 80}.90",
        # Half carry the collaboration's promo code, a third a clout_ref in the landing page: the lookups a real sale needs.
        "discount_codes": [{"code": "MILA10", "amount": "5.00", "type": "fixed_amount"}] if n % 2 == 0 else [],
        "landing_site": f"/products/tea?clout_ref=r{n}" if n % 3 == 0 else "/",
        "referring_site": "https://l.instagram.com/",
        "customer": {"id": 900000 + n % 5000},
        "line_items": [{"id": 1, "title": "Tea", "quantity": 1, "price": "20.00"}],
    }
    order = {k: v for k, v in order.items() if v is not None}
    body = json.dumps(order, separators=(",", ":"))
    signature = base64.b64encode(hmac.new(secret, body.encode(), hashlib.sha256).digest()).decode()
    out.write(f"d-{n}\t{signature}\t{body}\n")
