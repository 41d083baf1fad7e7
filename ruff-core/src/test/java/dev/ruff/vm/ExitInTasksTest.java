package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffExit;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code exit(n)} inside an async function ends the program with n, on the interpreter, the VM and the compile
 * tier: awaiting the task raises the exit (not a {@code Task panicked} error naming a Java class), and
 * {@code try/except} does not catch it. A task that is never awaited, or a spawn block, that calls exit ends the
 * program at once (the main code stops at its next step or wait). Cases that need timers are in ruff-stdlib's
 * {@code ExitFromLateTasksTest}.
 */
class ExitInTasksTest {
    private static List<RuffEngine.Builder> tiers() {
        return List.of(RuffEngine.builder().backend(BackendType.INTERPRETER),
                RuffEngine.builder().compileThreshold(-1), RuffEngine.builder().compileThreshold(0));
    }

    private static void assertExits(int code, String expectedOut, String source) {
        for (RuffEngine.Builder tier : tiers()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            try (RuffEngine engine = tier.out(out).err(err).build()) {
                RuffExit exit = assertThrows(RuffExit.class, () -> engine.compile(source, "exit.ruff").run());
                assertEquals(code, exit.code());
                assertEquals(expectedOut, out.toString());
                assertEquals("", err.toString());
            }
        }
    }

    @Test
    void exitInAnAwaitedAsyncFunctionEndsTheProgram() {
        assertExits(9, "before\n", """
                async func f() { exit(9) }
                print("before")
                await f()
                print("after")
                """);
    }

    @Test
    void exitInANestedAwaitIsNotCaughtByTryExcept() {
        assertExits(3, "", """
                async func inner() { exit(3) }
                async func outer() { v := await inner()
                    return v }
                func run() {
                    try { await outer() } except e { print("caught", e.message) }
                }
                run()
                print("after")
                """);
    }

    @Test
    void exitInATaskThatIsNeverAwaitedStopsABusyMainLoop() {
        // without the exit the loop runs for minutes; the exit must end it, and nothing after it runs
        assertExits(9, "start\n", """
                async func f() { exit(9) }
                print("start")
                f()
                mut i := 0
                while i < 2000000000 { i := i + 1 }
                print("after loop", i)
                """);
    }

    @Test
    void exitInASpawnBlockStopsAMainLoopInsideAFunction() {
        assertExits(5, "", """
                func work() {
                    spawn { exit(5) }
                    mut total := 0
                    mut k := 0
                    while k < 2000000000 { total := total + k
                        k := k + 1 }
                    return total
                }
                print(work())
                """);
    }
}
