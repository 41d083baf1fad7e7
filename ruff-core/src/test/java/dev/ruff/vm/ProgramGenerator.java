package dev.ruff.vm;

import java.util.Random;

/**
 * Builds small random Ruff programs that always terminate: loops are bounded by their own counters,
 * recursion is absent. They mix int arithmetic (overflow and division by zero included), strings,
 * arrays and dicts with index reads and writes, control flow with break/continue, functions and
 * closures, structs with both method forms, match on strings/enums/Results, try/except, async calls
 * awaited in a fixed order and generator loops, so
 * that many of them fail somewhere: the backends must agree on the failures too. Test fixture.
 */
final class ProgramGenerator {
    private static final String PRELUDE = """
            enum Color { Red, Green }
            struct Point {
                x: int,
                y: int = 1,
                func sum(self) { return self.x + self.y }
                func scaled(k) { return Point { x: x * k, y: y * k } }
            }
            func add(a, b) { return a + b }
            func safe_div(a, b) { if b == 0 { return Err("div by zero") } return Ok(a / b) }
            func make_counter() {
                mut n := 0
                return func() { n := n + 1
                    return n }
            }
            func halve(r) { v := r?
                return Ok(v / 2) }
            func pick(flag) { if flag { return Color::Red } return Color::Green }
            async func twice_async(x) { return x * 2 }
            async func chain_async(x) { v := await twice_async(x)
                return v + 1 }
            func* upto(n) { mut i := 0
                while i < n { yield i * 10
                    i := i + 1 } }
            """;
    private static final String[] INT_VARS = {"a", "b", "c"};
    private static final String[] WORDS = {"red", "green", "x", "", "ab", "hello"};
    private static final long[] BIG = {Long.MAX_VALUE, Long.MIN_VALUE + 1, 4611686018427387904L, 3037000500L,
        -3037000500L, 1L << 40};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int indent;
    private int loopDepth;
    private int fresh;

    private ProgramGenerator(long seed) {
        this.random = new Random(seed);
    }

    static String program(long seed) {
        return new ProgramGenerator(seed).build();
    }

