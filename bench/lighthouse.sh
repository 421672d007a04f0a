#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile preset) on the explainer page, served by `Explainer preview` (which applies
# netlify.toml's headers), plus the page's byte budget: HTML, CSS and JS, raw and gzip.
#
#   npm ci --prefix bench            # once: Lighthouse and Eleventy, bench-only
#   bench/lighthouse.sh              # the first explainer; PAGE=/<slug>/<section>/ for another page
#
# Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and the .NET SDK. Lighthouse runs RUNS times
# (default 5), each in a fresh browser: one run's Performance score moves with the machine's load, so
# the report is the median run, chosen as Lighthouse CI chooses it (the run whose first contentful paint
# and time to interactive lie nearest the medians). Prints every run's four scores, the median run's
# audits that kept a category below 100, and the sizes; exits 1 when the median run misses a score or
# the page misses its budget.
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

# A run that Lighthouse itself could not record (its trace lost the navigation: NO_NAVSTART, which
# it asks to be run again) is run again, up to twice; it says nothing about the page.
RUNS=${RUNS:-5}
for run in $(seq 1 "$RUNS"); do
  for attempt in 1 2 3; do
    rm -f "$WORK/report-$run.json"
    status=0
    "$LIGHTHOUSE" "http://127.0.0.1:$PORT$PAGE" --quiet --output=json --output-path="$WORK/report-$run.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless --no-sandbox" >/dev/null 2>"$WORK/lighthouse.log" || status=$?
    error=$(python3 -c 'import json,sys; print((json.load(open(sys.argv[1])).get("runtimeError") or {}).get("code", ""))' "$WORK/report-$run.json" 2>/dev/null \
      || sed -n 's/^Runtime error encountered: .*(\([A-Z_]*\))$/\1/p' "$WORK/lighthouse.log" | head -1)
    [ -z "$error" ] && [ "$status" -ne 0 ] && { cat "$WORK/lighthouse.log" >&2; exit 2; }
    [ -z "$error" ] && break
    echo "run $run: Lighthouse could not record the page load ($error)$([ "$attempt" -lt 3 ] && echo "; running it again")" >&2
    [ "$attempt" -eq 3 ] && exit 2
  done
done

python3 - "$WORK/site" "$PAGE" "${KEEP_REPORT:-}" $(for run in $(seq 1 "$RUNS"); do echo "$WORK/report-$run.json"; done) <<'EOF'
import gzip, json, re, shutil, statistics, sys
from pathlib import Path

site, page, keep, paths = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
reports = [json.load(open(p)) for p in paths]
keys = ("performance", "accessibility", "best-practices", "seo")
def score(report, key):
    return round((report["categories"][key]["score"] or 0) * 100)
def metric(report, audit):
    return report["audits"][audit].get("numericValue")
# Lighthouse CI's computeMedianRun: the run nearest the median first contentful paint and time to
# interactive, each distance relative to its median. A run that measured neither cannot be the median.
timed = [i for i, r in enumerate(reports) if metric(r, "first-contentful-paint") and metric(r, "interactive")]
if not timed:
    sys.exit("Lighthouse measured no first contentful paint in any run")
fcp = statistics.median(metric(reports[i], "first-contentful-paint") for i in timed)
tti = statistics.median(metric(reports[i], "interactive") for i in timed)
median = min(timed, key=lambda i: ((metric(reports[i], "first-contentful-paint") - fcp) / fcp) ** 2
                                + ((metric(reports[i], "interactive") - tti) / tti) ** 2)
report = reports[median]
if keep:
    shutil.copy(paths[median], keep)
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']}, {report['finalDisplayedUrl']}, {len(reports)} run(s)")
for i, r in enumerate(reports):
    print(f"  run {i + 1}: " + " ".join(f"{score(r, k):>3}" for k in keys)
          + f"   total blocking time {metric(r, 'total-blocking-time') or 0:.0f} ms" + ("   <- median run" if i == median else ""))
ok = True
print("Median run:")
for key in keys:
    category = report["categories"][key]
    ok &= score(report, key) == 100
    print(f"  {category['title']:<15} {score(report, key):>3}")
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
