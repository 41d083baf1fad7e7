#!/usr/bin/env python3
"""CPython side of benchmarks/forms: each NAME.py compiled once, then exec'd again and again in fresh
globals (print silenced); median and best of the timed runs after untimed warm-up runs, in ms. Prints
`name CPython medianMs minMs output` per script, like FormsTimer does for Ruff."""
import contextlib
import io
import sys
import time


def main():
    warmup, runs = int(sys.argv[1]), int(sys.argv[2])
    for path in sys.argv[3:]:
        name = path.rsplit("/", 1)[-1][:-3]
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        first = io.StringIO()
        with contextlib.redirect_stdout(first):
            exec(code, {"__name__": "__main__"})
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink):
            for _ in range(warmup):
                exec(code, {"__name__": "__main__"})
            times = []
            for _ in range(runs):
                g = {"__name__": "__main__"}
                start = time.perf_counter()
                exec(code, g)
                times.append((time.perf_counter() - start) * 1000.0)
        times.sort()
        output = first.getvalue().strip().replace(" ", "_")
        print(f"{name} CPython {times[len(times) // 2]:.3f} {times[0]:.3f} {output}")


if __name__ == "__main__":
    main()
