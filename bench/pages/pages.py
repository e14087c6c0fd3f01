#!/usr/bin/env python3
"""Server time of every dashboard page: signs in to the demo, asks each page once to warm up, then ROUNDS times, and
prints p50/p95 of the Server-Timing header (app;dur=…, the server's own time from request to response start) with
the ratio to the page's budget, as a Markdown table.

    pages.py BASEURL PASSWORD [ROUNDS] [WRITE_COMMAND]

With WRITE_COMMAND (a shell command that commits a write to the demo's database from another process), each timed
request follows a run of it, so every figure is the first request after a change: the cost the cache cannot hide.
"""
import http.cookiejar, re, subprocess, sys, time, urllib.parse, urllib.request

PAGE_BUDGET_MS = 300
PDF_BUDGET_MS = 2000

# One line per page: (name, path, budget in ms). {influencer}, {campaign} and {survey} are the demo's first ones.
# Add a page here, nothing else.
PAGES = [
    ("health", "/health", PAGE_BUDGET_MS),
    ("overview", "/", PAGE_BUDGET_MS),
    ("influencers", "/influencers", PAGE_BUDGET_MS),
    ("leaderboard", "/leaderboard", PAGE_BUDGET_MS),
    ("leaderboard by ROAS", "/leaderboard?sort=roas&dir=desc", PAGE_BUDGET_MS),
    ("an influencer", "/influencers/{influencer}", PAGE_BUDGET_MS),
    ("campaigns", "/campaigns", PAGE_BUDGET_MS),
    ("a campaign", "/campaigns/{campaign}", PAGE_BUDGET_MS),
    ("plan (EUR 20,000)", "/plan?budget=20000&goal=conversions", PAGE_BUDGET_MS),
    ("plan for profit (EUR 20,000)", "/plan?budget=20000&goal=profit", PAGE_BUDGET_MS),
    ("surveys", "/surveys", PAGE_BUDGET_MS),
    ("survey results", "/surveys/{survey}/results", PAGE_BUDGET_MS),
    ("comments", "/comments?campaign={campaign}", PAGE_BUDGET_MS),
    ("comments, whole workspace", "/comments", PAGE_BUDGET_MS),
    ("overview, last 30 days", "/?period=30d", PAGE_BUDGET_MS),
    ("imports", "/imports", PAGE_BUDGET_MS),
    ("report HTML", "/reports/tiers.html", PAGE_BUDGET_MS),
    ("report PDF", "/reports/tiers.pdf", PDF_BUDGET_MS),
]


def main():
    base, password = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    write = sys.argv[4] if len(sys.argv) > 4 else None
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = browser.open(base + "/account/login").read().decode()
    token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', login).group(1)
    browser.open(base + "/account/login", urllib.parse.urlencode(
        {"email": "demo@clout.local", "password": password, "__RequestVerificationToken": token}).encode())
    ids = {name: first_id(browser, base, page, name) for name, page in
           [("influencer", "/influencers"), ("campaign", "/campaigns"), ("survey", "/surveys")]}

    print("| Page | Path | p50 ms | p95 ms | Budget ms | p95 / budget |")
    print("|---|---|---:|---:|---:|---:|")
    for name, path, budget in PAGES:
        url = base + path.format(**ids)
        server(browser, url)  # the warm-up
        times = sorted(server(browser, url, write) for _ in range(rounds))
        p50, p95 = percentile(times, 0.50), percentile(times, 0.95)
        print(f"| {name} | `{path}` | {p50:.0f} | {p95:.0f} | {budget:,} | {p95 / budget:.2f} |", flush=True)


def server(browser, url, write=None):
    """The server's own time for one request (Server-Timing), after reading the whole body; after a write when given."""
    if write:
        subprocess.run(write, shell=True, check=True, stdout=subprocess.DEVNULL)
    response = browser.open(url)
    response.read()
    if response.status != 200:
        raise SystemExit(f"{url}: {response.status}")
    timing = re.search(r"app;dur=([0-9.]+)", response.headers.get("Server-Timing", ""))
    if timing is None:
        raise SystemExit(f"{url}: no Server-Timing header")
    return float(timing.group(1))


def first_id(browser, base, page, name):
    html = browser.open(base + page).read().decode()
    found = re.search(r'href="%s/(\d+)"' % re.escape(page), html)
    if found is None:
        raise SystemExit(f"no {name} on {page}")
    return found.group(1)


def percentile(sorted_values, q):
    """Nearest rank: the smallest value with at least q of the values at or below it."""
    rank = max(1, -(-int(q * 100) * len(sorted_values) // 100))
    return sorted_values[rank - 1]


if __name__ == "__main__":
    main()
