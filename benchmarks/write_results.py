#!/usr/bin/env python3
"""Turns one benchmark session's JMH JSON and cpython_bench.py JSON into benchmarks/RESULTS.md.

Every ratio compares numbers measured in the same session on the same machine. Speed-ups are
"how many times faster": CPython ms / VM ms and interpreter ms / VM ms.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess

# The team's targets (see README.md). Loop workloads are the plain-loop ones.
TARGET_SPEEDUP_OVER_CPYTHON = 3.0
TARGET_SPEEDUP_OVER_INTERPRETER = 3.0
LOOP_WORKLOADS = ("loop_sum", "nested_loops")
TARGET_HELLO_MS = 400.0
WORKLOAD_ORDER = ("fib", "loop_sum", "nested_loops", "dict_ops", "string_concat", "sort_ints",
                  "closures", "struct_fields", "method_calls")


def read_first(path, prefix):
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def load_average():
    try:
        with open("/proc/loadavg", encoding="utf-8") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def machine():
    mem_kb = read_first("/proc/meminfo", "MemTotal")
    try:
        memory = f"{int(mem_kb.split()[0]) / 1024 / 1024:.1f} GiB"
    except (ValueError, IndexError):
        memory = mem_kb
    return {
        "cpus": str(os.cpu_count()),
        "cpu": read_first("/proc/cpuinfo", "model name"),
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "load": load_average(),
    }


def java_version(java):
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, check=True).stderr
        return " / ".join(line.strip() for line in out.splitlines() if line.strip())
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def jmh_scores(path):
    """(workload, backend) -> (score ms, error ms, allocated MB per call or None) from JMH's JSON."""
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    scores = {}
    for r in results:
        metric = r["primaryMetric"]
        if metric["scoreUnit"] != "ms/op":
            raise SystemExit(f"unexpected JMH unit {metric['scoreUnit']}")
        error = metric.get("scoreError")
        error = float(error) if error not in (None, "NaN") else float("nan")
        # present when JMH ran with -prof gc: bytes allocated per benchmark call
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        alloc_mb = alloc["score"] / 1e6 if alloc and alloc.get("scoreUnit") == "B/op" else None
        scores[(r["params"]["workload"], r["params"]["backend"])] = (metric["score"], error, alloc_mb)
    return results, scores


def ms(value):
    if value is None:
        return "—"
    return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"


def ms_err(score):
    if score is None:
        return "—"
    value, error, _ = score
    return ms(value) if error != error else f"{ms(value)} ± {ms(error)}"  # error != error: NaN


def times(a, b):
    """How many times faster b is than a (a / b), as text."""
    if a is None or b is None:
        return "—"
    return f"{a / b:.2f}×"


