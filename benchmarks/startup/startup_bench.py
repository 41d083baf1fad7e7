#!/usr/bin/env python3
"""Start-up timings of Ruff for the JVM against CPython, all measured in one session.

1. In-process: dev.ruff.bench.StartupProbe in a fresh JVM, PROBE_RUNS times: the first RuffEngine
   plus eval("1 + 1"), then 200 further engines + evals; medians over the runs. The same through
   javax.script (--jsr223: ScriptEngineManager.getEngineByName("ruff") + eval, further engines, and
   evals in fresh createBindings()). One more run of each with -Xlog:class+load counts the classes the
   first engine and eval load.
2. Cold processes, interleaved round by round (so a change in machine load hits every command alike;
   one untimed round first): `ruff run FILE` through the launcher ruff-cli/target/ruff (with the
   class-data-sharing archive), through plain `java -jar ruff.jar`, and `python3 FILE.py`, for
   hello.ruff and every benchmark workload; wall time and the processes' CPU time (user + sys).
3. With --flags: the launcher with candidate extra JVM options (RUFF_JAVA_OPTS) on hello and every
   workload (the launcher's own options come first; a later option overrides them).
4. With --baseline-jar OLD.jar: the same in-process probe and `java -jar OLD.jar run` for comparison
   (a ruff.jar built from an earlier commit); with --baseline-launcher OLD/ruff also that build's launcher.

Writes Markdown (RESULTS.md) with the machine, its load average before and after, and the targets.
"""

import argparse
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# the machine facts and the workload order are the JMH results writer's, one level up
sys.path.insert(0, os.path.dirname(HERE))
from write_results import WORKLOAD_ORDER, java_version, load_average, read_first  # noqa: E402

TARGET_FIRST_ENGINE_MS = 150.0
TARGET_FURTHER_ENGINE_MS = 2.0
TARGET_HELLO_MS = 250.0
TARGET_MARGIN_OVER_CPYTHON_MS = 150.0
# Compared by --flags as RUFF_JAVA_OPTS, after the launcher's own options (-XX:+UseSerialGC -Xms32m), which
# they override: "" is the launcher as shipped; naming a collector drops both of the launcher's options, so
# -XX:+UseG1GC is the JVM's default memory settings.
FLAG_CANDIDATES = ("", "-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseSerialGC -Xms64m", "-XX:+UseSerialGC -Xmn32m",
                   "-XX:+UseParallelGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1")


