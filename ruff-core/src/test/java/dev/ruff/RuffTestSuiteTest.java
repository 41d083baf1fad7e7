package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuffTestSuiteTest {
    private static final String SOURCE = """
            top := "top-level"
            test_setup { log := ["file setup"] }
            test_teardown { print("file teardown") }
            test "first" { print(len(log)) }
            test_group "outer" {
                test_setup { log := [log[0], "group setup"] }
                test_teardown { print("group teardown") }
                test "sees both setups" { print(log) }
                test_group "inner" {
                    test "fails" { throw("boom") }
                }
            }
            test "isolated" { print(top) }
            """;

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void collectsTestsWithGroupNamesInSourceOrder(BackendType backend) {
        try (RuffEngine engine = RuffEngine.builder().backend(backend).build()) {
            RuffTestSuite suite = RuffTestSuite.compile(engine, SOURCE, "t.ruff");
            assertEquals(List.of("first", "outer > sees both setups", "outer > inner > fails", "isolated"),
                    suite.tests().stream().map(RuffTestSuite.TestCase::fullName).toList());
            assertEquals(List.of("outer", "inner"), suite.tests().get(2).groups());
            assertEquals(10, suite.tests().get(2).pos().line());
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void setupsRunOutermostFirstTeardownsInnermostFirstEvenAfterAFailure(BackendType backend) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().backend(backend).out(out).build()) {
            RuffTestSuite suite = RuffTestSuite.compile(engine, SOURCE, "t.ruff");
            List<RuffTestSuite.TestCase> tests = suite.tests();
            assertDoesNotThrow(() -> suite.run(tests.get(0)));
            assertDoesNotThrow(() -> suite.run(tests.get(1)));
            RuffRuntimeError failure = assertThrows(RuffRuntimeError.class, () -> suite.run(tests.get(2)));
            assertEquals("boom", failure.getMessage());
            RuffRuntimeError isolated = assertThrows(RuffRuntimeError.class, () -> suite.run(tests.get(3)));
            assertEquals("Undefined variable: top", isolated.getMessage());
            engine.close();
            assertEquals("""
                    1
                    file teardown
                    [file setup, group setup]
                    group teardown
                    file teardown
                    group teardown
                    file teardown
                    file teardown
                    """, out.toString());
        }
    }
}
