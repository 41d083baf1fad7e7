package dev.ruff.stdlib.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.runtime.StructInstance;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.TestContext;
import dev.ruff.stdlib.os.EnvModule;
import dev.ruff.stdlib.os.PathModule;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
@Timeout(30)
class ProcessModuleTest {
    private final Natives n = new Natives(new ProcessModule(), new EnvModule(), new PathModule());

    @TempDir
    Path dir;

    @Test
    void executeReturnsStdout() {
        assertEquals("hello\n", n.call("execute", "echo hello"));
        assertEquals("execute() command failed with exit code 3: oops",
                n.error("execute", "echo oops >&2; exit 3"));
    }

    @Test
    void executeChecksTheCommandText() {
        assertEquals("execute() command must not be empty; use spawn_process([...]) for structured argv execution",
                n.error("execute", " "));
        assertEquals("execute() command contains NUL byte", n.error("execute", "echo \0"));
        assertEquals("execute() command contains newline; use spawn_process([...]) for structured argv execution",
                n.error("execute", "echo a\necho b"));
    }

    @Test
    void timeoutsAndOutputCaps() {
        assertEquals("execute() timed out after 200ms", n.error("execute", "sleep 5", Natives.dict("timeout_ms", 200L)));
        assertEquals("execute() output exceeded max_output_bytes (10)",
                n.error("execute", "yes", Natives.dict("max_output_bytes", 10L)));
        StructInstance r = (StructInstance) n.call("execute_status", "sleep 5", Natives.dict("timeout_ms", 200L));
        assertEquals(true, r.field("timed_out"));
        assertEquals(false, r.field("success"));
        assertEquals(-1L, r.field("exitcode"));
        StructInstance big = (StructInstance) n.call("execute_status", "echo 0123456789abc",
                Natives.dict("max_output_bytes", 5L));
        assertEquals("01234", big.field("stdout"));
        assertEquals(true, big.field("stdout_truncated"));
        assertEquals("unsupported process option 'bogus'; supported options are timeout_ms, max_output_bytes, "
                + "inherit_env, env_allow, env_deny, env", n.error("execute", "true", Natives.dict("bogus", 1L)));
    }

    @Test
    void executeStatusNeverRaisesForExitCodes() {
        StructInstance r = (StructInstance) n.call("execute_status", "echo out; echo err >&2; exit 4");
        assertEquals("ProcessResult", r.name());
        assertEquals(4L, r.field("exitcode"));
        assertEquals("out\n", r.field("stdout"));
        assertEquals("err\n", r.field("stderr"));
        assertEquals(false, r.field("success"));
        assertEquals(false, r.field("timed_out"));
    }

    @Test
    void spawnProcess() {
        StructInstance r = (StructInstance) n.call("spawn_process", Natives.arr("printf", "%s-%s", "a b", "c"));
        assertEquals("a b-c", r.field("stdout"));
        assertEquals(0L, r.field("exitcode"));
        assertEquals(true, r.field("success"));
        assertEquals("Failed to spawn process 'no_such_program_xyz --flag': No such file or directory (os error 2)",
                n.error("spawn_process", Natives.arr("no_such_program_xyz", "--flag")));
        assertEquals("spawn_process requires a non-empty array of command arguments", n.error("spawn_process", Natives.arr()));
        assertEquals("spawn_process requires an array of strings", n.error("spawn_process", Natives.arr("ls", 1L)));
    }

    @Test
    void childrenSeeTheEnvironmentOverlayAndWorkingDirectory() throws Exception {
        n.call("env_set", "RUFF_CHILD_VAR", "from-overlay");
        assertEquals("from-overlay\n", n.call("execute", "echo $RUFF_CHILD_VAR"));
        assertEquals("\n", n.call("execute", "echo $RUFF_CHILD_VAR", Natives.dict("env_deny", Natives.arr("RUFF_CHILD_VAR"))));
        assertEquals("x\n", n.call("execute", "echo $ONLY", Natives.dict("inherit_env", false, "env", Natives.dict("ONLY", "x"))));
        n.call("os_chdir", dir.toString());
        assertEquals(dir.toRealPath() + "\n", n.call("execute", "pwd -P"));
    }

    @Test
    void pipeCommands() {
        assertEquals("3\n", n.call("pipe_commands", Natives.arr(
                Natives.arr("printf", "a\nb\nc\n"), Natives.arr("wc", "-l"))).toString().trim() + "\n");
        assertEquals("B\n", n.call("pipe_commands", Natives.arr(
                Natives.arr("echo", "b"), Natives.arr("tr", "a-z", "A-Z"))));
        assertTrue(n.error("pipe_commands", Natives.arr(Natives.arr("sh", "-c", "echo bad >&2; exit 2")))
                .startsWith("Command 'sh -c echo bad >&2; exit 2' failed with exit code 2: bad"));
        assertEquals("pipe_commands requires a non-empty array of command arrays", n.error("pipe_commands", Natives.arr()));
    }

    @Test
    void capabilities() {
        n.withContext(new TestContext(EnumSet.of(Capability.PROCESS), List.of()));
        assertEquals("Capability denied: shell-exec required for execute; rerun with --allow-shell-exec",
                n.error("execute", "true"));
        n.withContext(new TestContext(EnumSet.of(Capability.SHELL), List.of()));
        assertEquals("Capability denied: process-exec required for spawn_process; rerun with --allow-process-exec",
                n.error("spawn_process", Natives.arr("true")));
        assertEquals("execute expects 1 to 2 arguments, got 0", n.error("execute"));
    }
}
