#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile preset) on the explainer page, served by `Explainer preview` (which applies
# netlify.toml's headers), plus the page's byte budget: HTML, CSS and JS, raw and gzip.
#
#   npm ci --prefix bench            # once: Lighthouse and Eleventy, bench-only
#   bench/lighthouse.sh              # the first explainer; PAGE=/<slug>/<section>/ for another page
#
# Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and the .NET SDK. Prints the four scores,
# every audit that kept a category below 100, and the sizes; exits 1 when a score or budget is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-5391}
LIGHTHOUSE=$ROOT/bench/node_modules/.bin/lighthouse
BIN=${EXPLAINER:-}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -x "$LIGHTHOUSE" ] || { echo "run: npm ci --prefix bench" >&2; exit 2; }
if [ -z "$BIN" ]; then  # the current code, published (up to date: msbuild redoes only what changed)
  BIN=$ROOT/bin/bench-publish/Explainer
  dotnet publish "$ROOT/Explainer.csproj" -c Release -o "$(dirname "$BIN")" >/dev/null
fi

"$BIN" preview --no-reload --port "$PORT" --output "$WORK/site" >"$WORK/preview.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/index.json" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/preview.log" >&2; exit 2; }
  sleep 0.1
done
PAGE=${PAGE:-$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["explainers"][0]["url"])' "$WORK/site/index.json")}
# Lighthouse simulates the network from the response times it sees: the preview server's first gzip
# response of a page (code run for the first time) is not the page's, so fetch the page and its
# stylesheet and script once before (a CDN serves them warm).
for url in "$PAGE" $(grep -o '"[^"]*assets/[^"]*\.\(css\|js\)"' "$WORK/site/${PAGE#/}index.html" | tr -d '"' | sed "s|^\(\.\./\)*|/|"); do
  curl -sf -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$url" || true
done

"$LIGHTHOUSE" "http://127.0.0.1:$PORT$PAGE" --quiet --output=json --output-path="$WORK/report.json" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless --no-sandbox" >/dev/null 2>"$WORK/lighthouse.log" \
  || { cat "$WORK/lighthouse.log" >&2; exit 2; }
[ -n "${KEEP_REPORT:-}" ] && cp "$WORK/report.json" "$KEEP_REPORT"

python3 - "$WORK/report.json" "$WORK/site" "$PAGE" <<'EOF'
import gzip, json, re, sys
from pathlib import Path

report, site, page = json.load(open(sys.argv[1])), Path(sys.argv[2]), sys.argv[3]
ok = True
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']}, {report['finalDisplayedUrl']}")
for key in ("performance", "accessibility", "best-practices", "seo"):
    category = report["categories"][key]
    score = round((category["score"] or 0) * 100)
    ok &= score == 100
    print(f"  {category['title']:<15} {score:>3}")
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"      {ref['id']}: {audit['score']} {audit.get('displayValue', '')}")
metrics = {k: report["audits"][k]["displayValue"] for k in
           ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index")}
print("  " + ", ".join(f"{k} {v}" for k, v in metrics.items()))

# The bytes the site ships for this page (the preview's own reload script is not part of the site).
html_file = site / (page.strip("/") + "/index.html" if page.endswith("/") else page.strip("/"))
html = html_file.read_text(encoding="utf-8")
def linked(pattern):
    return [site / m.lstrip("./").replace("../", "") for m in re.findall(pattern, html)]
def sizes(files):
    data = [f.read_bytes() for f in files]
    return sum(len(d) for d in data), sum(len(gzip.compress(d, 9)) for d in data)
css = [f for f in linked(r'<link rel="stylesheet" href="([^"]+)"(?! media="print")') ]
js = linked(r'<script src="([^"]+)"')
rows = {"HTML": sizes([html_file]), "CSS": sizes(css), "JS": sizes(js)}
total = tuple(sum(v[i] for v in rows.values()) for i in (0, 1))
for name, (raw, gz) in list(rows.items()) + [("total", total)]:
    print(f"  {name:<6} {raw / 1024:7.1f} KB raw {gz / 1024:6.1f} KB gzip")
blocking = re.findall(r'<script(?![^>]*\b(?:defer|async|type="module")\b)[^>]*\bsrc=', html)
fonts = [f for f in site.rglob("*.css") if "@font-face" in f.read_text(encoding="utf-8")]
print(f"  render-blocking scripts: {len(blocking)}; web fonts: {len(fonts)}")
budget = total[1] <= 50 * 1024 and rows["JS"][1] <= 5 * 1024 and not blocking and not fonts
print("  budget (HTML+CSS+JS <= 50 KB gzip, JS <= 5 KB gzip, no blocking JS, no web fonts):", "met" if budget else "MISSED")
sys.exit(0 if ok and budget else 1)
EOF
