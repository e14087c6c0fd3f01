#!/usr/bin/env bash
# Refreshes the third-party data that Clout.Core embeds (eng/data/, see its README.md): the crawler list
# (crawler-user-agents), VADER's word valences (vader-sentiment) and the emoji names (unicode-emoji-json). Each
# tarball is checked against the sha512 integrity the registry publishes before anything is copied; the versions are
# pinned in src/Clout.Core/Clout.Core.csproj.
#   eng/update-data.sh                          # every package, latest release
#   eng/update-data.sh vader-sentiment 1.1.3    # one package, a given version (default: latest)
# Then run the tests named in eng/data/README.md, update the figures in docs/comments.md if they moved, and commit.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
csproj="$here/src/Clout.Core/Clout.Core.csproj"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# package PROPERTY FILE...: the csproj property that pins the package, and the files taken from it.
declare -A property=([crawler-user-agents]=CrawlerUserAgentsVersion [vader-sentiment]=VaderSentimentVersion [unicode-emoji-json]=UnicodeEmojiJsonVersion)
declare -A files=([crawler-user-agents]="crawler-user-agents.json LICENSE" [vader-sentiment]="vader_lexicon.txt LICENSE NOTICE" [unicode-emoji-json]="data-by-emoji.json LICENSE")

# fetch PACKAGE VERSION: packs PACKAGE@VERSION, verifies it, copies its files to eng/data/PACKAGE/, pins the version.
fetch() {
  local package="$1" wanted="$2" exact integrity tarball actual before
  exact="$(npm view "$package@$wanted" version | tail -n 1 | sed -E "s/.*'([^']+)'.*/\1/")"
  integrity="$(npm view "$package@$exact" dist.integrity)"
  mkdir -p "$work/$package"
  tarball="$(cd "$work/$package" && npm pack --silent "$package@$exact")"
  actual="sha512-$(openssl dgst -sha512 -binary "$work/$package/$tarball" | base64 -w 0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "$package@$exact: the tarball's $actual is not the published $integrity; nothing copied." >&2
    exit 1
  fi
  tar xzf "$work/$package/$tarball" -C "$work/$package"
  mkdir -p "$here/eng/data/$package"
  for file in ${files[$package]}; do
    cp "$work/$package/package/$file" "$here/eng/data/$package/$file"
  done
  before="$(sed -n -E "s/.*<${property[$package]}>([^<]*)<.*/\1/p" "$csproj")"
  sed -i -E "s/(<${property[$package]}>)[^<]*/\1$exact/" "$csproj"
  echo "$package $before -> $exact ($integrity)"
}

if [[ $# -ge 1 ]]; then
  [[ -n "${property[$1]:-}" ]] || { echo "unknown package '$1'; one of: ${!property[*]}" >&2; exit 2; }
  fetch "$1" "${2:-latest}"
else
  for package in "${!property[@]}"; do fetch "$package" latest; done
fi
if git -C "$here" diff --quiet -- eng/data src/Clout.Core/Clout.Core.csproj; then
  echo "eng/data: no change"
else
  git -C "$here" diff --stat -- eng/data src/Clout.Core/Clout.Core.csproj
fi
