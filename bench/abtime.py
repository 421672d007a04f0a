#!/usr/bin/env python3
"""Interleaved A/B timing of whole Explainer builds: two or more published builds, one corpus.

    python3 bench/abtime.py --runs 21 without=/tmp/without/Explainer with=bin/bench-publish/Explainer
    python3 bench/abtime.py --seeds 1000 --runs 7 without=... with=...
    python3 bench/abtime.py --seeds 1000 --log with=... --env with:DOTNET_TC_CallCountingDelayMs=0

`--seeds 0` (the default) builds the repository's own site (seeds/, input/); N > 0 builds the
N-seed corpus that corpus.py generates. Every build is a separate process from cold with its output
folder deleted first; each build runs once unmeasured, then the builds alternate within every run,
the order rotating. Prints, per build, the median wall and CPU time (user + system) with their
spread (min-max) and their ratio to the first build's medians. `--log` also reads each build's own
timing table (`--log-level info`) and prints the median of its last line.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402


def run(binary: str, folder: Path, out: Path, env: dict[str, str], log: bool) -> tuple[float, float, str]:
    shutil.rmtree(out, ignore_errors=True)
    times = out.parent / f"{out.name}.time"
    command = ["/usr/bin/time", "-f", "%U %S", "-o", str(times), binary, "build", "--seeds", "seeds", "--input", "input",
               "--theme", str(ROOT / "theme"), "--output", str(out), "--log-level", "info" if log else "error"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, **env})
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{binary} failed in {folder}:\n{result.stdout.decode(errors='replace')[-3000:]}")
    user, system = times.read_text().strip().splitlines()[-1].split()
    return wall, float(user) + float(system), result.stdout.decode(errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("builds", nargs="+", metavar="LABEL=PATH")
    parser.add_argument("--seeds", type=int, default=0, help="0: the repository's site; N: the N-seed corpus")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--work", default="/tmp/explainer-ab")
    parser.add_argument("--env", action="append", default=[], metavar="LABEL:VAR=VALUE")
    parser.add_argument("--log", action="store_true", help="also report the build's own total (--log-level info)")
    args = parser.parse_args()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.seeds:
        folder = work / f"n{args.seeds}"
        corpus.generate(args.seeds, folder)
    else:
        folder = ROOT
    builds = []
    for spec in args.builds:
        label, path = spec.split("=", 1)
        env = dict(e.split(":", 1)[1].split("=", 1) for e in args.env if e.split(":", 1)[0] == label)
        builds.append((label, str(Path(path).resolve()), env, work / f"out-{label}"))
    for label, path, env, out in builds:
        run(path, folder, out, env, False)  # warm once (disk cache), not measured
    samples: dict[str, list[tuple[float, float, float | None]]] = {b[0]: [] for b in builds}
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.runs} runs", flush=True)
    for r in range(args.runs):
        order = builds[r % len(builds):] + builds[:r % len(builds)]
        for label, path, env, out in order:
            wall, cpu, output = run(path, folder, out, env, args.log)
            total = None
            if args.log:
                found = re.findall(r"(?i)total\D*?([0-9][0-9,.]*)\s*(ms|s)\b", output)
                if found:
                    value, unit = found[-1]
                    total = float(value.replace(",", "")) / (1000 if unit == "ms" else 1)
            samples[label].append((wall, cpu, total))
        print(f"run {r + 1}: " + ", ".join(f"{label} {samples[label][-1][0]:.3f} s / {samples[label][-1][1]:.2f} s CPU"
                                             for label, *_ in builds), flush=True)
    first = builds[0][0]
    base_wall = statistics.median(w for w, _, _ in samples[first])
    base_cpu = statistics.median(c for _, c, _ in samples[first])
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    print("| build | wall median (min-max) | wall vs " + first + " | CPU median (min-max) | CPU vs " + first + " |")
    print("|---|---:|---:|---:|---:|")
    for label, values in samples.items():
        walls = [w for w, _, _ in values]
        cpus = [c for _, c, _ in values]
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"| {label} | {wall:.3f} s ({min(walls):.3f}-{max(walls):.3f}) | {100 * (wall / base_wall - 1):+.1f}% "
              f"| {cpu:.2f} s ({min(cpus):.2f}-{max(cpus):.2f}) | {100 * (cpu / base_cpu - 1):+.1f}% |")
        totals = [t for _, _, t in values if t is not None]
        if totals:
            print(f"|   {label}'s own total | {statistics.median(totals):.3f} s ({min(totals):.3f}-{max(totals):.3f}) | | | |")


if __name__ == "__main__":
    main()
