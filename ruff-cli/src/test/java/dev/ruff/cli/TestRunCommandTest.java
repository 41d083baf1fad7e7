package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestRunCommandTest {
    @TempDir
    Path dir;

    private static final String SUITE = """
            print("top-level code does not run")
            func helper() { return 1 }

            test_setup {
                base := 10
            }
            test_teardown {
                print("teardown")
            }
            test "adds" {
                assert_equal(base + 1, 11)
            }
            test "fails on the first error" {
                assert_equal(base, 10)
                assert_equal(base * 2, 21)
                print("not reached")
            }
            test "does not see the file's functions" {
                helper()
            }
            test_group "strings" {
                test_setup {
                    word := "ruff"
                }
                test "upper" {
                    assert_equal(to_upper(word), "RUFF")
                    assert_equal(base, 10)
                }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"vm", "interpreter"})
    void runsEveryTestInItsOwnEnvironmentReportsEachAndExits1OnFailure(String backend) throws IOException {
        Files.writeString(dir.resolve("suite.ruff"), SUITE);
        CliOutcome r = backend.equals("vm") ? ruff(dir, "test-run", "suite.ruff")
                : ruff(dir, "test-run", "--interpreter", "suite.ruff");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.startsWith("teardown\nPASS adds\nteardown\nFAIL fails on the first error\n"
                + "    [RUFVM001] [vm] Runtime Error: "), out);
        assertTrue(out.contains("\n      --> suite.ruff:15:5\n"), out);
        assertTrue(out.contains("\nteardown\nFAIL does not see the file's functions\n"
                + "    [RUFVM001] [vm] Runtime Error: Undefined variable: helper\n"), out);
        assertTrue(out.contains("\nteardown\nPASS strings > upper\n"), out);
        assertTrue(out.contains("\n\nTests: 4 total, 2 passed, 2 failed\nTime: "), out);
        assertTrue(!out.contains("not reached") && !out.contains("top-level code"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"strings", "adds"})
    void filterRunsOnlyMatchingTestsAndAllPassingExits0(String filter) throws IOException {
        Files.writeString(dir.resolve("suite.ruff"), SUITE);
        CliOutcome r = ruff(dir, "test-run", "--filter", filter, "suite.ruff");
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains("Tests: 1 total, 1 passed, 0 failed\n"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test \"x\" {\n", "print(1\n"})
    void syntaxErrorExits3WithTheDiagnostic(String source) throws IOException {
        Files.writeString(dir.resolve("bad.ruff"), source);
        CliOutcome r = ruff(dir, "test-run", "bad.ruff");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("[RUFPARSE001] [parser] error: "), r.err());
        assertTrue(r.err().contains("  --> bad.ruff:2:1\n"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gone.ruff"})
    void unreadableFileExits5(String name) {
        CliOutcome r = ruff(dir, "test-run", name);
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'gone.ruff': No such file or directory\n", r.err());
    }
}