    private String build() {
        out.append(PRELUDE);
        line("mut a := " + smallInt());
        line("mut b := " + smallInt());
        line("mut c := " + smallInt());
        line("mut s := \"" + word() + "\"");
        line("mut xs := [" + smallInt() + ", " + smallInt() + ", " + smallInt() + "]");
        line("mut d := {\"k\": " + smallInt() + ", \"j\": " + smallInt() + "}");
        line("mut p := Point { x: " + smallInt() + " }");
        line("counter := make_counter()");
        int n = 4 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            statement(0);
        }
        line("print(a, b, c, s, xs, d, p)");
        return out.toString();
    }

    // ------------------------------------------------------------------ statements

    private void statement(int depth) {
        int choice = random.nextInt(depth >= 2 ? 11 : 19);
        switch (choice) {
            case 0, 1 -> line(pick(INT_VARS) + " := " + intExpr(2));
            case 2, 3 -> line("print(" + anyExpr(2) + ")");
            case 4 -> line("xs[" + index() + "] := " + intExpr(1));
            case 5 -> line("xs := push(xs, " + intExpr(1) + ")");
            case 6 -> line("d[" + strExpr(1) + "] := " + intExpr(1));
            case 7 -> line(random.nextBoolean() ? "p.x := " + intExpr(1) : "p := p.scaled(" + smallInt() + ")");
            case 8 -> line(random.nextBoolean() ? "s := s + \"" + word() + "\""
                    : "s := \"" + word() + "\" + to_string(" + intExpr(1) + ")"); // s must not keep doubling
            case 9 -> loopControl();
            case 10 -> line("print(counter(), " + intExpr(1) + ")");
            case 11 -> ifStatement(depth);
            case 12 -> whileLoop(depth);
            case 13 -> forLoop(depth);
            case 14 -> tryExcept(depth);
            case 15 -> match(depth);
            case 16 -> localFunction(depth);
            case 17 -> asyncCalls();
            default -> generatorLoop(depth);
        }
    }

    private void block(int depth) {
        indent++;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            statement(depth + 1);
        }
        indent--;
    }

    private void loopControl() {
        if (loopDepth == 0) {
            line("print(" + boolExpr(1) + ")");
            return;
        }
        line("if " + boolExpr(1) + " { " + (random.nextBoolean() ? "break" : "continue") + " }");
    }

    private void ifStatement(int depth) {
        line("if " + boolExpr(2) + " {");
        block(depth);
        if (random.nextBoolean()) {
            line("} else {");
            block(depth);
        }
        line("}");
    }

    private void whileLoop(int depth) {
        String counter = "w" + fresh++;
        line("mut " + counter + " := 0");
        line("while " + counter + " < " + (1 + random.nextInt(4)) + " {");
        indent++;
        line(counter + " := " + counter + " + 1");
        indent--;
        loopDepth++;
        block(depth);
        loopDepth--;
        line("}");
    }

    private void forLoop(int depth) {
        String variable = "v" + fresh++;
        String[] iterables = {"xs", "s", "d", Integer.toString(random.nextInt(4)), "[1, 2, 3]"};
        line("for " + variable + " in " + pick(iterables) + " {");
        indent++;
        line("print(" + variable + ")");
        indent--;
        loopDepth++;
        block(depth);
        loopDepth--;
        line("}");
    }

    private void tryExcept(int depth) {
        line("try {");
        block(depth);
        line("} except e {");
        indent++;
        line("print(\"caught:\", e.message, e.stack)");
        indent--;
        line("}");
    }

    private void match(int depth) {
        switch (random.nextInt(3)) {
            case 0 -> {
                line("match safe_div(" + intExpr(1) + ", " + intExpr(1) + ") {");
                line("    case Ok(v): { print(\"ok\", v) }");
                line("    case Err(m): { print(\"err\", m) }");
            }
            case 1 -> {
                line("match pick(" + boolExpr(1) + ") {");
                line("    case Color::Red: { print(\"red\") }");
                line("    case Color::Green: { a := a + 1 }");
            }
            default -> {
                line("match " + strExpr(1) + " {");
                line("    case red: { print(\"was red\") }");
                line("    case hello: {");
                indent++;
                block(depth);
                indent--;
                line("    }");
                line("    default: { print(\"other\") }");
            }
        }
        line("}");
    }

    private void localFunction(int depth) {
        String name = "g" + fresh++;
        line("func " + name + "(x) {");
        indent++;
        line("mut t := x + " + intExpr(1));
        line("a := a + 1");
        line("return t * 2");
        indent--;
        line("}");
        line("print(" + name + "(" + intExpr(1) + "))");
        line("print(halve(safe_div(" + intExpr(1) + ", " + intExpr(1) + ")))");
    }

    /**
     * Two async calls started before either is awaited, then awaited in order. The bodies only use their
     * arguments, so running them concurrently with the script keeps the output deterministic.
     */
    private void asyncCalls() {
        String first = "pa" + fresh++;
        String second = "pb" + fresh++;
        line(first + " := twice_async(" + intExpr(1) + ")");
        line(second + " := chain_async(" + intExpr(1) + ")");
        line("print(type(" + first + "), await " + second + ", await " + first + ")");
    }

    private void generatorLoop(int depth) {
        String variable = "y" + fresh++;
        line("for " + variable + " in upto(" + random.nextInt(4) + ") {");
        indent++;
        line("print(" + variable + ")");
        indent--;
        loopDepth++;
        block(depth);
        loopDepth--;
        line("}");
    }

    // ------------------------------------------------------------------ expressions

    private String intExpr(int depth) {
        if (depth <= 0) {
            return intAtom();
        }
        switch (random.nextInt(10)) {
            case 0, 1, 2:
                return intAtom();
            case 3:
                return "(" + intExpr(depth - 1) + " " + pick(new String[] {"+", "-", "*"}) + " " + intExpr(depth - 1) + ")";
            case 4:
                return "(" + intExpr(depth - 1) + " " + pick(new String[] {"/", "%"}) + " " + intExpr(depth - 1) + ")";
            case 5:
                return "xs[" + index() + "]";
            case 6:
                return random.nextBoolean() ? "p.x" : "p.sum()";
            case 7:
                return "add(" + intExpr(depth - 1) + ", " + intExpr(depth - 1) + ")";
            case 8:
                return random.nextBoolean() ? "d[\"k\"]" : "len(xs)";
            default:
                return "-" + intAtom();
        }
    }

    private String intAtom() {
        int r = random.nextInt(10);
        if (r < 4) {
            return pick(INT_VARS);
        }
        if (r == 4) {
            return Long.toString(BIG[random.nextInt(BIG.length)]);
        }
        return smallInt();
    }

    private String boolExpr(int depth) {
        switch (random.nextInt(depth <= 0 ? 2 : 5)) {
            case 0:
                return intExpr(depth) + " " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="}) + " " + intExpr(depth);
            case 1:
                return "s == \"" + word() + "\"";
            case 2:
                return boolExpr(depth - 1) + (random.nextBoolean() ? " && " : " || ") + boolExpr(depth - 1);
            case 3:
                return "!(" + boolExpr(depth - 1) + ")";
            default:
                return "len(s) > " + random.nextInt(4);
        }
    }

    private String strExpr(int depth) {
        switch (random.nextInt(depth <= 0 ? 2 : 5)) {
            case 0:
                return "\"" + word() + "\"";
            case 1:
                return "s";
            case 2:
                return "to_string(" + intExpr(depth - 1) + ")";
            case 3:
                return "\"${" + intExpr(depth - 1) + "}-${s}\"";
            default:
                return strExpr(depth - 1) + " + " + strExpr(depth - 1);
        }
    }

    private String anyExpr(int depth) {
        switch (random.nextInt(12)) {
            case 0, 1, 2:
                return intExpr(depth);
            case 3:
                return strExpr(depth);
            case 4:
                return boolExpr(depth);
            case 5:
                return pick(new String[] {"xs", "d", "p", "[a, b]", "{\"a\": a}", "null ?? a", "p?.y"});
            case 6:
                return "safe_div(" + intExpr(1) + ", " + intExpr(1) + ")";
            case 7:
                return "s[" + index() + "]";
            case 8:
                return "d[" + strExpr(0) + "]";
            case 9:
                return intExpr(1) + " + " + strExpr(0); // usually an invalid operation
            case 10:
                return "type(" + intExpr(1) + ")";
            default:
                return "[...xs, " + intExpr(1) + "]";
        }
    }

    private String index() {
        return random.nextInt(10) == 0 ? intExpr(1) : Integer.toString(random.nextInt(4) - 1);
    }

    private String smallInt() {
        return Integer.toString(random.nextInt(21) - 5);
    }

    private String word() {
        return pick(WORDS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private void line(String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
