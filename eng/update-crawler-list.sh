#!/usr/bin/env bash
# Refreshes the crawler list that /r/{code} classifies user agents with: the npm package crawler-user-agents
# (monperrus), a maintained list of crawler patterns with example user agents and tags (social-preview, scanner…).
# The list ships inside the Clout.Core assembly, so the server needs no network at run time and builds are repeatable.
#   eng/update-crawler-list.sh            # latest release
#   eng/update-crawler-list.sh 1.60.0     # a given one
# Then run `dotnet test tests/Clout.Core.Tests --filter FullyQualifiedName~Tracking` (the bot-filter quality test) and commit.
set -euo pipefail
version="${1:-latest}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "crawler-user-agents@$version" > name.txt && tar xzf "$(cat name.txt)")
cp "$work/package/crawler-user-agents.json" "$here/src/Clout.Core/Tracking/crawler-user-agents.json"
cp "$work/package/LICENSE" "$here/src/Clout.Core/Tracking/crawler-user-agents.LICENSE"
actual="$(node -p "require('$work/package/package.json').version")"
sed -i -E "s/(CrawlerListVersion>)[^<]*/\1$actual/" "$here/src/Clout.Core/Clout.Core.csproj"
echo "crawler-user-agents $actual: $(node -p "require('$work/package/crawler-user-agents.json').length") patterns"
