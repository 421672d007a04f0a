#!/usr/bin/env python3
"""Whole-process build benchmark: Explainer vs Hugo vs Eleventy on an N-article corpus.

    python3 bench/corpus.py                       # N = 1, 100, 1000; 5 runs each; prints the table
    python3 bench/corpus.py --sizes 1,100,1000,10000 --runs 5
    python3 bench/corpus.py --extra r2r=/tmp/pub-r2r/Explainer   # another build of ours in the same runs
    python3 bench/corpus.py --sizes 1,100 --aot      # with the Native AOT build beside the ReadyToRun one

The corpus is N copies of every seed in seeds/ with its editorial layer (input/<seed>/): each copy
gets its own file name, a distinct headline and slug, and the numbers the editorial layer does not
quote changed (the quoted ones must stay, or the build rightly fails). Hugo and Eleventy get the same
articles as Markdown: the /<slug>/<section>.md files Explainer publishes, with their front matter,
each article as one index page (all its sections) plus one page per section, a layout and a sidebar
partial (the article's table of contents), and a home page listing every article.

Each run is a cold full build (the output folder deleted first) as a separate process; the tools
alternate within every run (the order rotates), and the table shows medians. Peak RSS is
/usr/bin/time's maximum resident set size of the process tree's largest process.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
QUOTED = re.compile(r"^\s*-?\s*(?:quote|prefix|suffix|after|original|heading):\s*(.+?)\s*$", re.M)
FLOW_QUOTED = re.compile(r"(?:quote|prefix|suffix|after|original|heading):\s*([^,}\n]+)")


def quoted_strings(folder: Path) -> list[str]:
    found: set[str] = set()
    if folder.is_dir():
        for file in folder.rglob("*"):
            if file.suffix in (".yml", ".md"):
                text = file.read_text(encoding="utf-8")
                for pattern in (QUOTED, FLOW_QUOTED):
                    for match in pattern.finditer(text):
                        value = match.group(1).strip().strip("'\"")
                        if value:
                            found.add(value)
    return sorted(found)


def protected_digit_runs(seed: str, quotes: list[str]) -> set[int]:
    """Start offsets (in the raw seed) of digit runs that fall inside a quoted string."""
    raw_of: list[int] = []  # joined offset -> raw offset
    joined_chars: list[str] = []
    for i, c in enumerate(seed):
        if c in "\r\n":
            continue
        raw_of.append(i)
        joined_chars.append(c)
    joined = "".join(joined_chars)
    covered: set[int] = set()
    for quote in quotes:
        for variant in {quote, quote.replace(" ", "")}:
            start = joined.find(variant)
            while start >= 0:
                covered.update(raw_of[j] for j in range(start, start + len(variant)))
                start = joined.find(variant, start + 1)
    protected = set()
    for match in re.finditer(r"[0-9]+", seed):
        if any(p in covered for p in range(match.start(), match.end())):
            protected.add(match.start())
    return protected


def vary(seed: str, copy: int, protected: set[int]) -> str:
    lines = seed.split("\n")
    lines[0] = lines[0].rstrip("\r") + f"（{copy + 1}）"  # distinct headlines
    body = "\n".join(lines)
    shift = len(body) - len(seed)
    step = copy % 9 + 1

    def replace(match: re.Match[str]) -> str:
        if match.start() - shift in protected or match.start() < len(lines[0]):
            return match.group(0)
        return str(int(match.group(0)) + step)

    return re.sub(r"[0-9]+", replace, body)


def generate(n: int, folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "seeds").mkdir(parents=True)
    (folder / "input").mkdir()
    src_input = ROOT / "input"
    for item in src_input.iterdir():
        if item.is_file():
            shutil.copy(item, folder / "input" / item.name)
    if (src_input / "profiles").is_dir():
        shutil.copytree(src_input / "profiles", folder / "input" / "profiles")
    for seed_file in sorted((ROOT / "seeds").glob("*.txt")):
        name = seed_file.stem
        seed = seed_file.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        editorial = src_input / name
        protected = protected_digit_runs(seed, quoted_strings(editorial))
        explainer_yml = editorial / "explainer.yml"
        explainer = explainer_yml.read_text(encoding="utf-8") if explainer_yml.exists() else ""
        base_slug = (re.search(r"^slug:\s*(\S+)", explainer, re.M) or [None, name.replace("_", "-").lower()])[1]
        for copy in range(n):
            copy_name = f"{name}_{copy:05d}"
            (folder / "seeds" / f"{copy_name}.txt").write_text(vary(seed, copy, protected), encoding="utf-8")
            target = folder / "input" / copy_name
            if editorial.is_dir():
                shutil.copytree(editorial, target)
            else:
                target.mkdir()
            slug = f"{base_slug}-{copy + 1}"
            if re.search(r"^slug:", explainer, re.M):
                text = re.sub(r"^slug:.*$", f"slug: {slug}", explainer, count=1, flags=re.M)
            else:
                text = f"slug: {slug}\n" + explainer
            text = re.sub(r"^(title_en:.*)$", rf"\1 ({copy + 1})", text, count=1, flags=re.M)
            (target / "explainer.yml").write_text(text, encoding="utf-8")


HUGO_BASEOF = """<!doctype html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header><a href="/">Explainer</a></header>
{{ partial "sidebar.html" . }}
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer>Explainer</footer>
</body>
</html>
"""
HUGO_SIDEBAR = """{{ with .CurrentSection }}{{ if not .IsHome }}<nav class="toc"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><ol>
{{ range .Pages.ByParam "order" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ol></nav>{{ end }}{{ end }}
"""
HUGO_SINGLE = """{{ define "main" }}<article><p class="explainer"><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></p>
{{ .Content }}
<nav class="pager">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}{{ if .IsHome }}<h1>Explainers</h1><ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ else }}<article><h1>{{ .Title }}</h1>
{{ range .Pages.ByParam "order" }}<section id="{{ .Params.slug }}">{{ .Content }}</section>
{{ end }}</article>{{ end }}{{ end }}
"""
HUGO_CONFIG = """baseURL = "http://127.0.0.1/"
languageCode = "zh-Hant"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.parser.attribute]
  block = true
  title = true
