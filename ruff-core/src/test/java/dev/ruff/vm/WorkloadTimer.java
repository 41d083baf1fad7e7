package dev.ruff.vm;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A manual timing harness (not a test): runs workload scripts on one backend after warm-up and prints
 * the median and best of the later runs. A workload {@code NAME.ruff} defines {@code run()} when given
 * the script argument {@code define-only}; a name ending in {@code _top} is timed as a whole module run
 * (its variables are globals).
 *
 * <p>Usage: {@code WorkloadTimer vm|interpreter DIR RUNS NAME...}, or {@code WorkloadTimer dis FILE}; put ruff-stdlib's classes on the
 * class path for workloads that use its natives.</p>
 */
public final class WorkloadTimer {
    private WorkloadTimer() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv[0].equals("dis")) {
            System.out.println(Runs.disassemble(Files.readString(Path.of(argv[1]))));
            return;
        }
        BackendType backend = argv[0].equals("vm") ? BackendType.VM : BackendType.INTERPRETER;
        Path dir = Path.of(argv[1]);
        int runs = Integer.parseInt(argv[2]);
        for (String name : Arrays.copyOfRange(argv, 3, argv.length)) {
            boolean topLevel = name.endsWith("_top");
            try (RuffEngine engine = RuffEngine.builder().backend(backend).grantAll()
                    .scriptArgs(topLevel ? List.of() : List.of("define-only")).build()) {
                RuffScript script = engine.compile(Files.readString(dir.resolve(name + ".ruff")), name + ".ruff");
                RuffContext context = engine.newContext();
                if (!topLevel) {
                    script.run(context);
                }
                List<Long> times = new ArrayList<>();
                Object result = null;
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    result = topLevel ? script.run(engine.newContext()) : context.call("run");
                    times.add(System.nanoTime() - start);
                }
                List<Long> later = new ArrayList<>(times.subList(runs / 2, runs));
                later.sort(null);
                System.out.printf("%-16s median %9.1f ms  best %9.1f ms  (%s)%n", name,
                        later.get(later.size() / 2) / 1e6, later.get(0) / 1e6, result);
            }
        }
    }
}
