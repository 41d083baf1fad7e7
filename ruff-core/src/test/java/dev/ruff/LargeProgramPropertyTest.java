package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.RuffSyntaxError;
import java.io.StringWriter;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Large but ordinary programs: long flat chains ({@code 1 + 1 + …}, {@code a.b.c…}, {@code f()()…},
 * {@code ??}, {@code |>}, else-if ladders) and deep nests, up to 100,000 terms. Compiling and running them
 * on either backend gives a result or a Ruff diagnostic / runtime error, never a Java error such as
 * {@link StackOverflowError}.
 */
class LargeProgramPropertyTest {
    private static RuffEngine vm;
    private static RuffEngine interpreter;

    @BeforeContainer
    static void engines() {
        vm = RuffEngine.builder().backend(BackendType.VM).out(new StringWriter()).err(new StringWriter()).build();
        interpreter = RuffEngine.builder().backend(BackendType.INTERPRETER).out(new StringWriter())
                .err(new StringWriter()).build();
    }

    @AfterContainer
    static void close() {
        vm.close();
        interpreter.close();
    }

    /** Program shapes by size n. */
    private static final IntFunction<?>[] SHAPES = {
        n -> "x := " + "1 + ".repeat(n - 1) + "1\nprint(x)",
        n -> "x := " + "1 ?? ".repeat(n - 1) + "1\nprint(x)",
        n -> "func id(v) { return v }\nprint(1" + " |> id".repeat(n) + ")",
        n -> "func f() { return f }\nf" + "()".repeat(n),
        n -> "a := {}\ntry { y := a" + ".b".repeat(n) + " } except e { print(e.message) }",
        n -> "x := [0]\ntry { print(x" + "[0]".repeat(n) + ") } except e { print(e.message) }",
        n -> "print(" + "-".repeat(n) + "1)",
        n -> "print(" + "not ".repeat(n) + "true)",
        n -> "x := " + "(".repeat(n) + "1" + ")".repeat(n),
        n -> "x := " + "[".repeat(n) + "]".repeat(n),
        n -> "x := " + "{\"k\": ".repeat(n) + "1" + "}".repeat(n),
        n -> "func g(a) { return " + "a * ".repeat(n - 1) + "a }\nprint(g(1))",
        n -> {
            StringBuilder sb = new StringBuilder("x := " + (n - 1) + "\nif x == 0 { print(0) }");
            for (int i = 1; i < n; i++) {
                sb.append(" else if x == ").append(i).append(" { print(").append(i).append(") }");
            }
            return sb.toString();
        },
        n -> "if true { ".repeat(n) + "print(1)" + " }".repeat(n),
        n -> "func f() {\n" + "  x := 1\n".repeat(n) + "}\nf()",
    };

    @Provide
    Arbitrary<Integer> size() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 5_000),
                Arbitraries.integers().between(5_000, 100_000),
                Arbitraries.of(2_500, 5_000, 20_000, 100_000));
    }

    @Provide
    Arbitrary<Integer> shape() {
        return Arbitraries.integers().between(0, SHAPES.length - 1);
    }

    @Property(tries = 20)
    void largeProgramsGiveResultsOrDiagnosticsOnly(@ForAll("shape") int shape, @ForAll("size") int size) {
        String source = (String) SHAPES[shape].apply(size);
        for (RuffEngine engine : new RuffEngine[] {vm, interpreter}) {
            try {
                engine.compile(source, "large.ruff").run();
            } catch (RuffSyntaxError e) {
                assertTrue(e.render().contains("large.ruff:"), e.render());
            } catch (RuffRuntimeError e) {
                assertTrue(e.getMessage() != null && !e.getMessage().contains("java."), e.getMessage());
            }
            // anything else (StackOverflowError, OutOfMemoryError, IllegalStateException) fails the property
        }
    }
}
