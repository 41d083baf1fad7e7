#!/usr/bin/env python3
"""CPython side of the Ruff benchmarks, run by benchmarks/run in the same session as JMH.

For each workload it loads workloads/NAME.py, checks that run() returns the value in
workloads/expected.properties, calls run() a few times to warm up, then times further calls with
time.perf_counter and keeps the median. It also times whole processes: `ruff run hello.ruff`
(java -jar ruff-cli/target/ruff.jar, when that jar exists) against `python3 -c pass`.
Results go to a JSON file that write_results.py turns into RESULTS.md.
"""

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORKLOADS = os.path.join(HERE, "workloads")
RUFF_JAR = os.path.join(REPO, "ruff-cli", "target", "ruff.jar")
HELLO = os.path.join(REPO, "samples", "scripts", "hello.ruff")


def expected_results():
    """name -> expected printed result, from the properties file the Java side reads too."""
    expected = {}
    with open(os.path.join(WORKLOADS, "expected.properties"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, value = line.split("=", 1)
                expected[name.strip()] = value.strip()
    return expected


def load_workload(name):
    spec = importlib.util.spec_from_file_location("workload_" + name, os.path.join(WORKLOADS, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def time_calls(fn, warmup, runs):
    """Milliseconds of each of `runs` calls of fn, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def bench_workload(name, expected, warmup, runs):
    module = load_workload(name)
    result = str(module.run())
    if result != expected:
        raise SystemExit(f"{name}.py: run() returned {result}, expected {expected}")
    times = time_calls(module.run, warmup, runs)
    return {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times), "runs": runs}


def time_process(argv, runs, expect_stdout=None):
    """Median wall-clock milliseconds of running argv as a whole process (one untimed run first)."""
    first = subprocess.run(argv, capture_output=True, text=True, check=True)
    if expect_stdout is not None and first.stdout != expect_stdout:
        raise SystemExit(f"{' '.join(argv)} printed {first.stdout!r}, expected {expect_stdout!r}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000.0)
    return {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times), "runs": runs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warmup", type=int, default=2, help="untimed run() calls per workload (default 2)")
    parser.add_argument("--runs", type=int, default=7, help="timed run() calls per workload (default 7)")
    parser.add_argument("--process-runs", type=int, default=10, help="timed whole-process runs (default 10)")
    parser.add_argument("--workloads", default="", help="comma-separated names (default: all)")
    parser.add_argument("--java", default="java", help="java launcher for the `ruff run` timing")
    parser.add_argument("--out", required=True, help="JSON file to write")
    args = parser.parse_args()

    expected = expected_results()
    names = [n for n in args.workloads.split(",") if n] or sorted(expected)
    report = {
        "python_version": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "workloads": {},
        "process": {},
    }
    for name in names:
        print(f"cpython: {name}", file=sys.stderr, flush=True)
        report["workloads"][name] = bench_workload(name, expected[name], args.warmup, args.runs)

    print("cpython: whole-process timings", file=sys.stderr, flush=True)
    report["process"]["python3 -c pass"] = time_process([sys.executable, "-c", "pass"], args.process_runs)
    if os.path.exists(RUFF_JAR):
        report["process"]["ruff run hello.ruff"] = time_process(
            [args.java, "-jar", RUFF_JAR, "run", HELLO], args.process_runs, expect_stdout="Hello, Ruff!\n")
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
