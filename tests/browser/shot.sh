#!/bin/sh
# tests/browser/shot.sh INPUT OUTPUT.png [WIDTH HEIGHT] - the score page of
# INPUT rendered by headless Chromium (make screenshot: the README's
# example, doc/score-example.png).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SSI=${SSI:-$ROOT/ssi}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
"$SSI" score -f html -o "$tmp/page.html" "$1"
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size="${3:-1280},${4:-1110}" --screenshot="$tmp/shot.png" \
    "file://$tmp/page.html" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
mv "$tmp/shot.png" "$2"
echo "wrote $2"
