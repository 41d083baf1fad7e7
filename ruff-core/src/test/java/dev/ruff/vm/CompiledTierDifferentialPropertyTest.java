package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random well-formed programs ({@link ProgramGenerator}) must behave the same on the interpreter and on the VM
 * whose functions are compiled to JVM bytecode: the same output, the same error message at the same position
 * with the same Ruff stack. A generated program's statements mostly sit at top level, which is never compiled,
 * so the programs also run wrapped in a function (whose body then compiles, loops and try blocks included),
 * and with small thresholds so that frames move into compiled code in the middle of a loop.
 */
class CompiledTierDifferentialPropertyTest {
    private static final DifferentialEngine INTERPRETER =
            new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER));
    private static final DifferentialEngine COMPILED = new DifferentialEngine(RuffEngine.builder().compileThreshold(0));
    private static final int[] THRESHOLDS = {2, 3, 5};
    private static final DifferentialEngine[] LOW_THRESHOLD = {
        new DifferentialEngine(RuffEngine.builder().compileThreshold(THRESHOLDS[0])),
        new DifferentialEngine(RuffEngine.builder().compileThreshold(THRESHOLDS[1])),
        new DifferentialEngine(RuffEngine.builder().compileThreshold(THRESHOLDS[2])),
    };

    /**
     * The generated program with its statements moved into {@code func body()} (the prelude stays at top level),
     * called {@code calls} times; each call prints its own values, so a later call runs with the function hot.
     */
    static String wrapped(String program, int calls) {
        int start = program.indexOf("mut a := ");
        StringBuilder sb = new StringBuilder(program.substring(0, start)).append("func body() {\n");
        for (String line : program.substring(start).split("\n")) {
            sb.append("    ").append(line).append('\n');
        }
        sb.append("}\n");
        for (int i = 0; i < calls; i++) {
            sb.append("body()\n");
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void compiledFunctionsAgreeWithTheInterpreter(@ForAll long seed) {
        String program = ProgramGenerator.program(seed);
        assertEquals(INTERPRETER.run(program), COMPILED.run(program), () -> "program:\n" + program);
    }

    @Property(tries = 300)
    void programsRunningInsideACompiledFunctionAgreeWithTheInterpreter(@ForAll long seed) {
        String program = wrapped(ProgramGenerator.program(seed), 1);
        assertEquals(INTERPRETER.run(program), COMPILED.run(program), () -> "program:\n" + program);
    }

    @Property(tries = 300)
    void framesMovingIntoCompiledCodeMidLoopAgreeWithTheInterpreter(@ForAll long seed,
                                                                    @ForAll @IntRange(min = 0, max = 2) int which) {
        String program = wrapped(ProgramGenerator.program(seed), 3);
        assertEquals(INTERPRETER.run(program), LOW_THRESHOLD[which].run(program),
                () -> "threshold " + THRESHOLDS[which] + ", program:\n" + program);
    }

    /**
     * The properties compare behaviour only, and a function whose translation fails still runs (on the dispatch
     * loop), so this checks on fixed seeds that the wrapped bodies really compile: most are compilable (those
     * with an await are not) and every compilable one translates.
     */
    @Example
    void wrappedProgramBodiesAreMostlyCompilableAndAllOfThoseTranslate() {
        int compilable = 0;
        List<String> failed = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            FunctionProto main = JitCompilerTest.compile(wrapped(ProgramGenerator.program(seed), 1), "gen.ruff");
            FunctionProto body = JitCompilerTest.function(main, "body");
            if (JitCompiler.rejection(body) == null) {
                compilable++;
                try {
                    JitCompiler.translate(body);
                } catch (RuntimeException | LinkageError e) {
                    failed.add("seed " + seed + ": " + e + " / " + e.getCause());
                }
            }
        }
        assertTrue(compilable >= 120, compilable + " of 300 wrapped bodies compilable");
        assertTrue(failed.isEmpty(), () -> failed.size() + " translations failed:\n" + String.join("\n", failed));
    }

    @AfterContainer
    static void closeEngines() {
        INTERPRETER.close();
        COMPILED.close();
        for (DifferentialEngine e : LOW_THRESHOLD) {
            e.close();
        }
    }
}
