#!/usr/bin/env python3
"""Writes Gehring–Homberger-style VRPTW instances in Solomon's text format.

The six kinds follow Solomon's families as Gehring and Homberger extended them to 200–1000
customers: C (clustered, service 90), R (uniform, service 10), RC (half clustered, half uniform,
service 10); type 1 has a short horizon, tight windows and capacity 200; type 2 a long horizon,
wide windows and capacity 700 (C2) or 1000 (R2, RC2). Coordinates and horizons grow with the
square root of the number of customers, as in the published sets. Every customer can be reached
from the depot and back inside the horizon, so every instance is feasible with enough vehicles.

    python3 Benchmarks/Scripts/gh_style.py --customers 200 --out bench/gh200 [--seed 1] [--density 0.75]

Writes one file per kind, named like the published instances (C1_2_1.txt, R2_2_1.txt, …; the
middle number is customers / 100, the last the seed).
"""
import argparse
import math
import os
import random

KINDS = {
    # name: (layout, service, horizon per 100-unit grid, window half-width range, capacity)
    "C1": ("clustered", 90, 1236, (20, 40), 200),
    "C2": ("clustered", 90, 3390, (70, 90), 700),
    "R1": ("random", 10, 230, (5, 15), 200),
    "R2": ("random", 10, 1000, (30, 120), 1000),
    "RC1": ("mixed", 10, 240, (5, 15), 200),
    "RC2": ("mixed", 10, 960, (30, 120), 1000),
}


def points(layout, n, grid, rng):
    """Customer coordinates: clusters of about ten around random centres, uniform, or half each."""
    def uniform():
        return (rng.uniform(0, grid), rng.uniform(0, grid))

    def clustered(count):
        centres = [uniform() for _ in range(max(1, count // 10))]
        result = []
        for i in range(count):
            cx, cy = centres[i % len(centres)]
            x = min(grid, max(0, rng.gauss(cx, grid / 40)))
            y = min(grid, max(0, rng.gauss(cy, grid / 40)))
            result.append((x, y))
        return result

    if layout == "random":
        return [uniform() for _ in range(n)]
    if layout == "clustered":
        return clustered(n)
    half = n // 2
    return clustered(half) + [uniform() for _ in range(n - half)]


def instance(kind, n, seed, density):
    layout, service, horizon100, (low, high), capacity = KINDS[kind]
    rng = random.Random(f"{kind}-{n}-{seed}")
    grid = round(100 * math.sqrt(n / 100))
    scale = grid / 100
    horizon = round(horizon100 * scale)
    depot = (grid / 2, grid / 2)
    rows = [(0, round(depot[0]), round(depot[1]), 0, 0, horizon, 0)]
    for i, (x, y) in enumerate(points(layout, n, grid, rng), start=1):
        x, y = round(x), round(y)
        d0 = math.ceil(math.hypot(x - depot[0], y - depot[1]))
        demand = rng.choice(range(10, 51, 10)) if layout == "clustered" else rng.randint(1, 41)
        latest_start = horizon - d0 - service
        if latest_start < d0:
            x, y, d0 = round(depot[0]), round(depot[1]), 0
            latest_start = horizon - service
        if rng.random() < density:
            half = round(rng.uniform(low, high) * (scale if kind.endswith("2") else 1))
            centre = rng.uniform(d0, latest_start)
            ready = max(0, round(centre - half))
            due = min(latest_start, round(centre + half))
            ready = min(ready, due)
        else:
            ready, due = 0, latest_start
        rows.append((i, x, y, demand, ready, due, service))
    return rows, capacity


def write(path, name, rows, capacity, vehicles):
    with open(path, "w") as f:
        f.write(f"{name}\n\nVEHICLE\nNUMBER     CAPACITY\n  {vehicles}         {capacity}\n\n")
        f.write("CUSTOMER\nCUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME\n \n")
        for row in rows:
            f.write("".join(f"{value:>10}" for value in row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--density", type=float, default=0.75, help="share of customers with a window")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for kind in args.kinds.split(","):
        rows, capacity = instance(kind, args.customers, args.seed, args.density)
        name = f"{kind}_{args.customers // 100}_{args.seed}"
        write(os.path.join(args.out, name + ".txt"), name, rows, capacity, max(25, args.customers // 4))


if __name__ == "__main__":
    main()
