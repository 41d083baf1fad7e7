"""CPython asyncio.gather baseline for benchmarks/async/RESULTS.md (run by run.sh beside SleepBenchmark)."""
import asyncio
import statistics
import sys
import threading
import time

WARMUP = 3
RUNS = 7


async def sequential():
    for _ in range(3):
        await asyncio.sleep(0.1)


async def gathered(n):
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(n)))


def measure(label, make):
    for _ in range(WARMUP):
        asyncio.run(make())
    times = []
    peak_threads = 0
    for _ in range(RUNS):
        t0 = time.perf_counter()
        asyncio.run(make())
        times.append((time.perf_counter() - t0) * 1000)
        peak_threads = max(peak_threads, threading.active_count())
    print(f"cpython   {label:<42} median {statistics.median(times):8.1f} ms  min {min(times):8.1f} ms  "
          f"max {max(times):8.1f} ms  threads {peak_threads}")


if __name__ == "__main__":
    print(f"# {sys.version.split()[0]}")
    measure("3 x asyncio.sleep(0.1) in gather", lambda: gathered(3))
    measure("3 x asyncio.sleep(0.1) awaited one by one", sequential)
    for n in (10_000, 100_000):
        measure(f"{n:,} concurrent asyncio.sleep(0.1)", lambda n=n: gathered(n))
