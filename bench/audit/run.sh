#!/usr/bin/env bash
# `clout audit` of a 10,000-profile follower sample (the issue's limit: under one second of scoring time).
# Builds clout in Release, writes a seeded synthetic sample (no real accounts), audits it three times and prints
# clout's own scoring time and profiles/s (reading and parsing the file are reported apart by clout, not counted).
#   bench/audit/run.sh            # ROWS=10000 to change the sample size
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/clout-audit-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rows="${ROWS:-10000}"
echo "building clout (Release)…" >&2
dotnet publish "$root/src/Clout/Clout.csproj" -c Release -o "$work/app" --nologo -v q >&2
python3 - "$rows" > "$work/sample.csv" <<'PY'
import random, sys
rng = random.Random(42)
print("username,followers,following,media_count,biography_length,has_profile_pic,is_private,has_external_url")
for i in range(int(sys.argv[1])):
    fake = rng.random() < 0.2
    if fake:
        print(f"user{rng.randrange(10**8)},{rng.randrange(0, 60)},{rng.randrange(500, 7500)},{rng.randrange(0, 5)},0,{int(rng.random() < 0.4)},0,0")
    else:
        print(f"{rng.choice(['anna','ben','chloe','dario','emma','felix'])}_{i},{rng.randrange(80, 5000)},{rng.randrange(50, 1500)},{rng.randrange(5, 900)},{rng.randrange(0, 150)},1,{int(rng.random() < 0.3)},{int(rng.random() < 0.2)}")
PY
for run in 1 2 3; do
  "$work/app/clout" audit "$work/sample.csv" 2>&1 >/dev/null | grep -E "^Scored" || "$work/app/clout" audit "$work/sample.csv" | grep -E "Scored|fake_share\"" | head -2
done