"""

ELEVENTY_CONFIG = """export default function (config) {
  config.setQuietMode(true);
  return { dir: { input: "src", output: "_site" }, markdownTemplateEngine: false };
}
"""
ELEVENTY_BASE = """<!doctype html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header><a href="/">Explainer</a></header>
{% include "sidebar.njk" %}
<main id="main">{{ content | safe }}</main>
<footer>Explainer</footer>
</body>
</html>
"""
ELEVENTY_SIDEBAR = """{% if explainer %}<nav class="toc"><h2><a href="/{{ explainer }}/">{{ explainer_title }}</a></h2><ol>
{% for p in collections[explainer] | sort(false, false, "data.order") %}<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>
{% endfor %}</ol></nav>{% endif %}
"""
ELEVENTY_SECTION = """---
layout: base.njk
---
<article><p class="explainer"><a href="/{{ explainer }}/">{{ explainer_title }}</a></p>
{{ content | safe }}
{% set pages = collections[explainer] | sort(false, false, "data.order") %}<nav class="pager">{% for p in pages %}{% if p.url == page.url %}{% if not loop.first %}<a href="{{ pages[loop.index0 - 1].url }}">{{ pages[loop.index0 - 1].data.title }}</a>{% endif %} {% if not loop.last %}<a href="{{ pages[loop.index0 + 1].url }}">{{ pages[loop.index0 + 1].data.title }}</a>{% endif %}{% endif %}{% endfor %}</nav>
</article>
"""
ELEVENTY_INDEX = """---
layout: base.njk
eleventyExcludeFromCollections: true
---
<article><h1>{{ explainer_title }}</h1>
{% for p in collections[explainer] | sort(false, false, "data.order") %}<section id="{{ p.data.slug }}">{{ p.content | safe }}</section>
{% endfor %}</article>
"""
ELEVENTY_HOME = """---
layout: base.njk
title: Explainers
---
<h1>Explainers</h1><ul>
{% for e in explainers %}<li><a href="/{{ e.slug }}/">{{ e.title }}</a></li>
{% endfor %}</ul>
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def markdown_sites(folder: Path, built: Path) -> None:
    """Hugo and Eleventy sources from the section Markdown Explainer published into `built`."""
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    hugo, eleventy = folder / "hugo", folder / "eleventy"
    for site in (hugo, eleventy):
        if site.exists():
            shutil.rmtree(site)
    write(hugo / "hugo.toml", HUGO_CONFIG)
    write(hugo / "layouts/_default/baseof.html", HUGO_BASEOF)
    write(hugo / "layouts/_default/single.html", HUGO_SINGLE)
    write(hugo / "layouts/_default/list.html", HUGO_LIST)
    write(hugo / "layouts/partials/sidebar.html", HUGO_SIDEBAR)
    write(hugo / "content/_index.md", "---\ntitle: Explainers\n---\n")
    write(eleventy / "eleventy.config.mjs", ELEVENTY_CONFIG)
    write(eleventy / "src/_includes/base.njk", ELEVENTY_BASE)
    write(eleventy / "src/_includes/sidebar.njk", ELEVENTY_SIDEBAR)
    write(eleventy / "src/_includes/section.njk", ELEVENTY_SECTION)
    write(eleventy / "src/index.njk", ELEVENTY_HOME)
    explainers = []
    for explainer in index["explainers"]:
        slug = explainer["url"].strip("/")
        title = explainer["title"]
        explainers.append({"slug": slug, "title": title})
        write(hugo / "content" / slug / "_index.md", f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n")
        write(eleventy / "src" / slug / f"{slug}.11tydata.json",
              json.dumps({"tags": [slug], "layout": "section.njk", "explainer": slug, "explainer_title": title}, ensure_ascii=False))
        write(eleventy / "src" / slug / "index.njk", ELEVENTY_INDEX)
        for md in sorted((built / slug).glob("*.md")):
            shutil.copy(md, hugo / "content" / slug / md.name)
            shutil.copy(md, eleventy / "src" / slug / md.name)
    write(eleventy / "src/_data/explainers.json", json.dumps(explainers, ensure_ascii=False))


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system, children included) of one process run."""
    rss_file = cwd / ".rss"
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", str(rss_file)] + command, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{result.stderr.decode(errors='replace')[-3000:]}")
    rss_kb, user, system = rss_file.read_text().strip().splitlines()[-1].split()
    return wall, int(rss_kb) // 1024, float(user) + float(system)


def tools(folder: Path, explainer: str, eleventy_cmd: Path, label: str, env: dict[str, str] | None = None):
    out = folder / "out-explainer"
    def ours():
        shutil.rmtree(out, ignore_errors=True)
        return timed([explainer, "build", "--seeds", "seeds", "--input", "input", "--theme", str(ROOT / "theme"),
                      "--output", str(out), "--log-level", "error"], folder, {**os.environ, **env} if env else None)
    def hugo():
        shutil.rmtree(folder / "hugo" / "public", ignore_errors=True)
        return timed(["hugo", "--quiet"], folder / "hugo")
    def eleventy():
        shutil.rmtree(folder / "eleventy" / "_site", ignore_errors=True)
        return timed(["node", str(eleventy_cmd), "--quiet"], folder / "eleventy")
    result = [(label, ours), ("hugo", hugo)]
    if eleventy_cmd.exists():
        result.append(("eleventy", eleventy))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--explainer", default=str(ROOT / "bin/bench-publish/Explainer"),
                        help="the published Explainer binary (default: dotnet publish -c Release into bin/bench-publish)")
    parser.add_argument("--extra", action="append", default=[], metavar="LABEL=PATH",
                        help="another Explainer binary to time in the same runs (e.g. r2r=/tmp/r2r/Explainer)")
    parser.add_argument("--env", action="append", default=[], metavar="LABEL:VAR=VALUE",
                        help="an environment variable for one --extra label's runs (e.g. nopgo:DOTNET_TieredPGO=0)")
    parser.add_argument("--aot", action="store_true",
                        help="also time the Native AOT build as 'aot' (dotnet publish -c Release -p:PublishAot=true "
                             "into bin/bench-aot, made when missing: delete it after changing the code)")
    parser.add_argument("--work", default="/tmp/explainer-corpus")
    parser.add_argument("--no-eleventy", action="store_true")
    parser.add_argument("--generate", nargs=2, metavar=("N", "DIR"), help="only write the N-seed corpus (seeds/, input/) into DIR")
    args = parser.parse_args()
    if args.generate:
        generate(int(args.generate[0]), Path(args.generate[1]))
        return

    explainer = Path(args.explainer)
    if not explainer.exists():
        print(f"publishing Release into {explainer.parent}", file=sys.stderr)
        subprocess.run(["dotnet", "publish", str(ROOT / "Explainer.csproj"), "-c", "Release", "-o", str(explainer.parent)],
                       check=True, stdout=subprocess.DEVNULL)
    if args.aot:
        aot = ROOT / "bin/bench-aot/Explainer"
        if not aot.exists():
            print(f"publishing Release, Native AOT, into {aot.parent}", file=sys.stderr)
            subprocess.run(["dotnet", "publish", str(ROOT / "Explainer.csproj"), "-c", "Release", "-p:PublishAot=true",
                            "-o", str(aot.parent)], check=True, stdout=subprocess.DEVNULL)
        args.extra.append(f"aot={aot}")
    eleventy_cmd = BENCH / "node_modules/@11ty/eleventy/cmd.cjs"
    if args.no_eleventy:
        eleventy_cmd = Path("/nonexistent")
    elif not eleventy_cmd.exists():
        print("bench/node_modules missing: run `npm ci --prefix bench` for Eleventy (skipping it)", file=sys.stderr)

    print(f"machine: {os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}")
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        folder = Path(args.work) / f"n{n}"
        generate(n, folder)
        run_tools = tools(folder, str(explainer), eleventy_cmd, "explainer")
        for extra in args.extra:
            label, path = extra.split("=", 1)
            env = dict(e.split(":", 1)[1].split("=", 1) for e in args.env if e.split(":", 1)[0] == label)
            run_tools.insert(1, (label, tools(folder, path, eleventy_cmd, label, env)[0][1]))
        run_tools[0][1]()  # warm-up build; its section Markdown is the other tools' content
        markdown_sites(folder, folder / "out-explainer")
        for _, run in run_tools[1:]:
            run()  # each tool warm once (disk cache), not measured
        samples: dict[str, list[tuple[float, int, float]]] = {name: [] for name, _ in run_tools}
        for r in range(args.runs):
            order = run_tools[r % len(run_tools):] + run_tools[:r % len(run_tools)]
            for name, run in order:
                samples[name].append(run())
        hugo_wall = statistics.median(w for w, _, _ in samples["hugo"])
        hugo_rss = int(statistics.median(m for _, m, _ in samples["hugo"]))
        hugo_cpu = statistics.median(c for _, _, c in samples["hugo"])
        pages = sum(1 for _ in (folder / "hugo/public").rglob("index.html"))
        ours_pages = sum(1 for _ in (folder / "out-explainer").rglob("*.html"))
        for name, values in samples.items():
            wall = statistics.median(w for w, _, _ in values)
            rss = int(statistics.median(m for _, m, _ in values))
            cpu = statistics.median(c for _, _, c in values)
            best = min(w for w, _, _ in values)
            rows.append((n, name, wall, wall / hugo_wall, rss, rss / hugo_rss, best, cpu, cpu / hugo_cpu))
            print(f"N={n:>6} {name:>10}: median {wall:7.3f} s ({wall / hugo_wall:5.2f}x hugo), min {best:7.3f} s, "
                  f"CPU {cpu:7.2f} s ({cpu / hugo_cpu:5.2f}x), peak RSS {rss:5d} MB ({rss / hugo_rss:4.2f}x)", flush=True)
        print(f"N={n:>6} pages: hugo {pages} index.html, explainer {ours_pages} .html", flush=True)

    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    print("\n| N | tool | median wall (s) | min wall (s) | wall × Hugo | median CPU (s) | CPU × Hugo | peak RSS (MB) | RSS × Hugo |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n, name, wall, ratio, rss, rss_ratio, best, cpu, cpu_ratio in rows:
        print(f"| {n} | {name} | {wall:.3f} | {best:.3f} | {ratio:.2f} | {cpu:.2f} | {cpu_ratio:.2f} | {rss} | {rss_ratio:.2f} |")
    by = {(n, name): wall for n, name, wall, *_ in rows}
    sizes = sorted({n for n, *_ in rows})
    if 100 in sizes and 1000 in sizes:
        for name in sorted({name for _, name, *_ in rows}):
            if (100, name) in by and (1000, name) in by:
                print(f"linearity {name}: N=1000 / N=100 = {by[(1000, name)] / by[(100, name)]:.1f}x")


if __name__ == "__main__":
    main()
