#!/usr/bin/env python3
"""Interleaved A/B timing of two Explainer builds that each need their own corpus and theme, such as
a commit before the Simplified edition against one with it (bench/README.md, "What the Simplified
edition costs"):

    git worktree add /tmp/before 402a49d
    (cd /tmp/before && dotnet publish -c Release -o /tmp/before/pub && python3 bench/corpus.py --generate 1000 /tmp/before/c1000)
    dotnet publish -c Release -o /tmp/after/pub && python3 bench/corpus.py --generate 1000 /tmp/after/c1000
    python3 bench/abeditions.py --runs 3 --out /dev/shm \\
        before=/tmp/before/pub/Explainer,/tmp/before/c1000,/tmp/before/theme \\
        after=/tmp/after/pub/Explainer,/tmp/after/c1000,theme

Each build is a separate process from cold, its output deleted first; the two alternate, the order
swapping every run. Prints each one's median wall and CPU (user + system) time and the second's
ratio to the first.
"""
import argparse
import resource
import shutil
import statistics
import subprocess
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default="/tmp", help="where the outputs go (/dev/shm leaves the disk out)")
    parser.add_argument("builds", nargs=2, help="name=binary,corpus folder (seeds/, input/),theme folder")
    args = parser.parse_args()
    builds = []
    for spec in args.builds:
        name, paths = spec.split("=", 1)
        binary, corpus, theme = paths.split(",")
        builds.append((name, binary, Path(corpus), theme))
    times: dict[str, list[tuple[float, float]]] = {b[0]: [] for b in builds}
    for run in range(args.runs):
        for name, binary, corpus, theme in (builds if run % 2 == 0 else builds[::-1]):
            out = Path(args.out) / f"abeditions-{name}"
            shutil.rmtree(out, ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([binary, "build", "--seeds", str(corpus / "seeds"), "--input", str(corpus / "input"),
                            "--theme", theme, "--output", str(out), "--log-level", "error"], check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[name].append((wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
            shutil.rmtree(out, ignore_errors=True)
    medians = {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for name, t in times.items()}
    for name, (wall, cpu) in medians.items():
        print(f"{name:>10}  wall {wall:7.2f} s  cpu {cpu:7.2f} s")
    (first, (w0, c0)), (second, (w1, c1)) = medians.items()
    print(f"{second} against {first}: wall {w1 / w0 - 1:+.0%}, cpu {c1 / c0 - 1:+.0%} ({args.runs} runs)")


if __name__ == "__main__":
    main()
