package dev.ruff.vm;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;

/**
 * A manual long run of the differential test (not a test): {@code DifferentialSoak FIRST_SEED COUNT} runs the
 * programs of seeds {@code FIRST_SEED .. FIRST_SEED+COUNT-1} ({@link ProgramGenerator}) on the interpreter, on
 * the VM with the compile tier off, and on the VM with every function compiled at its first call, each also
 * wrapped in a function that is called twice, and prints every divergence and a summary. Results of runs by
 * hand are recorded in {@code DIFFERENTIAL.md} beside this file.
 */
public final class DifferentialSoak {
    private DifferentialSoak() {
    }

    public static void main(String[] args) {
        long first = Long.parseLong(args[0]);
        long count = Long.parseLong(args[1]);
        int divergences = 0;
        long start = System.nanoTime();
        try (DifferentialEngine interpreter = new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER));
             DifferentialEngine vm = new DifferentialEngine(RuffEngine.builder().compileThreshold(-1));
             DifferentialEngine compiled = new DifferentialEngine(RuffEngine.builder().compileThreshold(0))) {
            for (long seed = first; seed < first + count; seed++) {
                String program = ProgramGenerator.program(seed);
                for (String source : new String[] {program, CompiledTierDifferentialPropertyTest.wrapped(program, 2)}) {
                    String expected = interpreter.run(source);
                    String onVm = vm.run(source);
                    String onCompiled = compiled.run(source);
                    if (!expected.equals(onVm) || !expected.equals(onCompiled)) {
                        divergences++;
                        System.out.println("DIVERGENCE seed " + seed + "\n--- program\n" + source
                                + "--- interpreter\n" + expected + "\n--- vm\n" + onVm + "\n--- compiled\n" + onCompiled);
                    }
                }
                if ((seed - first + 1) % 1000 == 0) {
                    System.out.printf("%d programs, %d divergences, %.0f s%n", seed - first + 1, divergences,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.out.printf("DONE seeds %d..%d: %d programs (each also wrapped in a function), 3 tiers, %d divergences,"
                + " %.0f s%n", first, first + count - 1, count, divergences, (System.nanoTime() - start) / 1e9);
        System.exit(divergences == 0 ? 0 : 1);
    }
}
