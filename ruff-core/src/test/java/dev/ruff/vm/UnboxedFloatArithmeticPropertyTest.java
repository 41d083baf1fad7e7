package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random float and int/float arithmetic in loops (zeros of both signs, huge and tiny values, infinities and
 * NaN reached by arithmetic, every operator and comparison, an item that is not a float at a random
 * iteration) agrees on the interpreter, the dispatch loop, the compile tier at the first call and the compile
 * tier entered mid-loop: unboxed floats, their printing when boxed back, division and modulo by zero, and
 * deoptimisation of the float guess included.
 */
class UnboxedFloatArithmeticPropertyTest {
    private static final DifferentialEngine INTERPRETER =
            new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER));
    private static final DifferentialEngine DISPATCH = new DifferentialEngine(RuffEngine.builder().compileThreshold(-1));
    private static final DifferentialEngine FIRST_CALL = new DifferentialEngine(RuffEngine.builder().compileThreshold(0));
    private static final DifferentialEngine MID_LOOP = new DifferentialEngine(RuffEngine.builder().compileThreshold(7));

    /** Ruff has no exponent in literals: 1e300, 1e308 and the smallest subnormal, spelled out. */
    private static final String E300 = "1" + "0".repeat(300) + ".0";
    private static final String E308 = "1" + "0".repeat(308) + ".0";
    private static final String TINY = "0." + "0".repeat(323) + "5";
    private static final String[] STARTS = {"0.0", "-0.0", "1.5", "-2.25", "0.1", "3.0", E308, "-" + E308, TINY,
                                            "7", "0", "-3", "9007199254740993", "9223372036854775807"};
    private static final String[] OPS = {"+", "-", "*", "/", "%"};
    private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] FLOAT_ITEMS = {"0.5", "-0.5", "2.0", "-0.0", "0.0", "0.1", "-7.25", E300};
    private static final String[] ODD_ITEMS = {"3", "0", "\"s\"", "null", "true"};

    /** A function with float and int locals updated by random expressions over a loop's (mostly float) items. */
    static String program(long seed) {
        Random r = new Random(seed);
        int n = 5 + r.nextInt(60);
        StringBuilder sb = new StringBuilder("func f(items) {\n");
        sb.append("    mut a := ").append(STARTS[r.nextInt(STARTS.length)]).append('\n');
        sb.append("    mut b := ").append(STARTS[r.nextInt(STARTS.length)]).append('\n');
        sb.append("    mut c := 0.0\n");
        sb.append("    mut d := 0\n");
        sb.append("    for x in items {\n");
        int statements = 1 + r.nextInt(4);
        for (int i = 0; i < statements; i++) {
            String target = String.valueOf("abc".charAt(r.nextInt(3)));
            sb.append("        ").append(target).append(" := ").append(expression(r, 2)).append('\n');
        }
        if (r.nextBoolean()) {
            sb.append("        if ").append(expression(r, 1)).append(' ')
                    .append(COMPARISONS[r.nextInt(COMPARISONS.length)]).append(' ').append(expression(r, 1))
                    .append(" { d := d + 1 }\n");
        }
        if (r.nextBoolean()) {
            sb.append("        if c > ").append(E300).append(" { c := c / ").append(E300).append(" }\n");
        }
        sb.append("    }\n    return [a, b, c, d, a < b, a == b, a != c]\n}\n");
        String items = "[" + itemList(r, n) + "]";
        sb.append("print(f(").append(items).append("))\n");
        sb.append("print(f([").append(itemList(r, n)).append("]))\n");
        sb.append("print(f(range(").append(n).append(")))\n");
        return sb.toString();
    }

    private static String itemList(Random r, int n) {
        int odd = r.nextInt(n + 5); // past the end: all floats
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i == odd ? ODD_ITEMS[r.nextInt(ODD_ITEMS.length)] : FLOAT_ITEMS[r.nextInt(FLOAT_ITEMS.length)]);
        }
        return sb.toString();
    }

    private static String expression(Random r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            switch (r.nextInt(6)) {
                case 0:
                    return "x";
                case 1:
                    return String.valueOf(r.nextInt(21) - 10);
                case 2:
                    return STARTS[r.nextInt(STARTS.length)];
                case 3:
                    return FLOAT_ITEMS[r.nextInt(FLOAT_ITEMS.length)];
                default:
                    return String.valueOf("abcd".charAt(r.nextInt(4)));
            }
        }
        if (r.nextInt(8) == 0) {
            return "-(" + expression(r, depth - 1) + ")";
        }
        return "(" + expression(r, depth - 1) + " " + OPS[r.nextInt(OPS.length)] + " " + expression(r, depth - 1) + ")";
    }

    @Property(tries = 400)
    void unboxedFloatArithmeticAgreesOnEveryTier(@ForAll long seed) {
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
