#!/usr/bin/env bash
# Refreshes the sentiment data that Clout.Core embeds (eng/lexicon/, see its README.md): VADER's word valences from the
# npm package vader-sentiment and the emoji names from unicode-emoji-json. Each tarball is checked against the sha512
# integrity the registry publishes before anything is copied; the versions are pinned in src/Clout.Core/Clout.Core.csproj.
#   eng/update-lexicon.sh                 # latest releases of both
#   eng/update-lexicon.sh 1.1.3 0.9.0     # given versions: vader-sentiment, then unicode-emoji-json
# Then run `dotnet test tests/Clout.Core.Tests --filter FullyQualifiedName~Comments` (the VADER-corpora evaluation
# and the scorer's tests), update the figures in docs/comments.md if they moved, and commit.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
csproj="$here/src/Clout.Core/Clout.Core.csproj"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# fetch PACKAGE VERSION PROPERTY FILE...: packs PACKAGE@VERSION, verifies it, copies FILE... to eng/lexicon/PACKAGE/.
fetch() {
  local package="$1" wanted="$2" property="$3"
  shift 3
  local exact integrity tarball actual before
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
  mkdir -p "$here/eng/lexicon/$package"
  for file in "$@"; do
    cp "$work/$package/package/$file" "$here/eng/lexicon/$package/$file"
  done
  before="$(sed -n -E "s/.*<$property>([^<]*)<.*/\1/p" "$csproj")"
  sed -i -E "s/(<$property>)[^<]*/\1$exact/" "$csproj"
  echo "$package $before -> $exact ($integrity)"
}

fetch vader-sentiment "${1:-latest}" VaderSentimentVersion vader_lexicon.txt LICENSE NOTICE
fetch unicode-emoji-json "${2:-latest}" UnicodeEmojiJsonVersion data-by-emoji.json LICENSE

echo "vader_lexicon.txt: $(wc -l < "$here/eng/lexicon/vader-sentiment/vader_lexicon.txt") entries;" \
  "data-by-emoji.json: $(node -p "Object.keys(require('$here/eng/lexicon/unicode-emoji-json/data-by-emoji.json')).length") emoji"
if git -C "$here" diff --quiet -- eng/lexicon src/Clout.Core/Clout.Core.csproj; then
  echo "eng/lexicon: no change"
else
  git -C "$here" diff --stat -- eng/lexicon src/Clout.Core/Clout.Core.csproj
fi