def verdict(ok):
    if ok is None:
        return "not measured"
    return "**met**" if ok else "**missed**"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jmh", required=True)
    parser.add_argument("--cpython", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--settings", required=True, help="one line describing the JMH settings used")
    parser.add_argument("--load-at-start", default="unknown", help="/proc/loadavg when the session began")
    parser.add_argument("--java", default="java")
    args = parser.parse_args()

    jmh_results, scores = jmh_scores(args.jmh)
    with open(args.cpython, encoding="utf-8") as f:
        cpython = json.load(f)
    m = machine()
    jdk = java_version(args.java)
    if jmh_results:
        jdk = f"{jmh_results[0]['vmName']} {jmh_results[0]['vmVersion']} (JMH {jmh_results[0]['jmhVersion']})"

    names = [n for n in WORKLOAD_ORDER if n in cpython["workloads"]]
    names += sorted(n for n in cpython["workloads"] if n not in WORKLOAD_ORDER)

    def score(name, backend):
        return scores.get((name, backend))

    def value(name, backend):
        s = score(name, backend)
        return s[0] if s else None

    def alloc(name, backend):
        s = score(name, backend)
        return "—" if not s or s[2] is None else f"{s[2]:,.0f}"

    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run` (see README.md); do not edit by hand. All numbers below come from one",
        "session on one machine: JMH for the Ruff backends, `cpython_bench.py` for CPython, run one after",
        "the other (never concurrently).",
        "",
        "## Environment",
        "",
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Machine: {m['cpus']} CPUs (nproc), {m['cpu']}, {m['memory']} RAM, {m['os']}",
        f"- Load average (1, 5, 15 min) at the start: {args.load_at_start}; at the end: {m['load']}"
        + " (other work on the machine inflates the numbers; ratios are only as good as the quiet)",
        f"- JDK: {jdk}",
        f"- Python: {cpython['python_implementation']} {cpython['python_version']}",
        f"- JMH settings: {args.settings}",
        "- CPython settings: median of "
        + f"{next(iter(cpython['workloads'].values()))['runs'] if cpython['workloads'] else 0} timed `run()` calls"
        + " after untimed warm-up calls, `time.perf_counter`",
        "",
        "## Steady state, one call of `run()` (milliseconds, lower is better)",
        "",
        "Speed-up columns: CPython ms / VM ms and interpreter ms / VM ms (above 1× means the VM is faster).",
        "JMH's ± is its 99.9% confidence half-width. MB/call: Java heap allocated per `run()` call",
        "(JMH's gc profiler); allocation-heavy workloads are GC-bound and vary the most between iterations.",
        "",
        "| Workload | Interpreter ms | VM ms | CPython ms | VM speed-up vs CPython | VM speed-up vs interpreter "
        "| Interpreter MB/call | VM MB/call |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in names:
        py = cpython["workloads"][name]["median_ms"]
        lines.append(f"| {name} | {ms_err(score(name, 'INTERPRETER'))} | {ms_err(score(name, 'VM'))} | {ms(py)} "
                     f"| {times(py, value(name, 'VM'))} | {times(value(name, 'INTERPRETER'), value(name, 'VM'))} "
                     f"| {alloc(name, 'INTERPRETER')} | {alloc(name, 'VM')} |")

    process = cpython.get("process", {})
    hello = process.get("ruff run hello.ruff")
    python_pass = process.get("python3 -c pass")
    lines += [
        "",
        "## Whole process (JVM start included; median wall clock)",
        "",
        "| Command | Median ms | Min ms | Max ms | Runs |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, t in (("`java -jar ruff-cli/target/ruff.jar run samples/scripts/hello.ruff`", hello),
                     ("`python3 -c pass`", python_pass)):
        if t:
            lines.append(f"| {label} | {ms(t['median_ms'])} | {ms(t['min_ms'])} | {ms(t['max_ms'])} | {t['runs']} |")
        else:
            lines.append(f"| {label} | not measured (ruff-cli/target/ruff.jar missing) | | | |")

    # ---- targets
    def speedup(a, b):
        return None if a is None or b is None else a / b

    targets = []
    fib_vs_py = speedup(cpython["workloads"].get("fib", {}).get("median_ms"), value("fib", "VM"))
    targets.append((f"VM ≥ {TARGET_SPEEDUP_OVER_CPYTHON:g}× faster than CPython on fib(30)",
                    times(cpython["workloads"].get("fib", {}).get("median_ms"), value("fib", "VM")),
                    None if fib_vs_py is None else fib_vs_py >= TARGET_SPEEDUP_OVER_CPYTHON))
    for name in LOOP_WORKLOADS:
        s = speedup(cpython["workloads"].get(name, {}).get("median_ms"), value(name, "VM"))
        targets.append((f"VM ≥ {TARGET_SPEEDUP_OVER_CPYTHON:g}× faster than CPython on {name}",
                        "—" if s is None else f"{s:.2f}×",
                        None if s is None else s >= TARGET_SPEEDUP_OVER_CPYTHON))
    fib_vs_int = speedup(value("fib", "INTERPRETER"), value("fib", "VM"))
    targets.append((f"VM ≥ {TARGET_SPEEDUP_OVER_INTERPRETER:g}× faster than the interpreter on fib(30)",
                    "—" if fib_vs_int is None else f"{fib_vs_int:.2f}×",
                    None if fib_vs_int is None else fib_vs_int >= TARGET_SPEEDUP_OVER_INTERPRETER))
    slower = [n for n in names if value(n, "VM") is not None and value(n, "VM") > cpython["workloads"][n]["median_ms"]]
    measured_vm = [n for n in names if value(n, "VM") is not None]
    targets.append(("No workload slower on the VM than on CPython",
                    "slower: " + ", ".join(slower) if slower else ("none slower" if measured_vm else "—"),
                    None if not measured_vm else not slower))
    targets.append((f"`ruff run hello.ruff` whole process ≤ {TARGET_HELLO_MS / 1000:g} s",
                    "—" if not hello else f"{hello['median_ms'] / 1000:.3f} s",
                    None if not hello else hello["median_ms"] <= TARGET_HELLO_MS))

    lines += ["", "## Targets", "", "| Target | Measured | Status |", "|---|---:|---|"]
    lines += [f"| {t} | {measured} | {verdict(ok)} |" for t, measured, ok in targets]
    lines.append("")

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
