package dev.ruff.vm;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Builds small random Ruff programs that always terminate: loops are bounded by their own counters,
 * recursion is absent. They mix int arithmetic (overflow and division by zero included), strings,
 * arrays and dicts with index reads and writes, control flow with break/continue/loop, functions and
 * closures (also made in loops), structs with both method forms and operator overloads, match on
 * strings/enums/Results, try/except/throw, destructuring of every pattern kind inside loops, blocks that
 * declare a name before an outer assignment, string accumulation in every form, spreads, pipes, options,
 * async calls awaited in a fixed order and generator loops, so that many of them fail somewhere: the
 * backends must agree on the failures too. {@link Production} lists the grammar forms it covers (checked by
 * {@code BackendDifferentialPropertyTest.everyGrammarProductionIsGenerated}). Test fixture.
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
            struct Money {
                cents,
                func op_add(self, other) { return Money { cents: self.cents + other.cents } }
                func op_eq(self, other) { return self.cents == other.cents }
                func show(self) { return "$" + to_string(self.cents) }
            }
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

    /**
     * The statement and expression forms of LANGUAGE.md §2 the generator produces. {@link #NOT_GENERATED}
     * lists the forms it deliberately leaves out, with the reason; the coverage test fails when a form of
     * this list is never generated.
     */
    enum Production {
        // statements (§2.1)
        LET, MUT, CONST, FUNC_DECL, ASYNC_FUNC_DECL, GENERATOR_DECL, ENUM_DECL, STRUCT_DECL, STRUCT_FIELD_DEFAULT,
        RETURN, IF, IF_ELSE, WHILE, LOOP, FOR, MATCH, CASE_BINDING, CASE_DEFAULT, TRY_EXCEPT, BREAK, CONTINUE,
        ARRAY_DESTRUCTURING, DICT_DESTRUCTURING, REST_PATTERN, WILDCARD_PATTERN, NESTED_PATTERN,
        PLAIN_DESTRUCTURING, ASSIGN, COMPOUND_ASSIGN, INDEX_ASSIGN, FIELD_ASSIGN, EXPR_STMT,
        // scoping shapes users write (§3.5)
        OUTER_ASSIGN_AFTER_BLOCK, OUTER_ASSIGN_IN_NESTED_LOOP, DESTRUCTURING_IN_LOOP, CLOSURE_IN_LOOP,
        STRING_ACCUMULATION,
        // expressions (§2.2)
        INT_LIT, FLOAT_LIT, STRING_LIT, INTERPOLATION, BOOL_LIT, NULL_LIT, IDENT, SELF, ARRAY_LIT, DICT_LIT,
        ARRAY_SPREAD, DICT_SPREAD, OK_ERR, SOME_NONE, FUNC_EXPR, YIELD, AWAIT, THROW, ENUM_TAG, CALL, INDEX, FIELD,
        METHOD_CALL, OPTIONAL_FIELD, TRY_OPERATOR, STRUCT_LIT, OPERATOR_OVERLOAD, UNARY, MULTIPLICATIVE, ADDITIVE,
        COMPARISON, EQUALITY, LOGICAL, COALESCE, PIPE
    }

    /**
     * Forms of §2 this generator does not produce: {@code import}/{@code from … import}/{@code export} need
     * module files beside the script, {@code spawn} runs concurrently with the script so its output order
     * is not deterministic, and test blocks only run under a test runner.
     */
    static final Set<String> NOT_GENERATED = Set.of("import", "from-import", "export", "spawn", "test",
            "test_group", "test_setup", "test_teardown");

    private final Random random;
    private final Set<Production> covered = EnumSet.noneOf(Production.class);
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

    /** The productions the program of {@code seed} contains. */
    static Set<Production> productions(long seed) {
        ProgramGenerator g = new ProgramGenerator(seed);
        g.build();
        return g.covered;
    }

    private void cover(Production... ps) {
        for (Production p : ps) {
            covered.add(p);
        }
    }

    private String build() {
        out.append(PRELUDE);
        cover(Production.ENUM_DECL, Production.STRUCT_DECL, Production.STRUCT_FIELD_DEFAULT, Production.FUNC_DECL,
                Production.ASYNC_FUNC_DECL, Production.GENERATOR_DECL, Production.YIELD, Production.RETURN,
                Production.SELF, Production.TRY_OPERATOR, Production.OK_ERR, Production.MUT, Production.FUNC_EXPR,
                Production.STRUCT_LIT, Production.AWAIT);
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
        int choice = random.nextInt(depth >= 2 ? 15 : 31);
        switch (choice) {
            case 0, 1 -> {
                cover(Production.ASSIGN);
                line(pick(INT_VARS) + " := " + intExpr(2));
            }
            case 2, 3 -> {
                cover(Production.EXPR_STMT, Production.CALL);
                line("print(" + anyExpr(2) + ")");
            }
            case 4 -> {
                cover(Production.INDEX_ASSIGN);
                line("xs[" + index() + "] := " + intExpr(1));
            }
            case 5 -> line("xs := push(xs, " + intExpr(1) + ")");
            case 6 -> {
                cover(Production.INDEX_ASSIGN);
                line("d[" + strExpr(1) + "] := " + intExpr(1));
            }
            case 7 -> {
                cover(Production.FIELD_ASSIGN, Production.METHOD_CALL);
                line(random.nextBoolean() ? "p.x := " + intExpr(1) : "p := p.scaled(" + smallInt() + ")");
            }
            case 8 -> line(random.nextBoolean() ? "s := s + \"" + word() + "\""
                    : "s := \"" + word() + "\" + to_string(" + intExpr(1) + ")"); // s must not keep doubling
            case 11 -> compoundAssign();
            case 12 -> outerAssignAfterBlock(depth);
            case 13 -> destructuringInLoop();
            case 14 -> stringAccumulation();
            case 19 -> ifStatement(depth);
            case 20 -> nestedLoopsAssigningOuter(depth);
            case 21 -> closuresInLoop();
            case 22 -> loopStatement(depth);
            case 23 -> declarations();
            case 24 -> overloadsAndOptions();
            case 25 -> throwStatement();
            case 9 -> loopControl();
            case 10 -> line("print(counter(), " + intExpr(1) + ")");
            case 15 -> whileLoop(depth);
            case 16 -> forLoop(depth);
            case 17 -> tryExcept(depth);
            case 18 -> match(depth);
            case 26 -> localFunction(depth);
            case 27 -> asyncCalls();
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
        boolean brk = random.nextBoolean();
        cover(brk ? Production.BREAK : Production.CONTINUE, Production.IF);
        line("if " + boolExpr(1) + " { " + (brk ? "break" : "continue") + " }");
    }

    private void ifStatement(int depth) {
        cover(Production.IF);
        line("if " + boolExpr(2) + " {");
        block(depth);
        if (random.nextBoolean()) {
            cover(Production.IF_ELSE);
            line("} else {");
            block(depth);
        }
        line("}");
    }

    private void whileLoop(int depth) {
        String counter = "w" + fresh++;
        cover(Production.WHILE);
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
        cover(Production.FOR);
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
        cover(Production.TRY_EXCEPT);
        line("try {");
        block(depth);
        line("} except e {");
        indent++;
        line("print(\"caught:\", e.message, e.stack)");
        indent--;
        line("}");
    }

    private void match(int depth) {
        cover(Production.MATCH);
        switch (random.nextInt(3)) {
            case 0 -> {
                cover(Production.CASE_BINDING);
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
                cover(Production.CASE_DEFAULT);
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

    private void compoundAssign() {
        cover(Production.COMPOUND_ASSIGN);
        String op = pick(new String[] {"+=", "-=", "*=", "/=", "%="});
        line(pick(INT_VARS) + " " + op + " " + intExpr(1));
    }

    /** A block declares a name, then the enclosing scope assigns an outer one (LANGUAGE.md §3.5). */
    private void outerAssignAfterBlock(int depth) {
        cover(Production.OUTER_ASSIGN_AFTER_BLOCK, Production.IF);
        String local = "t" + fresh++;
        line("if " + boolExpr(1) + " {");
        indent++;
        line(local + " := " + intExpr(1));
        line("print(" + local + ")");
        indent--;
        line("}");
        line(random.nextBoolean() ? pick(INT_VARS) + " := " + pick(INT_VARS) + " + " + smallInt()
                : "s := \"" + word() + "\" + to_string(" + intExpr(0) + ")");
    }

    private void nestedLoopsAssigningOuter(int depth) {
        cover(Production.OUTER_ASSIGN_IN_NESTED_LOOP, Production.FOR);
        String outer = "o" + fresh++;
        String inner = "n" + fresh++;
        String local = "u" + fresh++;
        String target = pick(INT_VARS);
        line("for " + outer + " in [" + smallInt() + ", " + smallInt() + "] {");
        indent++;
        line("for " + inner + " in [1, 2] {");
        indent++;
        line(local + " := " + outer + " * " + inner);
        if (random.nextBoolean()) {
            // not xs: pushing here inside a loop over xs that itself runs inside one could grow xs without bound
            line("s := to_string(" + local + ") + \"" + word() + "\"");
        }
        indent--;
        line("}");
        line(target + " := " + target + " + " + outer);
        if (depth < 2 && random.nextBoolean()) {
            loopDepth++;
            block(depth + 1);
            loopDepth--;
        }
        indent--;
        line("}");
    }

    /** Every pattern kind, bound inside a loop body (once hung the VM). */
    private void destructuringInLoop() {
        cover(Production.DESTRUCTURING_IN_LOOP, Production.FOR);
        String row = "r" + fresh++;
        int id = fresh++;
        String keyword = pick(new String[] {"let ", "mut ", ""});
        cover(keyword.isEmpty() ? Production.PLAIN_DESTRUCTURING : keyword.equals("let ") ? Production.LET
                : Production.MUT);
        switch (random.nextInt(4)) {
            case 0 -> {
                cover(Production.ARRAY_DESTRUCTURING);
                line("for " + row + " in [[a, b], [c], xs] {");
                line("    " + keyword + "[q" + id + ", z" + id + "] := " + row);
                line("    print(q" + id + ", z" + id + ")");
            }
            case 1 -> {
                cover(Production.ARRAY_DESTRUCTURING, Production.REST_PATTERN, Production.WILDCARD_PATTERN);
                line("for " + row + " in [xs, [a, b, c, a]] {");
                line("    " + keyword + "[_, h" + id + ", ...t" + id + "] := " + row);
                line("    print(h" + id + ", t" + id + ")");
            }
            case 2 -> {
                cover(Production.DICT_DESTRUCTURING, Production.REST_PATTERN);
                line("for " + row + " in [d, {\"k\": a}] {");
                line("    " + keyword + "{k, j, ...others" + id + "} := " + row);
                line("    print(k, j, others" + id + ")");
            }
            default -> {
                cover(Production.ARRAY_DESTRUCTURING, Production.NESTED_PATTERN, Production.WILDCARD_PATTERN);
                line("for " + row + " in [[[a, b], c], [[s], xs]] {");
                line("    " + keyword + "[[m" + id + ", _], k" + id + "] := " + row);
                line("    print(m" + id + ", k" + id + ")");
            }
        }
        line("}");
    }

    /** String building in every form: plain, {@code +=}, with and without {@code mut}. */
    private void stringAccumulation() {
        cover(Production.STRING_ACCUMULATION, Production.FOR);
        String acc = "acc" + fresh++;
        String item = "it" + fresh++;
        boolean mut = random.nextBoolean();
        line((mut ? "mut " : "") + acc + " := \"" + word() + "\"");
        line("for " + item + " in range(" + random.nextInt(30) + ") {");
        indent++;
        line(random.nextBoolean() ? acc + " := " + acc + " + to_string(" + item + ")"
                : acc + " += \"" + word() + "\"");
        if (random.nextBoolean()) {
            line("if " + item + " % 7 == 3 { " + acc + " := " + acc + " + s }");
        }
        indent--;
        line("}");
        line("print(len(" + acc + "), " + acc + ")");
    }

    /** Closures made in a loop each see their own iteration's variable and the shared outer ones. */
    private void closuresInLoop() {
        cover(Production.CLOSURE_IN_LOOP, Production.FUNC_EXPR, Production.FOR);
        String fs = "fs" + fresh++;
        String i = "i" + fresh++;
        String f = "f" + fresh++;
        line(fs + " := []");
        line("for " + i + " in [1, 2, 3] {");
        line("    " + fs + " := push(" + fs + ", func() { return " + i + " * 10 + " + pick(INT_VARS) + " })");
        line("}");
        line("for " + f + " in " + fs + " { print(" + f + "()) }");
    }

    private void loopStatement(int depth) {
        cover(Production.LOOP, Production.BREAK);
        String counter = "l" + fresh++;
        line("mut " + counter + " := 0");
        line("loop {");
        indent++;
        line(counter + " += 1"); // first, so a generated continue cannot skip it
        line("if " + counter + " > " + (1 + random.nextInt(3)) + " { break }");
        indent--;
        loopDepth++;
        block(depth);
        loopDepth--;
        line("}");
    }

    private void declarations() {
        int id = fresh++;
        switch (random.nextInt(3)) {
            case 0 -> {
                cover(Production.CONST);
                line("const K" + id + " := " + intExpr(1));
                line("print(K" + id + ")");
            }
            case 1 -> {
                cover(Production.LET);
                line("let e" + id + " := " + anyExpr(1));
                line("print(e" + id + ")");
            }
            default -> {
                cover(Production.LET, Production.ARRAY_DESTRUCTURING, Production.REST_PATTERN);
                line("let [f" + id + ", ...g" + id + "] := [...xs, " + intExpr(0) + "]");
                line("print(f" + id + ", g" + id + ")");
            }
        }
    }

    private void overloadsAndOptions() {
        cover(Production.OPERATOR_OVERLOAD, Production.METHOD_CALL, Production.STRUCT_LIT);
        int id = fresh++;
        line("m" + id + " := Money { cents: " + intAtom() + " } + Money { cents: " + intAtom() + " }");
        line("print(m" + id + ".show(), m" + id + " == Money { cents: a }, m" + id + ".cents)");
    }

    private void throwStatement() {
        cover(Production.THROW, Production.TRY_EXCEPT);
        line("try {");
        line("    if " + boolExpr(1) + " { throw(\"boom \" + to_string(" + intExpr(0) + ")) }");
        line("    print(\"no throw\")");
        line("} except err {");
        line("    print(\"thrown:\", err.message)");
        line("}");
    }

    // ------------------------------------------------------------------ expressions

    private String intExpr(int depth) {
        if (depth <= 0) {
            return intAtom();
        }
        switch (random.nextInt(12)) {
            case 0, 1, 2:
                return intAtom();
            case 3:
                cover(Production.ADDITIVE, Production.MULTIPLICATIVE);
                return "(" + intExpr(depth - 1) + " " + pick(new String[] {"+", "-", "*"}) + " " + intExpr(depth - 1) + ")";
            case 4:
                cover(Production.MULTIPLICATIVE);
                return "(" + intExpr(depth - 1) + " " + pick(new String[] {"/", "%"}) + " " + intExpr(depth - 1) + ")";
            case 5:
                cover(Production.INDEX);
                return "xs[" + index() + "]";
            case 6:
                cover(Production.FIELD, Production.METHOD_CALL);
                return random.nextBoolean() ? "p.x" : "p.sum()";
            case 7:
                cover(Production.CALL);
                return "add(" + intExpr(depth - 1) + ", " + intExpr(depth - 1) + ")";
            case 8:
                cover(Production.INDEX);
                return random.nextBoolean() ? "d[\"k\"]" : "len(xs)";
            case 9:
                cover(Production.PIPE);
                return "(" + intExpr(depth - 1) + " |> add(" + intAtom() + "))";
            case 10:
                cover(Production.FUNC_EXPR);
                return "apply(func(x) { return x + " + intAtom() + " }, " + intExpr(depth - 1) + ")";
            default:
                cover(Production.UNARY);
                return "-" + intAtom();
        }
    }

    private String intAtom() {
        int r = random.nextInt(10);
        if (r < 4) {
            cover(Production.IDENT);
            return pick(INT_VARS);
        }
        cover(Production.INT_LIT);
        if (r == 4) {
            return Long.toString(BIG[random.nextInt(BIG.length)]);
        }
        return smallInt();
    }

    private String boolExpr(int depth) {
        switch (random.nextInt(depth <= 0 ? 2 : 5)) {
            case 0:
                cover(Production.COMPARISON, Production.EQUALITY);
                return intExpr(depth) + " " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="}) + " " + intExpr(depth);
            case 1:
                cover(Production.EQUALITY);
                return "s == \"" + word() + "\"";
            case 2:
                cover(Production.LOGICAL);
                return boolExpr(depth - 1) + (random.nextBoolean() ? " && " : " || ") + boolExpr(depth - 1);
            case 3:
                cover(Production.UNARY);
                return "!(" + boolExpr(depth - 1) + ")";
            default:
                return "len(s) > " + random.nextInt(4);
        }
    }

    private String strExpr(int depth) {
        switch (random.nextInt(depth <= 0 ? 2 : 5)) {
            case 0:
                cover(Production.STRING_LIT);
                return "\"" + word() + "\"";
            case 1:
                return "s";
            case 2:
                return "to_string(" + intExpr(depth - 1) + ")";
            case 3:
                cover(Production.INTERPOLATION);
                return "\"${" + intExpr(depth - 1) + "}-${s}\"";
            default:
                return strExpr(depth - 1) + " + " + strExpr(depth - 1);
        }
    }

    private String anyExpr(int depth) {
        switch (random.nextInt(16)) {
            case 0, 1, 2:
                return intExpr(depth);
            case 3:
                return strExpr(depth);
            case 4:
                return boolExpr(depth);
            case 5: {
                String e = pick(new String[] {"xs", "d", "p", "[a, b]", "{\"a\": a}", "null ?? a", "p?.y"});
                cover(e.equals("[a, b]") ? Production.ARRAY_LIT : e.startsWith("{") ? Production.DICT_LIT
                        : e.startsWith("null") ? Production.COALESCE : e.startsWith("p?") ? Production.OPTIONAL_FIELD
                        : Production.IDENT);
                if (e.startsWith("null")) {
                    cover(Production.NULL_LIT);
                }
                return e;
            }
            case 12:
                cover(Production.DICT_SPREAD, Production.DICT_LIT);
                return "{...d, \"z\": " + intExpr(depth - 1) + "}";
            case 13:
                cover(Production.FLOAT_LIT, Production.MULTIPLICATIVE);
                return intAtom() + " * 1.5";
            case 14:
                cover(Production.SOME_NONE);
                return random.nextBoolean() ? "Some(" + intExpr(depth - 1) + ")" : "None";
            case 15:
                cover(Production.BOOL_LIT, Production.ENUM_TAG);
                return random.nextBoolean() ? "[true, false]" : "Color::Green";
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
                cover(Production.ARRAY_SPREAD, Production.ARRAY_LIT);
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
