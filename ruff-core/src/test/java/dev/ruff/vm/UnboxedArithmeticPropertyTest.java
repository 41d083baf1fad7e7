package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random int arithmetic in loops (values near the int limits, every operator, an item that is not an int at
 * a random iteration) agrees on the interpreter, the dispatch loop, the compile tier at the first call and
 * the compile tier entered mid-loop: unboxed arithmetic, its overflow errors and deoptimisation included.
 */
class UnboxedArithmeticPropertyTest {
    private static final DifferentialEngine INTERPRETER =
            new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER));
    private static final DifferentialEngine DISPATCH = new DifferentialEngine(RuffEngine.builder().compileThreshold(-1));
    private static final DifferentialEngine FIRST_CALL = new DifferentialEngine(RuffEngine.builder().compileThreshold(0));
    private static final DifferentialEngine MID_LOOP = new DifferentialEngine(RuffEngine.builder().compileThreshold(7));

    private static final String[] STARTS = {"0", "1", "-1", "7", "-13", "3037000499", "-3037000499",
                                            "9223372036854775800", "-9223372036854775800", "4611686018427387904"};
    private static final String[] OPS = {"+", "-", "*", "/", "%"};
    private static final String[] ODD_ITEMS = {"0.5", "\"s\"", "null", "true", "[1]"};

    /** A function with two or three int locals updated by random expressions over a loop's items. */
    static String program(long seed) {
        Random r = new Random(seed);
        int n = 5 + r.nextInt(60);
        StringBuilder sb = new StringBuilder("func f(items) {\n");
        sb.append("    mut a := ").append(STARTS[r.nextInt(STARTS.length)]).append('\n');
        sb.append("    mut b := ").append(STARTS[r.nextInt(STARTS.length)]).append('\n');
        sb.append("    mut c := 0\n");
        sb.append("    for x in items {\n");
        int statements = 1 + r.nextInt(4);
        for (int i = 0; i < statements; i++) {
            String target = String.valueOf("abc".charAt(r.nextInt(3)));
            sb.append("        ").append(target).append(" := ").append(expression(r, 2)).append('\n');
        }
        if (r.nextBoolean()) {
            sb.append("        if c > 1000 { c := c % 1000 }\n");
        }
        sb.append("    }\n    return [a, b, c]\n}\n");
        String items = r.nextBoolean() ? "range(" + n + ")" : "[" + itemList(r, n) + "]";
        sb.append("print(f(").append(items).append("))\n");
        sb.append("print(f(range(").append(n).append(")))\n");
        return sb.toString();
    }

    private static String itemList(Random r, int n) {
        int odd = r.nextInt(n + 5); // past the end: all ints
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i == odd ? ODD_ITEMS[r.nextInt(ODD_ITEMS.length)] : String.valueOf(r.nextInt(200) - 100));
        }
        return sb.toString();
    }

    private static String expression(Random r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            switch (r.nextInt(5)) {
                case 0:
                    return "x";
                case 1:
                    return String.valueOf(r.nextInt(21) - 10);
                case 2:
                    return STARTS[r.nextInt(STARTS.length)];
                default:
                    return String.valueOf("abc".charAt(r.nextInt(3)));
            }
        }
        if (r.nextInt(8) == 0) {
            return "-(" + expression(r, depth - 1) + ")";
        }
        return "(" + expression(r, depth - 1) + " " + OPS[r.nextInt(OPS.length)] + " " + expression(r, depth - 1) + ")";
    }

    @Property(tries = 400)
    void unboxedArithmeticAgreesOnEveryTier(@ForAll long seed) {
        String program = program(seed);
        String expected = INTERPRETER.run(program);
        assertEquals(expected, DISPATCH.run(program), () -> "dispatch loop, program:\n" + program);
        assertEquals(expected, FIRST_CALL.run(program), () -> "compiled at the first call, program:\n" + program);
        assertEquals(expected, MID_LOOP.run(program), () -> "compiled mid-loop, program:\n" + program);
    }

    @AfterContainer
    static void close() {
        INTERPRETER.close();
        DISPATCH.close();
        FIRST_CALL.close();
        MID_LOOP.close();
    }
}
