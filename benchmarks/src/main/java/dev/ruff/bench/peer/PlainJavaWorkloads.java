package dev.ruff.bench.peer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * The workloads written as plain Java: the baseline of every ratio in RESULTS.md. Each method is the
 * algorithm of {@code workloads/NAME.ruff} with Java's usual tools: {@code long} arithmetic, classes
 * with mutable fields, {@code double} for floats, a {@code HashMap<Long, Long>} for the dict, an {@code ArrayList<Long>} for the
 * pushed array, {@code LongStream} for map/filter/reduce, and a {@code StringBuilder} for the
 * concatenation: Java's way of appending to a string (a {@code String +} in a loop copies the whole
 * string each time and is quadratic, which no Java programmer would write or want as a baseline).
 *
 * <p>Sizes are instance fields, not constants, so that HotSpot cannot fold a whole workload into its
 * result at compile time.</p>
 */
public final class PlainJavaWorkloads {
    private int fibN = 30;
    private long loopSumLimit = 10_000_000;
    private int nestedSide = 1000;
    private int millionIterations = 1_000_000;
    private int dictSize = 200_000;
    private int sortSize = 200_000;
    private int concatCount = 100_000;
    private int mandelbrotSize = 250;

    static PeerRun define(String workload) {
        PlainJavaWorkloads w = new PlainJavaWorkloads();
        LongSupplier body = switch (workload) {
            case "fib" -> w::fibRun;
            case "loop_sum" -> w::loopSum;
            case "nested_loops" -> w::nestedLoops;
            case "struct_fields" -> w::structFields;
            case "method_calls" -> w::methodCalls;
            case "closures" -> w::closures;
            case "dict_ops" -> w::dictOps;
            case "sort_ints" -> w::sortInts;
            case "string_concat" -> w::stringConcat;
            case "mandelbrot" -> w::mandelbrot;
            default -> throw new IllegalArgumentException("no plain Java twin of workload " + workload);
        };
        return new PeerRun() {
            @Override
            public Object callRun() {
                return body.getAsLong();
            }

            @Override
            public String resultText(Object result) {
                return String.valueOf(result);
            }
        };
    }

    static long fib(int n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }

    long fibRun() {
        return fib(fibN);
    }

    long loopSum() {
        long i = 0;
        long total = 0;
        while (i < loopSumLimit) {
            total = total + i;
            i = i + 1;
        }
        return total;
    }

    long nestedLoops() {
        long total = 0;
        for (long i = 0; i < nestedSide; i++) {
            for (long j = 0; j < nestedSide; j++) {
                total = total + (i * j) % 7;
            }
        }
        return total;
    }

    private static final class Point {
        long x;
        long y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
        }
    }

    long structFields() {
        Point p = new Point(0, 0);
        for (long i = 0; i < millionIterations; i++) {
            p.x = p.x + i;
            p.y = p.y + p.x % 7;
        }
        return p.x + p.y;
    }

    private static final class Account {
        private final long base;

        Account(long base) {
            this.base = base;
        }

        long add(long k) {
            return base + k;
        }
    }

    long methodCalls() {
        Account acct = new Account(1);
        long total = 0;
        for (long i = 0; i < millionIterations; i++) {
            total = total + acct.add(i);
        }
        return total;
    }

    private static LongSupplier makeCounter(long step) {
        long[] count = {0};
        return () -> {
            count[0] = count[0] + step;
            return count[0];
        };
    }

    long closures() {
        int n = millionIterations;
        long factor = 2;
        long[] doubled = LongStream.range(0, n).map(x -> x * factor).toArray();
        long[] thirds = Arrays.stream(doubled).filter(x -> x % 3 == 0).toArray();
        long total = Arrays.stream(thirds).reduce(0, (acc, x) -> acc + x);
        LongSupplier counter = makeCounter(3);
        long last = 0;
        for (int i = 0; i < n; i++) {
            last = counter.getAsLong();
        }
        return total + last;
    }

    long dictOps() {
        Map<Long, Long> d = new HashMap<>();
        for (long i = 0; i < dictSize; i++) {
            d.put(i, i * 2);
        }
        long total = 0;
        for (long i = 0; i < dictSize; i++) {
            total = total + d.get(i);
        }
        return total + d.size();
    }

    long sortInts() {
        List<Long> xs = new ArrayList<>();
        long x = 42;
        for (int i = 0; i < sortSize; i++) {
            x = (x * 1103515245L + 12345) % 2147483648L;
            xs.add(x);
        }
        List<Long> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(0) + sorted.get(100_000) + sorted.get(199_999);
    }

    long stringConcat() {
        String[] pieces = {"a", "bc", "def", "g"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < concatCount; i++) {
            s.append(pieces[i % 4]);
        }
        return s.toString().length();
    }

    long mandelbrot() {
        int size = mandelbrotSize;
        double step = 2.0 / size;
        long inside = 0;
        for (long y = 0; y < size; y++) {
            double ci = y * step - 1.0;
            for (long x = 0; x < size; x++) {
                double cr = x * step - 1.5;
                double zr = 0.0;
                double zi = 0.0;
                long i = 0;
                while (i < 50 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2.0 * zr * zi + ci;
                    zr = t;
                    i = i + 1;
                }
                if (i == 50) {
                    inside = inside + 1;
                }
            }
        }
        return inside;
    }
}