def expected_results(workloads):
    expected = {}
    with open(os.path.join(workloads, "expected.properties"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, value = line.split("=", 1)
                expected[name.strip()] = value.strip()
    return expected


def run_timed(argv, expect=None, env=None):
    """(wall ms, CPU ms of the child processes) of one run; exits when the output is wrong."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    wall = (time.perf_counter() - start) * 1000.0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000.0
    if done.returncode != 0 or (expect is not None and done.stdout.strip() != expect):
        raise SystemExit(f"{' '.join(argv)} failed (exit {done.returncode}): "
                         f"stdout {done.stdout[-500:]!r} stderr {done.stderr[-500:]!r}")
    return wall, cpu, done.stdout


def median(values):
    return statistics.median(values) if values else float("nan")


# ------------------------------------------------------------------ in-process probe

PROBE_KEYS = ("jvm_to_main_ms", "first_engine_eval_ms", "further_median_ms", "further_p90_ms",
              "bindings_median_ms", "bindings_p90_ms")


def probe(java, classpath, runs, mode=()):
    """Medians (and min, max) over `runs` fresh JVMs of StartupProbe's figures; mode: ("--jsr223",) or ()."""
    reports = []
    for i in range(runs):
        print(f"probe {' '.join(mode)} {i + 1}/{runs}", file=sys.stderr, flush=True)
        _, _, out = run_timed([java, "-cp", classpath, "dev.ruff.bench.StartupProbe", *mode])
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return {k: {"median": median([r[k] for r in reports]), "min": min(r[k] for r in reports),
                "max": max(r[k] for r in reports)} for k in PROBE_KEYS if k in reports[0]} | {"runs": runs}


def class_counts(argv):
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "classes.log")
        run_timed([argv[0], f"-Xlog:class+load=info:file={log}"] + argv[1:])
        with open(log, encoding="utf-8") as f:
            lines = [line for line in f if "source:" in line]
    def count(pred):
        return sum(1 for line in lines if pred(line))
    return {
        "total": len(lines),
        "from the CDS archives": count(lambda l: "shared objects file" in l),
        "Jackson": count(lambda l: " com.fasterxml.jackson." in l),
        "BouncyCastle": count(lambda l: " org.bouncycastle." in l),
        "picocli": count(lambda l: " picocli." in l),
        "dev.ruff": count(lambda l: " dev.ruff." in l),
        "lambda proxies": count(lambda l: "$$Lambda" in l),
    }


# ------------------------------------------------------------------ cold processes

def cold(commands, cases, rounds, env_for=None, unchecked=()):
    """commands: label -> (case -> argv or None); returns label -> case -> {wall: [...], cpu: [...]}.
    The output of every command is checked against the case's expected line, except labels in unchecked."""
    times = {label: {case: {"wall": [], "cpu": []} for case in cases} for label in commands}
    for r in range(rounds + 1):
        print(f"cold round {r}/{rounds}{' (untimed)' if r == 0 else ''}", file=sys.stderr, flush=True)
        for case, expect in cases.items():
            for label, argv_of in commands.items():
                argv = argv_of(case)
                if argv is None:
                    continue
                env = env_for(label) if env_for else None
                wall, cpu, _ = run_timed(argv, None if label in unchecked else expect, env)
                if r > 0:
                    times[label][case]["wall"].append(wall)
                    times[label][case]["cpu"].append(cpu)
    return times


def fmt(ms):
    return "—" if ms != ms else (f"{ms:.0f}" if ms >= 10 else f"{ms:.1f}")


def cell(samples):
    if not samples["wall"]:
        return "—"
    return f"{fmt(median(samples['wall']))} ({fmt(median(samples['cpu']))})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--java", default="java")
    parser.add_argument("--out", required=True)
    parser.add_argument("--quick", action="store_true", help="3 probe runs, 3 rounds, hello and fib only")
    parser.add_argument("--flags", action="store_true", help="also compare candidate launcher flags")
    parser.add_argument("--baseline-jar", help="a ruff.jar from an earlier commit, measured alongside")
    parser.add_argument("--baseline-launcher",
                        help="the launcher script beside that jar (with its own ruff.jsa), measured alongside")
    parser.add_argument("--baseline-label", default="an earlier build",
                        help="what the baseline jar is, for RESULTS.md (e.g. the commit it was built from)")
    args = parser.parse_args()

    repo = args.repo
    java = args.java
    python = sys.executable
    jar = os.path.join(repo, "ruff-cli", "target", "ruff.jar")
    launcher = os.path.join(repo, "ruff-cli", "target", "ruff")
    archive = os.path.join(repo, "ruff-cli", "target", "ruff.jsa")
    probe_classes = os.path.join(repo, "benchmarks", "target", "classes")
    jsr223_dir = os.path.join(repo, "ruff-jsr223", "target")
    jsr223_jars = sorted(os.path.join(jsr223_dir, f) for f in os.listdir(jsr223_dir)
                         if f.startswith("ruff-jsr223-") and f.endswith(".jar")
                         and not f.endswith(("-sources.jar", "-javadoc.jar", "-tests.jar"))) \
        if os.path.isdir(jsr223_dir) else []
    if not jsr223_jars:
        raise SystemExit(f"missing the ruff-jsr223 jar in {jsr223_dir}: build with mvn -q -B package -DskipTests")
    workloads = os.path.join(repo, "benchmarks", "workloads")
    hello = os.path.join(repo, "samples", "scripts", "hello.ruff")
    for needed in (jar, launcher, probe_classes):
        if not os.path.exists(needed):
            raise SystemExit(f"missing {needed}: build with mvn -q -B package -DskipTests")

    probe_runs = int(os.environ.get("PROBE_RUNS", 3 if args.quick else 9))
    rounds = int(os.environ.get("RUNS", 3 if args.quick else 7))
    expected = expected_results(workloads)
    names = [n for n in os.environ.get("WORKLOADS", "").split(",") if n] or (
        ["fib"] if args.quick else list(WORKLOAD_ORDER))
    cases = {"hello": "Hello, Ruff!"} | {n: expected[n] for n in names}

    def ruff_file(case):
        return hello if case == "hello" else os.path.join(workloads, case + ".ruff")

    def python_file(case):
        return os.path.join(HERE, "hello.py") if case == "hello" else os.path.join(workloads, case + ".py")

    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)

    # The probe runs on ruff.jar plus the probe class alone, so a baseline jar runs the same code.
    report = {"probe": probe(java, os.pathsep.join([jar, probe_classes]), probe_runs)}
    jsr223_classpath = os.pathsep.join([jar, jsr223_jars[0], probe_classes])
    report["jsr223_probe"] = probe(java, jsr223_classpath, probe_runs, ("--jsr223",))
    report["classes"] = class_counts([java, "-cp", os.pathsep.join([jar, probe_classes]),
                                      "dev.ruff.bench.StartupProbe", "--first-only"])
    report["jsr223_classes"] = class_counts([java, "-cp", jsr223_classpath,
                                             "dev.ruff.bench.StartupProbe", "--jsr223", "--first-only"])
    report["cli_classes"] = class_counts([java, "-jar", jar, "run", hello])
    cds_ok = os.path.exists(archive)
    if cds_ok:
        report["cli_classes_cds"] = class_counts(
            [java, f"-XX:SharedArchiveFile={archive}", "-jar", jar, "run", hello])
    if args.baseline_jar:
        report["baseline_probe"] = probe(java, os.pathsep.join([args.baseline_jar, probe_classes]), probe_runs)
        report["baseline_classes"] = class_counts([java, "-cp", os.pathsep.join([args.baseline_jar, probe_classes]),
                                                   "dev.ruff.bench.StartupProbe", "--first-only"])

    commands = {
        "ruff (launcher)": lambda c: [launcher, "run", ruff_file(c)],
        "java -jar ruff.jar": lambda c: [java, "-jar", jar, "run", ruff_file(c)],
        "CPython": lambda c: [python, python_file(c)],
    }
    if args.baseline_jar:
        commands["before (java -jar)"] = lambda c: [java, "-jar", args.baseline_jar, "run", ruff_file(c)]
    if args.baseline_launcher:
        commands["before (launcher)"] = lambda c: [args.baseline_launcher, "run", ruff_file(c)]
    floors = {"python3 -c pass": [python, "-c", "pass"], "java -version": [java, "-version"]}
    times = cold(commands | {label: (lambda c, argv=argv: argv if c == "hello" else None)
                             for label, argv in floors.items()}, cases, rounds, unchecked=floors.keys())

    flag_times = None
    if args.flags:
        flag_cases = cases
        flag_commands = {flags or "(none)": (lambda c: [launcher, "run", ruff_file(c)]) for flags in FLAG_CANDIDATES}
        env = {flags or "(none)": dict(os.environ, RUFF_JAVA_OPTS=flags) for flags in FLAG_CANDIDATES}
        flag_times = cold(flag_commands, flag_cases, rounds, env_for=lambda label: env[label])

    load_after = load_average()
    write(args, report, times, flag_times, cases, probe_runs, rounds, started, load_before, load_after, java, cds_ok)
    print(f"wrote {args.out}", file=sys.stderr)


