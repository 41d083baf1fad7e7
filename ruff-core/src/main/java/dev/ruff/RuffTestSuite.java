package dev.ruff;

import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.SourcePos;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.resolve.Resolver;
import java.util.ArrayList;
import java.util.List;

/**
 * The test blocks of one script (LANGUAGE.md §3.20), for a test runner such as {@code ruff test-run}:
 * {@code test "name" {…}}, {@code test_group "name" {…}} holding more of them, {@code test_setup {…}}
 * and {@code test_teardown {…}}. Each test runs in a fresh context holding only the natives (the
 * script's own top-level code and functions are not visible): the setup blocks in scope (the file's,
 * then its group's), the test body, then the teardown blocks, which run even when the body failed.
 */
public final class RuffTestSuite {
    private final RuffEngine engine;
    private final List<TestCase> tests = new ArrayList<>();

    /** One test: its name, the names of its enclosing groups (outermost first) and its position. */
    public static final class TestCase {
        private final List<String> groups;
        private final String name;
        private final SourcePos pos;
        private final List<CompiledUnit> setups;
        private final CompiledUnit body;
        private final List<CompiledUnit> teardowns;

        private TestCase(List<String> groups, String name, SourcePos pos, List<CompiledUnit> setups,
                         CompiledUnit body, List<CompiledUnit> teardowns) {
            this.groups = List.copyOf(groups);
            this.name = name;
            this.pos = pos;
            this.setups = List.copyOf(setups);
            this.body = body;
            this.teardowns = List.copyOf(teardowns);
        }

        /** The test's own name. */
        public String name() {
            return name;
        }

        /** Enclosing {@code test_group} names, outermost first; empty at top level. */
        public List<String> groups() {
            return groups;
        }

        /** The groups and the name joined with {@code " > "}, e.g. {@code math > adds}. */
        public String fullName() {
            List<String> parts = new ArrayList<>(groups);
            parts.add(name);
            return String.join(" > ", parts);
        }

        /** Where the {@code test} keyword is. */
        public SourcePos pos() {
            return pos;
        }
    }

    private RuffTestSuite(RuffEngine engine) {
        this.engine = engine;
    }

    /**
     * Parses {@code source} and collects its tests in source order.
     *
     * @throws dev.ruff.diag.RuffSyntaxError when the script is malformed
     */
    public static RuffTestSuite compile(RuffEngine engine, String source, String name) {
        RuffTestSuite suite = new RuffTestSuite(engine);
        Program program = engine.compileUnit(source, name, false).program();
        suite.collect(program.file(), program.statements(), List.of(), List.of(), List.of());
        return suite;
    }

    /** Every test, in source order. */
    public List<TestCase> tests() {
        return List.copyOf(tests);
    }

    /**
     * Runs one test in a fresh context.
     *
     * @throws dev.ruff.diag.RuffRuntimeError the first error the setup, the body or the teardown raised
     *         (a body error wins over a teardown error)
     * @throws dev.ruff.diag.RuffExit when the test calls {@code exit(code)}
     */
    public void run(TestCase test) {
        RuffContext context = engine.newContext();
        RuntimeException failure = null;
        try {
            for (CompiledUnit setup : test.setups) {
                runUnit(context, setup);
            }
            runUnit(context, test.body);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (CompiledUnit teardown : test.teardowns) {
            try {
                runUnit(context, teardown);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void runUnit(RuffContext context, CompiledUnit unit) {
        engine.execute(context, unit.file(), null, ctx -> engine.backend().run(unit, context.globalTable(), ctx));
    }

    private void collect(String file, List<Stmt> statements, List<String> groups, List<CompiledUnit> outerSetups,
                         List<CompiledUnit> outerTeardowns) {
        List<CompiledUnit> setups = new ArrayList<>(outerSetups);
        List<CompiledUnit> teardowns = new ArrayList<>();
        for (Stmt s : statements) {
            if (s instanceof Stmt.Test t && t.kind() == Stmt.TestKind.SETUP) {
                setups.add(unit(file, t));
            } else if (s instanceof Stmt.Test t && t.kind() == Stmt.TestKind.TEARDOWN) {
                teardowns.add(unit(file, t));
            }
        }
        // a group's teardowns run before the file's, mirroring setup order
        teardowns.addAll(outerTeardowns);
        for (Stmt s : statements) {
            if (!(s instanceof Stmt.Test t)) {
                continue;
            }
            if (t.kind() == Stmt.TestKind.TEST) {
                tests.add(new TestCase(groups, t.name(), t.pos(), setups, unit(file, t), teardowns));
            } else if (t.kind() == Stmt.TestKind.GROUP) {
                List<String> inner = new ArrayList<>(groups);
                inner.add(t.name());
                collect(file, t.body().statements(), inner, setups, teardowns);
            }
        }
    }

    private static CompiledUnit unit(String file, Stmt.Test block) {
        Program program = new Program(file, block.body().statements());
        return new CompiledUnit(program, Resolver.resolve(program));
    }
}
