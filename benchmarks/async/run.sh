#!/bin/sh
# Runs the async timer benchmark (Ruff on the JVM: interpreter timers, then VM async functions) and the CPython asyncio.gather
# baseline in one session. Run from the repository root after `mvn -q -pl ruff-core,ruff-stdlib -am compile`.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cp_file=$(mktemp)
mvn -q -B -f "$root/pom.xml" -pl ruff-stdlib dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
cp="$root/ruff-core/target/classes:$root/ruff-stdlib/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
java -version 2>&1 | head -1
java -cp "$cp" "$root/benchmarks/async/SleepBenchmark.java"
python3 "$root/benchmarks/async/gather.py"
