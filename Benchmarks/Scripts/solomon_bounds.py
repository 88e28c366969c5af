#!/usr/bin/env python3
"""Lower bounds and optimality proofs on the Solomon instances, with gaps to best-known values.

Runs `fieldplan bound` (root gaps) or `fieldplan prove` (branch-and-price) on every instance of
the chosen families, a few processes at a time, keeps each run's JSON in --out, and prints a
Markdown table per instance and a summary per family. With --report-only it only tabulates the
JSON files already in --out.

    swift build -c release --product fieldplan
    Benchmarks/Scripts/solomon_bounds.py bound --families C1,R1,RC1 --time-limit 60 --out bench/bounds
    Benchmarks/Scripts/solomon_bounds.py prove --families C1,R1,RC1 --time-limit 600 --out bench/proofs
"""

import argparse
import concurrent.futures
import csv
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def best_known(path):
    """Best-known distances by instance name, from bks.csv."""
    with open(path, newline="") as handle:
        return {row["instance"]: float(row["distance"]) for row in csv.DictReader(handle)}


def instances(families):
    """The Solomon instance names of the families (C1, R2, ...), sorted."""
    folder = ROOT / "Scenarios" / "solomon"
    names = sorted(p.stem for p in folder.glob("*.txt"))
    return [n for n in names if any(n[: len(f)] == f and n[len(f):].isdigit() for f in families)]


def run(binary, mode, name, time_limit, out):
    """Runs one instance; returns its name and the exit status."""
    scenario = ROOT / "Scenarios" / "solomon" / f"{name}.txt"
    command = [str(binary), mode, str(scenario), "--distance", "dimacs", "--time-limit", str(time_limit),
               "--output", str(out / f"{name}.json")]
    if mode == "prove":
        command += ["--cost-step", "0.1", "--quiet", "--plan-output", str(out / f"{name}.plan.json")]
    with open(out / f"{name}.err", "w") as errors:
        status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=errors).returncode
    return name, status


def table(mode, names, out, bks):
    """The Markdown table and the family summary of the runs in `out`."""
    lines, families = [], {}
    if mode == "bound":
        lines += ["| instance | best known | bound | gap % | converged | s | cuts |", "|---|---|---|---|---|---|---|"]
    else:
        lines += ["| instance | best known | plan | bound | root bound | gap % | optimal | nodes | s |",
                  "|---|---|---|---|---|---|---|---|---|"]
    for name in names:
        path = out / f"{name}.json"
        if not path.exists():
            lines.append(f"| {name} | {bks.get(name, '')} | (no result) |")
            continue
        doc = json.loads(path.read_text())
        known = bks[name]
        family = name[:-2]
        stats = families.setdefault(family, {"count": 0, "gap": 0.0, "met": 0, "optimal": 0})
        stats["count"] += 1
        bound = doc.get("bound")
        if mode == "bound":
            gap = (known - bound) / known * 100 if bound is not None else None
            stats["gap"] += gap if gap is not None else 100
            stats["met"] += 1 if gap is not None and gap <= 2 else 0
            lines.append(f"| {name} | {known} | {fmt(bound)} | {fmt(gap)} | {'yes' if doc['converged'] else 'no'} "
                         f"| {doc['elapsedSeconds']:.1f} | {doc['cuts']} |")
        else:
            gap = doc.get("gap")
            gap = gap * 100 if gap is not None else None
            stats["gap"] += gap if gap is not None else 100
            stats["optimal"] += 1 if doc["optimal"] else 0
            lines.append(f"| {name} | {known} | {doc['cost']:.2f} | {fmt(bound)} | {fmt(doc.get('rootBound'))} "
                         f"| {fmt(gap)} | {'yes' if doc['optimal'] else 'no'} | {doc['nodes']} "
                         f"| {doc['elapsedSeconds']:.1f} |")
    lines.append("")
    for family, stats in families.items():
        mean = stats["gap"] / stats["count"]
        if mode == "bound":
            lines.append(f"{family}: mean root gap {mean:.2f} %, {stats['met']} of {stats['count']} within 2 %")
        else:
            lines.append(f"{family}: {stats['optimal']} of {stats['count']} proved optimal, mean gap {mean:.2f} %")
    return "\n".join(lines)


def fmt(value):
    return "—" if value is None else f"{value:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["bound", "prove"])
    parser.add_argument("--families", default="C1,R1,RC1", help="comma-separated: C1,C2,R1,R2,RC1,RC2")
    parser.add_argument("--instances", default="", help="comma-separated names, instead of --families")
    parser.add_argument("--time-limit", type=float, default=60)
    parser.add_argument("--jobs", type=int, default=2, help="processes at a time")
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "fieldplan"))
    parser.add_argument("--bks", default=str(ROOT / "Scenarios" / "solomon" / "bks.csv"))
    parser.add_argument("--out", required=True, help="folder for each run's JSON")
    parser.add_argument("--report-only", action="store_true", help="tabulate the JSON already in --out")
    args = parser.parse_args()

    names = instances([f.strip() for f in args.families.split(",") if f.strip()])
    if args.instances:
        names = [n.strip() for n in args.instances.split(",") if n.strip()]
    if not names:
        sys.exit(f"no Solomon instance in families {args.families}")
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if not args.report_only:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            jobs = [pool.submit(run, args.binary, args.mode, n, args.time_limit, out) for n in names]
            for job in concurrent.futures.as_completed(jobs):
                name, status = job.result()
                print(f"{name}: exit {status}", file=sys.stderr)
    print(table(args.mode, names, out, best_known(args.bks)))


if __name__ == "__main__":
    main()
