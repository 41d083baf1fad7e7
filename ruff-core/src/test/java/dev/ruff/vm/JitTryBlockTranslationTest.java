package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.vm.jit.JitCompiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Try blocks of every shape translate: each run of instructions sharing a handler becomes an exception-table
 * entry, including runs made only of instructions that emit no JVM code ({@code TRY_END} reached by a jump,
 * an empty try body).
 *
 * <p>Bug (reported, not fixed here): such a run gives an exception-table entry whose start equals its end, the
 * JVM refuses the class ({@code ClassFormatError: Illegal exception table range}), {@link JitCompiler#translate}
 * throws, and at run time the function silently stays on the dispatch loop while {@link JitCompiler#failures()}
 * counts a failed translation. Shapes that hit it: {@code try { }}, {@code try { break }},
 * {@code try { continue }}, and a try body ending in {@code if c { break }} or {@code if c { continue }}
 * (a common retry-loop shape). Minimal reproduction:
 * {@code func f(n) { for i in n { try { if i == 1 { break } } except e { print(1) } }  return 1 }}.</p>
 */
class JitTryBlockTranslationTest {

    static Stream<String> shapes() {
        return Stream.of(
                "try { } except e { print(\"never\") }",
                "for i in n { try { continue } except e { print(\"never\") } }",
                "for i in n { try { break } except e { print(\"never\") } }",
                "for i in n { try { if i == 1 { break } } except e { print(\"never\") } }",
                "for i in n { try { if i == 1 { continue } } except e { print(\"never\") } }",
                "for i in n { try { if i == 1 { continue } \n t := t + 1 } except e { print(\"never\") } }",
                "for i in n { try { t := t + 10 / (i - 2) \n break } except e { t := t + 100 } }",
                "try { if n == 1 { return [t, compiled_frames()] } } except e { print(\"never\") }",
                "try { try { t := n } except e { print(\"never\") } } except e2 { print(\"never\") }");
    }

    private static String function(String shape) {
        return "func f(n) {\n    mut t := 0\n    " + shape + "\n    return [t, compiled_frames()]\n}\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void tryBlocksOfEveryShapeTranslate(String shape) {
        FunctionProto f = JitCompilerTest.function(JitCompilerTest.compile(function(shape), "try.ruff"), "f");
        assertNull(JitCompiler.rejection(f));
        assertNotNull(JitCompiler.translate(f), shape);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void functionsWithTryBlocksOfEveryShapeRunCompiled(String shape) {
        String source = function(shape) + "print(f(3))\nprint(f(1))\n";
        String interpreted = Runs.run(RuffEngine.builder().backend(BackendType.INTERPRETER).module(new JitProbe()),
                source).describe();
        long failures = JitCompiler.failures();
        String compiled = Runs.run(RuffEngine.builder().compileThreshold(0).module(new JitProbe()), source).describe();
        assertEquals(failures, JitCompiler.failures(), "the translation failed: " + shape);
        // the interpreter has no compiled frames; the compile tier must run f compiled (one frame)
        assertEquals(interpreted.replace(", 0]", ", 1]"), compiled, shape);
    }
}
