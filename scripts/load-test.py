#!/usr/bin/env python3
"""Bounded load test of `fieldplan serve`: throughput and latency of `?wait` solves.

usage: load-test.py URL SCENARIO.json [--clients 1,8,32] [--requests-per-client 2] [--time-limit 1]

Each client thread sends POST /v1/plans?wait=120 with the scenario and the time limit, one
request after another; the script prints, per concurrency level, requests, failures, throughput
(solves per second) and p50/p99 latency.
"""
import argparse
import json
import statistics
import threading
import time
import urllib.request


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run_level(url, body, clients, per_client):
    latencies, failures = [], []
    lock = threading.Lock()

    def client():
        for _ in range(per_client):
            started = time.monotonic()
            request = urllib.request.Request(
                f"{url}/v1/plans?wait=120", data=body, headers={"content-type": "application/json"}, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=300) as response:
                    answer = json.load(response)
                    ok = response.status == 200 and answer.get("status") == "done"
            except Exception as error:  # noqa: BLE001 - counted and reported
                ok, answer = False, str(error)
            elapsed = time.monotonic() - started
            with lock:
                (latencies if ok else failures).append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    return latencies, failures, wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("scenario")
    parser.add_argument("--clients", default="1,8,32")
    parser.add_argument("--requests-per-client", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=1)
    args = parser.parse_args()
    scenario = json.load(open(args.scenario))
    body = json.dumps({"scenario": scenario, "options": {"timeLimit": args.time_limit}}).encode()
    print("clients | requests | failed | solves/s | p50 s | p99 s")
    print("---|---|---|---|---|---")
    for clients in [int(c) for c in args.clients.split(",")]:
        latencies, failures, wall = run_level(args.url, body, clients, args.requests_per_client)
        done = len(latencies)
        p50 = statistics.median(latencies) if latencies else float("nan")
        p99 = percentile(latencies, 0.99) if latencies else float("nan")
        print(f"{clients} | {done + len(failures)} | {len(failures)} | {done / wall:.2f} | {p50:.2f} | {p99:.2f}")


if __name__ == "__main__":
    main()