def write(args, report, times, flag_times, cases, probe_runs, rounds, started, load_before, load_after, java,
          cds_ok):
    p = report["probe"]
    lines = [
        "# Start-up results",
        "",
        "Written by `benchmarks/startup/run` (see [README.md](README.md)); do not edit by hand.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC",
        f"- Machine: {os.cpu_count()} CPUs, {read_first('/proc/cpuinfo', 'model name')}, "
        f"{platform.system()} {platform.release()}",
        f"- Load average (1, 5, 15 min) before: {load_before}; after: {load_after}. The machine is shared: "
        "a load above the CPU count means other work competed for the cores and wall times are inflated.",
        f"- Java: {java_version(java)}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Class-data-sharing archive: {'ruff-cli/target/ruff.jsa' if cds_ok else 'missing (built with -Druff.cds.skip?)'}",
        *([f"- \"before\": `ruff.jar` built from {args.baseline_label}, measured in the same session."]
          if args.baseline_jar else []),
        *(["- \"before (launcher)\": the launcher script of that build with a class-data-sharing archive written "
           "by the same training run."] if args.baseline_launcher else []),
        "",
        "## In-process: a host's first engine",
        "",
        f"`dev.ruff.bench.StartupProbe` in a fresh JVM ({probe_runs} runs of each kind; median over the runs, "
        "min–max in brackets), timed from the start of `main`. `RuffEngine`: `RuffEngine.builder().build()`, "
        "`eval(\"1 + 1\")`, `close()`, then the same 200 more times in that JVM (their median and 90th "
        "percentile). JSR-223: `new ScriptEngineManager().getEngineByName(\"ruff\")` + `eval(\"1 + 1\")` + "
        "`close()`, then 200 more engines from that manager, then 200 evaluations "
        "`eval(\"1 + 1\", engine.createBindings())` on one engine (fresh globals each time).",
        "",
        "| measure | " + ("before | " if "baseline_probe" in report else "") + "now | target |",
        "|---|" + ("---|" if "baseline_probe" in report else "") + "---|---|",
    ]

    def probe_cell(stats, key):
        s = stats[key]
        return f"{fmt(s['median'])} ms ({fmt(s['min'])}–{fmt(s['max'])})"

    def verdict(stats, key, target):
        return "—" if target is None else (
            f"≤ {fmt(target)} ms: {'met' if stats[key]['median'] <= target else 'missed'}")

    rows = [("JVM start to `main`", "probe", "jvm_to_main_ms", None),
            ("first `RuffEngine` + eval", "probe", "first_engine_eval_ms", TARGET_FIRST_ENGINE_MS),
            ("each further `RuffEngine` + eval, median", "probe", "further_median_ms", TARGET_FURTHER_ENGINE_MS),
            ("each further `RuffEngine` + eval, 90th percentile", "probe", "further_p90_ms", None),
            ("JSR-223: first `getEngineByName(\"ruff\")` + eval", "jsr223_probe", "first_engine_eval_ms",
             TARGET_FIRST_ENGINE_MS),
            ("JSR-223: each further engine + eval, median", "jsr223_probe", "further_median_ms",
             TARGET_FURTHER_ENGINE_MS),
            ("JSR-223: each further engine + eval, 90th percentile", "jsr223_probe", "further_p90_ms", None),
            ("JSR-223: each eval in fresh `createBindings()`, median", "jsr223_probe", "bindings_median_ms",
             TARGET_FURTHER_ENGINE_MS),
            ("JSR-223: each eval in fresh `createBindings()`, 90th percentile", "jsr223_probe", "bindings_p90_ms",
             None)]
    for title, which, key, target in rows:
        baseline = report.get("baseline_probe") if which == "probe" else None
        before = ((f"{probe_cell(baseline, key)} | " if baseline else "— | ")
                  if "baseline_probe" in report else "")
        lines.append(f"| {title} | {before}{probe_cell(report[which], key)} | {verdict(report[which], key, target)} |")

    lines += ["", "Classes the JVM loaded by the end of the first engine + eval (whole JVM, boot included):", ""]
    class_sets = [("first engine + eval (now)", report["classes"]),
                  ("JSR-223: first `getEngineByName` + eval (now)", report["jsr223_classes"])]
    if "baseline_classes" in report:
        class_sets.insert(0, ("first engine + eval (before)", report["baseline_classes"]))
    class_sets.append(("`java -jar ruff.jar run hello.ruff`", report["cli_classes"]))
    if "cli_classes_cds" in report:
        class_sets.append(("the same with `-XX:SharedArchiveFile=ruff.jsa`", report["cli_classes_cds"]))
    keys = list(report["classes"].keys())
    lines.append("| run | " + " | ".join(keys) + " |")
    lines.append("|---|" + "---|" * len(keys))
    for title, counts in class_sets:
        lines.append(f"| {title} | " + " | ".join(str(counts[k]) for k in keys) + " |")

    labels = list(times.keys())
    main_labels = [l for l in labels if l not in ("python3 -c pass", "java -version")]
    lines += [
        "",
        "## Cold: whole processes",
        "",
        f"Median of {rounds} rounds after one untimed round, commands interleaved round by round; "
        "wall ms, with the processes' CPU ms (user + sys) in brackets. `ruff (launcher)` is "
        "`ruff-cli/target/ruff run FILE` (the jar with the class-data-sharing archive); CPython runs the "
        "workload's `.py` twin (`benchmarks/startup/hello.py` for hello). Target: hello ≤ "
        f"{fmt(TARGET_HELLO_MS)} ms; every workload within CPython's cold time + {fmt(TARGET_MARGIN_OVER_CPYTHON_MS)} ms "
        "(judged on the launcher's wall median).",
        "",
        "| script | " + " | ".join(main_labels) + " | target | met |",
        "|---|" + "---|" * len(main_labels) + "---|---|",
    ]
    for case in cases:
        launcher_ms = median(times["ruff (launcher)"][case]["wall"])
        if case == "hello":
            target = TARGET_HELLO_MS
        else:
            target = median(times["CPython"][case]["wall"]) + TARGET_MARGIN_OVER_CPYTHON_MS
        lines.append(f"| {case} | " + " | ".join(cell(times[l][case]) for l in main_labels)
                     + f" | ≤ {fmt(target)} | {'yes' if launcher_ms <= target else 'no'} |")
    lines += ["", "Floors, same rounds: " + "; ".join(
        f"`{label}` {cell(times[label]['hello'])}" for label in ("python3 -c pass", "java -version")) + "."]

    # ---- the targets, one line each (benchmarks/write_results.py copies this section)
    def status(ok):
        return "**met**" if ok else "**missed**"

    jp = report["jsr223_probe"]
    targets = [
        (f"first `RuffEngine` + `eval(\"1 + 1\")` ≤ {fmt(TARGET_FIRST_ENGINE_MS)} ms in-process (issue 9)",
         f"{fmt(p['first_engine_eval_ms']['median'])} ms", p["first_engine_eval_ms"]["median"] <= TARGET_FIRST_ENGINE_MS),
        (f"each further `RuffEngine` + eval ≤ {fmt(TARGET_FURTHER_ENGINE_MS)} ms (issue 9)",
         f"{fmt(p['further_median_ms']['median'])} ms", p["further_median_ms"]["median"] <= TARGET_FURTHER_ENGINE_MS),
        (f"JSR-223: first `getEngineByName(\"ruff\")` + eval ≤ {fmt(TARGET_FIRST_ENGINE_MS)} ms",
         f"{fmt(jp['first_engine_eval_ms']['median'])} ms",
         jp["first_engine_eval_ms"]["median"] <= TARGET_FIRST_ENGINE_MS),
        (f"JSR-223: each further engine + eval ≤ {fmt(TARGET_FURTHER_ENGINE_MS)} ms",
         f"{fmt(jp['further_median_ms']['median'])} ms (eval in fresh bindings {fmt(jp['bindings_median_ms']['median'])} ms)",
         jp["further_median_ms"]["median"] <= TARGET_FURTHER_ENGINE_MS),
    ]
    hello_ms = median(times["ruff (launcher)"]["hello"]["wall"])
    targets.append((f"`ruff run hello.ruff` whole process ≤ {fmt(TARGET_HELLO_MS)} ms (issue 13)",
                    f"{fmt(hello_ms)} ms", hello_ms <= TARGET_HELLO_MS))
    workload_cases = [c for c in cases if c != "hello"]
    over = []
    for case in workload_cases:
        ruff_ms = median(times["ruff (launcher)"][case]["wall"])
        python_ms = median(times["CPython"][case]["wall"])
        if ruff_ms > python_ms + TARGET_MARGIN_OVER_CPYTHON_MS:
            over.append(f"{case} {fmt(ruff_ms)} vs {fmt(python_ms)} + {fmt(TARGET_MARGIN_OVER_CPYTHON_MS)}")
    if workload_cases:
        targets.append((f"every workload cold within CPython's cold time + {fmt(TARGET_MARGIN_OVER_CPYTHON_MS)} ms "
                        "(issue 13)",
                        f"{len(workload_cases) - len(over)} of {len(workload_cases)} within"
                        + (f"; over: {'; '.join(over)} ms" if over else ""), not over))
    lines += ["", "## Start-up targets", "",
              f"{sum(1 for *_, ok in targets if ok)} of {len(targets)} met (medians of this run; the load average "
              "above says how quiet it was).", "",
              "| target | measured | status |", "|---|---|---|"]
    lines += [f"| {t} | {m} | {status(ok)} |" for t, m, ok in targets]
    if over:
        lines += ["", "Where a workload's cold run spends its time beyond `hello`'s (profiles of cold runs, the JVM's JIT",
                  "threads, the compile tier's first translation): `benchmarks/startup/README.md`, \"What a cold run spends\"."]

    if flag_times:
        flabels = list(flag_times.keys())
        fcases = list(next(iter(flag_times.values())).keys())
        lines += [
            "",
            "## Launcher flags considered",
            "",
            f"The launcher with extra options in `RUFF_JAVA_OPTS`, {rounds} interleaved rounds; wall ms (CPU ms).",
            "",
            "| extra JVM options | " + " | ".join(fcases) + " |",
            "|---|" + "---|" * len(fcases),
        ]
        for label in flabels:
            lines.append(f"| `{label}` | " + " | ".join(cell(flag_times[label][c]) for c in fcases) + " |")
    lines.append("")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
