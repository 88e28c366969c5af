#!/bin/sh
# Renders an HTML day report (report.html) to a PNG with headless Chromium, to check by eye that it
# looks right. Installs Chromium from Debian when it is missing (needs root and apt).
#
#   scripts/render-report.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]
#
# Example (the demo day):
#   swift build -c release --product fieldplan
#   .build/release/fieldplan solve Scenarios/demo/next-day.json --seed 1 --iterations 2000 \
#       --output out/plan.json --embed-scenario --report out/report.html
#   scripts/render-report.sh out/report.html out/report.png
set -eu
report=${1:?usage: scripts/render-report.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]}
out=${2:-${report%.html}.png}
width=${3:-1200}
height=${4:-3200}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "installing chromium from Debian…" >&2
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    browser=$(command -v chromium)
fi

absolute=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: containers usually run as root, where Chromium's sandbox cannot start.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$width,$height" --screenshot="$out" "file://$absolute" >/dev/null 2>&1
echo "$out"
