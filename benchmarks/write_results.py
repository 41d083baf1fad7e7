#!/usr/bin/env python3
"""Turns one benchmark session's JMH JSON and cpython_bench.py JSON into benchmarks/RESULTS.md.

Every ratio compares numbers measured in the same session on the same machine: times relative to
plain Java ("× Java": engine ms / Java ms, lower is better) and speed-ups ("how many times faster":
other ms / Ruff VM ms). The peers' versions come from benchmarks/pom.xml, where they are pinned.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import xml.etree.ElementTree as ElementTree

# The targets of the first performance issue (see README.md). Loop workloads are the plain-loop ones.
TARGET_SPEEDUP_OVER_CPYTHON = 3.0
TARGET_SPEEDUP_OVER_INTERPRETER = 3.0
LOOP_WORKLOADS = ("loop_sum", "nested_loops")
TARGET_HELLO_MS = 400.0
# Issue 13: Ruff (the VM) at least as fast as these peers on every workload, and this much faster than
# CPython on these workloads.
ISSUE13_PEERS = ("RHINO", "NASHORN")
ISSUE13_SPEEDUP_OVER_CPYTHON = 5.0
ISSUE13_CPYTHON_WORKLOADS = ("fib", "loop_sum", "nested_loops")
WORKLOAD_ORDER = ("fib", "loop_sum", "nested_loops", "dict_ops", "string_concat", "sort_ints",
                  "closures", "struct_fields", "method_calls", "mandelbrot")

# Row order and labels of the per-workload tables: JMH (benchmark, parameter value) -> label.
ENGINES = (
    (("PeerBenchmark", "JAVA"), "plain Java"),
    (("WorkloadBenchmark", "VM"), "Ruff (VM)"),
    (("WorkloadBenchmark", "INTERPRETER"), "Ruff (interpreter)"),
    (("PeerBenchmark", "RHINO"), "Rhino (compiled)"),
    (("PeerBenchmark", "NASHORN"), "Nashorn"),
    (("PeerBenchmark", "LUAJ"), "LuaJ (LuaJC)"),
    (("PeerBenchmark", "LUAJ_INTERPRETED"), "LuaJ (interpreted)"),
)
JAVA = ("PeerBenchmark", "JAVA")
RUFF = ("WorkloadBenchmark", "VM")
INTERPRETER = ("WorkloadBenchmark", "INTERPRETER")


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


def jmh_scores(paths):
    """(benchmark, engine) -> {workload: (score ms, error ms, allocated MB per call or None)}.

    benchmark is the JMH class's simple name; engine the value of its `backend` (WorkloadBenchmark)
    or `engine` (PeerBenchmark) parameter.
    """
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results += json.load(f)
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
        benchmark = r["benchmark"].split(".")[-2]
        params = r["params"]
        engine = params.get("backend") or params.get("engine")
        scores.setdefault((benchmark, engine), {})[params["workload"]] = (metric["score"], error, alloc_mb)
    return results, scores


def peer_versions(pom):
    """Pinned peer versions from the benchmarks module's pom.xml properties (name -> version)."""
    try:
        root = ElementTree.parse(pom).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    props = root.find("m:properties", ns)
    if props is None:
        return {}
    return {re.sub(r"^\{.*\}", "", child.tag): (child.text or "").strip() for child in props}


