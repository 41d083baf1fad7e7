package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.StringWriter;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random well-formed programs ({@link ProgramGenerator}) must behave the same on the interpreter and
 * the VM: the same output, the same error message at the same position with the same Ruff stack.
 */
class BackendDifferentialPropertyTest {
    private static final Backend VM = new Backend(BackendType.VM);
    private static final Backend INTERPRETER = new Backend(BackendType.INTERPRETER);

    /** One engine per backend, reused across tries; each run gets a fresh context. */
    private static final class Backend {
        final StringWriter out = new StringWriter();
        final RuffEngine engine;

        Backend(BackendType type) {
            engine = RuffEngine.builder().backend(type).out(out).err(new StringWriter())
                    .module(new TestNatives()).build();
        }

        String run(String source) {
            out.getBuffer().setLength(0);
            String error = "";
            try {
                engine.compile(source, "gen.ruff").run();
            } catch (RuffRuntimeError e) {
                error = "!! " + e.getMessage() + " @ " + e.pos() + " stack "
                        + e.stack().stream().map(StackEntry::toString).collect(Collectors.joining(", "));
            }
            return out + error;
        }
    }

    @Property(tries = 1000)
    void bothBackendsAgree(@ForAll long seed) {
        String program = ProgramGenerator.program(seed);
        assertEquals(INTERPRETER.run(program), VM.run(program), () -> "program:\n" + program);
    }

    @AfterContainer
    static void closeEngines() {
        VM.engine.close();
        INTERPRETER.engine.close();
    }
}
