#!/usr/bin/env bash
# Comment scoring throughput: Node's vader-sentiment vs Clout's SentimentScorer on the same comments (the text of
# VADER's 4,200-tweet ground-truth corpus, from ../shared), each pinned to one core (taskset -c 0), in one run.
# Prints comments/s of each, the ratio, and the linearity check (1, 10, 100 KB of distinct words).
# Needs node/npm (vader-sentiment is installed into a temp folder) and the .NET SDK.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-$repo/../shared/datasets/vader-icwsm2014-ground-truth/tweets_GroundTruth.txt}"
[ -f "$corpus" ] || { echo "no corpus at $corpus (pass a file of comments, one per line, or put ../shared beside the repo)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The third tab-separated field of the ground-truth file is the text; a plain file of lines works as it is.
awk -F'\t' '{ sub(/\r$/, ""); print (NF >= 3 ? $3 : $0) }' "$corpus" > "$work/comments.txt"
echo "comments: $(wc -l < "$work/comments.txt") lines from $corpus"

(cd "$work" && npm install --silent --no-audit --no-fund vader-sentiment@1.1.3 >/dev/null)
cp "$repo/bench/comments/throughput.js" "$work/"
dotnet build -c Release "$repo/bench/Clout.Bench" -v quiet -nologo >/dev/null

node_out="$(cd "$work" && taskset -c 0 node throughput.js "$work/comments.txt")"
clout_out="$(taskset -c 0 dotnet "$repo/bench/Clout.Bench/bin/Release/net10.0/Clout.Bench.dll" comments "$work/comments.txt")"
echo "node $(node --version), vader-sentiment 1.1.3"
echo "$node_out"
echo "$clout_out"
node_rate="$(echo "$node_out" | awk '/comments\/s/ { print $3 }')"
clout_rate="$(echo "$clout_out" | awk '/comments\/s/ { print $3 }')"
awk -v c="$clout_rate" -v n="$node_rate" 'BEGIN { printf "ratio clout/node: %.1fx (goal >= 10x)\n", c / n }'
