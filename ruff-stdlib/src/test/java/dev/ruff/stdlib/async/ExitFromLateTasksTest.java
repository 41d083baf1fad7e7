package dev.ruff.stdlib.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.diag.RuffExit;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code exit(n)} anywhere ends the program with n, on the interpreter, the VM and the compile tier: a spawn block
 * or a task nobody awaits that exits while the main code waits ends that wait at once, and a task that exits after
 * its run returned is raised to the host once, by the next run, before that run does anything.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExitFromLateTasksTest {
    private static List<RuffEngine.Builder> tiers() {
        return List.of(RuffEngine.builder().backend(BackendType.INTERPRETER),
                RuffEngine.builder().compileThreshold(-1), RuffEngine.builder().compileThreshold(0));
    }

    @Test
    void exitInASpawnBlockEndsTheMainCodesAwait() {
        for (RuffEngine.Builder tier : tiers()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            try (RuffEngine engine = tier.out(out).err(err).build()) {
                RuffExit exit = assertThrows(RuffExit.class, () -> engine.compile("""
                        spawn {
                            await async_sleep(50)
                            exit(6)
                        }
                        await async_sleep(60000)
                        print("after sleep")
                        """, "spawn.ruff").run());
                assertEquals(6, exit.code());
            }
            assertEquals("", out.toString());
            assertEquals("", err.toString());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "the minute-long await was ended");
        }
    }

    @Test
    void exitInAnUnawaitedTaskEndsABlockingSleep() {
        for (RuffEngine.Builder tier : tiers()) {
            StringWriter out = new StringWriter();
            try (RuffEngine engine = tier.out(out).err(new StringWriter()).build()) {
                RuffExit exit = assertThrows(RuffExit.class, () -> engine.compile("""
                        async func quit() {
                            await async_sleep(50)
                            exit(8)
                        }
                        quit()
                        sleep(60000)
                        print("after sleep")
                        """, "task.ruff").run());
                assertEquals(8, exit.code());
            }
            assertEquals("", out.toString());
        }
    }

    @Test
    void exitInATaskThatOutlivesItsRunIsRaisedOnceByTheNextRun() throws Exception {
        for (RuffEngine.Builder tier : tiers()) {
            StringWriter out = new StringWriter();
            try (RuffEngine engine = tier.out(out).err(new StringWriter()).build()) {
                RuffContext context = engine.newContext();
                engine.compile("""
                        async func late() {
                            await async_sleep(100)
                            exit(7)
                        }
                        late()
                        print("first run done")
                        """, "first.ruff").run(context);
                Thread.sleep(1000); // the task exits after the first run returned
                RuffScript next = engine.compile("print(\"second run\")", "second.ruff");
                RuffExit exit = assertThrows(RuffExit.class, () -> next.run(context));
                assertEquals(7, exit.code());
                next.run(context); // raised once: the run after runs normally
                assertEquals("first run done\nsecond run\n", out.toString());
            }
        }
    }
}