def startup_sections(path, this_session):
    """From benchmarks/startup/RESULTS.md: (in-process lines, cold lines, targets lines), each with where it came
    from, or pointers to that file when it is missing."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        missing = ["Not measured: `benchmarks/startup/run` has not written `benchmarks/startup/RESULTS.md`."]
        return missing, missing, missing
    date = re.search(r"^- Date: (.*)$", text, re.M)
    load = re.search(r"^- Load average.*$", text, re.M)
    when = date.group(1) if date else "unknown date"
    source = ("run by `benchmarks/run --with-startup` in this session" if this_session
              else f"not from this session: copied from [startup/RESULTS.md](startup/RESULTS.md), written {when}; "
                   "`benchmarks/run --with-startup` measures it in the same session")
    intro = [f"From `benchmarks/startup/run` ({source}). {load.group(0)[2:] if load else ''}".rstrip(), ""]

    def section(title, preface):
        match = re.search(r"^## " + re.escape(title) + r"[^\n]*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
        if not match:
            return ["See [startup/RESULTS.md](startup/RESULTS.md)."]
        return preface + match.group(1).strip().splitlines()

    same = [f"From the same `benchmarks/startup/run` ({when}).", ""]
    return (section("In-process", intro), section("Cold: whole processes", same),
            section("Start-up targets", same))


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
    parser.add_argument("--jmh", required=True, nargs="+", help="JMH JSON files (Ruff and peers)")
    parser.add_argument("--cpython", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--settings", required=True, help="one line describing the JMH settings used")
    parser.add_argument("--load-at-start", default="unknown", help="/proc/loadavg when the session began")
    parser.add_argument("--java", default="java")
    parser.add_argument("--pom", help="benchmarks/pom.xml, for the peers' pinned versions")
    parser.add_argument("--startup-results", help="benchmarks/startup/RESULTS.md, for the cold figures")
    parser.add_argument("--startup-this-session", action="store_true",
                        help="the start-up results were written in this session")
    args = parser.parse_args()

    jmh_results, scores = jmh_scores(args.jmh)
    with open(args.cpython, encoding="utf-8") as f:
        cpython = json.load(f)
    m = machine()
    jdk = java_version(args.java)
    if jmh_results:
        jdk = f"{jmh_results[0]['vmName']} {jmh_results[0]['vmVersion']} (JMH {jmh_results[0]['jmhVersion']})"
    versions = peer_versions(args.pom) if args.pom else {}

    names = [n for n in WORKLOAD_ORDER if n in cpython["workloads"]]
    names += sorted(n for n in cpython["workloads"] if n not in WORKLOAD_ORDER)
    engines = [(key, label) for key, label in ENGINES if key in scores]

    def score(name, key):
        return scores.get(key, {}).get(name)

    def value(name, key):
        s = score(name, key)
        return s[0] if s else None

    def py(name):
        return cpython["workloads"].get(name, {}).get("median_ms")

    def alloc(name, key):
        s = score(name, key)
        return "—" if not s or s[2] is None else f"{s[2]:,.0f}"

    def vs_java(ms_value, name):
        java = value(name, JAVA)
        return "—" if ms_value is None or java is None else f"{ms_value / java:.1f}×"

    def version(prop):
        return versions.get(prop, "?")

    cpython_runs = next(iter(cpython["workloads"].values()))["runs"] if cpython["workloads"] else 0
    lines = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/run` (see README.md); do not edit by hand. All warm numbers below come",
        "from one session on one machine: JMH for Ruff and for its JVM peers (plain Java, Rhino, Nashorn,",
        "LuaJ) with the same settings, then `cpython_bench.py` for CPython, one after the other (never",
        "concurrently).",
        "",
        "## Environment",
        "",
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Machine: {m['cpus']} CPUs (nproc), {m['cpu']}, {m['memory']} RAM, {m['os']}",
        f"- Load average (1, 5, 15 min) at the start: {args.load_at_start}; at the end: {m['load']}"
        + " (other work on the machine inflates the numbers; ratios are only as good as the quiet)",
        f"- JDK: {jdk}",
        f"- Peers (pinned in `benchmarks/pom.xml`): Rhino {version('rhino.version')} in compiled mode "
        f"(ES6 language level), Nashorn {version('nashorn.version')} standalone (`--language=es6`), "
        f"LuaJ {version('luaj.version')} with LuaJC (BCEL {version('bcel.version')}), plain Java on the same JDK",
        f"- Python: {cpython['python_implementation']} {cpython['python_version']}",
        f"- JMH settings: {args.settings}",
        f"- CPython settings: median of {cpython_runs} timed `run()` calls after untimed warm-up calls,"
        " `time.perf_counter`",
        "",
        "## Warm: one call of `run()`",
        "",
        "Each engine compiles (or evaluates) its version of the workload once per trial in fresh globals,",
        "checks that `run()` returns the expected value, then times further calls of `run()`. `× Java` is",
        "the engine's time over plain Java's (lower is better; the issue's table uses the same ratio).",
        "",
        "| Workload | plain Java ms | " + " | ".join(f"{label} × Java" for key, label in engines if key != JAVA)
        + " | CPython × Java |",
        "|---|---:|" + "---:|" * (len([e for e in engines if e[0] != JAVA]) + 1),
    ]
    for name in names:
        cells = [vs_java(value(name, key), name) for key, _ in engines if key != JAVA]
        lines.append(f"| {name} | {ms(value(name, JAVA))} | " + " | ".join(cells) + f" | {vs_java(py(name), name)} |")

    lines += [
        "",
        "Per workload, milliseconds per call (lower is better). JMH's ± is its 99.9% confidence",
        "half-width; MB/call is the Java heap allocated per call (JMH's gc profiler). `Ruff is … faster`",
        "is the engine's ms over Ruff VM's ms (above 1× means Ruff is faster).",
    ]
    for name in names:
        lines += ["", f"### {name}", "",
                  "| Engine | ms/call | × Java | Ruff (VM) is … faster | MB/call |",
                  "|---|---:|---:|---:|---:|"]
        ruff = value(name, RUFF)
        for key, label in engines:
            s = score(name, key)
            lines.append(f"| {label} | {ms_err(s)} | {vs_java(value(name, key), name)} "
                         f"| {times(value(name, key), ruff) if key != RUFF else '—'} | {alloc(name, key)} |")
        lines.append(f"| CPython {cpython['python_version']} | {ms(py(name))} | {vs_java(py(name), name)} "
                     f"| {times(py(name), ruff)} | — |")

    # ---- issue 13 targets
    def speedup(a, b):
        return None if a is None or b is None else a / b

    peer_labels = dict(ENGINES)
    targets = []
    for peer in ISSUE13_PEERS:
        key = ("PeerBenchmark", peer)
        for name in names:
            r, p = value(name, RUFF), value(name, key)
            measured = "—" if r is None or p is None else f"Ruff {ms(r)} ms, {peer_labels[key]} {ms(p)} ms ({p / r:.2f}×)"
            targets.append((f"Ruff at least as fast as {peer_labels[key]} on {name}", measured,
                            None if r is None or p is None else r <= p))
    for name in ISSUE13_CPYTHON_WORKLOADS:
        s = speedup(py(name), value(name, RUFF))
        targets.append((f"Ruff ≥ {ISSUE13_SPEEDUP_OVER_CPYTHON:g}× faster than CPython on {name}",
                        "—" if s is None else f"{s:.2f}×",
                        None if s is None else s >= ISSUE13_SPEEDUP_OVER_CPYTHON))
    met = sum(1 for _, _, ok in targets if ok)
    judged = sum(1 for _, _, ok in targets if ok is not None)
    lines += ["", "## Targets (issue 13, warm)", "",
              f"{met} of {judged} measured targets met. Ruff is the VM backend (the default) with its compile tier;",
              "each line gives both times and the peer's time over Ruff's (at least 1.00× meets the target).",
              "", "| Target | Measured | Status |", "|---|---|---|"]
    lines += [f"| {t} | {measured} | {verdict(ok)} |" for t, measured, ok in targets]
    if met < judged:
        lines += ["", "What the missed targets spend their time on was measured separately (profiles and Java models of",
                  "each cost): `ruff-core/src/main/java/dev/ruff/vm/PERFORMANCE.md`, \"Ninth round\" (fib, mandelbrot)",
                  "and \"Tenth round\" (method calls)."]

    # ---- start-up: in-process, cold, and the start-up targets (issues 9 and 13)
    process = cpython.get("process", {})
    hello = process.get("ruff run hello.ruff")
    python_pass = process.get("python3 -c pass")
    in_process, cold, startup_targets = (startup_sections(args.startup_results, args.startup_this_session)
                                         if args.startup_results else ([], [], []))
    if in_process:
        lines += ["", "## Start-up in-process: a host's first engine (RuffEngine and JSR-223)", ""] + in_process
    lines += ["", "## Cold: whole processes", ""]
    lines += cold
    lines += [
        "",
        "Measured by `cpython_bench.py` in this session (median wall clock, JVM start included):",
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

    # ---- the first issue's targets, still tracked
    earlier = []
    fib_vs_py = speedup(py("fib"), value("fib", RUFF))
    earlier.append((f"VM ≥ {TARGET_SPEEDUP_OVER_CPYTHON:g}× faster than CPython on fib(30)",
                    times(py("fib"), value("fib", RUFF)),
                    None if fib_vs_py is None else fib_vs_py >= TARGET_SPEEDUP_OVER_CPYTHON))
    for name in LOOP_WORKLOADS:
        s = speedup(py(name), value(name, RUFF))
        earlier.append((f"VM ≥ {TARGET_SPEEDUP_OVER_CPYTHON:g}× faster than CPython on {name}",
                        "—" if s is None else f"{s:.2f}×",
                        None if s is None else s >= TARGET_SPEEDUP_OVER_CPYTHON))
    fib_vs_int = speedup(value("fib", INTERPRETER), value("fib", RUFF))
    earlier.append((f"VM ≥ {TARGET_SPEEDUP_OVER_INTERPRETER:g}× faster than the interpreter on fib(30)",
                    "—" if fib_vs_int is None else f"{fib_vs_int:.2f}×",
                    None if fib_vs_int is None else fib_vs_int >= TARGET_SPEEDUP_OVER_INTERPRETER))
    measured_vm = [n for n in names if value(n, RUFF) is not None]
    slower = [n for n in measured_vm if value(n, RUFF) > py(n)]
    earlier.append(("No workload slower on the VM than on CPython",
                    "slower: " + ", ".join(slower) if slower else ("none slower" if measured_vm else "—"),
                    None if not measured_vm else not slower))
    earlier.append((f"`ruff run hello.ruff` whole process ≤ {TARGET_HELLO_MS / 1000:g} s",
                    "—" if not hello else f"{hello['median_ms'] / 1000:.3f} s",
                    None if not hello else hello["median_ms"] <= TARGET_HELLO_MS))
    if startup_targets:
        lines += ["", "## Start-up targets (issues 9 and 13)", ""] + startup_targets
    lines += ["", "## Earlier targets (first performance issue)", "",
              "| Target | Measured | Status |", "|---|---:|---|"]
    lines += [f"| {t} | {measured} | {verdict(ok)} |" for t, measured, ok in earlier]
    lines.append("")

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
